import Foundation
@testable import PlacardCore

/// A secret file outside the site folder: what an attacker would try to publish.
struct OutsideSecret {
    let folder: URL
    let marker: String
    var file: URL { folder.appendingPathComponent("secret.txt") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-outside-\(UUID().uuidString)")
        marker = "SECRET-\(UUID().uuidString)"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try Data(marker.utf8).write(to: file)
        try Data(marker.utf8).write(to: folder.appendingPathComponent("nested/inner.txt"))
        try Data("{{! \(marker) }}".utf8).write(to: folder.appendingPathComponent("nested/footer.mustache"))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

extension TestSite {
    func link(_ path: String, to target: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Whether any file below `folder` (default: the output) holds `marker`.
    func anyOutput(contains marker: String, in folder: URL? = nil) -> Bool {
        outputFiles(in: folder).contains { path in
            guard let data = try? Data(contentsOf: (folder ?? output).appendingPathComponent(path)) else { return false }
            return data.range(of: Data(marker.utf8)) != nil
        }
    }

    /// Names beside the output folder other than the site's own files.
    func besideOutput() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".public") }.sorted()
    }
}
