import GrokCore

/// What `grok --version` prints: grok's version and the Swift compiler that built it.
enum BuildInfo {
    static var version: String { "\(GrokVersion.current) (built with Swift \(swiftVersion))" }

    /// The compiler's version, known only at compile time through `#if compiler`.
    static var swiftVersion: String {
        #if compiler(>=7.0)
        return "7 or later"
        #elseif compiler(>=6.4)
        return "6.4"
        #elseif compiler(>=6.3.2)
        return "6.3.2"
        #elseif compiler(>=6.3.1)
        return "6.3.1"
        #elseif compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }
}
