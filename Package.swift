// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "grok",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "GrokCore", targets: ["GrokCore"]),
        .library(name: "GrokSandbox", targets: ["GrokSandbox"]),
        .library(name: "GrokSyntax", targets: ["GrokSyntax"]),
        .library(name: "GrokScript", targets: ["GrokScript"]),
        .library(name: "GrokREPL", targets: ["GrokREPL"]),
        .library(name: "GrokReport", targets: ["GrokReport"]),
        .executable(name: "grok", targets: ["grok"]),
        .executable(name: "grok-sandbox", targets: ["grok-sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "DidYouMean"),
        .target(
            name: "GrokCore",
            dependencies: [
                "DidYouMean",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "OrderedCollections", package: "swift-collections"),
            ]
        ),
        .target(
            name: "GrokSandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The sandbox's command-line options, shared by `grok sandbox` and `grok-sandbox`:
        // only executables parse command lines, so the library itself does not.
        .target(
            name: "GrokSandboxCLI",
            dependencies: ["GrokSandbox", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .target(name: "GrokSyntax", dependencies: ["DidYouMean"]),
        .target(
            name: "GrokScript",
            dependencies: ["DidYouMean", "GrokCore", "GrokSyntax", .product(name: "OrderedCollections", package: "swift-collections")]
        ),
        // The HTML and JUnit reports read from the journal: templates that escape by default.
        .target(name: "GrokReport", dependencies: ["GrokCore", .product(name: "Mustache", package: "swift-mustache")]),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "GrokREPL", dependencies: ["CEditLine", "GrokCore", "GrokScript", "GrokSyntax"]),
        .executableTarget(
            name: "grok",
            dependencies: [
                "DidYouMean", "GrokCore", "GrokScript", "GrokSandbox", "GrokSandboxCLI", "GrokREPL", "GrokReport", "GrokSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "grok-sandbox",
            dependencies: [
                "GrokSandboxCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DidYouMeanTests", dependencies: ["DidYouMean"]),
        .testTarget(name: "GrokCoreTests", dependencies: ["GrokCore", "GrokSandbox", "TestSupport"]),
        .testTarget(name: "GrokReportTests", dependencies: ["GrokReport", "GrokCore"]),
        .testTarget(name: "GrokSyntaxTests", dependencies: ["GrokSyntax"]),
        .testTarget(name: "GrokScriptTests", dependencies: ["DidYouMean", "GrokScript", "GrokCore", "GrokSyntax", "TestSupport"]),
        .testTarget(name: "GrokREPLTests", dependencies: ["GrokREPL", "GrokScript", "GrokCore", "GrokSandbox", "TestSupport"]),
        .testTarget(
            name: "GrokTests",
            dependencies: ["GrokSandbox", "GrokCore", "TestSupport"]
        ),
        .testTarget(
            name: "GrokSandboxTests",
            dependencies: [
                "GrokSandbox",
                "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
