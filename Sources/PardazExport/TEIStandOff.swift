import PardazModel

extension TEIRenderer {
    /// `<standOff>` with the document's entities: `<listPerson>`, `<listOrg>`, `<listPlace>` and a
    /// `<listObject type="weapons">`, each entity with its `xml:id` (what mentions' `ref` points at),
    /// its names per language, and for a Persian–English link its method (`n`) and confidence
    /// (`cert`); `corresp` names its gazetteer entry.
    func writeStandOff() {
        guard !document.entities.isEmpty else { return }
        xml.startElement("standOff")
        let lists: [(EntityMention.Kind, String, String, String)] = [
            (.person, "listPerson", "person", "persName"), (.organization, "listOrg", "org", "orgName"),
            (.location, "listPlace", "place", "placeName"), (.weapon, "listObject", "object", "objectName"),
        ]
        for (kind, list, item, name) in lists {
            let entities = document.entities.filter { $0.type == kind }
            guard !entities.isEmpty else { continue }
            xml.startElement(list)
            if kind == .weapon { xml.attribute("type", "weapons") }
            for entity in entities {
                xml.startElement(item)
                writeID(entity.id)
                if let link = entity.link {
                    xml.attribute("n", link.method)
                    xml.attribute("cert", String(link.confidence))
                }
                if let gazetteer = entity.gazetteer { xml.attribute("corresp", "pardaz:\(gazetteer)") }
                if kind == .weapon { xml.startElement("objectIdentifier") }
                for language in entity.names.keys.sorted() {
                    xml.startElement(name)
                    xml.attribute("xml:lang", TEIValues.language(language))
                    xml.text(entity.names[language]!)
                    xml.endElement()
                }
                if kind == .weapon { xml.endElement() }
                xml.endElement()
            }
            xml.endElement()
        }
        xml.endElement()
    }
}
