import Foundation
import PardazModel

/// A path relative to a run's input or output folder, kept as the bytes the file system holds.
///
/// Two names that differ only in Unicode normalization (`café` precomposed and decomposed, as files
/// copied from macOS are) are different files on Linux, and a Swift `String` compares them equal;
/// names need not be UTF-8 at all. So paths are compared, hashed and sorted as bytes, and turned into
/// text only to be stored (`key`) or shown (`display`).
public struct RelativePath: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(_ string: String) { bytes = Array(string.utf8) }

    public init(stringLiteral value: String) { self.init(value) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// The path's components (the bytes between slashes).
    public var components: [[UInt8]] { bytes.split(separator: 0x2F, omittingEmptySubsequences: true).map(Array.init) }

    /// The last component.
    public var name: [UInt8] { components.last ?? [] }

    /// The folder part, with its final slash (empty for a top-level file).
    public var folder: [UInt8] { Array(bytes[..<(bytes.lastIndex(of: 0x2F).map { $0 + 1 } ?? 0)]) }

    public func appending(_ suffix: String) -> RelativePath { RelativePath(bytes: bytes + Array(suffix.utf8)) }

    /// `self/component`.
    public func child(_ component: [UInt8]) -> RelativePath {
        RelativePath(bytes: bytes.isEmpty ? component : bytes + [0x2F] + component)
    }

    /// Whether `self` lies inside the folder `folder`.
    public func isInside(_ folder: RelativePath) -> Bool {
        bytes.count > folder.bytes.count && bytes.starts(with: folder.bytes) && bytes[folder.bytes.count] == 0x2F
    }

    /// The form stored in the manifest: the path itself when it is UTF-8 without a backslash;
    /// otherwise each backslash doubled and each byte that is not UTF-8 written `\xNN`. One key
    /// stands for one byte string and back (`init(key:)`).
    public var key: String {
        if let text = String(validating: bytes, as: UTF8.self), !bytes.contains(0x5C) { return text }
        return PathText.escaped(bytes)
    }

    /// The path a manifest `key` stands for.
    public init(key: String) { bytes = PathText.unescaped(key) }

    /// The path for logs and messages: one line, control characters written `\n`, `\u{1B}`…, bytes
    /// that are not UTF-8 written `\xNN` (`displayPath`).
    public var display: String { displayPath(bytes) }

    public var description: String { display }

    /// The name as the output file systems that fold names see it (macOS, Windows shares, ext4 with
    /// casefold): canonically composed and lowercased, so that two inputs never get output names
    /// such a file system takes for one.
    var folded: [UInt8] {
        let text = String(validating: bytes, as: UTF8.self) ?? key
        return Array(text.precomposedStringWithCanonicalMapping.lowercased().utf8)
    }
}

/// The escaping behind `RelativePath.key` and `RelativePath.display`.
enum PathText {
    /// Valid UTF-8 kept, other bytes `\xNN`, backslashes doubled.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar == "\\" {
                    text += "\\\\"
                } else {
                    text.unicodeScalars.append(scalar)
                }
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] { text += "\\x" + hex(byte) }
                offset += length
            case .emptyInput:
                return text
            }
        }
    }

    /// The inverse of `escaped(_:)`.
    static func unescaped(_ key: String) -> [UInt8] {
        let utf8 = Array(key.utf8)
        guard utf8.contains(0x5C) else { return utf8 }
        var bytes: [UInt8] = []
        var index = 0
        while index < utf8.count {
            if utf8[index] == 0x5C, index + 1 < utf8.count, utf8[index + 1] == 0x5C {
                bytes.append(0x5C)
                index += 2
            } else if utf8[index] == 0x5C, index + 3 < utf8.count, utf8[index + 1] == 0x78,
                let byte = UInt8(String(decoding: utf8[(index + 2)...(index + 3)], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                index += 4
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return bytes
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
