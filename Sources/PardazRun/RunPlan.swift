import Foundation

/// What a run will do with each input, decided from the manifest and the files' sizes and times
/// without reading them.
public struct RunPlan: Sendable {
    /// Why an input is to be processed.
    public enum Reason: String, Sendable {
        case new, changed, pipeline, forced, outputsMissing = "outputs missing", renamed
    }

    public struct Item: Sendable {
        public var file: InputFile
        /// The outputs' path without extension, relative to the output folder.
        public var base: String
        public var reason: Reason
        /// The manifest's entry, if the input was seen before.
        public var previous: ManifestEntry?
    }

    public var process: [Item] = []
    /// Inputs whose outputs are up to date.
    public var unchanged: [String] = []
    /// Manifest entries whose input is gone.
    public var gone: [ManifestEntry] = []

    /// Plans a run over `files` given the manifest's `entries`. An input is unchanged when its size,
    /// time, output name and pipeline match its entry and its outputs exist; a failed input whose
    /// bytes did not change stays failed without being read again.
    public init(files: [InputFile], entries: [String: ManifestEntry], output: URL, options: RunOptions) {
        let names = OutputNames(files.map(\.path))
        var present = Set<String>()
        for file in files {
            present.insert(file.path)
            let base = names.base(for: file.path)
            guard let entry = entries[file.path], entry.status != .removed else {
                process.append(Item(file: file, base: base, reason: .new, previous: nil))
                continue
            }
            let reason: Reason?
            if options.force {
                reason = .forced
            } else if entry.pipeline != options.pipeline {
                reason = .pipeline
            } else if entry.outputBase != base {
                reason = .renamed
            } else if entry.size != file.size || entry.modified != file.modified {
                reason = .changed
            } else if !entry.outputs.allSatisfy({ FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path) }) {
                reason = .outputsMissing
            } else {
                reason = nil
            }
            if let reason {
                process.append(Item(file: file, base: base, reason: reason, previous: entry))
            } else {
                unchanged.append(file.path)
            }
        }
        gone = entries.values.filter { !present.contains($0.path) }.sorted { $0.path < $1.path }
    }
}
