import Foundation

/// An errno in words: its name and the system's message, "ENOSPC: No space left on device".
/// (Placeholder until the shared describer lands.)
public func describeSystemError(_ code: Int32) -> String {
    let names: [Int32: String] = [ENOENT: "ENOENT", EACCES: "EACCES", ENOSPC: "ENOSPC", ENAMETOOLONG: "ENAMETOOLONG", EFBIG: "EFBIG"]
    return "\(names[code] ?? "errno \(code)"): \(String(cString: strerror(code)))"
}

/// Any error in one line of words. (Placeholder until the shared describer lands.)
public func describe(_ error: any Error) -> String {
    if let error = error as? POSIXError { return describeSystemError(error.code.rawValue) }
    return "\(error)".replacingOccurrences(of: "\n", with: " ")
}
