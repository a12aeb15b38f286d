internal import CLibXML2

/// HTML's named character references (`&rsquo;`, `&eacute;`), as libxml2's HTML parser knows them.
public enum HTMLEntity {
    /// The character `&name;` stands for, or nil when HTML names no such entity. Names are
    /// case-sensitive (`&Eacute;` is not `&eacute;`).
    public static func scalar(named name: String) -> Unicode.Scalar? {
        guard !name.isEmpty, name.utf8.count <= 32, name.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\0" })
        else { return nil }
        guard let entity = htmlEntityLookup(name) else { return nil }
        return Unicode.Scalar(UInt32(entity.pointee.value))
    }
}
