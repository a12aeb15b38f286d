/// Why a file was refused. Its description is one line, fit for a log and an `.error.json`.
public struct IngestError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        case unreadable
        case empty
        case binary
        case nulBytes = "nul-bytes"
        case undecodable
        case tooLarge = "too-large"
        case malformed
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
