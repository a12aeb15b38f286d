import PardazModel

/// Decides from the content whether an input is HTML, Markdown or plain text.
public enum InputKindDetector {
    public static func detect(_ scalars: [Unicode.Scalar]) -> InputKind {
        let head = String(String.UnicodeScalarView(scalars.prefix(4096))).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml")
            && head.contains("<html") {
            return .html
        }
        if head.contains("<html") && (head.contains("<head") || head.contains("<body")) { return .html }

        var markdownSignals = 0
        var lineStart = true
        var index = 0
        let limit = min(scalars.count, 200_000)
        while index < limit {
            let scalar = scalars[index]
            if lineStart {
                // ATX headings, or bold labels such as **Keywords:**
                if scalar == "#" {
                    var level = 0
                    while index + level < limit, scalars[index + level] == "#" { level += 1 }
                    if level <= 6, index + level < limit, scalars[index + level] == " " { markdownSignals += 2 }
                } else if scalar == "*", index + 1 < limit, scalars[index + 1] == "*" {
                    markdownSignals += 1
                } else if scalar == "<", MarkdownHTMLBlock.isBlockLevelTag(at: index, scalars, limit: limit) {
                    // Raw HTML blocks (`<p>`, `<div>`, `<table>`), as posts exported to Markdown hold.
                    markdownSignals += 1
                }
            }
            if scalar == "<", index + 4 < limit, scalars[index + 1] == "s", scalars[index + 2] == "u",
               scalars[index + 3] == "p", scalars[index + 4] == ">" {
                markdownSignals += 1
            }
            if scalar == "]", index + 1 < limit, scalars[index + 1] == "(" { markdownSignals += 1 }
            lineStart = scalar == "\n"
            index += 1
        }
        return markdownSignals >= 2 ? .markdown : .plainText
    }
}
