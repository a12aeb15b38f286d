import Foundation
import GRDB

/// The record of what was done with each input, in an SQLite database inside the output folder
/// (`.pardaz/manifest.sqlite`, through GRDB). Each document's entry is written after its outputs, in
/// its own transaction, so a run killed at any point leaves entries only for complete outputs.
public final class Manifest: Sendable {
    public static let folderName = ".pardaz"
    public static let fileName = "manifest.sqlite"

    private let database: DatabaseQueue

    /// Opens (creating if needed) the manifest of the output folder `output`.
    public init(output: URL) throws {
        let folder = output.appendingPathComponent(Self.folderName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabaseQueue(path: folder.appendingPathComponent(Self.fileName).path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: ManifestEntry.databaseTableName) { table in
                table.primaryKey("path", .text)
                table.column("sha256", .text).notNull()
                table.column("size", .integer).notNull()
                table.column("modified", .double).notNull()
                table.column("pipeline", .text).notNull()
                table.column("status", .text).notNull()
                table.column("outputBase", .text).notNull()
                table.column("errorReason", .text)
                table.column("errorMessage", .text)
                table.column("seconds", .double).notNull()
                table.column("recordedAt", .double).notNull()
            }
            try db.create(table: RunRecord.databaseTableName) { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("startedAt", .double).notNull()
                table.column("finishedAt", .double).notNull()
                table.column("pipeline", .text).notNull()
                table.column("processed", .integer).notNull()
                table.column("skipped", .integer).notNull()
                table.column("failed", .integer).notNull()
                table.column("removed", .integer).notNull()
                table.column("interrupted", .boolean).notNull()
            }
        }
        return migrator
    }

    /// Every entry, by path.
    public func entries() throws -> [String: ManifestEntry] {
        try database.read { db in
            Dictionary(uniqueKeysWithValues: try ManifestEntry.fetchAll(db).map { ($0.path, $0) })
        }
    }

    public func record(_ entry: ManifestEntry) throws {
        try database.write { db in try entry.save(db) }
    }

    public func delete(path: String) throws {
        _ = try database.write { db in try ManifestEntry.deleteOne(db, key: path) }
    }

    public func record(_ run: RunRecord) throws {
        try database.write { db in
            var run = run
            try run.insert(db)
        }
    }

    /// The most recent run, if any.
    public func lastRun() throws -> RunRecord? {
        try database.read { db in try RunRecord.order(Column("id").desc).fetchOne(db) }
    }
}
