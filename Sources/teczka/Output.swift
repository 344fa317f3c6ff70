import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI
#if canImport(Glibc)
import Glibc
#endif

/// Messages of the command line, written to standard error.
enum Output {
    /// The width of the terminal standard output goes to, or nil when it goes to a file or a pipe.
    static var terminalWidth: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("teczka: " + printable(text) + "\n").utf8))
    }

    static func info(_ text: String) {
        FileHandle.standardOutput.write(Data((printable(text) + "\n").utf8))
    }

    /// Messages quote names, file names and texts from stores, packages and files, which a forged one can fill with
    /// escape sequences: control characters and bidirectional overrides are shown as visible placeholders, as on the
    /// screen (line breaks between lines are kept).
    static func printable(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Canvas.visible(String($0)) }.joined(separator: "\n")
    }

    /// The message for any error from the store or the rules, in the user's language.
    static func describe(_ error: Error, _ s: Strings) -> String {
        if let problem = error as? BackupProblem { return BackupText.describe(problem, s) }
        return s.explain(error)
    }
}

/// Where a command gets a passphrase: a file option, an environment variable, or a prompt on the terminal. The
/// store's passphrase uses `--passphrase-file` and `TECZKA_PASSPHRASE`; a new account's and the transfer passphrase
/// have their own option and variable.
enum PassphraseSource {
    static func read(file: String?, environment: [String: String], prompt: String, confirm: String?,
                     variable: String = "TECZKA_PASSPHRASE", fileOption: String = "--passphrase-file",
                     _ s: Strings) throws -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file),
                  let text = String(data: data, encoding: .utf8) else {
                throw CommandFailure(s.language == .pl ? "Nie można odczytać pliku z hasłem: \(file)"
                                                        : "Cannot read the passphrase file: \(file)")
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        if let value = environment[variable], !value.isEmpty { return value }
        guard isatty(STDIN_FILENO) == 1 else {
            // Which passphrase is missing, unless it is the store's own.
            let which = variable == "TECZKA_PASSPHRASE" ? "" : " (" + prompt.trimmingCharacters(in: CharacterSet(charactersIn: ": ")) + ")"
            throw CommandFailure(s.language == .pl ? "Brak hasła\(which): podaj \(fileOption) PLIK albo ustaw \(variable)."
                                                    : "No passphrase\(which): give \(fileOption) FILE or set \(variable).")
        }
        let first = hiddenLine(prompt)
        if let confirm {
            let second = hiddenLine(confirm)
            guard first == second else { throw CommandFailure(s.issue(.passphrasesDiffer)) }
        }
        return first
    }

    /// Reads a line from the terminal with echo off.
    private static func hiddenLine(_ prompt: String) -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}

/// A yes/no question of a command that changes data (restore, merging a package).
enum Confirmation {
    /// Asks on the terminal; without one it refuses (scripts pass `--yes`).
    static func ask(_ question: String, _ s: Strings) throws -> Bool {
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(s.language == .pl ? "Brak terminala do potwierdzenia: dodaj --yes. Nic nie zmieniono."
                                                    : "No terminal to confirm: add --yes. Nothing was changed.")
        }
        FileHandle.standardError.write(Data(question.utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        return answer == "t" || answer == "tak" || answer == "y" || answer == "yes"
    }

    static func nothingChanged(_ s: Strings) -> String { s.language == .pl ? "Nic nie zmieniono." : "Nothing was changed." }
}

/// A command failed with a message for the user; exit status 1.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }

    /// A wrong use of the command, in the user's language.
    static func usage(_ s: Strings, pl: String, en: String) -> CommandFailure { CommandFailure(s.language == .pl ? pl : en) }
}

extension Output {
    /// Writes a command's result to a file or, without one (or with `-`), to standard output.
    static func write(_ text: String, to output: String?) throws {
        guard let output, output != "-" else {
            // A document shown on a terminal is shown safely; piped or redirected, it goes out as it is.
            FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? printable(text) : text).utf8))
            return
        }
        try writeFile(Data(text.utf8), to: output)
    }

    /// Writes binary data (a workbook) to a file or to standard output, which the caller checked is not a terminal.
    static func write(binary data: Data, to output: String?) throws {
        guard let output, output != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try writeFile(data, to: output)
    }

    /// Refuses, before anything is asked or counted, an output file that cannot be written: its folder missing or
    /// read-only, or a folder in its place.
    static func checkWritable(_ output: String?, _ s: Strings) throws {
        guard let output, output != "-" else { return }
        let folder = (output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
        if exists && isFolder.boolValue {
            throw CommandFailure.usage(s, pl: "--output: „\(output)” to katalog, nie plik. Nic nie zapisano.",
                                       en: "--output: “\(output)” is a folder, not a file. Nothing was written.")
        }
        guard FileManager.default.isWritableFile(atPath: exists ? output : folder) else {
            throw CommandFailure.usage(s, pl: "--output: nie można zapisać „\(output)” (brak katalogu albo brak prawa zapisu). Nic nie zapisano.",
                                       en: "--output: cannot write “\(output)” (no such folder or no permission). Nothing was written.")
        }
    }

    /// Writes a file atomically, readable by its owner only. A device or a pipe (/dev/null, /dev/stdout, a FIFO) is
    /// written in place: an atomic write would rename a regular file over it.
    static func writeFile(_ data: Data, to path: String) throws {
        do {
            var info = stat()
            if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.write(contentsOf: data)
                return
            }
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            throw StoreProblem.io("\(path): \(error.localizedDescription)")
        }
    }
}

