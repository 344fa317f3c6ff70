// Test helper, not part of the product: opens a store and saves families in a loop, printing "saved N" after each
// save has returned, until it is killed. The store tests kill it with SIGKILL and check that every printed save
// survived. Usage: teczka-crash-helper STORE   (passphrase in TECZKA_PASSPHRASE)
import Foundation
import TeczkaCore
import TeczkaStore

let arguments = CommandLine.arguments
guard arguments.count == 2, let passphrase = ProcessInfo.processInfo.environment["TECZKA_PASSPHRASE"] else {
    FileHandle.standardError.write(Data("usage: teczka-crash-helper STORE\n".utf8))
    exit(2)
}
do {
    let store = try EncryptedStore(path: arguments[1])
    let file = try store.unlock(passphrase: passphrase)
    var index = 0
    while true {
        index += 1
        try file.saveFamily(Family(label: "Rodzina \(index)", notes: String(repeating: "notatka ", count: 50)))
        FileHandle.standardOutput.write(Data("saved \(index)\n".utf8))
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
