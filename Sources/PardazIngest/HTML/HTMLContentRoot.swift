/// Finds the element that holds the article on a page full of other things: the `<article>` with
/// the most text, else `<main>` or `role=main`, else `itemprop=articleBody`, else `<body>`.
enum HTMLContentRoot {
    static func find(in page: HTMLPage) -> Int {
        var articles: [Int] = [], mains: [Int] = [], bodies: [Int] = [], articleBodies: [Int] = []
        for (index, element) in page.tree.elements.enumerated() {
            switch element.name {
            case "article": articles.append(index)
            case "main": mains.append(index)
            case "body": bodies.append(index)
            default: break
            }
            if element.attribute("role")?.lowercased() == "main" { mains.append(index) }
            if element.attribute("itemprop")?.lowercased() == "articlebody" { articleBodies.append(index) }
        }
        for candidates in [articles, mains, articleBodies] {
            let usable = candidates.filter { page.textBytes[$0] > 0 && !insideJunk($0, page) }
            if let best = usable.max(by: { page.textBytes[$0] < page.textBytes[$1] }) { return best }
        }
        return bodies.first ?? 0
    }

    /// The `<body>`, or the document when the parser made none.
    static func body(of page: HTMLPage) -> Int {
        page.tree.elements.firstIndex { $0.name == "body" } ?? 0
    }

    private static func insideJunk(_ index: Int, _ page: HTMLPage) -> Bool {
        page.tree.ancestors(of: index).contains { HTMLJunkFilter.isJunk($0, in: page, insideArticle: true) }
    }
}
