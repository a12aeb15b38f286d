import Foundation
import Logging

/// swift-log's stream handler on standard error, clearing the progress bar's line first.
struct ProgressAwareLogHandler: LogHandler {
    private var stream: StreamLogHandler
    let progress: ProgressBar?

    init(label: String, progress: ProgressBar?) {
        stream = StreamLogHandler.standardError(label: label)
        self.progress = progress
    }

    var logLevel: Logger.Level {
        get { stream.logLevel }
        set { stream.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { stream.metadata }
        set { stream.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { stream[metadataKey: key] }
        set { stream[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        progress?.clearLine()
        stream.log(event: event)
    }
}

/// One JSON object a line on standard error, for log collectors.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    private struct Line: Encodable {
        let time: String
        let level: String
        let label: String
        let message: String
    }

    func log(event: LogEvent) {
        let line = Line(time: ISO8601DateFormatter().string(from: Date()), level: event.level.rawValue, label: label,
                        message: event.message.description)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(line) else { return }
        FileHandle.standardError.write(data + Data([0x0A]))
    }
}
