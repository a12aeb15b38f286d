#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An operating-system error number in words: its symbolic name and the system's message,
/// `"ENOSPC: No space left on device"`; a number without a name in the table is
/// `"errno 1234: Unknown error 1234"`.
public func describeSystemError(_ code: Int32) -> String {
    let message = String(cString: strerror(code))
    guard let name = errnoNames[code] else { return "errno \(code): \(message)" }
    return "\(name): \(message)"
}

/// Any error in words, on one line, for a message that names a file and then the reason: a POSIX
/// error or a Foundation error caused by one as `describeSystemError` gives it, a decoding error by
/// what was wrong where, an error with its own description as that description. Never Foundation's
/// `Error Domain=…` form, never a line break (control characters are escaped as `displayPath` does).
public func describe(_ error: any Error) -> String {
    displayPath(describeUnescaped(error))
}

private func describeUnescaped(_ error: any Error) -> String {
    if let error = error as? POSIXError { return describeSystemError(error.code.rawValue) }
    if let error = error as? DecodingError { return describeDecoding(error) }
    if let error = error as? EncodingError, case let .invalidValue(_, context) = error {
        return "cannot encode the value at \(codingPath(context.codingPath)): \(context.debugDescription)"
    }
    let bridged = error as NSError
    if let code = posixCode(of: bridged) { return describeSystemError(code) }
    if bridged.domain == NSCocoaErrorDomain { return describeCocoa(code: bridged.code) }
    if let error = error as? LocalizedError, let description = error.errorDescription { return description }
    let description = String(describing: error)
    if description.contains("Error Domain=") { return "error \(bridged.code) (\(bridged.domain))" }
    return description
}

/// The POSIX error number of a POSIX-domain error or of the POSIX error beneath one.
private func posixCode(of error: NSError) -> Int32? {
    if error.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: error.code) }
    // Foundation puts either an NSError or a Swift `POSIXError` beneath its own.
    switch error.userInfo[NSUnderlyingErrorKey] {
    case let underlying as POSIXError: return underlying.code.rawValue
    case let underlying as NSError: return posixCode(of: underlying)
    default: return nil
    }
}

/// Foundation's file errors that come without a POSIX error beneath them.
private func describeCocoa(code: Int) -> String {
    switch CocoaError.Code(rawValue: code) {
    case .fileNoSuchFile, .fileReadNoSuchFile: describeSystemError(ENOENT)
    case .fileReadNoPermission, .fileWriteNoPermission: describeSystemError(EACCES)
    case .fileWriteOutOfSpace: describeSystemError(ENOSPC)
    case .fileWriteVolumeReadOnly: describeSystemError(EROFS)
    case .fileWriteFileExists: describeSystemError(EEXIST)
    case .fileReadTooLarge: describeSystemError(EFBIG)
    case .fileReadInvalidFileName, .fileWriteInvalidFileName: "invalid file name"
    case .fileReadCorruptFile: "the file is corrupt or in an unexpected format"
    case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: "not text in the expected encoding"
    case .fileWriteInapplicableStringEncoding: "the text cannot be written in the requested encoding"
    case .fileLocking: "the file is locked"
    default: "file error \(code)"
    }
}

private func describeDecoding(_ error: DecodingError) -> String {
    switch error {
    case let .typeMismatch(type, context):
        "expected \(type) at \(codingPath(context.codingPath)): \(context.debugDescription)"
    case let .valueNotFound(type, context):
        "missing \(type) value at \(codingPath(context.codingPath)): \(context.debugDescription)"
    case let .keyNotFound(key, context):
        "missing key '\(key.stringValue)' at \(codingPath(context.codingPath))"
    case let .dataCorrupted(context):
        "corrupt data at \(codingPath(context.codingPath)): \(context.debugDescription)"
    @unknown default:
        "cannot decode: \(error.localizedDescription)"
    }
}

/// `authors[0].name`, or `the top level`.
private func codingPath(_ path: [any CodingKey]) -> String {
    guard !path.isEmpty else { return "the top level" }
    let joined = path.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
    return joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
}

/// The symbolic names of the error numbers a file-processing program meets.
private let errnoNames: [Int32: String] = {
    let names: [(Int32, String)] = [
        (EPERM, "EPERM"), (ENOENT, "ENOENT"), (ESRCH, "ESRCH"), (EINTR, "EINTR"), (EIO, "EIO"),
        (ENXIO, "ENXIO"), (E2BIG, "E2BIG"), (ENOEXEC, "ENOEXEC"), (EBADF, "EBADF"), (ECHILD, "ECHILD"),
        (EAGAIN, "EAGAIN"), (ENOMEM, "ENOMEM"), (EACCES, "EACCES"), (EFAULT, "EFAULT"), (EBUSY, "EBUSY"),
        (EEXIST, "EEXIST"), (EXDEV, "EXDEV"), (ENODEV, "ENODEV"), (ENOTDIR, "ENOTDIR"), (EISDIR, "EISDIR"),
        (EINVAL, "EINVAL"), (ENFILE, "ENFILE"), (EMFILE, "EMFILE"), (ENOTTY, "ENOTTY"), (ETXTBSY, "ETXTBSY"),
        (EFBIG, "EFBIG"), (ENOSPC, "ENOSPC"), (ESPIPE, "ESPIPE"), (EROFS, "EROFS"), (EMLINK, "EMLINK"),
        (EPIPE, "EPIPE"), (EDOM, "EDOM"), (ERANGE, "ERANGE"), (EDEADLK, "EDEADLK"),
        (ENAMETOOLONG, "ENAMETOOLONG"), (ENOLCK, "ENOLCK"), (ENOSYS, "ENOSYS"), (ENOTEMPTY, "ENOTEMPTY"),
        (ELOOP, "ELOOP"), (EOVERFLOW, "EOVERFLOW"), (EILSEQ, "EILSEQ"), (ENOTSUP, "ENOTSUP"),
        (ECANCELED, "ECANCELED"), (ETIMEDOUT, "ETIMEDOUT"), (ESTALE, "ESTALE"), (EDQUOT, "EDQUOT"),
        (ECONNREFUSED, "ECONNREFUSED"), (ECONNRESET, "ECONNRESET"), (ENOTCONN, "ENOTCONN"),
        (EADDRINUSE, "EADDRINUSE"), (EHOSTUNREACH, "EHOSTUNREACH"), (ENETUNREACH, "ENETUNREACH"),
    ]
    // Where two names share a number (EAGAIN and EWOULDBLOCK, ENOTSUP and EOPNOTSUPP), the first wins.
    return Dictionary(names, uniquingKeysWith: { first, _ in first })
}()
