import Foundation
import Testing
import TestSupport

/// Issue 20, case 2: the README's examples run one after another, as the README shows them,
/// from the clone's root, without an error and without writing into the repository.
@Suite struct ReadmeExamplesTests {
    /// The `sh` block of README's *Examples* section.
    static func block() throws -> String {
        let readme = try String(contentsOf: GrokProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## Examples\n").dropFirst().first)
        let fenced = try #require(section.components(separatedBy: "```sh\n").dropFirst().first)
        return try #require(fenced.components(separatedBy: "\n```").first)
    }

    /// Every file under the clone's root but `.build*` and `.git`, so a test can tell none was added.
    static func files(under root: URL) -> Set<String> {
        var found: Set<String> = []
        let skipped: Set<String> = [".git", ".build", ".build-mutants"]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return found }
        for case let url as URL in walker {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            if skipped.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) || relative.hasPrefix(".build-") {
                walker.skipDescendants()
                continue
            }
            found.insert(relative)
        }
        return found
    }

    @Test func theExamplesRunInOrderAsShown() async throws {
        let block = try Self.block()
        #expect(block.contains("hello.grok") && block.contains("batch.grok"), "\(block)")
        let root = GrokProcess.packageRoot
        let before = Self.files(under: root)
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let binaries = try BuiltProduct.path("grok").deletingLastPathComponent().path
        // `set -e`: the first command that fails ends the block with its status.
        let result = try await GrokProcess.runProgram(
            "/bin/bash", ["-e", "-c", block],
            environment: ["PATH": binaries + ":/usr/bin:/bin", "TMPDIR": scratch.url.path, "GROK_STATE_DIR": scratch.path("state")],
            directory: root)
        #expect(result.status == 0, "stdout:\n\(result.stdout)\nstderr:\n\(result.stderr)")
        #expect(result.stdout.contains("saved ") && result.stdout.contains("downloaded out/batch/"), "\(result.stdout)")
        #expect(Self.files(under: root) == before, "the examples wrote into the clone: \(Self.files(under: root).subtracting(before))")
    }
}
