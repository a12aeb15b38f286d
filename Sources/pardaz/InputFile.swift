#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PardazModel

/// A file named on the command line (`process FILE`, `align --en FILE`), by the bytes the system
/// passed: a name that is not UTF-8 is still opened, and shown with its odd bytes as `\xNN`.
struct InputFile {
    /// The argument as the command parsed it.
    let argument: String
    /// The name's bytes as given on the command line.
    let bytes: [UInt8]

    init(_ argument: String) {
        self.argument = argument
        bytes = Self.rawArgument(matching: argument) ?? Array(argument.utf8)
    }

    /// The name as an error message shows it: one line, control characters and bytes that are not
    /// UTF-8 escaped.
    var display: String { displayPath(bytes) }

    /// The file's bytes, or why it cannot be read in words (`ENOENT: No such file or directory`,
    /// `EISDIR: Is a directory`, `larger than 10 MB`).
    func contents(limit: Int) -> Result<[UInt8], InputFileError> {
        let descriptor = (bytes + [0]).withUnsafeBufferPointer { name in
            name.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_RDONLY | O_CLOEXEC) }
        }
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(.system(EISDIR)) }
        return Self.readAll(descriptor, limit: limit)
    }

    /// Everything `descriptor` gives up to its end, refused once it passes `limit` bytes.
    private static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], InputFileError> {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if count == 0 { return .success(data) }
            data += chunk[0..<count]
            if data.count > limit { return .failure(.tooLarge(limit)) }
        }
    }

    /// The command-line argument whose text, decoded as Swift decodes arguments (bad bytes
    /// replaced), is `argument`: its original bytes.
    private static func rawArgument(matching argument: String) -> [UInt8]? {
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let raw = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer))).map { UInt8(bitPattern: $0) }
            if String(decoding: raw, as: UTF8.self) == argument { return raw }
        }
        return nil
    }
}

/// Why a file named on the command line could not be read.
enum InputFileError: Error, CustomStringConvertible {
    case system(Int32)
    case tooLarge(Int)

    var description: String {
        switch self {
        case let .system(code): describeSystemError(code)
        case let .tooLarge(limit): "larger than \(limit / 1_000_000) MB"
        }
    }
}
