import Foundation

/// A schema file missing from (or unreadable in) the module's resources.
public struct SchemaResourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's name inside `Schemas/`.
    public let name: String

    public var description: String { "schema resource Schemas/\(name) is missing or unreadable" }
}

/// The schemas that describe Pardaz's outputs, shipped as resources of this module.
public enum SchemaResources {
    /// The RelaxNG schema (XML syntax) of the TEI that `TEIWriter` writes.
    public static func teiRelaxNG() throws -> String {
        try load("pardaz-tei", extension: "rng")
    }

    /// The JSON Schema of the JSON export.
    public static func jsonSchema() throws -> String {
        try load("pardaz.schema", extension: "json")
    }

    /// The JSON Schema of `NAME.error.json`.
    public static func errorJSONSchema() throws -> String {
        try load("pardaz-error.schema", extension: "json")
    }

    private static func load(_ name: String, extension ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Schemas"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw SchemaResourceError(name: "\(name).\(ext)") }
        return text
    }
}
