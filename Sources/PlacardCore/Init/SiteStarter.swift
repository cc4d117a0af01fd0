import Foundation

/// `placard init`: writes a new site that checks clean and builds at once (SPEC §7.1), from the files of
/// `starter/` embedded in the binary (`SiteStarter+Files.swift`, made by `tools/embed-starter.py`).
public enum SiteStarter {
    public struct Options: Sendable {
        public var title: String?
        public var languages: [String]
        public var baseURL: String

        public static let defaultBaseURL = "https://www.example.gov.cn/zt/szsy/"

        public init(title: String? = nil, languages: [String] = ["zh", "en"], baseURL: String = defaultBaseURL) {
            self.title = title
            self.languages = languages
            self.baseURL = baseURL
        }
    }

    /// What went wrong, so the command can choose its exit status (1 for the folder, 2 for the arguments).
    public enum Failure: Error, Equatable {
        case usage(Message)
        case folder(Message)
    }

    /// Writes the site into `folder` (made with its parents if missing); returns the written paths, sorted.
    /// A folder that exists and is not empty is refused before anything is written.
    public static func create(in folder: URL, options: Options, today: Day) throws(Failure) -> [String] {
        if let problem = problem(with: options) { throw .usage(problem) }
        let manager = FileManager.default
        if let entries = try? manager.contentsOfDirectory(atPath: folder.path), !entries.isEmpty {
            throw .folder(.initFolderNotEmpty(folder.path))
        }
        if manager.fileExists(atPath: folder.path), (try? manager.contentsOfDirectory(atPath: folder.path)) == nil {
            throw .folder(.initFolderNotEmpty(folder.path))
        }
        let files = StarterRenderer(options: options, today: today).files()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            do {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                if path.hasSuffix(".sh") { try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
            } catch {
                throw .folder(.initCannotWrite("\(path): \(error.localizedDescription)"))
            }
        }
        return files.keys.sorted()
    }

    static func problem(with options: Options) -> Message? {
        if options.languages.isEmpty { return .initNoLanguages() }
        var seen = Set<String>()
        for code in options.languages {
            guard Identifier.isValidKey(code) else { return .initBadLanguage(code) }
            guard seen.insert(code).inserted else { return .initRepeatedLanguage(code) }
        }
        if BaseURL.problem(options.baseURL) != nil { return .initBadBaseURL(options.baseURL) }
        if StarterRenderer.folder(ofPath: BaseURL.path(of: BaseURL.normalized(options.baseURL))) == nil {
            return .initBaseURLNotAFolder(options.baseURL)
        }
        if let title = options.title, !StarterRenderer.isOneLine(title) {
            return .initBadTitle(Diagnostic.escapingControls(title, keepIndentedBreaks: false))
        }
        return nil
    }
}
