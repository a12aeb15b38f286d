import Foundation

/// One file of the input folder, with what the planner needs to know without reading it.
public struct InputFile: Sendable, Equatable {
    /// Relative to the input folder.
    public var path: String
    public var size: Int64
    /// Modification time, seconds since 1970.
    public var modified: Double
    /// Why the file is not read at all (a link out of the folder, a pipe), if it is not.
    public var refusal: String?
}

/// The input folder's files in a stable order: regular files, and symbolic links to regular files
/// inside the folder. Hidden files, the output folder (when it lies inside) and folders are skipped;
/// links that lead out of the folder and special files (pipes, sockets, devices) are listed with a
/// refusal, so that they are reported, never read.
public struct InputFolder {
    public let root: URL
    public let excluded: URL?

    public init(root: URL, excluding excluded: URL? = nil) {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        self.excluded = excluded?.standardizedFileURL.resolvingSymlinksInPath()
    }

    public func files() -> [InputFile] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil,
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [InputFile] = []
        let rootPath = root.path
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            if let excluded, path == excluded.path || path.hasPrefix(excluded.path + "/") {
                enumerator.skipDescendants()
                continue
            }
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            var info = stat()
            guard lstat(path, &info) == 0 else {
                files.append(InputFile(path: relative, size: 0, modified: 0,
                                       refusal: "cannot read its attributes (\(String(cString: strerror(errno))))"))
                continue
            }
            var refusal: String?
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                continue
            case S_IFREG:
                break
            case S_IFLNK:
                let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                if !target.hasPrefix(rootPath + "/") {
                    refusal = "symbolic link to \(target), outside the input folder"
                } else if stat(path, &info) != 0 {
                    refusal = "broken symbolic link"
                } else if info.st_mode & S_IFMT == S_IFDIR {
                    continue  // a linked folder inside the input is walked where it really is
                } else if info.st_mode & S_IFMT != S_IFREG {
                    refusal = "symbolic link to a file that is not a regular file"
                }
            default:
                refusal = "not a regular file (a pipe, socket or device)"
            }
            files.append(InputFile(path: relative, size: Int64(info.st_size),
                                   modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
                                   refusal: refusal))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }
}
