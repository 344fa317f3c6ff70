import Foundation
import Testing
import TestSupport
@testable import TeczkaCore
@testable import TeczkaStore

@Suite("Crash safety")
struct CrashTests {
    @Test("a process killed with SIGKILL while saving loses no save that had returned")
    func killedWhileSaving() throws {
        let temp = TemporaryStore()
        do {
            let (store, _) = try temp.create()
            store.close()
        }
        let helper = BuildProducts.path("teczka-crash-helper")
        try #require(FileManager.default.isExecutableFile(atPath: helper), "build the helper first: swift build")

        let process = Process()
        process.executableURL = URL(fileURLWithPath: helper)
        process.arguments = [temp.path]
        process.environment = ["TECZKA_PASSPHRASE": TemporaryStore.passphrase, "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()

        // Read "saved N" lines until enough saves have returned, then kill without warning.
        var confirmed = 0
        var buffer = Data()
        let deadline = Date().addingTimeInterval(60)
        while confirmed < 40, Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
            confirmed = lines.compactMap { $0.hasPrefix("saved ") ? Int($0.dropFirst(6)) : nil }.max() ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(confirmed >= 40, "the helper saved only \(confirmed) families")

        let (_, file) = try temp.reopen()
        let labels = Set(file.families.values.map(\.label))
        for index in 1...confirmed {
            #expect(labels.contains("Rodzina \(index)"), "save \(index) was confirmed but is missing")
        }
    }
}
