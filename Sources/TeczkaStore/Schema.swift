import GRDB

/// The SQLite layout, built and upgraded by GRDB's `DatabaseMigrator` (named migrations, recorded in
/// `grdb_migrations`). Only ids, kinds, scopes, timestamps, authors, chain positions and signatures are in clear;
/// every body is sealed. See Docs/store.md.
///
/// `meta.version` is kept besides the migrations for the programs that predate them: they refuse a store whose
/// version is above theirs ("newer format") instead of misreading it.
enum Schema {
    static let magic = "teczka-store"
    /// The format this program writes (`meta.version`).
    static let formatVersion = 3
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        // Format 1: stores made before migrations were used have these tables and no `grdb_migrations`; creating
        // them only when absent adopts such a store.
        migrator.registerMigration("v1-tabele") { db in
            guard try !db.tableExists("revision") else { return }
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
        // Format 2: signed revisions (Docs/store.md, "Signatures and chains"). Rows of format 1 keep NULL signatures
        // until a coordinator's first log-in vouches for them (`EncryptedStore.migrateToSigned`).
        migrator.registerMigration("v2-podpisy") { db in
            try db.execute(sql: """
                ALTER TABLE revision ADD COLUMN scope TEXT;
                ALTER TABLE revision ADD COLUMN signer TEXT;
                ALTER TABLE revision ADD COLUMN chain_index INTEGER;
                ALTER TABLE revision ADD COLUMN previous_link BLOB;
                ALTER TABLE revision ADD COLUMN clock INTEGER;
                ALTER TABLE revision ADD COLUMN legacy INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE revision ADD COLUMN signature BLOB;
                ALTER TABLE key_slot ADD COLUMN identity BLOB;
                """)
            try setVersion(db, 2)
        }
        // Format 3: need-to-know keys (Docs/store.md, "Keys"). One passphrase derivation per store (`meta` kdf_*);
        // accounts' slots found by a tag; every scope's key wrapped for the accounts that may read it; each body
        // sealed under its scope's key (`key_epoch`). Rows of earlier formats keep `key_epoch` NULL until a
        // coordinator's first log-in re-seals them.
        migrator.registerMigration("v3-klucze") { db in
            try db.execute(sql: """
                CREATE TABLE account_slot (
                    user_id TEXT PRIMARY KEY NOT NULL,
                    tag BLOB NOT NULL UNIQUE,
                    identity BLOB NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE scope_key (
                    scope TEXT NOT NULL,
                    epoch INTEGER NOT NULL,
                    recipient TEXT NOT NULL,
                    recipient_key BLOB NOT NULL,
                    ephemeral BLOB NOT NULL,
                    wrapped BLOB NOT NULL,
                    PRIMARY KEY (scope, epoch, recipient)
                );
                CREATE TABLE key_request (
                    user_id TEXT PRIMARY KEY NOT NULL,
                    agreement_key BLOB NOT NULL,
                    signature BLOB NOT NULL,
                    created_at REAL NOT NULL
                );
                ALTER TABLE revision ADD COLUMN key_epoch INTEGER;
                """)
            try setVersion(db, 3)
        }
        // Drafts: a form left unsaved when the program was stopped, sealed for its account (Docs/store.md, "Drafts").
        migrator.registerMigration("v3-szkice") { db in
            try db.execute(sql: """
                CREATE TABLE draft (
                    user_id TEXT PRIMARY KEY NOT NULL,
                    sealed BLOB NOT NULL,
                    created_at REAL NOT NULL
                );
                """)
        }
        // Checkpoints: each account's families as it admitted them, sealed for it (Docs/store.md, "Checkpoints"); and
        // an index by scope, which opening uses to find the families changed since.
        migrator.registerMigration("v3-punkty-kontrolne") { db in
            try db.execute(sql: """
                CREATE TABLE checkpoint (
                    user_id TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    rows INTEGER NOT NULL,
                    last_seq INTEGER NOT NULL,
                    sealed BLOB NOT NULL,
                    PRIMARY KEY (user_id, scope)
                );
                CREATE INDEX revision_scope ON revision(scope, seq);
                """)
        }
        // The log-in's count of each scope's rows and key epochs (`EncryptedStore.scopeRows`) read every row of the
        // table for its `key_epoch` (0.3–1.3 s at 10,000 families); with the epoch in the index it reads the index only.
        migrator.registerMigration("v4-indeks-zakresow") { db in
            try db.execute(sql: """
                DROP INDEX IF EXISTS revision_scope;
                CREATE INDEX revision_scope ON revision(scope, seq, key_epoch);
                """)
        }
        // Anonymisation (issue 15): a row whose body was anonymised keeps the SHA-256 of the body as signed.
        migrator.registerMigration("v5-anonimizacja") { db in
            try db.execute(sql: "ALTER TABLE revision ADD COLUMN redacted_from BLOB")
        }
        return migrator
    }

    /// `meta.version` after a migration that changes the format (a store being created has no `meta` row yet: its
    /// rows are written after the migrations).
    private static func setVersion(_ db: Database, _ version: Int) throws {
        guard try db.tableExists("meta"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM meta WHERE key = 'version'") ?? 0 > 0 else { return }
        try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'version'", arguments: [String(version)])
    }
}
