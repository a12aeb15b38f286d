/// The pipeline's version, recorded in every output.
public enum PardazVersion {
    public static let string = "0.1.0"
    /// Version of the JSON output's shape (`schemaVersion`); the JSON Schema in the repository
    /// describes this version.
    public static let jsonSchema = "1.1.0"
}
