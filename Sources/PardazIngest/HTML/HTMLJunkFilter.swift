/// Decides which parts of a page are not the article: scripts and styles, navigation, site header
/// and footer, forms, share bars, comments, cookie banners, related links, advertisements.
enum HTMLJunkFilter {
    /// Elements never read as text, wherever they stand.
    static let alwaysDropped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "svg", "iframe",
        "select", "option", "textarea", "input", "object", "embed", "canvas", "audio", "video", "map", "dialog",
        "head", "title", "meta", "link",
    ]

    /// Elements whose content is code, not text.
    static let holdsNoText: Set<String> = ["script", "style"]

    /// ARIA roles of page furniture.
    private static let junkRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog",
    ]

    /// Class and id words that mark furniture, matched whole.
    private static let junkWords: Set<String> = [
        "nav", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "shares", "social", "comment", "comments",
        "commentlist", "cookie", "cookies", "consent", "gdpr", "related", "recommended", "recirculation", "promo",
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "sponsored",
        "newsletter", "subscribe", "subscription", "signup", "paywall", "popup", "modal", "sidebar", "widget",
        "toolbar", "pagination", "pager", "skip", "masthead", "outbrain", "taboola", "disqus",
    ]

    /// Beginnings of class and id words that mark furniture (`sharebar`, `relatedLinks`, `cookieBanner`).
    private static let junkPrefixes = [
        "navbar", "navigation", "breadcrumb", "share", "social", "cookie", "related", "recommend", "advert",
        "newsletter", "subscri", "sidebar", "sponsor", "outbrain", "taboola", "disqus",
    ]

    /// Compound class names that hide text from sighted readers ("Share on Facebook" and the like).
    private static let hiddenClasses = ["sr-only", "screen-reader", "visually-hidden", "visuallyhidden"]

    /// Whether the element is page furniture. A `<header>` is the site's header unless it stands
    /// inside the article (`insideArticle`), where it holds the title and byline.
    static func isJunk(_ index: Int, in page: HTMLPage, insideArticle: Bool) -> Bool {
        let element = page[index]
        // Footnotes often sit in an <aside> or <footer>; they are part of the article.
        if let role = HTMLContainerRole.of(index, in: page), role == .notes || role == .references { return false }
        if alwaysDropped.contains(element.name) { return true }
        if element.name == "header", !insideArticle { return true }
        if element.attribute("hidden") != nil || element.attribute("aria-hidden") == "true" { return true }
        if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") {
            return true
        }
        if let role = element.attribute("role")?.lowercased(), junkRoles.contains(role) { return true }
        let classValue = (element.attribute("class") ?? "").lowercased()
        if hiddenClasses.contains(where: classValue.contains) { return true }
        for word in page.nameWords(of: index) {
            if junkWords.contains(word) || junkPrefixes.contains(where: word.hasPrefix) { return true }
        }
        return false
    }
}
