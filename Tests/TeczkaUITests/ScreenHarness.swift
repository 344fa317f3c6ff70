import Foundation
@testable import TeczkaCore
@testable import TeczkaUI

/// A store in memory for screen tests: passphrases checked, nothing on disk.
final class MemoryCaseStore: CaseStore {
    let location = "/home/anna/.local/share/teczka/teczka.sqlite"
    let journal = MemoryJournal()
    var users: [(UserAccount, String)] = []
    let clock: () -> Date

    init(clock: @escaping () -> Date) { self.clock = clock }

    var isInitialized: Bool { !users.isEmpty }
    var documents: [String: String] = [:]
    var binaryDocuments: [String: Data] = [:]

    func addUser(name: String, role: UserRole, passphrase: String, by file: CaseFile) throws -> UserAccount {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard !users.contains(where: { $0.1 == passphrase }) else { throw AccountProblem.passphraseInUse }
        let user = UserAccount.test(name, role)
        users.append((user, passphrase))
        try file.saveUser(user)
        return user
    }

    func changePassphrase(to passphrase: String, for file: CaseFile) throws {
        guard !users.contains(where: { $0.1 == passphrase }) else { throw AccountProblem.passphraseInUse }
        if let index = users.firstIndex(where: { $0.0.id == file.currentUser.id }) { users[index].1 = passphrase }
    }

    func resetAccount(_ userID: RecordID, passphrase: String, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard let user = file.users[userID] else { throw AccountProblem.unknownUser }
        users.removeAll { $0.0.id == userID }
        users.append((user, passphrase))
    }

    func sealedIdentity(of userID: RecordID) throws -> PackedIdentity? { nil }

    func deactivate(_ userID: RecordID, by file: CaseFile) throws {
        guard file.currentUser.role == .koordynator else { throw AccountProblem.notAllowed }
        guard var user = file.users[userID] else { throw AccountProblem.unknownUser }
        user.active = false
        try file.saveUser(user)
        users.removeAll { $0.0.id == userID }
    }

    /// Packages "sealed" in memory by path, with their passphrase, for the exchange screen's tests.
    var packages: [String: (PackageContents, String)] = [:]
    var packageMarks: [String: Int] = [:]
    func exchangeStoreID() throws -> String { "memory-store" }
    func verifyPassphrase(_ passphrase: String, of userID: RecordID) -> Bool {
        users.contains { $0.0.id == userID && $0.1 == passphrase }
    }
    func writePackage(_ contents: PackageContents, to path: String, transferPassphrase: String) throws {
        packages[path] = (contents, transferPassphrase)
    }
    func readPackage(at path: String, transferPassphrase: String) throws -> PackageContents {
        guard let (contents, secret) = packages[path] else { throw StoreProblem.io("\(path): No such file or directory") }
        guard secret == transferPassphrase else { throw PackageProblem.wrongPassphraseOrDamaged }
        return contents
    }
    func revisionsSinceLastPackage(for recipient: String) throws -> Set<RecordID>? {
        packageMarks[recipient].map { Set(journal.revisions.dropFirst($0).map(\.id)) }
    }
    func recordPackageMade(for recipient: String) throws { packageMarks[recipient] = journal.revisions.count }

    func writeDocument(named name: String, contents: String) throws -> String {
        documents[name] = contents
        return "/home/anna/.local/share/teczka/wydruki/" + name
    }
    func writeDocument(named name: String, data: Data) throws -> String {
        binaryDocuments[name] = data
        return "/home/anna/.local/share/teczka/wydruki/" + name
    }

    func initialize(name: String, role: UserRole, passphrase: String, settings: StoreSettings) throws -> CaseFile {
        let user = UserAccount.test(name, role)
        users.append((user, passphrase))
        let file = try CaseFile.test(journal.revisions, journal: journal, as: user, clock: clock)
        try file.saveUser(user)
        try file.saveSettings(settings)
        return file
    }

    func unlock(passphrase: String) throws -> CaseFile {
        guard let (user, _) = users.first(where: { $0.1 == passphrase }) else { throw StoreProblem.wrongPassphrase }
        return try CaseFile.test(journal.revisions, journal: journal, as: user, clock: clock)
    }
}

/// Drives an `App` with keys and reads its screen as text, at a pinned size and clock.
final class ScreenHarness {
    /// 22 November 2026, 10:00 in Poland.
    static let now = Date(timeIntervalSince1970: 1_795_338_000)
    /// Time that passes for the app only (the idle lock); the case files keep the pinned clock.
    final class Elapsed { var seconds: TimeInterval = 0 }
    let elapsed = Elapsed()
    let store: MemoryCaseStore
    var app: App
    var width = 80
    var height = 24

    init(language: Language = .pl, loggedIn: Bool = true) throws {
        store = MemoryCaseStore(clock: { ScreenHarness.now })
        if loggedIn {
            _ = try store.initialize(name: "Anna Nowak", role: .asystent, passphrase: "tajnehaslo", settings: StoreSettings())
        }
        let passing = elapsed
        app = App(store: store, strings: .forLanguage(language), clock: { ScreenHarness.now + passing.seconds })
        if loggedIn {
            press(Key.typing("tajnehaslo") + [.enter])
            // From "Do zrobienia", the first screen after log-in, to the family list.
            press(.escape)
        }
    }

    var file: CaseFile { app.file! }

    /// Presses keys, running any scheduled work the way the terminal does between keys.
    func press(_ keys: [Key]) {
        for key in keys {
            _ = app.render(width: width, height: height)
            app.handle(key)
            while app.hasPendingWork { app.runPendingWork() }
        }
    }

    func press(_ keys: Key...) { press(keys) }
    func type(_ text: String) { press(Key.typing(text)) }

    var screen: String { app.render(width: width, height: height).text }
    var canvas: Canvas { app.render(width: width, height: height) }

    @discardableResult
    func addFamily(_ label: String, locality: String = "", members: [(String, String, String, MemberRole)] = []) throws -> Family {
        let family = try file.saveFamily(Family(label: label, locality: locality))
        for (first, last, born, role) in members {
            try file.saveMember(Member(familyID: family.id, firstName: first, lastName: last,
                                       birthDate: LocalDate(parsing: born), role: role))
        }
        return family
    }
}
