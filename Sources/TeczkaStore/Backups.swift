import Foundation
import TeczkaCore
#if canImport(Glibc)
import Glibc
#endif

/// Where backups go: `backups/` beside the store. Automatic copies are `<store>-RRRR-MM-DD.sqlite`; a store replaced
/// by a restore is kept as `<store>-zastapiona-…` (or `-uszkodzona-…` when it was damaged) and never rotated away.
public enum Backups {
    public static func folder(forStore store: String) -> String {
        ((store as NSString).deletingLastPathComponent as NSString).appendingPathComponent("backups")
    }

    static func stem(_ store: String) -> String {
        ((store as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    static func dailyPath(forStore store: String, on day: LocalDate) -> String {
        (folder(forStore: store) as NSString).appendingPathComponent("\(stem(store))-\(day.iso).sqlite")
    }

    static func keptPath(forStore store: String, reason: String, at now: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Europe/Warsaw")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return (folder(forStore: store) as NSString).appendingPathComponent("\(stem(store))-\(reason)-\(f.string(from: now)).sqlite")
    }

    /// The automatic daily copies of a store, newest first.
    public static func daily(forStore store: String) -> [(date: LocalDate, path: String)] {
        let directory = folder(forStore: store)
        let prefix = stem(store) + "-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.compactMap { name -> (LocalDate, String)? in
            guard name.hasPrefix(prefix), name.hasSuffix(".sqlite") else { return nil }
            let middle = name.dropFirst(prefix.count).dropLast(".sqlite".count)
            guard middle.count == 10, let day = LocalDate(parsing: String(middle)) else { return nil }
            return (day, (directory as NSString).appendingPathComponent(name))
        }.sorted { $0.0 > $1.0 }
    }

    /// The newest automatic copy that passes `EncryptedStore.inspect`, for a damaged store.
    public static func newestGood(forStore store: String) -> (date: LocalDate, path: String)? {
        daily(forStore: store).first { (try? EncryptedStore.inspect($0.path)) != nil }
    }

    static func makeFolder(_ folder: String) throws {
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw BackupProblem.io("\(folder): \(error.localizedDescription)")
        }
    }
}
