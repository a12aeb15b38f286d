import Foundation

/// The run's own lock on its output folder, so that two runs never work on one archive at once.
///
/// It is a `flock(2)` lock on `.pardaz/lock`, held by the open file: the system releases it when the
/// process ends, however it ends (SIGKILL included), so a crashed run never leaves a stale lock behind,
/// and two runs in one process exclude each other too. The holder writes its pid into the file.
public final class RunLock {
    /// Exit status of a run that found the lock taken: EX_TEMPFAIL, "try again later".
    public static let busyExitCode: Int32 = 75

    /// Another run holds the lock.
    public struct Busy: Error, CustomStringConvertible {
        public let path: String
        public let holder: Int32?
        /// When the holder took the lock, as it wrote it (ISO 8601).
        public let since: String?
        public var description: String {
            "another pardaz run\(holder.map { " (pid \($0)\(since.map { ", since \($0)" } ?? ""))" } ?? "") is working on this output folder; try again later"
        }
    }

    private let descriptor: Int32
    public let path: String

    /// Takes the lock of the output folder `output`, or throws `Busy` at once.
    public init(output: URL) throws {
        let folder = output.appendingPathComponent(Manifest.folderName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("lock").path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
            close(descriptor)
            throw Busy(path: path, holder: lines.first.flatMap { Int32($0) }, since: lines.dropFirst().first.map(String.init))
        }
        // The holder's pid and when it started, for people (and the cron wrapper) looking at the folder.
        let started = ISO8601DateFormatter().string(from: Date())
        let pid = Data("\(getpid())\n\(started)\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Unlocked explicitly before the descriptor is closed: a process started at that moment by
    /// another thread shares the open file until its exec closes it (O_CLOEXEC), and closing our
    /// descriptor alone would leave the lock held for that instant, so that the next run in this
    /// process found it taken (seen once in CI, a test spawning `pardaz` beside a runner test).
    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
