import Foundation

/// Making and opening exchange packages: what `teczka exchange` and the "Wymiana" screen share. The store seals and
/// remembers; the case file chooses the revisions and merges them.
public enum Exchange {
    /// How the store remembers the last package for a recipient: their user id, or `wszyscy` for a whole store.
    public static func recipientKey(_ recipient: UserAccount?) -> String { recipient?.id.raw ?? "wszyscy" }

    /// Writes a package for `recipient` (nil: everything this user may see); with `sinceLast`, only what was written
    /// or merged here after the last package for the same recipient. Returns the number of revisions in it.
    @discardableResult
    public static func export(_ file: CaseFile, store: CaseStore, to path: String, transferPassphrase: String,
                              for recipient: UserAccount?, sinceLast: Bool) throws -> Int {
        let key = recipientKey(recipient)
        let among = sinceLast ? try store.revisionsSinceLastPackage(for: key) : nil
        // An assistant sends what they may see; a coordinator's package for one assistant holds only their families.
        let audience = recipient ?? (file.currentUser.role == .asystent ? file.currentUser : nil)
        var contents = try file.package(for: audience, among: among, storeID: try store.exchangeStoreID())
        // Her own identity goes with a coordinator's package for one assistant, so that it can set up her laptop.
        if let recipient, recipient.id != file.currentUser.id { contents.identity = try store.sealedIdentity(of: recipient.id) }
        try store.writePackage(contents, to: path, transferPassphrase: transferPassphrase)
        try store.recordPackageMade(for: key)
        try file.recordTransfer(.pakiet, fileName: path, counts: counts(contents.revisions))
        return contents.revisions.count
    }

    /// Merges an opened package and records it in the history of exports and imports: what it added, and every
    /// revision this store refused (those never enter it).
    @discardableResult
    public static func merge(_ file: CaseFile, _ contents: PackageContents, fileName: String) throws -> MergeSummary {
        let summary = try file.merge(contents.revisions)
        if !summary.isEmpty || !summary.refusals.isEmpty {
            try file.recordTransfer(summary.isEmpty ? .pakietOdrzucony : .pakietDolaczony, fileName: fileName,
                                    counts: counts(summary.byKind), refused: summary.refusals, names: contents.names())
        }
        return summary
    }

    /// The user declined a package: nothing is merged, but the revisions this store would have refused are put on
    /// record (the history says someone tried).
    public static func decline(_ file: CaseFile, _ contents: PackageContents, _ preview: MergeSummary, fileName: String) throws {
        guard !preview.refusals.isEmpty else { return }
        try file.recordTransfer(.pakietOdrzucony, fileName: fileName, counts: [:], refused: preview.refusals,
                                names: contents.names())
    }

    /// Revisions per list of the export document (`families`, `visits` …), for the history line.
    static func counts(_ revisions: [Revision]) -> [String: Int] {
        counts(revisions.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 })
    }

    static func counts(_ byKind: [RecordKind: Int]) -> [String: Int] {
        byKind.reduce(into: [:]) { counts, pair in
            if let collection = TransferCollection.of(pair.key) { counts[collection.rawValue] = pair.value }
        }
    }

    /// Opens a package and works out what merging it would add, writing nothing.
    public static func open(_ file: CaseFile, store: CaseStore, at path: String,
                            transferPassphrase: String) throws -> (contents: PackageContents, preview: MergeSummary) {
        let contents = try store.readPackage(at: path, transferPassphrase: transferPassphrase)
        try file.checkCompatible(contents, storeID: try store.exchangeStoreID())
        return (contents, file.mergePreview(contents.revisions))
    }
}
