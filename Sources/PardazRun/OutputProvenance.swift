import Foundation
import PardazModel

/// What a document's JSON output says about where it came from: the program that wrote it, the
/// schema, and the source's path and hash. A run whose manifest is new checks these to keep
/// outputs that this version already made from the same bytes.
struct OutputProvenance: Decodable {
    struct Source: Decodable {
        var path: String
        var sha256: String
    }

    var generator: String
    var schemaVersion: String
    var source: Source

    init?(json: Data) {
        guard let decoded = try? JSONDecoder().decode(Self.self, from: json) else { return nil }
        self = decoded
    }

    /// Whether the output was made by this version from bytes with this hash at this path.
    func matches(sha256: String, path: String) -> Bool {
        generator == "pardaz \(PardazVersion.string)" && schemaVersion == PardazVersion.jsonSchema
            && source.sha256 == sha256 && source.path == path
    }
}
