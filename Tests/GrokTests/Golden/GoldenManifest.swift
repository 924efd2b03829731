import Foundation

/// The committed list of goldens, `Tests/Golden/MANIFEST`: one line per golden naming the
/// files it is made of, its script and the recordings beside it (`commands/echo: grok out`).
/// The folder is compared with the list file by file, so a golden deleted whole, a recording
/// deleted or added, an empty file, or a recording left without its script is an error that
/// names the file; nothing vanishes unnoticed.
struct GoldenManifest: Equatable {
    static let fileName = "MANIFEST"
    /// The files a golden may have, in the order a line lists them.
    static let kinds = ["grok", "out", "err", "exit"]
    static let rewrite = "RECORD=manifest swift test --filter GoldenManifestTests"
    static let preamble = """
        # Every golden in this folder and the files it is made of: its script (grok) and its
        # recordings (out, err, exit; one that would be empty is not kept). GoldenManifestTests
        # fails when the folder differs from this list. After adding or removing a golden on
        # purpose, record it, then rewrite this list: \(rewrite)

        """

    /// Golden name (its path under the folder, without extension) → its kinds of file, in `kinds` order.
    var goldens: [String: [String]] = [:]
    /// Files of the folder that are empty, relative to it; empty when read from a list.
    var emptyFiles: [String] = []

    /// What `folder` holds; files of other kinds (images, included scripts) are fixtures, not listed.
    init(folder: URL) throws {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        for path in paths {
            let kind = (path as NSString).pathExtension
            guard Self.kinds.contains(kind) else { continue }
            goldens[(path as NSString).deletingPathExtension, default: []].append(kind)
            let size = (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path))[.size] as? Int
            if size == 0 { emptyFiles.append(path) }
        }
        goldens = goldens.mapValues { kinds in Self.kinds.filter(kinds.contains) }
    }

    /// The list as `text` writes it: `name: kind kind…` lines, `#` comments and blank lines skipped.
    init(text: String) throws(GoldenManifestError) {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1)
            let kinds = parts.count == 2 ? parts[1].split(separator: " ").map(String.init) : []
            guard parts.count == 2, !kinds.isEmpty, kinds.allSatisfy(Self.kinds.contains), goldens[String(parts[0])] == nil else {
                throw GoldenManifestError(line: number + 1, text: String(line))
            }
            goldens[String(parts[0])] = kinds
        }
    }

    var text: String {
        Self.preamble + goldens.keys.sorted().map { "\($0): \(goldens[$0, default: []].joined(separator: " "))\n" }.joined()
    }

    /// What no list can make right: empty files and recordings without their script.
    var defects: [String] {
        let empty = emptyFiles.map { path in
            path.hasSuffix(".grok") ? "\(path) is empty: a golden's script states at least its header"
                : "\(path) is empty: a recording with nothing to expect is deleted, never left empty"
        }
        let orphans = goldens.keys.sorted().filter { goldens[$0]?.contains("grok") == false }.flatMap { name in
            goldens[name, default: []].map { kind in
                "\(name).\(kind) has no script \(name).grok beside it: restore the script, or delete what it left behind"
            }
        }
        return empty + orphans
    }

    /// Each file `folder` lacks or holds beyond this list, one line naming it and what to do.
    func differences(from folder: GoldenManifest) -> [String] {
        let names = Set(goldens.keys).union(folder.goldens.keys).sorted()
        return names.flatMap { name in
            let listed = goldens[name, default: []]
            let found = folder.goldens[name, default: []]
            let missing = listed.filter { !found.contains($0) }.map { kind in
                "\(name).\(kind) is missing; \(Self.fileName) lists it. Restore it, or, if it was removed on purpose, "
                    + "rewrite the list: \(Self.rewrite)"
            }
            let unlisted = found.filter { !listed.contains($0) }.map { kind in
                "\(name).\(kind) is not in \(Self.fileName). If it is new, record it, then rewrite the list: \(Self.rewrite)"
            }
            return missing + unlisted
        }
    }

    /// Everything wrong with `folder` against its committed list; empty when they agree.
    static func problems(in folder: URL) -> [String] {
        let found: GoldenManifest
        let listed: GoldenManifest
        do {
            found = try GoldenManifest(folder: folder)
            let url = folder.appendingPathComponent(fileName)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return ["no readable \(fileName) in \(folder.path): write it with \(rewrite)"]
            }
            listed = try GoldenManifest(text: text)
        } catch {
            return ["\(error)"]
        }
        return found.defects + listed.differences(from: found)
    }
}

struct GoldenManifestError: Error, CustomStringConvertible {
    let line: Int
    let text: String

    var description: String {
        "\(GoldenManifest.fileName) line \(line) is not 'NAME: grok [out] [err] [exit]' (or names a golden twice): '\(text)'"
    }
}
