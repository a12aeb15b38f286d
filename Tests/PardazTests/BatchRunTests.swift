import Foundation
import Logging
import PardazExport
import PardazModel
import PardazRun
import PardazXML
import Testing

/// `pardaz run` over a folder of good and bad inputs: outputs, error reports, validity against the
/// shipped schemas, determinism.
@Suite("Batch run", .serialized)
struct BatchRunTests {
    /// A scratch input folder holding the seeds, the samples and bad files; removed afterwards.
    final class Workspace {
        let root: URL
        var input: URL { root.appendingPathComponent("in") }
        var output: URL { root.appendingPathComponent("out") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("pardaz-test-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: input.appendingPathComponent("nested"), withIntermediateDirectories: true)
            for seed in try manager.contentsOfDirectory(atPath: Fixtures.seeds.path) where seed.hasSuffix(".txt") {
                try manager.copyItem(at: Fixtures.seeds.appendingPathComponent(seed), to: input.appendingPathComponent(seed))
            }
            for sample in try manager.contentsOfDirectory(atPath: Fixtures.samples.path) where !sample.hasPrefix(".") {
                try manager.copyItem(at: Fixtures.samples.appendingPathComponent(sample),
                                     to: input.appendingPathComponent("nested/\(sample)"))
            }
            try Data().write(to: input.appendingPathComponent("empty.txt"))
            try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]).write(to: input.appendingPathComponent("picture.png"))
            try Data("A short note with spaces in its name.\n".utf8).write(to: input.appendingPathComponent("with spaces.txt"))
            try Data("گزارشی کوتاه درباره روابط ایران و چین.\n".utf8).write(to: input.appendingPathComponent("گزارش.txt"))
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func run() throws -> RunSummary {
            let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            return try BatchRunner(input: input, output: output, logger: logger).run()
        }

        func outputs() throws -> [String: Data] {
            var files: [String: Data] = [:]
            // The manifest and lock in .pardaz are the runner's, not outputs.
            let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])!
            for case let url as URL in enumerator where !url.hasDirectoryPath {
                let relative = String(url.standardizedFileURL.path.dropFirst(output.standardizedFileURL.path.count + 1))
                files[relative] = try Data(contentsOf: url)
            }
            return files
        }
    }

    @Test func goodDocumentsBecomeJSONAndTEIAndBadOnesErrorReports() throws {
        let workspace = try Workspace()
        let summary = try workspace.run()
        let outputs = try workspace.outputs()
        let samples = try FileManager.default.contentsOfDirectory(atPath: Fixtures.samples.path).filter { !$0.hasPrefix(".") }
        #expect(summary.processed == 2 + samples.count + 2)
        #expect(summary.failed == 2)
        #expect(summary.exitCode == 1)
        for name in ["000_e39dd82b6746aeb9", "001_37ff714d374d7a62", "with spaces", "گزارش"] {
            #expect(outputs["\(name).json"] != nil && outputs["\(name).tei.xml"] != nil, "missing outputs of \(name)")
        }
        for sample in samples {
            let stem = (sample as NSString).deletingPathExtension
            #expect(outputs["nested/\(stem).json"] != nil, "missing output of sample \(sample)")
        }
        for name in ["empty", "picture"] {
            let report = try #require(outputs["\(name).error.json"])
            let object = try #require(try JSONSerialization.jsonObject(with: report) as? [String: String])
            #expect(object["reason"] != nil)
            #expect(object["message"]?.contains("\n") == false)
            #expect(outputs["\(name).json"] == nil)
        }
        #expect(!outputs.keys.contains { $0.contains(".tmp-") })
    }

    @Test func everyOutputIsValidAgainstTheShippedSchemas() throws {
        let workspace = try Workspace()
        _ = try workspace.run()
        let validator = try RelaxNGValidator(schema: try SchemaResources.teiRelaxNG())
        let outputs = try workspace.outputs()
        var checked = 0
        for (name, data) in outputs where name.hasSuffix(".tei.xml") {
            let errors = validator.validate([UInt8](data))
            #expect(errors.isEmpty, "\(name): \(errors.prefix(3))")
            checked += 1
        }
        #expect(checked >= 6)
        for (name, data) in outputs where name.hasSuffix(".json") && !name.hasSuffix(".error.json") {
            let document = try JSONDecoder().decode(Document.self, from: data)
            #expect(!document.blocks.isEmpty, "\(name)")
        }
    }

    @Test func twoRunsGiveByteIdenticalOutputs() throws {
        let first = try Workspace()
        _ = try first.run()
        let second = try Workspace()
        _ = try second.run()
        let a = try first.outputs(), b = try second.outputs()
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs between runs") }
        // Running again over the same folder rewrites the same bytes.
        _ = try first.run()
        #expect(try first.outputs() == a)
    }

    @Test func aFixedInputReplacesItsErrorReport() throws {
        let workspace = try Workspace()
        _ = try workspace.run()
        try Data("Now the file has text.\n".utf8).write(to: workspace.input.appendingPathComponent("empty.txt"))
        _ = try workspace.run()
        let outputs = try workspace.outputs()
        #expect(outputs["empty.json"] != nil)
        #expect(outputs["empty.error.json"] == nil)
    }
}
