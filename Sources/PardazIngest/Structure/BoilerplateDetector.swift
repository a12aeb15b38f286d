/// Finds page furniture in text converted from PDF: watermark lines such as "Archive of SID" and
/// "www.SID.ir", running heads repeated on every page, and bare page numbers.
enum BoilerplateDetector {
    /// Watermarks known from Iranian journal archives and PDF converters, compared lowercased.
    private static let knownWatermarks = ["archive of sid", "www.sid.ir", "sid.ir", "downloaded from", "www.magiran.com",
                                          "www.noormags.ir", "this document was downloaded"]

    static func detect(_ chunks: [Chunk], scalars: [Unicode.Scalar]) -> Set<Int> {
        var candidates: [Int: String] = [:]
        var counts: [String: Int] = [:]
        for (index, chunk) in chunks.enumerated() where chunk.isText && chunk.lines.count == 1 {
            let text = String(String.UnicodeScalarView(scalars[chunk.content[0]])).lowercased()
            guard text.unicodeScalars.count <= 80 else { continue }
            candidates[index] = text
            counts[text, default: 0] += 1
        }
        var result = Set<Int>()
        for (index, text) in candidates {
            let known = knownWatermarks.contains { text.hasPrefix($0) }
            let pageNumber = !text.isEmpty && text.count <= 4 && text.allSatisfy(\.isNumber)
            // A short line printed again and again, with no sentence punctuation, is a running head.
            let repeated = (counts[text] ?? 0) >= 3 && !text.hasSuffix(".") && text.split(separator: " ").count <= 8
            if known || pageNumber || repeated { result.insert(index) }
        }
        return result
    }
}
