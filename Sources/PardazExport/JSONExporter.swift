import Foundation
import PardazModel

/// Writes a document as JSON: the document's fields at the top level beside `schemaVersion` and
/// `generator`, keys sorted, so that the same input always gives the same bytes.
public enum JSONExporter {
    public static func data(for document: Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(Envelope(document: document))
        data.append(0x0A)
        return data
    }

    private struct Envelope: Encodable {
        let document: Document

        enum CodingKeys: String, CodingKey {
            case schemaVersion, generator
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(PardazVersion.jsonSchema, forKey: .schemaVersion)
            try container.encode("pardaz \(PardazVersion.string)", forKey: .generator)
            try document.encode(to: encoder)
        }
    }
}
