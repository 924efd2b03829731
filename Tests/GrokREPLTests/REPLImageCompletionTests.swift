import Foundation
import Testing

/// Tab after `image` on a real pseudo-terminal, in a directory of mixed files.
@Suite(.serialized) struct REPLImageCompletionTests {
    /// Issue 20: `image ` + Tab listed every file. Now folders, then pictures.
    @Test func imageListsFoldersThenPicturesOnly() async throws {
        let process = try REPLProcess()
        defer { process.remove() }
        let work = process.scratch.appendingPathComponent("work")
        for file in ["cat.png", "notes.txt", "run.grok", "dog.JPG"] {
            try Data().write(to: work.appendingPathComponent(file))
        }
        try FileManager.default.createDirectory(at: work.appendingPathComponent("shots"), withIntermediateDirectories: true)
        let terminal = try process.start(["--sandbox"])
        try await terminal.killedIfThrowing {
            try await terminal.waitFor("the prompt") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type("image \t")
            try await terminal.waitFor("the listing") { screen in
                screen.split(separator: "\n").contains { $0.split(separator: " ") == ["none", "shots/", "cat.png", "dog.JPG"] }
            }
            #expect(!terminal.text.contains("notes.txt") && !terminal.text.contains("run.grok"))
            terminal.type("s\t")
            try await terminal.waitFor("the folder completed") { _ in terminal.cursorLine == "grok(sandbox)> image shots/" }
            terminal.type(REPLEndToEndTests.ctrlC)
            try await terminal.waitFor("a cleared line") { _ in terminal.cursorLine == "grok(sandbox)>" }
            terminal.type(REPLEndToEndTests.ctrlD)
            #expect(try await terminal.exit() == 0, "the screen:\n\(terminal.text)")
        }
    }
}
