import Foundation
import PardazRun
import Testing

/// Bad input in a batch: each file gets a one-line error in the log and a record in the manifest,
/// and none crashes or hangs the run.
@Suite("Bad input in a run", .serialized)
struct BadInputTests {
    static let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "no-hostname"

    static func makeBadInputs(in folder: RunFolder) throws {
        let persian = Array("گزارش کوتاه درباره روابط ایران و چین.\n".utf8)
        try folder.write("empty.txt", [])
        try folder.write("binary.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48])
        try folder.write("truncated.txt", Array(persian.dropLast(2)))
        try folder.write("mixed-encodings.txt", persian + [0xE3, 0xED, 0xD1, 0x20, 0xC7, 0xED, 0xD1, 0xC7, 0xE4, 0x0A])
        try folder.write("long-line.txt", String(repeating: "Iran and China signed a defence agreement in Tehran. ", count: 100_000))
        try folder.write("nested.html", "<html><body>" + String(repeating: "<div>", count: 20_000) + "<p>deep</p>"
                         + String(repeating: "</div>", count: 20_000) + "</body></html>")
        try folder.write("malformed.html", "<html><head><title>Broken</head><body><p>unclosed <b>bold <i>text</p></div></span><p>more &bogus; text")
        let laughs = (1...9).map { level in "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }.joined()
        try folder.write("bomb.html", "<!DOCTYPE html [<!ENTITY l0 \"lol\">\(laughs)]><html><body><p>&l9;</p></body></html>")
        try folder.write("bomb.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY l0 \"lol\">\(laughs)]><r>&l9;</r>")
        try folder.write("external-entity.html", "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><html><body><p>Host: &x;</p></body></html>")
        try folder.write("external-entity.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>Host: &x;</r>")
        try folder.write("name with spaces.txt", "A short note with spaces in its name.\n")
        try folder.write("گزارش فارسی.txt", persian)
        let outside = folder.root.appendingPathComponent("outside.txt")
        try Data("A file outside the input folder.\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: folder.input.appendingPathComponent("link-outside.txt"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(atPath: folder.input.appendingPathComponent("dangling.txt").path,
                                                   withDestinationPath: "/nonexistent/file.txt")
        #expect(mkfifo(folder.input.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        if getuid() != 0 {  // root reads anything; an unreadable file can only be made for other users
            try folder.write("unreadable.txt", "secret\n")
            chmod(folder.input.appendingPathComponent("unreadable.txt").path, 0)
        }
    }

    @Test func everyBadFileIsReportedInOneLineAndRecordedAndTheRunEnds() throws {
        let folder = try RunFolder()
        try Self.makeBadInputs(in: folder)
        let process = try RunSafetyTests.start(folder, ["--jobs", "2"])
        let errors = (process.standardError as! Pipe).fileHandleForReading
        let deadline = Date(timeIntervalSinceNow: 300)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate() }
        let log = String(decoding: errors.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "the run did not end with failures reported: \(process.terminationStatus)")

        let entries = try Manifest(output: folder.output).entries()
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.input.path)
        let recorded: Set<RelativePath> = Set(entries.keys), listed: Set<RelativePath> = Set(inputs.map { RelativePath($0) })
        #expect(recorded == listed, "every input has a record")
        for (key, entry) in entries where entry.status == .failed {
            let path = key.display
            // One line naming the file and the reason.
            let lines = log.split(separator: "\n").filter { $0.contains(path + ":") }
            #expect(lines.count == 1, "\(path): \(lines)")
            #expect(entry.errorMessage?.contains("\n") == false)
            #expect(FileManager.default.fileExists(atPath: folder.output.appendingPathComponent(entry.outputBase + ".error.json").path))
        }
        for refused in ["empty.txt", "binary.png", "link-outside.txt", "dangling.txt", "pipe.txt"] {
            #expect(entries[RelativePath(refused)]?.status == .failed, "\(refused) should be refused")
        }
        for fine in ["name with spaces.txt", "گزارش فارسی.txt", "long-line.txt", "malformed.html", "nested.html"] {
            #expect(entries[RelativePath(fine)]?.status == .processed, "\(fine): \(entries[RelativePath(fine)]?.errorMessage ?? "")")
        }
        // No entity was expanded from outside, and the bombs did not explode.
        for (name, data) in try folder.outputs() {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.hostname), "\(name) holds /etc/hostname")
            #expect(data.count < 5_000_000 || name.hasPrefix("long-line"), "\(name) is \(data.count) bytes")
        }
    }
}

/// Files the run may not read, and the progress bar, which need another user and a terminal.
@Suite("Unreadable files and the terminal", .serialized)
struct UnreadableAndTerminalTests {
    /// Runs `command` through `/bin/sh`, returning its status and everything it printed.
    static func shell(_ command: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// As root every file is readable: a run needs another user to meet a file it may not read.
    static let canMeetUnreadableFiles = getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// The prefix that runs a command as a user who is not root: nothing when the tests are not
    /// root, `setpriv` to the user `nobody` when they are (the folder, the files but `except`, and
    /// the program made reachable for nobody).
    static func userWhoIsNotRoot(for folder: RunFolder, except: Set<String> = []) throws -> String {
        guard getuid() == 0 else { return "" }
        for path in [folder.root.path, folder.input.path] { chmod(path, 0o777) }
        if let walker = FileManager.default.enumerator(atPath: folder.input.path) {
            for case let file as String in walker where !except.contains(file) {
                let path = folder.input.appendingPathComponent(file).path
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                chmod(path, isFolder.boolValue ? 0o777 : 0o666)
            }
        }
        var directory = RunSafetyTests.executable.deletingLastPathComponent()
        while directory.path != "/" {
            chmod(directory.path, (try FileManager.default.attributesOfItem(atPath: directory.path)[.posixPermissions] as? Int).map { mode_t($0) | 0o005 } ?? 0o755)
            directory.deleteLastPathComponent()
        }
        return "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "
    }

    /// As root every file is readable, so the run goes as the user `nobody` (through setpriv).
    @Test(.enabled(if: canMeetUnreadableFiles, "needs /usr/bin/setpriv to run as another user than root"))
    func anUnreadableFileIsReportedAndTheOthersProcessed() throws {
        let folder = try RunFolder()
        try folder.addSamples()
        try folder.write("secret.txt", "A note nobody may read.\n")
        let secret = folder.input.appendingPathComponent("secret.txt").path
        #expect(chmod(secret, 0) == 0)
        let runAs = try Self.userWhoIsNotRoot(for: folder, except: ["secret.txt"])
        let result = try Self.shell(runAs + Self.quoted(RunSafetyTests.executable.path) + " run --input "
                                    + Self.quoted(folder.input.path) + " --output " + Self.quoted(folder.output.path))
        // A permission is outside the document: exit 3, and the next run tries again.
        #expect(result.status == 3, "\(result.output)")
        let lines = result.output.split(separator: "\n").filter { $0.contains("secret.txt: ") }
        #expect(lines.count == 1)
        #expect(lines.first?.contains("EACCES: Permission denied") == true, "\(lines)")
        #expect(try Manifest(output: folder.output).entries()["secret.txt"]?.status == .failed)
        #expect(try Manifest(output: folder.output).entries().count == 6)
    }

    /// On a terminal (given here by script(1)) the run draws a progress bar instead of a line a document.
    @Test func onATerminalTheRunDrawsAProgressBar() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try RunFolder()
        try folder.addSamples()
        let command = Self.quoted(RunSafetyTests.executable.path) + " run --input " + Self.quoted(folder.input.path)
            + " --output " + Self.quoted(folder.output.path)
        let result = try Self.shell("/usr/bin/script -qec " + Self.quoted(command) + " /dev/null")
        #expect(result.status == 0)
        #expect(result.output.contains("] 5/5 "))
        #expect(result.output.contains("[##############################]"))
        #expect(!result.output.contains("processed sample-"))
        #expect(result.output.contains("summary: 5 processed"))
    }
}
