import Foundation

/// An executable of this package, as `swift build` left it.
public enum BuiltProduct {
    public struct NotBuilt: Error, CustomStringConvertible {
        public let name: String
        public let searched: [String]
        public var description: String { "\(name) not found; build it first (swift build). Searched: \(searched)" }
    }

    /// The package's root directory.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Set by `scripts/test --sanitize` to the sanitized build's products (`.build-asan/debug`):
    /// then the only place looked in, so a sanitized run never spawns an unsanitized binary.
    public static let directoryVariable = "GROK_BUILT_PRODUCTS"

    /// The binary in `GROK_BUILT_PRODUCTS` when set; otherwise beside the test bundle, or in
    /// the package's `.build/debug`.
    public static func path(_ name: String) throws -> URL {
        let directories = ProcessInfo.processInfo.environment[directoryVariable].map { [URL(fileURLWithPath: $0)] } ?? [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ]
        let candidates = directories.map { $0.appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(name: name, searched: candidates.map(\.path))
        }
        return found
    }
}
