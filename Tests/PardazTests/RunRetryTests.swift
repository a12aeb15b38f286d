import Foundation
import PardazRun
import Testing

/// What fails for a reason outside the document (a folder the run may not read, outputs it cannot
/// write) is reported with exit 3, never taken for gone, and tried again by the next run.
@Suite("Retries", .serialized)
struct RunRetryTests {
    typealias Shell = UnreadableAndTerminalTests

    static func run(_ folder: RunFolder, as user: String = "", limits: String = "", _ extra: String = "") throws -> (status: Int32, output: String) {
        let command = limits + user + Shell.quoted(RunSafetyTests.executable.path) + " run --input " + Shell.quoted(folder.input.path)
            + " --output " + Shell.quoted(folder.output.path) + " --jobs 2 " + extra
        return try Shell.shell(command)
    }

    @Test(.enabled(if: Shell.canMeetUnreadableFiles, "needs /usr/bin/setpriv to run as another user than root"))
    func anUnreadableFolderIsNotGoneAndItsOutputsStay() throws {
        let folder = try RunFolder()
        try folder.write("top.txt", RunNameTests.note)
        try folder.write("sub/one.txt", RunNameTests.note)
        try folder.write("sub/two.txt", RunNameTests.note + "\nMore on the strait.\n")
        let user = try Shell.userWhoIsNotRoot(for: folder)
        #expect(try Self.run(folder, as: user).status == 0)
        let before = try folder.outputFiles()
        #expect(before.count == 6)
        let sub = folder.input.appendingPathComponent("sub").path
        chmod(sub, 0)
        let blind = try Self.run(folder, as: user, "--removed delete")
        #expect(blind.status == 3, "\(blind.output)")
        #expect(blind.output.contains("sub/: cannot open the folder: EACCES: Permission denied; its 2 known documents"), "\(blind.output)")
        #expect(try folder.outputFiles() == before, "nothing deleted")
        chmod(sub, 0o777)
        let seeing = try Self.run(folder, as: user, "--removed delete")
        #expect(seeing.status == 0, "\(seeing.output)")
        #expect(try folder.outputFiles() == before)
    }

    /// A file-size limit (ulimit -f in /bin/sh, 512-byte blocks; SIGXFSZ ignored) makes large outputs fail to write as a full
    /// disk would, while the small error files still fit.
    @Test func outputsThatCouldNotBeWrittenAreWrittenByTheNextRun() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        let full = try Self.run(folder, limits: "trap '' XFSZ; ulimit -f 100; ")
        #expect(full.status == 3, "\(full.output)")
        #expect(full.output.contains("EFBIG: File too large; tried again next run"), "\(full.output)")
        let failed = try Manifest(output: folder.output).entries().values.filter { $0.errorReason == "write" }
        #expect(!failed.isEmpty)
        for entry in failed {
            #expect(FileManager.default.fileExists(atPath: folder.output.appendingPathComponent(entry.outputBase + ".error.json").path))
        }
        let freed = try Self.run(folder)
        #expect(freed.status == 0, "\(freed.output)")
        #expect(freed.output.contains("\(failed.count) processed"), "\(freed.output)")
        let outputs = try folder.outputFiles().map(\.display)
        #expect(outputs.count == 10 && !outputs.contains { $0.hasSuffix(".error.json") }, "\(outputs)")
    }

    @Test func aReadOnlyOutputFolderIsAClearErrorAndExit3() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        #expect(try Self.run(folder).status == 0)
        try folder.write("new.txt", RunNameTests.note)
        let user = try Shell.userWhoIsNotRoot(for: folder)
        guard !user.isEmpty || getuid() != 0 else { return }
        chmod(folder.output.path, 0o755)  // nobody may not write there
        let denied = try Self.run(folder, as: user)
        #expect(denied.status != 0 && !denied.output.contains("Error Domain="), "\(denied.output)")
    }
}
