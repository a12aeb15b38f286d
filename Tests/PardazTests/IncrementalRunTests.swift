import Foundation
import PardazRun
import Testing

/// The manifest: a run processes only new or changed inputs, or all of them after a pipeline change
/// or with `force`; inputs that are gone have their outputs kept and marked, or deleted.
@Suite("Incremental runs", .serialized)
struct IncrementalRunTests {
    @Test func aSecondRunSkipsEverythingAndTouchesNoOutput() throws {
        let folder = try RunFolder()
        try folder.addSamples(seeds: true)
        let first = try folder.run()
        #expect(first.processed == 7 && first.failed == 0 && first.skipped == 0)
        let outputs = try folder.outputs()
        let times = try folder.outputTimes().filter { !$0.key.contains("/.pardaz/") }
        let second = try folder.run()
        #expect(second.processed == 0 && second.skipped == 7)
        #expect(try folder.outputs() == outputs)
        #expect(try folder.outputTimes().filter { !$0.key.contains("/.pardaz/") } == times)
    }

    @Test func changedInputsAloneAreProcessedAgain() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        _ = try folder.run()
        // New bytes: processed. Same bytes with a new time: only the manifest learns the time.
        try folder.write("sample-news.txt", (try String(contentsOf: folder.input.appendingPathComponent("sample-news.txt"), encoding: .utf8)) + "\nOne more line.\n")
        let paper = folder.input.appendingPathComponent("sample-paper.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: paper.path)
        try folder.write("new-note.txt", "A new note about Tehran and Beijing.\n")
        let run = try folder.run()
        #expect(run.processed == 2)
        #expect(run.skipped == 4)
        #expect(try folder.run().processed == 0)
    }

    @Test func forceAndANewPipelineProcessEverything() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        _ = try folder.run()
        #expect(try folder.run(RunOptions(jobs: 2, force: true)).processed == 5)
        #expect(try folder.run(RunOptions(jobs: 2, pipeline: "pardaz next")).processed == 5)
        #expect(try folder.run(RunOptions(jobs: 2, pipeline: "pardaz next")).processed == 0)
    }

    @Test func missingOutputsAreMadeAgain() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        _ = try folder.run()
        try FileManager.default.removeItem(at: folder.output.appendingPathComponent("sample-news.tei.xml"))
        #expect(try folder.run().processed == 1)
        #expect(FileManager.default.fileExists(atPath: folder.output.appendingPathComponent("sample-news.tei.xml").path))
    }

    @Test func inputsThatAreGoneAreMarkedOrDeleted() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        _ = try folder.run()
        try FileManager.default.removeItem(at: folder.input.appendingPathComponent("sample-news.txt"))
        let kept = try folder.run()
        #expect(kept.removed == 1)
        #expect(FileManager.default.fileExists(atPath: folder.output.appendingPathComponent("sample-news.json").path))
        #expect(try Manifest(output: folder.output).entries()["sample-news.txt"]?.status == .removed)
        #expect(try folder.run().removed == 0)  // marked once
        let deleted = try folder.run(RunOptions(jobs: 2, removed: .delete))
        #expect(deleted.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.output.appendingPathComponent("sample-news.json").path))
        #expect(try Manifest(output: folder.output).entries()["sample-news.txt"] == nil)
    }

    @Test func aNameClashRenamesTheOutputsOfTheInputAlreadyThere() throws {
        let folder = try RunFolder()
        try folder.write("report.txt", "A report on Iran and China.\n")
        _ = try folder.run()
        #expect(try folder.outputs().keys.sorted() == ["report.json", "report.tei.xml"])
        try folder.write("report.html", "<html><body><p>A report on Iran and China.</p></body></html>")
        let run = try folder.run()
        #expect(run.processed == 2)
        #expect(try folder.outputs().keys.sorted() == ["report.html.json", "report.html.tei.xml", "report.txt.json", "report.txt.tei.xml"])
    }

    @Test func theManifestRecordsHashesTimesPipelineAndErrors() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        try folder.write("empty.txt", "")
        _ = try folder.run()
        let entries = try Manifest(output: folder.output).entries()
        #expect(entries.count == 6)
        let news = try #require(entries["sample-news.txt"])
        #expect(news.sha256.count == 64 && news.size > 0 && news.modified > 0 && news.status == .processed)
        #expect(news.pipeline == RunOptions.currentPipeline && news.outputBase == "sample-news")
        let empty = try #require(entries["empty.txt"])
        #expect(empty.status == .failed && empty.errorReason == "empty")
        let last = try #require(try Manifest(output: folder.output).lastRun())
        #expect(last.processed == 5 && last.failed == 1 && !last.interrupted)
    }

    @Test func outputsDoNotDependOnTheNumberOfJobs() throws {
        let one = try RunFolder(), four = try RunFolder()
        try one.addSamples(copies: 3, seeds: true)
        try four.addSamples(copies: 3, seeds: true)
        #expect(try one.run(RunOptions(jobs: 1)).processed == 21)
        #expect(try four.run(RunOptions(jobs: 4)).processed == 21)
        #expect(try one.outputs() == four.outputs())
    }
}
