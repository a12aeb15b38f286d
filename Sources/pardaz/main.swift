import ArgumentParser
import Foundation
import PardazModel

// Usage errors exit with 2, as documented, rather than ArgumentParser's 64, and every error is
// one line on standard error: usage errors with the command's help hint, other errors in words
// (`describe`), never Foundation's `Error Domain=…`.
do {
    var command = try Pardaz.parseAsRoot()
    try command.run()
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    switch Pardaz.exitCode(for: error) {
    case .success: Pardaz.exit(withError: error)  // --help, --version
    case .validationFailure: fail(usageLine(for: error), code: 2)
    case let code: fail(describe(error), code: code.rawValue)
    }
}

/// A usage error: ArgumentParser's message and where to find help,
/// `The value 'xx' is invalid for '--lang <lang>'. … (see 'pardaz tag --help')` (`fail` escapes
/// a line break that a bad value brings, so it stays one line).
func usageLine(for error: any Error) -> String {
    let message = Pardaz.message(for: error).trimmingCharacters(in: .newlines)
    let full = Pardaz.fullMessage(for: error)
    guard let start = full.range(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") else { return message }
    return "\(message) (see '\(full[start.upperBound..<end])')"
}
