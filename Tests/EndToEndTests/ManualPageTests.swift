import Foundation
import Testing
import TestSupport

/// `teczka manual` writes teczka(1) from the commands' definitions: every command the help shows has its section, and
/// groff reads the page without a warning. (The installed page is checked in the .deb by `DebianPackageTests`.)
@Suite("The manual page teczka(1)")
struct ManualPageTests {
    @Test("has a section for every command the parser shows, with its options, in Polish, and groff reads it cleanly")
    func everyCommand() throws {
        let page = try Binary.run(["manual"])
        try #require(page.status == 0, "\(page.err)")
        let sections = page.out.split(separator: "\n").filter { $0.hasPrefix(".SS ") }
            .map { $0.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(sections == (try ParserCommands.shown(Binary.teczka)).map(\.name))
        for polish in [".SH NAZWA", ".SH POLECENIA", "Liczba rodzin.", "Plik bazy danych", "Pokazuje wersję programu."] {
            #expect(page.out.contains(polish), "\(polish)")
        }
        #expect(page.out.contains(#"\fB\-\-families\fR \fIfamilies\fR"#))
        #expect(!sections.contains { $0.hasPrefix("teczka bench") || $0 == "teczka manual" }, "a hidden command in the page")

        let folder = TemporaryDirectory()
        let file = folder.file("teczka.1")
        try page.out.write(toFile: file, atomically: true, encoding: .utf8)
        let groff = try Subprocess.run("/usr/bin/groff", ["-man", "-Tutf8", "-ww", "-k", "-z", file],
                                       environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
        #expect(groff.status == 0 && groff.error.isEmpty, "\(groff.error)")
    }

    @Test("in English when the environment's language is English")
    func english() throws {
        let page = try Binary.run(["manual"], environment: ["LANG": "en_US.UTF-8"])
        #expect(page.status == 0 && page.out.contains(".SH COMMANDS") && page.out.contains("The number of families."), "\(page.err)")
    }
}

/// The commands the parser shows in the help, as swift-argument-parser describes them (`--experimental-dump-help`):
/// "init", "user", "user add", … The manual page and the completion must name each of them.
enum ParserCommands {
    struct Command { let name: String; let options: [String] }

    static func shown(_ binary: String, environment: [String: String] = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]) throws -> [Command] {
        let dump = try Subprocess.run(binary, ["--experimental-dump-help"], environment: environment)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let root = try #require(json["command"] as? [String: Any])
        return walk(root, path: [])
    }

    private static func walk(_ command: [String: Any], path: [String]) -> [Command] {
        let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }
        return subcommands.flatMap { sub -> [Command] in
            let name = path + [sub["commandName"] as? String ?? ""]
            let options = (sub["arguments"] as? [[String: Any]] ?? []).filter { $0["shouldDisplay"] as? Bool ?? true }
                .compactMap { ($0["preferredName"] as? [String: Any])?["name"] as? String }
            return [Command(name: (["teczka"] + name).joined(separator: " "), options: options)] + walk(sub, path: name)
        }
    }
}
