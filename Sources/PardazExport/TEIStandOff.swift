import PardazModel

extension TEIRenderer {
    /// `<standOff>` with the document's entities and alignments (`writeAlignments`): `<listPerson>`, `<listOrg>`, `<listPlace>` and a
    /// `<listObject type="weapons">`, each entity with its `xml:id` (what mentions' `ref` points at),
    /// its names per language, and for a Persian–English link its method (`n`) and confidence
    /// (`cert`); `corresp` names its gazetteer entry.
    func writeStandOff() {
        guard !document.entities.isEmpty || !document.alignments.isEmpty else { return }
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
        writeAlignments()
        xml.endElement()
    }

    /// `<linkGrp type="alignment">`: one `<link>` per alignment, its `target` the ids of the English
    /// then the Persian sentences (`sent3`) or field blocks, `cert` its score, `subtype="uncertain"`
    /// below the aligner's threshold. A sentence or field with no counterpart has no link here.
    private func writeAlignments() {
        let links = document.alignments.filter { !$0.english.isEmpty && !$0.persian.isEmpty }
        guard !links.isEmpty else { return }
        xml.startElement("linkGrp")
        xml.attribute("type", "alignment")
        for link in links {
            xml.startElement("link")
            xml.attribute("type", link.kind.rawValue)
            if link.uncertain { xml.attribute("subtype", "uncertain") }
            xml.attribute("target", (link.english + link.persian).map { "#\($0.id)" }.joined(separator: " "))
            xml.attribute("cert", String(link.score))
            xml.endElement()
        }
        xml.endElement()
    }
}
