import Foundation

/// Tab completion of grok's first word: a subcommand, a `.grok` script or a directory on the
/// way to one. ArgumentParser's shell scripts call back into grok for it (`.custom`), since
/// one completion kind cannot offer both words and files.
enum ModeCompletion {
    @Sendable static func candidates(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        let modes = prefix.contains("/") ? [] : GrokCommand.Mode.allCases.map(\.rawValue).filter { $0.hasPrefix(prefix) }
        return modes + scripts(matching: prefix)
    }

    /// `.grok` files and directories whose path starts with `prefix`, relative as typed.
    static func scripts(matching prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let typedDirectory = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let directory = typedDirectory.isEmpty ? "." : NSString(string: typedDirectory).expandingTildeInPath
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue { return typedDirectory + name + "/" }
            return name.hasSuffix(".grok") ? typedDirectory + name : nil
        }
    }
}
