import Foundation
import Testing
import TestSupport

/// The .deb `make deb` builds (`make test` builds it and gives its path in TECZKA_DEB), as an IT department gets it:
/// unpacked into an empty folder, the program runs with no Swift library anywhere on its path, teczka(1) renders
/// in Polish with every command, bash completes the commands, and lintian finds no error.
@Suite("The Debian package", .enabled(if: DebianPackage.path != nil, "TECZKA_DEB names the .deb (make test builds it)"))
struct DebianPackageTests {
    @Test("the unpacked program prints its version and help and makes a demo store, needing only Debian's libraries")
    func runsWithoutSwift() throws {
        let package = try DebianPackage()
        let linked = try DebianPackage.run("/usr/bin/ldd", [package.program])
        #expect(linked.status == 0, "\(linked.error)")
        for forbidden in ["libswift", "libFoundation", "libdispatch", "/opt/swift", "not found"] {
            #expect(!linked.output.contains(forbidden), "\(forbidden) in ldd:\n\(linked.output)")
        }
        #expect(linked.output.contains("libncursesw.so.6") && linked.output.contains("libsqlite3.so.0")
                && linked.output.contains("libxlsxwriter.so"), "\(linked.output)")
        // dpkg-shlibdeps found the spreadsheet library's package too, so apt installs it with the program.
        let depends = try DebianPackage.run("/usr/bin/dpkg-deb", ["-f", try #require(DebianPackage.path), "Depends"])
        #expect(depends.output.contains("libxlsxwriter"), "Depends: \(depends.output)")

        let version = try package.run(["--version"])
        #expect(version.status == 0, "\(version.error)")
        #expect(version.output.range(of: #"^teczka \d+\.\d+\.\d+ \(format bazy \d+, ostatnia migracja [^)\s]+\)\n$"#,
                                     options: .regularExpression) != nil, "\(version.output)")
        #expect(version.output == (try Binary.run(["--version"])).out, "the package holds another version than this build")
        let english = try package.run(["--lang", "en", "--version"])
        #expect(english.output.hasPrefix("teczka ") && english.output.contains("(store format "), "\(english.output) \(english.error)")

        let help = try package.run(["--help"])
        #expect(help.status == 0 && help.output.contains("POLECENIA:") && help.output.contains("  demo "), "\(help.output)")

        let store = package.folder.file("dane/teczka.sqlite")
        let demo = try package.run(["demo", "--store", store, "--families", "3"], environment: ["TECZKA_PASSPHRASE": "hasło testowe 123"])
        #expect(demo.status == 0, "\(demo.error)")
        #expect(demo.output.contains("Dodano 3 przykładowe rodziny."), "\(demo.output)")
        let check = try package.run(["check", "--store", store], environment: ["TECZKA_PASSPHRASE": "hasło testowe 123"])
        #expect(check.status == 0, "\(check.output) \(check.error)")
        let workbook = package.folder.file("rodziny.xlsx")
        let report = try package.run(["report", "rodziny", "--store", store, "--format", "xlsx", "--output", workbook],
                                     environment: ["TECZKA_PASSPHRASE": "hasło testowe 123"])
        #expect(report.status == 0, "\(report.error)")
        #expect(FileManager.default.contents(atPath: workbook)?.starts(with: Data("PK".utf8)) == true, "no workbook written")
    }

    @Test("man -l renders teczka(1) in Polish with every command and option, without a groff warning")
    func manualPage() throws {
        let package = try DebianPackage()
        let page = package.file("usr/share/man/man1/teczka.1.gz")
        let shown = try DebianPackage.run("/usr/bin/man", ["-l", "-P", "cat", page],
                                          environment: ["MANWIDTH": "100", "MANROFFOPT": "-ww"])
        #expect(shown.status == 0 && shown.error.isEmpty, "\(shown.error)")
        for polish in ["NAZWA", "SKŁADNIA", "POLECENIA", "Liczba rodzin.", "Plik bazy danych", "Dodaje przykładowe rodziny"] {
            #expect(shown.output.contains(polish), "\(polish) not in the page")
        }
        let lines = Set(shown.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for command in try ParserCommands.shown(package.program, environment: DebianPackage.environment) {
            #expect(lines.contains(command.name), "no section for \(command.name)")
            for option in command.options where option.count > 1 {
                #expect(shown.output.contains("--" + option), "\(command.name): --\(option) not in the page")
            }
        }
    }

    @Test("bash completes the commands and a command's options from the installed completion file")
    func bashCompletion() throws {
        let package = try DebianPackage()
        let completion = package.file("usr/share/bash-completion/completions/teczka")
        func complete(_ line: String) throws -> [String] {
            let script = """
                source /usr/share/bash-completion/bash_completion
                source '\(completion)'
                COMP_LINE='\(line)'; COMP_POINT=${#COMP_LINE}
                read -ra COMP_WORDS <<< "$COMP_LINE"
                [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
                function=$(complete -p teczka | sed -n 's/.*-F \\([^ ]*\\).*/\\1/p')
                "$function" teczka "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            let result = try DebianPackage.run("/bin/bash", ["-c", script])
            #expect(result.status == 0, "\(result.error)")
            return result.output.split(separator: "\n").map(String.init)
        }
        let commands = try complete("teczka ")
        for command in ["demo", "report", "user", "init", "exchange", "check"] {
            #expect(commands.contains(command), "\(command) not offered: \(commands)")
        }
        #expect(!commands.contains("bench-ui") && !commands.contains("manual"), "\(commands)")
        #expect(try complete("teczka user ").contains("add"))
        #expect(try complete("teczka demo --fam").contains("--families"))
    }

    @Test("lintian reports no error")
    func lintian() throws {
        let path = try #require(DebianPackage.path)
        let result = try DebianPackage.run("/usr/bin/lintian", [path])
        let errors = result.output.split(separator: "\n").filter { $0.hasPrefix("E:") }
        #expect(errors.isEmpty && result.status == 0, "\(result.output)\(result.error)")
    }
}

/// The .deb unpacked with `dpkg-deb -x` into a new empty folder.
struct DebianPackage {
    static var path: String? { ProcessInfo.processInfo.environment["TECZKA_DEB"].flatMap { $0.isEmpty ? nil : $0 } }

    /// No LD_LIBRARY_PATH and no toolchain on PATH: what the program finds is what a Debian system has.
    static let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm"]

    let folder = TemporaryDirectory()
    var program: String { file("usr/bin/teczka") }

    init() throws {
        let deb = try #require(Self.path)
        let unpacked = try Self.run("/usr/bin/dpkg-deb", ["-x", deb, folder.path])
        try #require(unpacked.status == 0, "\(unpacked.error)")
    }

    func file(_ relative: String) -> String { folder.file(relative) }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Subprocess.Result {
        try Self.run(program, arguments, environment: environment.merging(["HOME": folder.path]) { own, _ in own })
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Subprocess.Result {
        try Subprocess.run(executable, arguments, environment: Self.environment.merging(environment) { _, given in given })
    }
}
