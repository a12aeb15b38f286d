import Foundation

/// Reads the input files of a run, each through one descriptor: every folder on its path opened
/// without following links, the file itself opened with `O_NOFOLLOW | O_NONBLOCK`, and its type and
/// size checked on that descriptor. A file swapped for a link, a pipe or a device after it was
/// listed is refused, never followed, never waited on.
public struct InputReader: Sendable {
    let root: FolderDescriptor
    /// Largest input read, in bytes.
    public let limit: Int

    public init(root: URL, limit: Int) throws(FileSystemError) {
        self.root = try FolderDescriptor(path: root.standardizedFileURL.resolvingSymlinksInPath().path)
        self.limit = limit
    }

    /// The bytes of `file` (of the file its link leads to, for a link inside the folder).
    public func read(_ file: InputFile) throws(ProcessingError) -> [UInt8] {
        let descriptor = try open(file.target ?? file.path)
        defer { close(descriptor) }
        do {
            return try Self.readRegularFile(descriptor, limit: limit)
        } catch where error.reason == "refused" {
            throw ProcessingError(reason: "changed", message: "was replaced after it was listed: it \(error.message)")
        }
    }

    /// The bytes of the file at `path` (links followed: the path is the user's own choice), read
    /// through one descriptor opened without waiting, as a regular file of at most `limit` bytes.
    public static func read(path: String, limit: Int) throws(ProcessingError) -> [UInt8] {
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(FileSystemError("open")) }
        defer { close(descriptor) }
        return try readRegularFile(descriptor, limit: limit)
    }

    /// Checks what `descriptor` is open on, then reads it.
    static func readRegularFile(_ descriptor: Int32, limit: Int) throws(ProcessingError) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Self.unreadable(FileSystemError("read its attributes")) }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw ProcessingError(reason: "unreadable", message: "is a folder") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw ProcessingError(reason: "refused", message: "is not a regular file (a pipe, socket or device)")
        }
        guard info.st_size <= limit else { throw tooLarge(Int64(info.st_size), limit: limit) }
        return try readAll(descriptor, size: Int(info.st_size), limit: limit)
    }

    /// Opens the file at `path` below the root without following any link.
    private func open(_ path: RelativePath) throws(ProcessingError) -> Int32 {
        let components = path.components
        do {
            let folder = try root.folder(at: Array(components.dropLast()))
            return try folder.open(path.name, O_RDONLY | O_NONBLOCK | O_NOCTTY)
        } catch where error.code == ELOOP || error.code == ENOTDIR {
            throw ProcessingError(reason: "changed", message: "was replaced by a symbolic link after it was listed")
        } catch {
            throw Self.unreadable(error)
        }
    }

    /// Reads to the end, refusing more than `limit` bytes (the file may grow while it is read).
    private static func readAll(_ descriptor: Int32, size: Int, limit: Int) throws(ProcessingError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { throw tooLarge(Int64(count), limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(count, 4096)))
            }
            let read = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw unreadable(FileSystemError("read"))
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else { throw tooLarge(Int64(count), limit: limit) }
        bytes.removeSubrange(count...)
        return bytes
    }

    static func unreadable(_ error: FileSystemError) -> ProcessingError {
        ProcessingError(reason: "unreadable", message: error.description)
    }

    static func tooLarge(_ size: Int64, limit: Int) -> ProcessingError {
        ProcessingError(reason: "too-large",
                        message: "is \(ByteCount(size)), larger than the limit of \(ByteCount(Int64(limit))) (--max-size)")
    }
}

/// A size in bytes for a message: "52.4 MB", "900 bytes".
struct ByteCount: CustomStringConvertible {
    var bytes: Int64
    init(_ bytes: Int64) { self.bytes = bytes }

    var description: String {
        if bytes < 1000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1e3) }
        return String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
