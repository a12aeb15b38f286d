import Foundation

/// What a run will do with each input, decided from the manifest and the files' sizes and times
/// without reading them.
public struct RunPlan: Sendable {
    /// Why an input is to be processed.
    public enum Reason: String, Sendable {
        case new, changed, pipeline, forced, outputsMissing = "outputs missing", renamed
        /// Its last attempt failed for a reason outside it (unreadable, disk full, a smaller limit).
        case retry
    }

    public struct Item: Sendable {
        public var file: InputFile
        /// The outputs' path without extension, relative to the output folder.
        public var base: RelativePath
        public var reason: Reason
        /// The manifest's entry, if the input was seen before.
        public var previous: ManifestEntry?
    }

    public var process: [Item] = []
    /// Inputs whose outputs are up to date.
    public var unchanged: [RelativePath] = []
    /// Manifest entries whose input is gone.
    public var gone: [ManifestEntry] = []
    /// The output names of every listed input, processed or not.
    let names: OutputNames
    /// Folders that could not be read, with the reason, and how many known inputs lie inside each.
    public var unreadableFolders: [(path: RelativePath, reason: String, known: Int)] = []

    /// Plans a run over the listed inputs given the manifest's `entries`. An input is unchanged
    /// when its size, time, output name and pipeline match its entry and its outputs exist; a failed
    /// input whose bytes did not change stays failed without being read again, unless it failed
    /// for a reason outside it. Entries inside a folder that could not be read are neither gone nor
    /// processed.
    public init(listing: InputListing, entries: [RelativePath: ManifestEntry], output: OutputFolder?, options: RunOptions) {
        names = OutputNames(listing.files.map(\.path))
        var present = Set<RelativePath>()
        for file in listing.files {
            present.insert(file.path)
            let base = names.base(for: file.path)
            guard let entry = entries[file.path], entry.status != .removed else {
                process.append(Item(file: file, base: base, reason: .new, previous: nil))
                continue
            }
            if let reason = Self.reason(file, entry, base: base, output: output, options: options) {
                process.append(Item(file: file, base: base, reason: reason, previous: entry))
            } else {
                unchanged.append(file.path)
            }
        }
        let missing = entries.values.filter { !present.contains($0.relativePath) }
        gone = missing.filter { !listing.isUnknown($0.relativePath) }.sorted { $0.relativePath < $1.relativePath }
        unreadableFolders = listing.unreadableFolders.map { folder in
            (folder.path, folder.reason, missing.filter { $0.relativePath.isInside(folder.path) }.count)
        }
    }

    /// Why a known input is to be processed again, or nil when its outputs are up to date.
    static func reason(_ file: InputFile, _ entry: ManifestEntry, base: RelativePath, output: OutputFolder?,
                       options: RunOptions) -> Reason? {
        if options.force { return .forced }
        if entry.pipeline != options.pipeline { return .pipeline }
        if entry.outputPath != base { return .renamed }
        if entry.size != file.size || entry.modified != file.modified { return .changed }
        if entry.failedTransiently { return .retry }
        if entry.errorReason == "too-large", file.size <= options.maximumBytes { return .retry }
        if let output, !entry.outputs.allSatisfy(output.contains) { return .outputsMissing }
        return nil
    }
}
