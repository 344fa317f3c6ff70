import Foundation
import Testing
import TestSupport

/// The command line's help texts (abstracts, discussions, options' and arguments' help) come from string tables:
/// Polish by default, English with `--lang en` or an English LANG/LC_ALL. The tables live in the executable, so
/// they are checked through the help the binary prints.
@Suite("Command line: the help texts in Polish by default and in English with --lang en")
struct CommandHelpLanguageTests {
    static let polishLetters = CharacterSet(charactersIn: "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")

    /// Every command, the hidden ones included.
    static let commands: [[String]] = [
        [], ["open"], ["init"], ["demo"], ["settings"],
        ["user"], ["user", "list"], ["user", "add"], ["user", "passwd"], ["user", "passphrase"], ["user", "reset"],
        ["user", "deactivate"], ["user", "employment"], ["user", "handover"],
        ["print"], ["print", "assessment"], ["print", "plan"], ["print", "meeting"], ["print", "person"],
        ["report"], ["backup"], ["restore"], ["check"], ["export"], ["import"], ["history"],
        ["exchange"], ["exchange", "export"], ["exchange", "import"],
        ["bench-signatures"], ["bench-login"],
    ]

    /// A help screen in parts: the overview (abstract and discussion) and the text of each option, argument and
    /// subcommand by its name, with argument-parser's "(default: …)" and "(values: …)" left out and the lines joined.
    struct Help {
        var overview = ""
        var entries: [(name: String, text: String)] = []
    }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: #"\((default|domyślnie|values|wartości):\s[^)]*\)"#, with: "", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Where argument-parser starts the text of an option (after two spaces and a 24-character name column).
    static let textColumn = 26

    static func parse(_ output: String) -> Help {
        var help = Help()
        var overview: [String] = [], inOverview = true, inSection = false
        var entries: [(name: String, lines: [String])] = []
        for line in output.components(separatedBy: "\n") {
            if line.hasPrefix("USAGE:") || line.hasPrefix("UŻYCIE:") { inOverview = false; continue }
            if inOverview {
                overview.append(line.replacingOccurrences(of: #"^(OVERVIEW|OPIS): "#, with: "", options: .regularExpression))
                continue
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { inSection = false; continue }
            if !line.hasPrefix(" ") && line.hasSuffix(":") { inSection = true; continue }
            guard inSection else { continue }
            if line.hasPrefix("    ") {
                if !entries.isEmpty { entries[entries.count - 1].lines.append(line) }
                continue
            }
            // "  --families <families>   Liczba rodzin.": the text starts in column 26; a longer name is alone on its
            // line ("  --passphrase-file <passphrase-file>").
            let characters = Array(line)
            let inline = characters.count > Self.textColumn && characters[Self.textColumn - 1] == " "
            var name = String(inline ? characters[..<Self.textColumn] : characters[...]).trimmingCharacters(in: .whitespaces)
            name = name.replacingOccurrences(of: #" \((default|domyślne)\)$"#, with: "", options: .regularExpression)
            entries.append((name, inline ? [String(characters[Self.textColumn...])] : []))
        }
        help.overview = normalized(overview.joined(separator: " "))
        help.entries = entries.map { ($0.name, normalized($0.lines.joined(separator: " "))) }
        return help
    }

    @Test("--lang en (and an English LANG or LC_ALL) shows the English help of demo; nothing Polish is left in it")
    func english() throws {
        let forms: [(arguments: [String], environment: [String: String])] = [
            (["--lang", "en", "help", "demo"], [:]),
            (["help", "demo", "--lang", "en"], [:]),
            (["demo", "--help", "--lang", "en"], [:]),
            (["demo", "--help", "--lang=en"], [:]),
            (["help", "demo"], ["LANG": "en_US.UTF-8"]),
            (["help", "demo"], ["LANG": "pl_PL.UTF-8", "LC_ALL": "en_GB.UTF-8"]),
        ]
        for (arguments, environment) in forms {
            let help = try Binary.run(arguments, environment: environment)
            let context = "\(arguments) \(environment)"
            #expect(help.status == 0, "\(context): \(help.err)")
            #expect(help.out.contains("--families <families>   The number of families."), "\(context): \(help.out)")
            #expect(help.out.contains("OVERVIEW: Adds sample families"), "\(context): \(help.out)")
            for polish in ["Liczba rodzin", "Ziarno losowania", "Plik bazy danych", "Dodaje przykładowe rodziny", "OPCJE:"] {
                #expect(!help.out.contains(polish), "\(context): Polish in the English help: \(polish)")
            }
            #expect(help.out.rangeOfCharacter(from: Self.polishLetters) == nil, "\(context): \(help.out)")
            // A default the help already states ("A (Siechnice, the default)") is not said again by argument-parser.
            #expect(!help.out.contains("(default: A)"), "\(context): \(help.out)")
        }
        // `--lang=en` also puts argument-parser's own messages in English.
        let wrong = try Binary.run(["report", "--bogus", "--lang=en"])
        #expect(wrong.status == 64 && wrong.err.contains("Error: Unknown option '--bogus'"), "\(wrong.err)")
    }

    @Test("by default (LANG=C.UTF-8, no LANG at all, or --lang pl over an English LANG) the help of demo is Polish")
    func polishByDefault() throws {
        var runs = [try Binary.run(["help", "demo"]),
                    try Binary.run(["demo", "--help", "--lang", "pl"], environment: ["LANG": "en_US.UTF-8"])]
        let bare = try Subprocess.run(Binary.teczka, ["help", "demo"], environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()])
        runs.append((bare.status, bare.output, bare.error))
        for help in runs {
            #expect(help.status == 0, "\(help.err)")
            #expect(help.out.contains("--families <families>   Liczba rodzin. (domyślnie: 12)"), "\(help.out)")
            #expect(help.out.contains("OPIS: Dodaje przykładowe rodziny (tworzy bazę, jeśli jej nie ma)."), "\(help.out)")
            for english in ["The number of families", "Random seed", "The store file", "Adds sample families", "OPTIONS:"] {
                #expect(!help.out.contains(english), "English in the Polish help: \(english)")
            }
        }
    }

    @Test("every command's help has every text in both languages, and the English differs from the Polish",
          arguments: commands)
    func everyText(_ command: [String]) throws {
        let polishRun = try Binary.run(command + ["--help"])
        let englishRun = try Binary.run(command + ["--help"], environment: ["LANG": "en_US.UTF-8"])
        try #require(polishRun.status == 0 && englishRun.status == 0, "\(polishRun.err) \(englishRun.err)")
        let polish = Self.parse(polishRun.out), english = Self.parse(englishRun.out)

        #expect(!polish.overview.isEmpty && !english.overview.isEmpty, "\(command): an empty abstract")
        #expect(polish.overview != english.overview, "\(command): the same abstract in both languages: \(english.overview)")
        #expect(englishRun.out.rangeOfCharacter(from: Self.polishLetters) == nil, "\(command): Polish in the English help:\n\(englishRun.out)")
        // argument-parser's own words are in Polish too.
        for english in ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help", "(default:", "(values:", "for detailed help"] {
            #expect(!polishRun.out.contains(english), "\(command): English in the Polish help: \(english)")
        }

        #expect(polish.entries.map(\.name) == english.entries.map(\.name), "\(command): different options")
        #expect(polish.entries.count >= 2, "\(command): \(polishRun.out)")
        for (pl, en) in zip(polish.entries, english.entries) {
            #expect(!pl.text.isEmpty && !en.text.isEmpty, "\(command) \(pl.name): an empty text")
            #expect(pl.text != en.text, "\(command) \(pl.name): the same text in both languages: \(en.text)")
        }
    }

    @Test("the commands named in the request have the expected English and Polish option texts")
    func namedOptions() throws {
        let expected: [(command: [String], option: String, polish: String, english: String)] = [
            (["demo"], "--families <families>", "Liczba rodzin.", "The number of families."),
            (["report"], "--format <format>", "text, csv, md, html, json albo xlsx (domyślnie text).", "text, csv, md, html, json or xlsx (default text)."),
            (["exchange", "export"], "--to <to>", "Plik pakietu.", "The package file."),
            (["user", "add"], "--role <role>", "Rola: asystent albo koordynator.", "Role: asystent (assistant) or koordynator (coordinator)."),
            (["backup"], "--to <to>", "Plik kopii (nie może istnieć).", "The backup file (must not exist)."),
        ]
        for (command, option, polishText, englishText) in expected {
            let polish = Self.parse(try Binary.run(command + ["--help"]).out)
            let english = Self.parse(try Binary.run(command + ["--help", "--lang", "en"]).out)
            #expect(polish.entries.first { $0.name == option }?.text == polishText, "\(command) \(option)")
            #expect(english.entries.first { $0.name == option }?.text == englishText, "\(command) \(option)")
        }
    }
}
