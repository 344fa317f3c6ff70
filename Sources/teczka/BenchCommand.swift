import ArgumentParser
import Foundation
import TeczkaCore

/// `teczka bench-signatures`: the cost of signing and checking revisions, for make bench (not shown in the help).
struct BenchSignaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-signatures", abstract: "Pomiar: podpisanie i sprawdzenie N zapisów (make bench).", shouldDisplay: false)

    @Option(name: .long, help: "Liczba zapisów.") var count: Int = 50_000
    @Option(name: .long, help: "Liczba łańcuchów (rodzin).") var chains: Int = 1_000

    func run() throws {
        let result = try SealBenchmark.run(count: count, chains: chains)
        Output.info(String(format: "Podpisy %ld zapisów w %ld łańcuchach: podpisanie %.3f s; sprawdzenie jak przy otwarciu bazy %.3f s; sprawdzenie każdego podpisu (teczka check) %.3f s",
                           result.count, result.chains, result.sign, result.checkAsOpened, result.verifyEach))
    }
}
