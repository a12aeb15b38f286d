/// UTF-8 bytes decoded straight to scalars, checked as they are read: for a caller that holds bytes
/// (standard input) and wants scalars, without building a `String` between the two.
public enum UTF8Decoding {
    /// The scalars of `bytes`, or nil when they are not well-formed UTF-8 (overlong forms,
    /// surrogates, values past U+10FFFF and cut sequences are not).
    public static func scalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        var valid = true
        let result = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            var index = 0, written = 0
            let count = bytes.count
            @inline(__always) func continuation(_ offset: Int) -> UInt32? {
                guard index + offset < count else { return nil }
                let byte = bytes[index + offset]
                return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
            }
            while index < count {
                let lead = UInt32(bytes[index])
                var value: UInt32
                if lead < 0x80 {
                    value = lead
                    index += 1
                } else if lead >= 0xC2 && lead <= 0xDF, let second = continuation(1) {
                    value = (lead & 0x1F) << 6 | second
                    index += 2
                } else if lead >= 0xE0 && lead <= 0xEF, let second = continuation(1), let third = continuation(2) {
                    value = (lead & 0x0F) << 12 | second << 6 | third
                    // Not overlong (below U+0800) and not a surrogate.
                    guard value >= 0x800, !(0xD800...0xDFFF).contains(value) else { valid = false; break }
                    index += 3
                } else if lead >= 0xF0 && lead <= 0xF4, let second = continuation(1), let third = continuation(2),
                          let fourth = continuation(3) {
                    value = (lead & 0x07) << 18 | second << 12 | third << 6 | fourth
                    guard value >= 0x10000, value <= 0x10FFFF else { valid = false; break }
                    index += 4
                } else {
                    valid = false
                    break
                }
                buffer[written] = Unicode.Scalar(value).unsafelyUnwrapped
                written += 1
            }
            initialized = written
        }
        return valid ? result : nil
    }
}
