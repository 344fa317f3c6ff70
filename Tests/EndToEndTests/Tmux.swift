import Foundation
import TestSupport

struct EndToEndFailure: Error, CustomStringConvertible {
    let description: String
}

/// The real `teczka` binary in a real terminal: a tmux server on a private socket, driven with send-keys and read
/// with capture-pane. Waits for text on the screen instead of sleeping.
final class TmuxSession {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let socket = "teczka-e2e-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (a shell command line) in a 100×30 window with LANG=C.UTF-8; after it ends the pane prints
    /// `EXIT=<status>` and stays open so the test can read it.
    init(_ command: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        guard TmuxSession.tmux != nil else {
            throw EndToEndFailure(description: "tmux is needed for the end-to-end tests: apt-get install tmux (make test does it as root)")
        }
        // TECZKA_TEST_WEAK_KDF: the debug binary makes new stores with a fast key derivation (a release build ignores it).
        var args = ["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", "-e", "LANG=C.UTF-8", "-e", "TZ=UTC",
                    "-e", "TECZKA_TEST_WEAK_KDF=1"]
        for (key, value) in environment { args += ["-e", "\(key)=\(value)"] }
        args.append("\(command); echo \"EXIT=$?\"; sleep 3600")
        try run(args)
    }

    deinit { _ = try? run(["kill-server"]) }

    /// Opens another window running `command`; returns its target name.
    func window(_ name: String, _ command: String) throws {
        try run(["new-window", "-t", "app", "-n", name, "\(command); echo \"EXIT=$?\"; sleep 3600"])
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        let result = try Subprocess.run(TmuxSession.tmux!, ["-L", socket, "-f", "/dev/null"] + args)
        guard result.status == 0 else {
            throw EndToEndFailure(description: "tmux \(args.joined(separator: " ")) failed: \(result.output)\(result.error)")
        }
        return result.output
    }

    /// Named keys as tmux knows them: Enter, Tab, BTab, Escape, F1…F12, Up, Down, BSpace, C-u …
    func press(_ keys: String..., target: String = "app") throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Literal text, Polish letters included.
    func type(_ text: String, target: String = "app") throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    func screen(_ target: String = "app") throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// Waits until `text` is on the screen; fails with the screen as it was.
    @discardableResult
    func waitFor(_ text: String, target: String = "app", timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(target)
            if last.contains(text) { return last }
            usleep(50_000)
        }
        throw EndToEndFailure(description: "“\(text)” did not appear within \(Int(timeout)) s. The screen:\n\(last)")
    }
}

extension TmuxSession {
    /// Runs `teczka --store STORE` at 80×24, logs in, waits for "Do zrobienia", runs the steps, quits with F10 and
    /// checks that the program ended cleanly.
    static func loggedIn(_ store: String, _ passphrase: String, waitForTodo: Bool = true,
                         _ steps: (TmuxSession) throws -> Void) throws {
        let tmux = try TmuxSession(Binary.command(["--store", store]), width: 80, height: 24)
        try tmux.waitFor("Logowanie")
        try tmux.type(passphrase)
        try tmux.press("Enter")
        if waitForTodo { try tmux.waitFor("Do zrobienia") }
        try steps(tmux)
        try tmux.press("F10")
        try tmux.waitFor("EXIT=0")
    }
}

enum Binary {
    static var teczka: String { BuildProducts.path("teczka") }

    /// A shell-quoted command line.
    static func command(_ arguments: [String]) -> String {
        ([teczka] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }

    /// Runs the binary without a terminal (stdin from /dev/null); returns status, stdout and stderr.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "TERM": "xterm",
                   "TECZKA_TEST_WEAK_KDF": "1"]
        for (k, v) in environment { env[k] = v }
        let result = try Subprocess.run(teczka, arguments, environment: env)
        return (result.status, result.output, result.error)
    }

    /// A coordinator's store (Ewa Kierownik, `boss`) with `teczka demo`'s families and assistants (without passphrases).
    static func demoOffice(_ store: String, families: Int, assistants: Int, years: Int, seed: Int) throws -> (status: Int32, out: String, err: String) {
        let created = try run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: boss)
        guard created.status == 0 else { return created }
        return try run(["demo", "--store", store, "--families", "\(families)", "--assistants", "\(assistants)", "--years", "\(years)",
                        "--seed", "\(seed)"], environment: boss)
    }

    /// A coordinator's store (Ewa Kierownik, `boss`) with one assistant, Anna Nowak (passphrase "hasło Anny 123").
    static let boss = ["TECZKA_PASSPHRASE": "hasło kierowniczki"]
    static func officeWithAnna(_ store: String) throws -> (status: Int32, out: String, err: String) {
        let created = try run(["init", "--store", store, "--user", "Ewa Kierownik", "--role", "koordynator"], environment: boss)
        guard created.status == 0 else { return created }
        return try run(["user", "add", "--store", store, "--name", "Anna Nowak"],
                       environment: boss.merging(["TECZKA_NEW_PASSPHRASE": "hasło Anny 123"]) { a, _ in a })
    }
}
