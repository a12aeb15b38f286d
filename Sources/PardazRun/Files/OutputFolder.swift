import Foundation

/// The output folder of a run, written through descriptors (see `FolderDescriptor`): sub-folders
/// made as needed and never followed through a link, and every file written so that a reader never
/// sees half of one: the bytes go to a temporary file in the same folder, are flushed to disk, and
/// the temporary file is renamed over the target.
public final class OutputFolder: Sendable {
    /// Temporary files are named `.pardaz-tmp-PID-N`: short, whatever the target's name.
    static let temporaryMarker = ".pardaz-tmp-"
    /// The longest suffix an output name gets.
    static let longestSuffix = ".error.json"

    let root: FolderDescriptor
    private let counter = Counter()

    public init(_ url: URL) throws(FileSystemError) {
        root = try FolderDescriptor(path: url.path)
    }

    /// Writes `data` to `path` atomically.
    public func write(_ data: Data, to path: RelativePath) throws(FileSystemError) {
        let folder = try root.folder(at: Array(path.components.dropLast()), create: true)
        let temporary = Array("\(Self.temporaryMarker)\(getpid())-\(counter.take(below: .max)!)".utf8)
        let descriptor = try folder.open(temporary, O_WRONLY | O_CREAT | O_EXCL)
        do throws(FileSystemError) {
            try Self.writeAll(data, to: descriptor)
            guard fsync(descriptor) == 0 else { throw FileSystemError("write") }
            close(descriptor)
            try folder.rename(temporary, to: path.name)
        } catch {
            close(descriptor)
            folder.remove(temporary)
            throw error
        }
    }

    /// Removes the file at `path` if it is there.
    public func remove(_ path: RelativePath) {
        guard let folder = try? root.folder(at: Array(path.components.dropLast())) else { return }
        folder.remove(path.name)
    }

    /// The bytes of the regular file at `path`, or nil.
    public func read(_ path: RelativePath) -> Data? {
        guard let folder = try? root.folder(at: Array(path.components.dropLast())),
            let descriptor = try? folder.open(path.name, O_RDONLY | O_NONBLOCK)
        else { return nil }
        defer { close(descriptor) }
        return (try? InputReader.readRegularFile(descriptor, limit: Int.max / 2)).map { Data($0) }
    }

    /// Whether a file is at `path`.
    public func contains(_ path: RelativePath) -> Bool {
        guard let folder = try? root.folder(at: Array(path.components.dropLast())) else { return false }
        return folder.contains(path.name)
    }

    /// Removes the temporary files a killed run left, in every sub-folder but the runner's own.
    public func removeLeftovers() {
        Self.removeLeftovers(in: root)
    }

    private static func removeLeftovers(in folder: FolderDescriptor) {
        for name in (try? folder.names()) ?? [] {
            if name.first == 0x2E, String(decoding: name, as: UTF8.self).contains(temporaryMarker) {
                folder.remove(name)
            } else if let info = try? folder.attributes(name), info.st_mode & S_IFMT == S_IFDIR,
                name != Array(Manifest.folderName.utf8), let child = try? folder.folder(name) {
                removeLeftovers(in: child)
            }
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32) throws(FileSystemError) {
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure != 0 { throw FileSystemError("write", code: failure) }
    }
}
