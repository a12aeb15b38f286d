// swift-tools-version:6.0
import Foundation
import PackageDescription

/// Pardaz: a bilingual English/Persian document-processing pipeline.
///
/// The targets follow the pipeline: the document model at the centre, then ingest, export and the
/// batch runner, with ICU and libxml2 each wrapped by one small module (`PardazICU`, `PardazXML`);
/// no other module imports the C modules.
let package = Package(
    name: "Pardaz",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pardaz", targets: ["pardaz"]),
        .library(name: "PardazRun", targets: ["PardazRun"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries. Only PardazICU imports CICU; only PardazXML imports CLibXML2.
        .systemLibrary(name: "CICU", path: "Sources/CICU", pkgConfig: "icu-uc icu-i18n",
                       providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "PardazICU",
            dependencies: ["CICU"],
            swiftSettings: [.unsafeFlags(["-enable-library-evolution", "-no-verify-emitted-module-interface"])]
        ),
        .target(
            name: "PardazXML",
            dependencies: ["CLibXML2"],
            swiftSettings: [.unsafeFlags(["-enable-library-evolution", "-no-verify-emitted-module-interface"])]
        ),
        .target(name: "PardazModel"),
        .target(
            name: "PardazIngest",
            dependencies: [
                "PardazModel", "PardazICU", "PardazXML",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Layout/Training"],  // read by `pardaz train layout` only
            resources: [.copy("Resources/layout")]
        ),
        .target(name: "PardazNormalize", dependencies: ["PardazModel", "PardazICU"],
                resources: [.copy("Resources/persian")]),
        .target(name: "PardazExtract", dependencies: ["PardazModel", "PardazICU"],
                exclude: ["Resources/clusters"],  // read by `pardaz train` only; the models carry what they need
                resources: [.copy("Resources/gazetteer"), .copy("Resources/models")]),
        .target(name: "PardazAlign", dependencies: ["PardazModel", "PardazExtract"],
                resources: [.copy("Resources/lexicon")]),
        .target(name: "PardazExport", dependencies: ["PardazModel", "PardazXML"],
                resources: [.copy("Schemas")]),
        .target(
            name: "PardazRun",
            dependencies: [
                "PardazModel", "PardazIngest", "PardazNormalize", "PardazExtract", "PardazAlign", "PardazExport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "pardaz",
            dependencies: [
                "PardazModel", "PardazRun", "PardazNormalize", "PardazExtract", "PardazAlign",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "PardazTests",
            dependencies: [
                "PardazModel", "PardazIngest", "PardazNormalize", "PardazExtract", "PardazAlign", "PardazExport", "PardazRun", "PardazICU",
                "PardazXML",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

// The libFuzzer target for ingest and normalization exists only for scripts/fuzz.sh, which sets
// PARDAZ_FUZZ=1 and builds it with -sanitize=fuzzer and -parse-as-library (libFuzzer drives it).
if ProcessInfo.processInfo.environment["PARDAZ_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "PardazFuzz", dependencies: ["PardazIngest", "PardazNormalize", "PardazExtract"]))
}
