import ArgumentParser
import Foundation

// Usage errors exit with 2, as documented, rather than ArgumentParser's 64.
do {
    var command = try Pardaz.parseAsRoot()
    try command.run()
} catch {
    let code = Pardaz.exitCode(for: error)
    if code == .validationFailure {
        let message = Pardaz.fullMessage(for: error)
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        exit(2)
    }
    Pardaz.exit(withError: error)
}
