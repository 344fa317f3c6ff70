import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore
import TeczkaUI

/// `teczka bench-ui`: how long the program takes from a key to a drawn frame, in-process over many keys, on a store
/// made by `teczka demo` (make bench; not shown in the help). The screens are drawn to a canvas at 80×24, as the
/// terminal layer would copy them; nothing is asserted — the figures go to Docs/architecture.md ("Speed").
struct BenchUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ui", abstract: CommandText.current.benchUIAbstract, shouldDisplay: false)

    @Option(name: .long, help: .text(\.store)) var store: String
    @Option(name: .long, help: .text(\.benchUIKeys)) var keys: Int = 1_000

    func run() throws {
        guard let passphrase = ProcessInfo.processInfo.environment["TECZKA_PASSPHRASE"] else {
            throw ValidationError("bench-ui: TECZKA_PASSPHRASE")
        }
        let encrypted = try EncryptedStore(path: store, mustExist: true)
        defer { encrypted.close() }
        let app = App(store: encrypted, strings: .polish)
        app.idleLimit = nil
        let bench = KeyBench(app: app)
        bench.press(Key.typing(passphrase))
        // From Enter on the passphrase to the first screen drawn (Do zrobienia): the key derivation, opening the store
        // and the first list.
        let loggingIn = Date()
        bench.press([.enter])
        let logIn = Date().timeIntervalSince(loggingIn)
        let derivation = encrypted.lastDerivation
        let afterLogIn = PeakMemory.mebibytes() ?? -1
        bench.press([.escape])   // from "Do zrobienia" to the family list
        guard bench.screen.contains("Rodziny") else { throw ValidationError("bench-ui: no family list after log-in:\n\(bench.screen)") }

        let list = bench.time((0..<keys).map { $0 % 200 < 100 ? Key.down : Key.up })
        bench.press([.home])
        // Type to find: a few letters, then Esc clears the filter, over and over.
        let letters = Key.typing("kowal") + [.escape]
        let search = bench.time((0..<keys).map { letters[$0 % letters.count] })
        bench.press([.home, .enter])
        let card = bench.time((0..<keys).map { [.down, .up, .tab, .tab][$0 % 4] })
        bench.press([.escape, .function(9), .character("t")])
        let todo = bench.time((0..<keys).map { $0 % 200 < 100 ? Key.down : Key.up })
        bench.press([.escape, .home])

        // A 5,000-character paste into the visit note: every key handled, then one frame (as the terminal does).
        bench.press([.function(5)])
        let pasted = Date()
        for index in 0..<5_000 { app.handle(.character(index % 60 == 59 ? " " : "a")) }
        _ = app.render(width: 80, height: 24)
        let paste = Date().timeIntervalSince(pasted)
        bench.press([.escape, .character("t")])   // leave the form without saving ("Porzucić…?" — tak)

        // Saving a visit, fsync included: F5, a short note, F2 (and T where the day has no cooperation).
        var saves: [TimeInterval] = []
        for _ in 0..<20 {
            bench.press([.function(5)] + Key.typing("Rozmowa z matką."))
            let started = Date()
            bench.press([.function(2)])
            if bench.screen.contains("nie ma otwartej współpracy") { bench.press([.character("t")]) }
            saves.append(Date().timeIntervalSince(started))
            // A save refused (a rule, a full disk) would time nothing: it stops the bench.
            guard !bench.screen.contains("Nowa wizyta") else { throw ValidationError("bench-ui: the visit was not saved:\n\(bench.screen)") }
        }

        Output.info(String(format: "Od Enter po haśle do pierwszego ekranu: %.2f s (w tym wyprowadzenie klucza %.2f s)", logIn, derivation))
        Output.info("Pamięć po zalogowaniu (szczyt, z wyprowadzeniem klucza): \(afterLogIn) MiB; po wszystkich pomiarach: \(PeakMemory.mebibytes() ?? -1) MiB")
        for (name, times) in [("lista rodzin", list), ("szukanie", search), ("karta rodziny", card), ("do zrobienia", todo)] {
            Output.info(String(format: "Klawisz → ekran, %@ (%ld klawiszy): mediana %.2f ms, 99. centyl %.2f ms",
                               name, times.count, KeyBench.percentile(times, 0.5) * 1000, KeyBench.percentile(times, 0.99) * 1000))
        }
        Output.info(String(format: "Wklejenie 5000 znaków do notatki i jedno narysowanie: %.3f s", paste))
        Output.info(String(format: "Zapis wizyty (z fsync): mediana %.1f ms, najdłużej %.1f ms",
                           KeyBench.percentile(saves, 0.5) * 1000, (saves.max() ?? 0) * 1000))
    }
}

/// Feeds keys to the program and times each key together with the frame drawn after it.
final class KeyBench {
    let app: App

    init(app: App) { self.app = app }

    var screen: String { app.render(width: 80, height: 24).text }

    /// Presses keys without timing them, running slow work (a key derivation) as the terminal does.
    func press(_ keys: [Key]) {
        for key in keys {
            app.handle(key)
            while app.hasPendingWork { app.runPendingWork() }
            _ = app.render(width: 80, height: 24)
        }
    }

    /// The time of each key, from the key to its frame.
    func time(_ keys: [Key]) -> [TimeInterval] {
        keys.map { key in
            let started = Date()
            app.handle(key)
            while app.hasPendingWork { app.runPendingWork() }
            _ = app.render(width: 80, height: 24)
            return Date().timeIntervalSince(started)
        }
    }

    static func percentile(_ times: [TimeInterval], _ fraction: Double) -> TimeInterval {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * fraction))]
    }
}
