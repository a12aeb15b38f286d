/// Tells whether YAML nests shallowly enough to be handed to the YAML library, whose composer
/// recurses once per level: flow collections (`[`, `{`) and block nesting (indentation, and `- `
/// or `? ` indicators chained on one line) are both bounded, counted generously (brackets inside
/// quotes count too).
enum YAMLNestingGuard {
    /// The deepest nesting accepted, in flow brackets and in block levels each.
    static let maximumDepth = 64

    static func isShallow(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var flowDepth = 0
        var lineDepth = 0
        var atLineStart = true
        for scalar in scalars {
            switch scalar {
            case "\n", "\r":
                atLineStart = true
                lineDepth = 0
                continue
            case "[", "{":
                flowDepth += 1
                if flowDepth > maximumDepth { return false }
            case "]", "}":
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
            if atLineStart {
                if scalar == " " || scalar == "\t" || scalar == "-" || scalar == "?" || scalar == ":" {
                    lineDepth += 1
                    if lineDepth > maximumDepth * 2 { return false }
                } else {
                    atLineStart = false
                }
            }
        }
        return true
    }
}
