import ArgumentParser
import Foundation
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// swift-argument-parser writes its own words in English: the headings of `--help`, the built-in options' help,
/// "(default: …)" and its error messages. This puts them in Polish (the program's texts already are), so that the
/// command line does not mix languages; with `--lang en` they stay as they are.
enum PolishHelp {
    static func translate(_ text: String) -> String {
        var out = dropDefaultsAlreadySaid(text)
        let phrases: [(String, String)] = [
            ("OVERVIEW:", "OPIS:"), ("USAGE:", "UŻYCIE:"), ("ARGUMENTS:", "ARGUMENTY:"), ("OPTIONS:", "OPCJE:"),
            ("SUBCOMMANDS:", "POLECENIA:"), ("Show help information.", "Pokazuje tę pomoc."),
            ("Show the version.", "Pokazuje wersję programu."), ("Show subcommand help information.", "Pokazuje pomoc do polecenia."), (" (default)", " (domyślne)"),
            ("See 'teczka help <subcommand>' for detailed help.", "Pomoc do jednego polecenia: teczka help POLECENIE."),
            ("<subcommand>", "<polecenie>"), ("[<options>]", "[<opcje>]"),
        ]
        for (english, polish) in phrases { out = out.replacingOccurrences(of: english, with: polish) }
        let patterns: [(String, String)] = [
            (#"\(values:(\s+)([^;)]*);(\s+)default:(\s+)([^)]*)\)"#, "(wartości:$1$2;$3domyślnie:$4$5)"),
            (#"\(values:(\s+)([^)]*)\)"#, "(wartości:$1$2)"),
            (#"\(default:\s+([^)]*)\)"#, "(domyślnie: $1)"),
            (#"See 'teczka help ([^']*)<polecenie>' for detailed help\."#, "Pomoc do jednego polecenia: teczka help $1POLECENIE."),
            (#"(?m)^Error: "#, "Błąd: "),
            (#"(?m)^Usage: "#, "Użycie: "),
            (#"(?m)^Help: "#, "Pomoc: "),
            (#"See '([^']*)' for more information\."#, "Więcej: $1"),
            (#"Missing expected argument '([^']*)'"#, "Brak wymaganego argumentu $1"),
            (#"Unexpected argument '([^']*)'"#, "Nieoczekiwany argument „$1”"),
            (#"Unknown option '([^']*)'"#, "Nieznana opcja „$1”"),
            (#"Did you mean '([^']*)'\?"#, "Może chodziło o „$1”?"),
            (#"Missing value for '([^']*)'"#, "Brak wartości opcji $1"),
            (#"The value '([^']*)' is invalid for '([^']*)'"#, "Nieprawidłowa wartość „$1” opcji $2"),
        ]
        for (pattern, replacement) in patterns {
            out = out.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return out
    }

    /// "(default: text)" after an option whose own help already says "domyślnie …" (in English, "default …") is said
    /// twice: dropped there.
    static func dropDefaultsAlreadySaid(_ text: String, word: String = "domyślnie") -> String {
        var blocks: [[String]] = []
        for line in text.components(separatedBy: "\n") {
            // An option's help starts with "  -"; its continuation lines are indented further.
            if line.hasPrefix("  -") || line.hasPrefix("  <") || blocks.isEmpty || !line.hasPrefix("    ") {
                blocks.append([line])
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        return blocks.map { block -> String in
            let joined = block.joined(separator: "\n")
            let dropped = joined.replacingOccurrences(of: #"\s*\(default:\s+[^)]*\)"#, with: "", options: .regularExpression)
            return dropped.contains(word) ? dropped : joined
        }.joined(separator: "\n")
    }
}

extension Teczka {
    /// Parses and runs the command as swift-argument-parser's `main` does, with its messages in Polish unless the
    /// user asked for English (`--lang en`, or the environment's language).
    static func main() {
        // First, before anything reads a help text (the commands' configurations and the options' help are read
        // while parsing): the language of this run, from the arguments and the environment.
        let language = CommandText.runLanguage
        let arguments = CommandText.argumentsToParse(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            var message = fullMessage(for: error)
            switch (language, isScriptRequest(arguments)) {
            case (_, true): break
            case (.pl, false): message = PolishHelp.translate(message)
            case (.en, false): message = PolishHelp.dropDefaultsAlreadySaid(message, word: "default")
            }
            if !message.isEmpty {
                if code == .success { print(message) } else { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            }
            Glibc.exit(code.rawValue)
        }
    }

    /// Completion scripts (and the shell's calls for completions) and the JSON of `--experimental-dump-help` are code
    /// that argument-parser hands over as a "message": translating words in them would break them.
    static func isScriptRequest(_ arguments: [String]) -> Bool {
        arguments.contains { $0.hasPrefix("--generate-completion-script") || $0 == "---completion" || $0 == "--experimental-dump-help" }
    }
}
