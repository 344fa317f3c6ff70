import GRDB

/// The SQLite layout. Only ids, kinds, timestamps and authors (user ids) are in clear; every body is sealed.
/// See Docs/store.md. Bump `formatVersion` and add a migration step when the layout changes.
enum Schema {
    static let magic = "teczka-store"
    static let formatVersion = 1
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            );
            CREATE TABLE key_slot (
                user_id TEXT PRIMARY KEY NOT NULL,
                kdf TEXT NOT NULL,
                salt BLOB NOT NULL,
                log2_n INTEGER NOT NULL,
                r INTEGER NOT NULL,
                p INTEGER NOT NULL,
                wrapped_key BLOB NOT NULL,
                created_at REAL NOT NULL
            );
            CREATE TABLE revision (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                record_id TEXT NOT NULL,
                kind TEXT NOT NULL,
                parent TEXT,
                created_at REAL NOT NULL,
                author TEXT NOT NULL,
                body BLOB NOT NULL
            );
            CREATE INDEX revision_record ON revision(record_id);
            """)
    }
}
