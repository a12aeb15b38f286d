import Foundation

/// An open folder. The runner reaches every file through such descriptors, one component at a
/// time and never through a symbolic link, so that a path is never looked up twice (a file swapped
/// for a link between the listing and the read cannot lead out of the folder), and paths longer
/// than `PATH_MAX` work like any other.
final class FolderDescriptor: @unchecked Sendable {
    let descriptor: Int32

    /// Opens the folder at `path` (which may itself be reached through links).
    init(path: String) throws(FileSystemError) {
        descriptor = Foundation.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError("open the folder") }
    }

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// The sub-folder `name`, never through a link; made first when `create` is set.
    func folder(_ name: [UInt8], create: Bool = false) throws(FileSystemError) -> FolderDescriptor {
        if create, Self.withName(name, { mkdirat(descriptor, $0, 0o755) }) != 0, errno != EEXIST {
            throw FileSystemError("make the folder")
        }
        let opened = Self.withName(name) { openat(descriptor, $0, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        guard opened >= 0 else { throw FileSystemError("open the folder") }
        return FolderDescriptor(descriptor: opened)
    }

    /// The folder at `components` below this one.
    func folder(at components: [[UInt8]], create: Bool = false) throws(FileSystemError) -> FolderDescriptor {
        var current = self
        for component in components { current = try current.folder(component, create: create) }
        return current
    }

    /// The names in the folder, `.` and `..` left out, in no particular order.
    func names() throws(FileSystemError) -> [[UInt8]] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            let code = errno
            if copy >= 0 { close(copy) }
            throw FileSystemError("read the folder", code: code)
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [[UInt8]] = []
        errno = 0
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [0x2E], name != [0x2E, 0x2E] { names.append(name) }
            errno = 0
        }
        if errno != 0 { throw FileSystemError("read the folder") }
        return names
    }

    /// The attributes of `name`, not following a link.
    func attributes(_ name: [UInt8]) throws(FileSystemError) -> stat {
        var info = stat()
        guard Self.withName(name, { fstatat(descriptor, $0, &info, AT_SYMLINK_NOFOLLOW) }) == 0 else {
            throw FileSystemError("read its attributes")
        }
        return info
    }

    /// The folder's own attributes.
    func attributes() -> stat {
        var info = stat()
        fstat(descriptor, &info)
        return info
    }

    /// Opens `name` with `flags` (always without following a link); returns the descriptor.
    func open(_ name: [UInt8], _ flags: Int32, mode: mode_t = 0o644) throws(FileSystemError) -> Int32 {
        let opened = Self.withName(name) { openat(descriptor, $0, flags | O_NOFOLLOW | O_CLOEXEC, mode) }
        guard opened >= 0 else { throw FileSystemError("open") }
        return opened
    }

    /// Renames `from` to `to` inside this folder.
    func rename(_ from: [UInt8], to: [UInt8]) throws(FileSystemError) {
        let result = Self.withName(from) { source in Self.withName(to) { renameat(descriptor, source, descriptor, $0) } }
        guard result == 0 else { throw FileSystemError("rename into place") }
    }

    /// Removes the file `name`; true when it was there.
    @discardableResult
    func remove(_ name: [UInt8]) -> Bool {
        Self.withName(name) { unlinkat(descriptor, $0, 0) } == 0
    }

    /// Whether `name` is there (of any kind).
    func contains(_ name: [UInt8]) -> Bool { (try? attributes(name)) != nil }

    /// Calls `body` with `name` as a C string.
    static func withName<T>(_ name: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (name + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }
}
