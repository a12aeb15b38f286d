import Foundation
import PardazModel

/// A system call on a file or folder that failed: what was being done and the errno, in words
/// ("cannot write: ENOSPC: No space left on device").
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    /// What was being done, as a verb phrase: "open", "write", "read the folder".
    public var operation: String

    public init(_ operation: String, code: Int32 = errno) {
        self.operation = operation
        self.code = code
    }

    public var description: String { "cannot \(operation): \(describeSystemError(code))" }

    /// Whether the failure lies outside the document (the disk, the permissions, the system) and may
    /// go away, so that the document is tried again on the next run.
    public var isTransient: Bool {
        ![ENAMETOOLONG, ELOOP, ENOTDIR, EISDIR, EINVAL].contains(code)
    }
}
