import Foundation
import GRDB

/// The record of what was done with each input, in an SQLite database inside the output folder
/// (`.pardaz/manifest.sqlite`, through GRDB). Each document's entry is written after its outputs, in
/// its own transaction, so a run killed at any point leaves entries only for complete outputs.
public final class Manifest: Sendable {
    public static let folderName = ".pardaz"
    public static let fileName = "manifest.sqlite"

    private let database: DatabaseQueue

    /// The manifest's file in the output folder `output`.
    public static func file(in output: URL) -> URL {
        output.appendingPathComponent(folderName).appendingPathComponent(fileName)
    }

    /// Opens (creating if needed) the manifest of the output folder `output`. A manifest that is
    /// not a database, or a damaged one, throws `Manifest.Damaged`.
    public init(output: URL) throws {
        let folder = output.appendingPathComponent(Self.folderName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let path = Self.file(in: output).path
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
            try Self.check(database)
        } catch let error as DatabaseError where Damaged.codes.contains(error.resultCode) {
            throw Damaged(path: path, detail: error.message ?? "\(error.resultCode)")
        } catch let error as DatabaseError {
            throw Unavailable(path: path, detail: "\(error.message ?? "SQLite error") (SQLite error \(error.resultCode.rawValue))")
        }
    }

    /// A manifest that cannot be opened or written for a reason outside it (a full disk, a
    /// read-only folder): the run stops before any document, and the next one tries again.
    public struct Unavailable: Error, CustomStringConvertible {
        public var path: String
        public var detail: String
        public var description: String { "\(path): cannot open or write the manifest: \(detail)" }
    }

    /// Opens the manifest of `output`; a damaged one is first set aside beside itself (renamed
    /// `manifest.sqlite.damaged-TIME`) and a new one made, and `setAside` is told in one line.
    public static func openRepairing(output: URL, setAside: (String) -> Void) throws -> Manifest {
        do {
            return try Manifest(output: output)
        } catch let damaged as Damaged {
            let aside = damaged.path + ".damaged-" + Self.timestamp()
            for suffix in ["", "-journal", "-wal", "-shm"] where FileManager.default.fileExists(atPath: damaged.path + suffix) {
                guard rename(damaged.path + suffix, aside + suffix) == 0 else {
                    throw FileSystemError("set the damaged manifest \(damaged.path) aside")
                }
            }
            setAside("\(damaged.path): \(damaged.detail); set aside as \(URL(fileURLWithPath: aside).lastPathComponent), "
                     + "the run rebuilds it from the outputs")
            return try Manifest(output: output)
        }
    }

    /// A manifest that is not a database or is damaged.
    public struct Damaged: Error, CustomStringConvertible {
        static let codes: [ResultCode] = [.SQLITE_CORRUPT, .SQLITE_NOTADB]
        public var path: String
        public var detail: String
        public var description: String {
            "\(path): the manifest is damaged (\(detail)); `pardaz run` sets it aside and rebuilds it"
        }
    }

    /// SQLite's own check of the file, and the tables' columns.
    private static func check(_ database: DatabaseQueue) throws {
        try database.read { db in
            let verdict = try String.fetchOne(db, sql: "PRAGMA quick_check") ?? "no answer"
            guard verdict == "ok" else { throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "quick_check: \(verdict)") }
            let columns = Set(try db.columns(in: ManifestEntry.databaseTableName).map(\.name))
            guard columns.isSuperset(of: ManifestEntry.CodingKeys.allCases.map(\.rawValue)) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the document table lacks columns")
            }
        }
    }

    static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: Date())
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

    /// Every entry, by path (the bytes of the path: names that differ only in Unicode normalization
    /// are different inputs). A row that cannot be read is left out; of two rows for one path the
    /// later one counts.
    public func entries() throws -> [RelativePath: ManifestEntry] {
        try database.read { db in
            var entries: [RelativePath: ManifestEntry] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM \(ManifestEntry.databaseTableName)")
            while let row = try rows.next() {
                guard let entry = ManifestEntry(tolerant: row) else { continue }
                if let other = entries[entry.relativePath], other.recordedAt > entry.recordedAt { continue }
                entries[entry.relativePath] = entry
            }
            return entries
        }
    }

    public func record(_ entry: ManifestEntry) throws {
        try database.write { db in try entry.save(db) }
    }

    public func delete(path: RelativePath) throws {
        _ = try database.write { db in try ManifestEntry.deleteOne(db, key: path.key) }
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
