import Foundation

/// The run's own lock on its output folder, so that two runs never work on one archive at once.
///
/// It is an `fcntl` lock on `.pardaz/lock`: the system releases it when the process ends, however it
/// ends (SIGKILL included), so a crashed run never leaves a stale lock behind.
public final class RunLock {
    /// Exit status of a run that found the lock taken: EX_TEMPFAIL, "try again later".
    public static let busyExitCode: Int32 = 75

    /// Another run holds the lock.
    public struct Busy: Error, CustomStringConvertible {
        public let path: String
        public let holder: Int32?
        public var description: String {
            "another pardaz run\(holder.map { " (pid \($0))" } ?? "") is working on this output folder; try again later"
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
        var lock = flock()
        lock.l_type = Int16(F_WRLCK)
        lock.l_whence = Int16(SEEK_SET)
        if fcntl(descriptor, F_SETLK, &lock) != 0 {
            var probe = flock()
            probe.l_type = Int16(F_WRLCK)
            probe.l_whence = Int16(SEEK_SET)
            let holder = fcntl(descriptor, F_GETLK, &probe) == 0 && probe.l_type != Int16(F_UNLCK) ? probe.l_pid : nil
            close(descriptor)
            throw Busy(path: path, holder: holder)
        }
        // The holder's pid, for people looking at the folder.
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit { close(descriptor) }
}
