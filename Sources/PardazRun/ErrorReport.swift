import Foundation

/// The content of `NAME.error.json`.
struct ErrorReport: Codable {
    var schemaVersion: String
    var source: String
    var reason: String
    var message: String

    func data() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data()) + Data([0x0A])
    }
}
