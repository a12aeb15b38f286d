import Foundation

/// One file of the input folder, with what the planner needs to know without reading it.
public struct InputFile: Sendable, Equatable {
    /// Relative to the input folder.
    public var path: RelativePath
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// Why the file is not read at all (a link out of the folder, a pipe), if it is not.
    public var refusal: String?
    /// For a symbolic link to a file inside the folder: that file, relative to the folder.
    public var target: RelativePath?

    public init(path: RelativePath, size: Int64, modified: Double, refusal: String? = nil, target: RelativePath? = nil) {
        self.path = path
        self.size = size
        self.modified = modified
        self.refusal = refusal
        self.target = target
    }
}

/// What the listing of an input folder found.
public struct InputListing: Sendable {
    /// The files, sorted by their bytes.
    public var files: [InputFile] = []
    /// Folders that could not be read, with the reason: what lies inside them is unknown, not gone.
    public var unreadableFolders: [(path: RelativePath, reason: String)] = []

    /// Whether `path` lies inside a folder that could not be read.
    public func isUnknown(_ path: RelativePath) -> Bool {
        unreadableFolders.contains { path.isInside($0.path) }
    }
}

/// The input folder's files in a stable order: regular files, and symbolic links to regular files
/// inside the folder. Hidden files, the output folder (when it lies inside) and folders are skipped;
/// links that lead out of the folder and special files (pipes, sockets, devices) are listed with a
/// refusal, so that they are reported, never read. The folder is walked by descriptor, so names
/// are the bytes the file system holds, whatever their encoding or length.
public struct InputFolder {
    public let root: URL
    public let excluded: URL?

    public init(root: URL, excluding excluded: URL? = nil) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.excluded = excluded?.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Lists the folder; throws only when the folder itself cannot be opened.
    public func list() throws(FileSystemError) -> InputListing {
        let top = try FolderDescriptor(path: root.path)
        var walk = Walk(rootPath: Array(root.path.utf8), excluded: excluded.flatMap(Self.identity))
        walk.visit(top, at: RelativePath(bytes: []))
        walk.listing.files.sort { $0.path < $1.path }
        walk.listing.unreadableFolders.sort { $0.path < $1.path }
        return walk.listing
    }

    /// The device and inode of a folder, to recognise it while walking.
    static func identity(_ url: URL) -> FileIdentity? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}

/// A file's device and inode.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}

/// The recursive walk behind `InputFolder.list()`.
private struct Walk {
    let rootPath: [UInt8]
    let excluded: FileIdentity?
    var listing = InputListing()

    init(rootPath: [UInt8], excluded: FileIdentity?) {
        self.rootPath = rootPath
        self.excluded = excluded
    }

    mutating func visit(_ folder: FolderDescriptor, at path: RelativePath) {
        let names: [[UInt8]]
        do {
            names = try folder.names()
        } catch {
            listing.unreadableFolders.append((path, error.description))
            return
        }
        for name in names where name.first != 0x2E {
            let child = path.child(name)
            let info: stat
            do {
                info = try folder.attributes(name)
            } catch {
                listing.files.append(InputFile(path: child, size: 0, modified: 0, refusal: error.description))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) != excluded else { continue }
                do {
                    visit(try folder.folder(name), at: child)
                } catch {
                    listing.unreadableFolders.append((child, error.description))
                }
            case S_IFREG:
                listing.files.append(InputFile(path: child, size: Int64(info.st_size), modified: Self.time(info)))
            case S_IFLNK:
                if let file = link(child) { listing.files.append(file) }
            default:
                listing.files.append(InputFile(path: child, size: 0, modified: Self.time(info),
                                               refusal: "not a regular file (a pipe, socket or device)"))
            }
        }
    }

    /// A symbolic link: the file it leads to when that is a regular file inside the folder, a
    /// refusal otherwise, nothing for a link to a folder (walked where it really is).
    func link(_ path: RelativePath) -> InputFile? {
        let full = rootPath + [0x2F] + path.bytes
        guard let resolved = FolderDescriptor.withName(full, { realpath($0, nil) }) else {
            return InputFile(path: path, size: 0, modified: 0, refusal: "broken symbolic link")
        }
        defer { free(resolved) }
        let target = Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved))).map { UInt8(bitPattern: $0) }
        guard target.count > rootPath.count + 1, target.starts(with: rootPath + [0x2F]) else {
            let shown = RelativePath(bytes: target).display
            return InputFile(path: path, size: 0, modified: 0, refusal: "symbolic link to \(shown), outside the input folder")
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return InputFile(path: path, size: 0, modified: 0, refusal: "broken symbolic link") }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return nil
        case S_IFREG:
            return InputFile(path: path, size: Int64(info.st_size), modified: Self.time(info),
                             target: RelativePath(bytes: Array(target[(rootPath.count + 1)...])))
        default:
            return InputFile(path: path, size: 0, modified: 0, refusal: "symbolic link to a file that is not a regular file")
        }
    }

    static func time(_ info: stat) -> Double {
        Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }
}
