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

    /// The binary beside the test bundle, or in the package's `.build/debug`.
    public static func path(_ name: String) throws -> URL {
        let candidates = [
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            packageRoot.appendingPathComponent(".build/debug"),
        ].map { $0.appendingPathComponent(name) }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(name: name, searched: candidates.map(\.path))
        }
        return found
    }
}
