// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Placard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "placard", targets: ["placard"]),
        .library(name: "PlacardCore", targets: ["PlacardCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // libdeflate and zlib: the search index's gzipped shards are written with the first, read with the second.
        .systemLibrary(name: "CDeflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev", "libdeflate-dev"])]),
        // jemalloc's options for the placard binary.
        .target(name: "CMallocOptions"),
        .target(
            name: "PlacardCore",
            dependencies: [
                "CCmarkGFM",
                "CQRencode",
                "CDeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "placard",
            dependencies: [
                "PlacardCore",
                "CMallocOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            // jemalloc in place of glibc's malloc: a build allocates and frees many small
            // buffers on every core, and with jemalloc it takes some 6 % less user CPU at
            // 10,000 articles (docs/benchmarks.md).
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        // libFuzzer targets: see scripts/fuzz.sh.
        .executableTarget(
            name: "placard-fuzz",
            dependencies: ["PlacardCore"]
        ),
        .testTarget(
            name: "PlacardCoreTests",
            // ZIPFoundation writes the workbooks the tests make inline.
            dependencies: ["PlacardCore", "placard", .product(name: "FlyingFox", package: "FlyingFox"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures"]
        ),
    ]
)
