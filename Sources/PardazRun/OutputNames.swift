import Crypto
import Foundation

/// The outputs' names of a run's inputs, one distinct name per input whatever the inputs' names.
///
/// An input's outputs are `BASE.json`, `BASE.tei.xml` and `BASE.error.json`. The base is the input's
/// path without its extension, or with it when two inputs share that stem (`a.txt` and `a.html`).
/// When that base would still give an output name another input has taken (`a.txt` and
/// `a.txt.md`), or a base ending in `.error` (so that `x.error.md`'s JSON is never named like an
/// error report: its base is `x.error.md`), or
/// one that an output file system that folds case and Unicode normalization takes for another's,
/// or a name longer than the file system allows, the base gets `~` and eight hex digits of the
/// path's SHA-256 instead. Inputs claim names in byte order, so the names depend only on the set
/// of inputs.
struct OutputNames {
    /// The longest file name most file systems take, in bytes.
    static let nameLimit = 255
    private var bases: [RelativePath: RelativePath] = [:]
    /// Every output name the inputs own, folded (`RelativePath.folded`).
    private(set) var claimed = Set<[UInt8]>()

    init(_ files: [RelativePath]) {
        var stems: [[UInt8]: Int] = [:]
        for file in files { stems[Self.stem(file).folded, default: 0] += 1 }
        for file in files.sorted() {
            let stem = Self.stem(file)
            let preferred = stems[stem.folded]! > 1 ? file : stem
            let base = [preferred, file].first { Self.fits($0) && Self.isFree($0, in: claimed) }
                ?? Self.hashed(file)
            for name in Self.outputs(of: base) { claimed.insert(name.folded) }
            bases[file] = base
        }
    }

    func base(for file: RelativePath) -> RelativePath { bases[file] ?? Self.hashed(file) }

    /// Whether an input owns the output `path`.
    func owns(_ path: RelativePath) -> Bool { claimed.contains(path.folded) }

    /// The three files a base stands for.
    static func outputs(of base: RelativePath) -> [RelativePath] {
        [base.appending(".json"), base.appending(".tei.xml"), base.appending(OutputFolder.longestSuffix)]
    }

    static func isFree(_ base: RelativePath, in claimed: Set<[UInt8]>) -> Bool {
        outputs(of: base).allSatisfy { !claimed.contains($0.folded) }
    }

    /// Whether every output name of `base` fits the file system and none of them but the error
    /// report ends like one.
    static func fits(_ base: RelativePath) -> Bool {
        base.name.count + OutputFolder.longestSuffix.utf8.count <= nameLimit
            && !base.folded.reversed().starts(with: Array(".error".utf8).reversed())
    }

    /// The input's path with `~` and eight hex digits of its hash, its name cut (at a character's
    /// start) so that every output name fits.
    static func hashed(_ file: RelativePath) -> RelativePath {
        let digest = SHA256.hash(data: file.bytes).prefix(4).map { String(format: "%02x", $0) }.joined()
        let suffix = Array("~\(digest)".utf8)
        var name = file.name
        let room = nameLimit - OutputFolder.longestSuffix.utf8.count - suffix.count
        if name.count > room {
            var cut = room
            while cut > 0, name[cut] & 0xC0 == 0x80 { cut -= 1 }
            name = Array(name[..<cut])
        }
        return RelativePath(bytes: file.folder + name + suffix)
    }

    /// The path without the last component's extension.
    static func stem(_ file: RelativePath) -> RelativePath {
        let name = file.name
        guard let dot = name.lastIndex(of: 0x2E), dot != name.startIndex else { return file }
        return RelativePath(bytes: file.folder + name[..<dot])
    }
}
