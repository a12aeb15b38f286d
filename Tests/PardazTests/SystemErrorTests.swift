import Foundation
import PardazModel
import Testing

/// Errors in words for one-line messages: `describeSystemError` and `describe`.
@Suite struct SystemErrorTests {
    @Test(arguments: [
        (ENOENT, "ENOENT: No such file or directory"), (EACCES, "EACCES: Permission denied"),
        (EPERM, "EPERM: Operation not permitted"), (ENOSPC, "ENOSPC: No space left on device"),
        (EDQUOT, "EDQUOT: Disk quota exceeded"), (EROFS, "EROFS: Read-only file system"),
        (EIO, "EIO: Input/output error"), (ENAMETOOLONG, "ENAMETOOLONG: File name too long"),
        (ELOOP, "ELOOP: Too many levels of symbolic links"), (EISDIR, "EISDIR: Is a directory"),
        (ENOTDIR, "ENOTDIR: Not a directory"), (EEXIST, "EEXIST: File exists"),
        (EMFILE, "EMFILE: Too many open files"), (ENFILE, "ENFILE: Too many open files in system"),
        (ENOMEM, "ENOMEM: Cannot allocate memory"), (EFBIG, "EFBIG: File too large"),
        (EXDEV, "EXDEV: Invalid cross-device link"), (EBUSY, "EBUSY: Device or resource busy"),
        (ETXTBSY, "ETXTBSY: Text file busy"), (EINVAL, "EINVAL: Invalid argument"),
        (EAGAIN, "EAGAIN: Resource temporarily unavailable"), (EINTR, "EINTR: Interrupted system call"),
        (ENXIO, "ENXIO: No such device or address"), (ENODEV, "ENODEV: No such device"),
        (EBADF, "EBADF: Bad file descriptor"), (EPIPE, "EPIPE: Broken pipe"),
    ])
    func anErrnoIsItsNameAndTheSystemsMessage(_ code: Int32, _ expected: String) {
        #expect(describeSystemError(code) == expected)
    }

    @Test func anUnknownNumberIsShownAsANumber() {
        #expect(describeSystemError(4321).hasPrefix("errno 4321: "))
    }

    @Test func foundationFileErrorsAreTheirPOSIXCause() throws {
        let missing = #expect(throws: (any Error).self) {
            try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/pardaz/file"))
        }
        #expect(describe(try #require(missing)) == "ENOENT: No such file or directory")
        let notAFolder = #expect(throws: (any Error).self) {
            try FileManager.default.contentsOfDirectory(atPath: "/etc/passwd")
        }
        #expect(describe(try #require(notAFolder)) == "ENOTDIR: Not a directory", "\(String(describing: notAFolder))")
        #expect(describe(POSIXError(.ENOSPC)) == "ENOSPC: No space left on device")
        let full = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteOutOfSpace.rawValue,
                           userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EDQUOT))])
        #expect(describe(full) == "EDQUOT: Disk quota exceeded")
        #expect(describe(CocoaError(.fileWriteOutOfSpace)) == "ENOSPC: No space left on device")
        #expect(describe(CocoaError(.fileReadCorruptFile)) == "the file is corrupt or in an unexpected format")
    }

    @Test func aDecodingErrorSaysWhatWasWrongWhere() {
        struct Entry: Decodable { let name: String; let size: Int }
        let data = Data(#"{"entries": [{"name": "a", "size": "big"}]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([String: [Entry]].self, from: data) }
        do {
            _ = try JSONDecoder().decode([String: [Entry]].self, from: data)
        } catch {
            let words = describe(error)
            #expect(words.hasPrefix("expected Int at entries[0].size"), "\(words)")
            #expect(!words.contains("\n"))
        }
        do {
            _ = try JSONDecoder().decode(Entry.self, from: Data(#"{"name": "a"}"#.utf8))
        } catch {
            #expect(describe(error) == "missing key 'size' at the top level")
        }
    }

    @Test func otherErrorsAreTheirOwnDescriptionOnOneLine() {
        struct Odd: Error, CustomStringConvertible { var description: String { "first line\nsecond line" } }
        #expect(describe(Odd()) == "first line\\nsecond line")
        let foreign = NSError(domain: "org.example.tool", code: 7, userInfo: nil)
        let words = describe(foreign)
        #expect(!words.contains("Error Domain=") && !words.contains("could not be completed") && words.contains("7"), "\(words)")
    }
}
