import Foundation
import Testing
import TestSupport

/// `Tests/Golden/MANIFEST` and the folder agree file by file, the runner runs every golden
/// it lists, and the check fails, naming the file, on a copy of the folder with a golden
/// deleted, a script deleted, a recording emptied, deleted or added.
@Suite struct GoldenManifestTests {
    @Test func theFolderMatchesTheManifest() throws {
        if ProcessInfo.processInfo.environment["RECORD"] == "manifest" {
            let found = try GoldenManifest(folder: GoldenRun.root)
            // An empty or orphaned file is a mistake to undo, not a golden to list.
            for defect in found.defects { Issue.record("\(defect)") }
            if found.defects.isEmpty {
                try Data(found.text.utf8).write(to: GoldenRun.root.appendingPathComponent(GoldenManifest.fileName))
            }
            return
        }
        for problem in GoldenManifest.problems(in: GoldenRun.root) { Issue.record("\(problem)") }
    }

    @Test func theRunnerRunsEveryListedGolden() throws {
        let text = try String(contentsOf: GoldenRun.root.appendingPathComponent(GoldenManifest.fileName), encoding: .utf8)
        let listed = Set(try GoldenManifest(text: text).goldens.keys.map { $0 + ".grok" })
        let run = Set(GoldenTests.cases)
        #expect(run.count > 0 && run == listed,
                "listed but not run: \(listed.subtracting(run).sorted()); run but not listed: \(run.subtracting(listed).sorted())")
    }

    @Test func aDeletedGoldenIsCaught() throws {
        try withCopy { folder in
            for kind in ["grok", "out"] { try remove("commands/model.\(kind)", in: folder) }
            let problems = GoldenManifest.problems(in: folder)
            #expect(problems.count == 2, "\(problems)")
            #expect(problems.contains { $0.hasPrefix("commands/model.grok is missing; MANIFEST lists it.") }, "\(problems)")
            #expect(problems.allSatisfy { $0.contains(GoldenManifest.rewrite) }, "\(problems)")
        }
    }

    @Test func aScriptDeletedAloneLeavesACaughtOrphan() throws {
        try withCopy { folder in
            try remove("commands/ratio.grok", in: folder)
            let problems = GoldenManifest.problems(in: folder)
            #expect(problems.contains("commands/ratio.out has no script commands/ratio.grok beside it: "
                                      + "restore the script, or delete what it left behind"), "\(problems)")
            #expect(problems.contains { $0.hasPrefix("commands/ratio.grok is missing") }, "\(problems)")
        }
    }

    @Test func anEmptiedDeletedOrAddedRecordingIsCaught() throws {
        try withCopy { folder in
            try Data().write(to: folder.appendingPathComponent("runtime/keep-going.out"))
            try remove("runtime/keep-going.err", in: folder)
            try Data("1\n".utf8).write(to: folder.appendingPathComponent("commands/echo.exit"))
            let problems = GoldenManifest.problems(in: folder)
            #expect(problems.count == 3, "\(problems)")
            #expect(problems.contains { $0.hasPrefix("runtime/keep-going.out is empty") }, "\(problems)")
            #expect(problems.contains { $0.hasPrefix("runtime/keep-going.err is missing; MANIFEST lists it.") }, "\(problems)")
            #expect(problems.contains { $0.hasPrefix("commands/echo.exit is not in MANIFEST.") }, "\(problems)")
        }
    }

    @Test func anUnlistedGoldenAndABrokenListAreCaught() throws {
        try withCopy { folder in
            try Data("# expect: exit 0, sent nothing\necho hi\n".utf8).write(to: folder.appendingPathComponent("commands/new.grok"))
            #expect(GoldenManifest.problems(in: folder) == [
                "commands/new.grok is not in MANIFEST. If it is new, record it, then rewrite the list: \(GoldenManifest.rewrite)",
            ])
            try Data("commands/echo: grok out\ncommands/echo: grok\n".utf8).write(to: folder.appendingPathComponent("MANIFEST"))
            #expect(GoldenManifest.problems(in: folder).first?.hasPrefix("MANIFEST line 2 is not") == true)
            try remove("MANIFEST", in: folder)
            #expect(GoldenManifest.problems(in: folder).first?.hasPrefix("no readable MANIFEST") == true)
        }
    }

    /// Runs `body` on a copy of the golden folder that passes the check until `body` changes it.
    private func withCopy(_ body: (URL) throws -> Void) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let folder = scratch.url.appendingPathComponent("Golden")
        try FileManager.default.copyItem(at: GoldenRun.root, to: folder)
        try #require(GoldenManifest.problems(in: folder).isEmpty, "the unmodified copy must pass")
        try body(folder)
    }

    private func remove(_ name: String, in folder: URL) throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
}
