/// The store's format as `teczka --version` reports it: the version written in `meta.version` and the newest migration
/// this program applies. Both are read from `Schema`, so adding a migration changes what is reported without a
/// number to remember; a program refuses a store whose version is higher or that has a migration it does not know.
public enum StoreFormat {
    public static let version = Schema.formatVersion
    public static var newestMigration: String { Schema.migrator.migrations.last ?? "" }
}
