import Foundation
import PardazExport
import PardazModel
import PardazRun
import PardazXML
import Testing

/// `pardaz run` over a folder of good and bad inputs: outputs, error reports, validity against the
/// shipped schemas, determinism.
@Suite("Batch run", .serialized)
struct BatchRunTests {
    /// The runner's own defaults, as `pardaz run` with no options uses them.
    static let defaults = RunOptions()

    /// A scratch folder whose input holds the seeds, the samples (in `nested/`) and bad files.
    static func workspace() throws -> RunFolder {
        let folder = try RunFolder()
        let manager = FileManager.default
        for seed in try manager.contentsOfDirectory(atPath: Fixtures.seeds.path) where seed.hasSuffix(".txt") {
            try manager.copyItem(at: Fixtures.seeds.appendingPathComponent(seed), to: folder.input.appendingPathComponent(seed))
        }
        for sample in try manager.contentsOfDirectory(atPath: Fixtures.samples.path) where !sample.hasPrefix(".") {
            try folder.write("nested/\(sample)", Array(try Data(contentsOf: Fixtures.samples.appendingPathComponent(sample))))
        }
        try folder.write("empty.txt", [])
        try folder.write("picture.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D])
        try folder.write("with spaces.txt", "A short note with spaces in its name.\n")
        try folder.write("گزارش.txt", "گزارشی کوتاه درباره روابط ایران و چین.\n")
        return folder
    }

    @Test func goodDocumentsBecomeJSONAndTEIAndBadOnesErrorReports() throws {
        let workspace = try Self.workspace()
        let summary = try workspace.run(Self.defaults)
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
        let workspace = try Self.workspace()
        _ = try workspace.run(Self.defaults)
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
        let first = try Self.workspace()
        _ = try first.run(Self.defaults)
        let second = try Self.workspace()
        _ = try second.run(Self.defaults)
        let a = try first.outputs(), b = try second.outputs()
        #expect(a.keys.sorted() == b.keys.sorted())
        for (name, data) in a { #expect(b[name] == data, "\(name) differs between runs") }
        // Running again over the same folder rewrites the same bytes.
        _ = try first.run(Self.defaults)
        #expect(try first.outputs() == a)
    }

    @Test func aFixedInputReplacesItsErrorReport() throws {
        let workspace = try Self.workspace()
        _ = try workspace.run(Self.defaults)
        try Data("Now the file has text.\n".utf8).write(to: workspace.input.appendingPathComponent("empty.txt"))
        _ = try workspace.run(Self.defaults)
        let outputs = try workspace.outputs()
        #expect(outputs["empty.json"] != nil)
        #expect(outputs["empty.error.json"] == nil)
    }
}
