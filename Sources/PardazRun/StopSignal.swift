import Dispatch
import Foundation

/// SIGINT and SIGTERM ask a run to stop: the documents in flight are finished and recorded, no new
/// one is started. A second SIGINT stops at once.
public final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    public init() {}

    /// The signal received, if one was.
    public var signal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public var isRequested: Bool { signal != nil }

    /// Starts listening; `onFirst` is told of the first signal.
    public func install(onFirst: @escaping @Sendable (Int32) -> Void) {
        for number in [SIGINT, SIGTERM] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in
                guard let self else { return }
                self.lock.lock()
                let first = self.received == nil
                if first { self.received = number }
                self.lock.unlock()
                if first {
                    onFirst(number)
                } else if number == SIGINT {
                    exit(128 + SIGINT)
                }
            }
            source.resume()
            sources.append(source)
        }
    }
}
