import Foundation

/// The values of `deploy/nginx.conf` and `deploy/publish.sh`. nginx matches `location` against the
/// decoded request path and serves `root` + that path, so both files name the folder decoded
/// (`/zt/数字/`), as it is on the server's disk; links keep the percent-encoded form.
extension StarterRenderer {
    /// The base path decoded (`/zt/%E6%95%B0/` → `/zt/数/`); nil when it decodes to bytes that are not
    /// UTF-8 or to control characters, which no folder name on the server should hold.
    static func folder(ofPath path: String) -> String? {
        guard let folder = path.removingPercentEncoding,
              !folder.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        return folder
    }

    var folder: String { Self.folder(ofPath: basePath) ?? basePath }

    /// nginx has no escape for `$` inside a string that reads variables (`error_page`): the file defines
    /// `$placard_dollar` as a literal `$` when the folder holds one.
    static let dollarVariable = "placard_dollar"

    var deployValues: [String: String] {
        let redirect = basePath == "/" ? "" : """
                location = \(Self.nginxToken(String(folder.dropLast()))) {
                    return 301 \(Self.nginxToken(basePath.replacingOccurrences(of: "$", with: "%24")));
                }

            """
        let dollar = !folder.contains("$") ? "" : """
            # nginx 的字符串里 $ 引出变量，路径中的 $ 写成 ${\(Self.dollarVariable)} · In nginx strings $ starts a variable: the path's $ is ${\(Self.dollarVariable)}
            geo $\(Self.dollarVariable) { default "$"; }


            """
        return [
            "{{host}}": URL(string: baseURL)?.host ?? "localhost",
            "{{folder}}": folder,
            "{{location}}": Self.nginxToken(folder),
            "{{notFound}}": Self.nginxToken((folder + "404.html").replacingOccurrences(of: "$", with: "${\(Self.dollarVariable)}")),
            "{{basePathRedirect}}\n": redirect,
            "{{dollarVariable}}\n": dollar,
            "{{baseURLArgument}}": Self.shellQuoted(baseURL),
            "{{serverFolder}}": Self.shellQuoted("/var/www/placard" + folder),
        ]
    }

    /// `text` as one nginx argument: as it is when it holds only letters, digits and `/ . _ ~ - %`;
    /// otherwise in double quotes, with `\` and `"` escaped.
    static func nginxToken(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "/._~-%".unicodeScalars.contains($0)) }
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `text` as one POSIX shell word, in single quotes.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
