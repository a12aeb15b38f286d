import Foundation
import PardazModel

/// Standard input as bytes, or a one-line error and exit status 1 when it cannot be read (a
/// directory redirected to it, a read error).
func readStandardInputBytes() -> Data {
    do {
        return try FileHandle.standardInput.readToEnd() ?? Data()
    } catch {
        fail("standard input: \(describe(error))", code: 1)
    }
}

/// Standard input as text, or a one-line error and exit status 1 when it cannot be read or is not UTF-8.
func readStandardInput() -> String {
    guard let text = String(data: readStandardInputBytes(), encoding: .utf8) else {
        fail("standard input: not valid UTF-8", code: 1)
    }
    return text
}

/// Writes to standard output, or a one-line error and exit status 1 when it cannot be written
/// (a full disk, a closed pipe).
func writeStandardOutput(_ data: Data) {
    do {
        try FileHandle.standardOutput.write(contentsOf: data)
    } catch {
        fail("standard output: \(describe(error))", code: 1)
    }
}
