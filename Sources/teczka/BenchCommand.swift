import ArgumentParser
import Foundation
import TeczkaCore
import TeczkaStore

/// `teczka bench-signatures`: the cost of signing and checking revisions, for make bench (not shown in the help).
struct BenchSignaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-signatures", abstract: CommandText.current.benchSignaturesAbstract, shouldDisplay: false)

    @Option(name: .long, help: .text(\.benchSignaturesCount)) var count: Int = 50_000
    @Option(name: .long, help: .text(\.benchSignaturesChains)) var chains: Int = 1_000

    func run() throws {
        let result = try SealBenchmark.run(count: count, chains: chains)
        Output.info(String(format: "Podpisy %ld zapisów w %ld łańcuchach: podpisanie %.3f s; sprawdzenie jak przy otwarciu bazy %.3f s; sprawdzenie każdego podpisu (teczka check) %.3f s",
                           result.count, result.chains, result.sign, result.checkAsOpened, result.verifyEach))
    }
}

/// `teczka bench-login`: how long a log-in takes (right and wrong passphrase) as a store grows to 1, 10 and 50
/// accounts, at the key derivation new stores get (make bench; not shown in the help).
struct BenchLoginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-login", abstract: CommandText.current.benchLoginAbstract, shouldDisplay: false)

    @Option(name: .long, help: .text(\.benchLoginAccounts)) var accounts: String = "1,10,50"

    func run() throws {
        let counts = accounts.split(separator: ",").compactMap { Int($0) }.sorted()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teczka-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("bench.sqlite").path
        let store = try EncryptedStore(path: path)
        defer { store.close() }
        let cost = KeyDerivationCost.forNewStores()
        let head = try store.initialize(name: "Ewa Kierownik", role: .koordynator, passphrase: "hasło koordynatora 0")
        var made = 1
        for count in counts {
            while made < count {
                try store.addUser(name: "Asystent \(made)", role: .asystent, passphrase: "hasło asystenta \(made)", by: head)
                made += 1
            }
            // A right passphrase that did not open would measure the wrong thing: it stops the bench.
            func time(_ passphrase: String, opens: Bool) throws -> TimeInterval {
                let started = Date()
                let opened = (try? store.unlock(passphrase: passphrase)) != nil
                guard opened == opens else { throw ValidationError("bench-login: \(passphrase) \(opened ? "opened" : "did not open")") }
                return Date().timeIntervalSince(started)
            }
            // The newest account's passphrase: with one account, the coordinator's.
            let right = try time(made == 1 ? "hasło koordynatora 0" : "hasło asystenta \(made - 1)", opens: true)
            let wrong = try time("nie to hasło 123", opens: false)
            let accounts = made == 1 ? "1 koncie" : "\(made) kontach"
            Output.info("Logowanie przy \(accounts): " + String(format: "właściwe hasło %.2f s, błędne %.2f s (scrypt N = 2^%ld, r = %ld, p = %ld, %ld MiB)",
                                                               right, wrong, cost.log2N, cost.r, cost.p, cost.memory / (1 << 20)))
        }
    }
}
