import Foundation
import GrokSandbox
import Testing
import TestSupport

/// What is on disk before a run: found by the rehearsal before anything is paid for, or,
/// for a video saved before, not fetched again.
extension EdgeCase {
    static let disk: [EdgeCase] = [
        refusedBeforeSending("disk at rehearsal: target exists", setUp: "`out/cat.mp4` already there; `submit as cat; wait cat; download cat to out/cat.mp4`",
                             script: "submit as cat\nwait cat\ndownload cat to out/cat.mp4") { scratch in
            _ = try scratch.write("out/cat.mp4", "someone's file")
        },
        refusedBeforeSending("disk at rehearsal: folder under a file", setUp: "`notes.txt` a file; `download cat to notes.txt/cat.mp4` after the create",
                             script: "submit as cat\nwait cat\ndownload cat to notes.txt/cat.mp4") { scratch in
            _ = try scratch.write("notes.txt", "a file")
        },
        refusedBeforeSending("disk at rehearsal: two downloads, one path", setUp: "`submit as a; submit as b; wait all`, both downloaded to `v.mp4`",
                             script: "submit as a\nsubmit as b\nwait all\ndownload a to v.mp4\ndownload b to v.mp4"),
        refusedBeforeSending("disk at rehearsal: missing image", setUp: "`image $name.png` naming no file, then `submit`",
                             script: "let name = missing\nimage $name.png\nsubmit"),
        EdgeCase(edge: "already downloaded", setUp: "a second run of `download cat to out/v.mp4`, the file as the first run saved it",
                 checked: "exit 0; `already downloaded`; the second run sends nothing") {
            try await SandboxFixture.with { sandbox, scratch in
                let download = "download cat to out/v.mp4"
                _ = try await SandboxFixture.grok(sandbox, scratch, ["-e", DownloadEndToEndTests.submitAndWait + "; " + download])
                let before = await sandbox.requestLog().count
                let result = try await SandboxFixture.grok(sandbox, scratch, ["-e", download])
                let sent = await sandbox.requestLog().count - before
                #expect(result.status == 0 && result.stdout.hasPrefix("already downloaded out/v.mp4") && sent == 0, "\(result.stderr)")
                return result
            }
        },
    ]
}
