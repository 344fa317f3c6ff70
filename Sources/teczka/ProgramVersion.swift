import TeczkaStore
import TeczkaUI

/// The release number and the `--version` line. The Makefile reads `number` from this file to name the .deb.
enum ProgramVersion {
    static let number = "0.1.0"

    /// "teczka 0.1.0 (format bazy 3, ostatnia migracja v5-anonimizacja)": which stores this program reads and writes.
    static func line(_ language: Language) -> String {
        switch language {
        case .pl:
            return "teczka \(number) (format bazy \(StoreFormat.version), ostatnia migracja \(StoreFormat.newestMigration))"
        case .en:
            return "teczka \(number) (store format \(StoreFormat.version), latest migration \(StoreFormat.newestMigration))"
        }
    }
}
