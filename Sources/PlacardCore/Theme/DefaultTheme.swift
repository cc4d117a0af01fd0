/// The default theme built into Placard, so that a site without `themes/default` still builds.
/// `DefaultTheme+Files.swift` is generated from `themes/default` by `tools/embed-default-theme.py`;
/// a test keeps the two the same.
enum DefaultTheme {
    static var files: [String: String] { embeddedFiles }
}
