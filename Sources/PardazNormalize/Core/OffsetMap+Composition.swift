import PardazModel

extension OffsetMap {
    /// The map from this map's derived text to the source of `inner`, when this map's source is
    /// `inner`'s derived text: normalizing in two stages, then mapping straight to the original.
    public func composed(over inner: OffsetMap) -> OffsetMap {
        var result = OffsetMap()
        for segment in segments {
            if segment.isCopy && !segment.text.isEmpty {
                // Split the copied run where the inner map's segments change.
                var offset = segment.source.start
                while offset < segment.source.end {
                    let innerIndex = inner.segmentIndex(containing: offset)
                    guard let innerIndex else {
                        let textStart = segment.text.start + (offset - segment.source.start)
                        let point = inner.sourceStart(of: offset)
                        result.append(text: TextRange(textStart, segment.text.end), source: TextRange(point, point))
                        break
                    }
                    let innerSegment = inner.segments[innerIndex]
                    let pieceEnd = Swift.min(segment.source.end, innerSegment.text.end)
                    let textStart = segment.text.start + (offset - segment.source.start)
                    let textEnd = segment.text.start + (pieceEnd - segment.source.start)
                    if innerSegment.isCopy {
                        let delta = innerSegment.source.start - innerSegment.text.start
                        result.append(text: TextRange(textStart, textEnd), source: TextRange(offset + delta, pieceEnd + delta))
                    } else {
                        result.append(text: TextRange(textStart, textEnd), source: innerSegment.source)
                    }
                    offset = pieceEnd
                }
            } else {
                result.append(text: segment.text, source: inner.sourceRange(of: segment.source))
            }
        }
        return result
    }
}
