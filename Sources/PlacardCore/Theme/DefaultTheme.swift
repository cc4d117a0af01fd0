import Foundation

/// The default theme built into Placard, so that a site without `themes/default` still builds.
/// `DefaultTheme+Files.swift` is generated from `themes/default` by `tools/embed-default-theme.py`;
/// a test keeps the two the same.
enum DefaultTheme {
    /// Every file of the theme, path → bytes.
    static var files: [String: Data] {
        var files = textFiles.mapValues { Data($0.utf8) }
        for (path, base64) in binaryFiles { files[path] = Data(base64Encoded: base64) }
        return files
    }
}
