// swift-tools-version:6.0
import PackageDescription

// The pipeline, one target per stage:
// ScopeImport (read exports, validate, normalise) → ScopeIndex (catalog and facets)
// → ScopeRender (view models, Mustache, Markdown, sitemap) → ScopeOutput (staging and swap).
// ScopeCache holds what one build keeps for the next; ScopeBuild wires the stages; ScopeNotify sends the e-mail digests; `scope` is the command line.
let package = Package(
    name: "Scope",
    products: [
        .executable(name: "scope", targets: ["scope"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark",
                       providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash",
                       providers: [.apt(["libxxhash-dev"])]),
        .target(name: "CFileSwap"),
        // One parallel loop, `Deferred`, `Memo` and `Locked`, on `Synchronization.Mutex`: every
        // stage's threads go through it. Swift 6 language mode from here on, target by target.
        .target(name: "ScopeConcurrency", swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeModel", swiftSettings: [.swiftLanguageMode(.v6)]),
        // What a build keeps for the next: fingerprints, the code stamp, files of entries by key.
        .target(name: "ScopeCache", dependencies: ["CXXHash"], swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeImport", dependencies: [
            "ScopeModel", "ScopeCache", "ScopeConcurrency",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeIndex", dependencies: ["ScopeModel"], swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeRender", dependencies: [
            "ScopeModel", "ScopeIndex", "ScopeCache", "ScopeConcurrency", "CCmark",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "ScopeOutput", dependencies: ["CFileSwap", "ScopeModel", "ScopeConcurrency"], swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeBuild", dependencies: [
            "ScopeModel", "ScopeCache", "ScopeImport", "ScopeIndex", "ScopeRender", "ScopeOutput", "ScopeConcurrency",
        ], swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "ScopeSample", dependencies: ["ScopeModel"], swiftSettings: [.swiftLanguageMode(.v6)]),
        // E-mail digests of new notices for subscribers (`scope notify`), sent over SMTP by libcurl.
        .target(name: "ScopeNotify", dependencies: [
            "ScopeModel", "ScopeImport", "ScopeIndex", "ScopeRender", "ScopeBuild", "CCurl",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: [.swiftLanguageMode(.v6)]),
        // The e-mail sign-up service (`scope alerts serve`): subscriptions in SQLite, signed links,
        // double opt-in; and the store `scope notify --database` reads and records into.
        .target(name: "ScopeAlerts", dependencies: [
            "ScopeModel", "ScopeImport", "ScopeNotify", "ScopeRender",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // `scope serve`'s HTTP server and its wait for changes, tested in the process.
        .target(name: "ScopePreview", dependencies: [
            "ScopeModel",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer); a replay tool otherwise.
        .executableTarget(name: "scope-fuzz", dependencies: ["ScopeImport", "ScopeRender", "ScopeModel"], path: "Fuzz"),
        .executableTarget(name: "scope", dependencies: [
            "ScopeModel", "ScopeBuild", "ScopeSample", "ScopeNotify", "ScopeAlerts", "ScopePreview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .testTarget(name: "ScopeModelTests", dependencies: ["ScopeModel"]),
        .testTarget(name: "ScopePreviewTests", dependencies: ["ScopePreview", "ScopeTestSupport"]),
        // What several test targets share: a socket client for the preview's HTTP tests.
        .target(name: "ScopeTestSupport", path: "Tests/Support"),
        .testTarget(name: "ScopeImportTests", dependencies: ["ScopeImport", "ScopeModel", "ScopeSample", "ScopeCache"]),
        .testTarget(name: "ScopeRenderTests", dependencies: ["ScopeRender", "ScopeIndex", "ScopeImport", "ScopeModel", "ScopeSample", "ScopeCache"]),
        .testTarget(name: "ScopeAlertsTests", dependencies: [
            "ScopeAlerts", "ScopeNotify", "ScopeModel", "ScopeSample",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "ScopeBuildTests", dependencies: [
            "ScopeBuild", "ScopeCache", "ScopeOutput", "ScopeSample", "ScopeImport", "ScopeIndex", "ScopeModel", "ScopeRender", "ScopeNotify", "ScopeTestSupport", "scope",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
    ],
    swiftLanguageModes: [.v5]
)
