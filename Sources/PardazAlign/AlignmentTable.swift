/// The aligner's dynamic-programming table over the cells of an `AlignmentBand`: for each cell
/// the cost of the best path to it, the move that path ends with, and that move's link score.
struct AlignmentTable {
    let band: AlignmentBand
    /// Row `i`'s cells start at `starts[i]` in the flat arrays; its first column is `lows[i]`.
    private let starts: [Int]
    private let lows: [Int]
    private let highs: [Int]
    var cost: [Double]
    /// An index into `SentenceAligner.moves`.
    var move: [UInt8]
    var score: [Double]

    init(_ band: AlignmentBand) {
        self.band = band
        var starts: [Int] = [], lows: [Int] = [], highs: [Int] = [], count = 0
        for i in 0...band.rows {
            let range = band.columns(of: i)
            starts.append(count)
            lows.append(range.lowerBound)
            highs.append(range.upperBound)
            count += range.count
        }
        self.starts = starts
        self.lows = lows
        self.highs = highs
        cost = [Double](repeating: .infinity, count: count)
        move = [UInt8](repeating: 0, count: count)
        score = [Double](repeating: 0, count: count)
    }

    /// The flat index of cell (`i`, `j`), or nil when the band leaves it out.
    func index(_ i: Int, _ j: Int) -> Int? {
        guard i <= band.rows, j >= lows[i], j <= highs[i] else { return nil }
        return starts[i] + j - lows[i]
    }

    /// The columns of row `i` in the band.
    func columns(of i: Int) -> ClosedRange<Int> { lows[i]...highs[i] }
}
