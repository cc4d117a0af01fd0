import Foundation

/// What `placard serve` adds to the pages it serves (never to built files): the reload script and,
/// while the site has errors, a panel listing them over the page. Both are files below
/// `/__placard/`, so pages keep a Content-Security-Policy without inline scripts or styles.
public enum ServeOverlay {
    /// Waits for the build number to change (the server answers `?wait=N` as soon as it does) and
    /// reloads the page then: after a build that succeeded, and after one that failed (to show its errors).
    /// When the server is away it asks again each second.
    public static let reloadScript = """
    (function () {
      var seen = null;
      function wait() {
        fetch("/__placard/build" + (seen === null ? "" : "?wait=" + seen), {cache: "no-store"}).then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.text();
        }).then(function (t) {
          if (seen !== null && t !== seen) { location.reload(); return; }
          seen = t;
          wait();
        }).catch(function () { setTimeout(wait, 1000); });
      }
      wait();
    })();

    """

    public static let stylesheet = """
    .placard-serve-errors { position: fixed; z-index: 2147483647; top: 0; left: 0; right: 0; max-height: 70vh; overflow: auto;
      margin: 0; padding: 1rem 1.25rem; background: #fff4f2; color: #3b0a05; border-bottom: 4px solid #b3261e;
      font: 16px/1.6 system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    .placard-serve-errors h2 { margin: 0 0 .5rem; font-size: 1.15rem; color: #8c1d18; }
    .placard-serve-errors ul { margin: 0; padding-left: 1.25rem; }
    .placard-serve-errors li { margin: .25rem 0; overflow-wrap: anywhere; }
    .placard-serve-errors code { font-weight: 700; }

    """

    /// `html` with the reload script, and with `errors` listed over the page when there are any.
    public static func decorate(_ html: Data, errors: [Diagnostic], language: MessageLanguage) -> Data {
        guard var text = String(data: html, encoding: .utf8) else { return html }
        let panel = errors.isEmpty ? "" : self.panel(errors, title: .serveOverlayTitle(errors: errors.count), language: language)
        if !panel.isEmpty, let body = text.range(of: "<body"), let close = text[body.upperBound...].firstIndex(of: ">") {
            text.insert(contentsOf: panel, at: text.index(after: close))
        } else {
            text += panel
        }
        let script = "<script src=\"/__placard/reload.js\"></script>"
        if let end = text.range(of: "</body>", options: .backwards) {
            text.replaceSubrange(end, with: script + "</body>")
        } else {
            text += script
        }
        return Data(text.utf8)
    }

    /// The page every request gets while no build has succeeded yet.
    public static func errorPage(_ errors: [Diagnostic], language: MessageLanguage) -> Data {
        let title = Message.serveFirstBuildFailed(errors: errors.count).text(in: language)
        let html = """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
        \(ContentSecurityPolicy.metaTag)
        <meta name="viewport" content="width=device-width, initial-scale=1"><title>\(HTMLEscape.text(title))</title></head>
        <body>\(panel(errors, title: .serveFirstBuildFailed(errors: errors.count), language: language))<script src="/__placard/reload.js"></script></body></html>

        """
        return Data(html.utf8)
    }

    /// Every error as `path:line: message`, escaped.
    static func panel(_ errors: [Diagnostic], title: Message, language: MessageLanguage) -> String {
        var out = "<link rel=\"stylesheet\" href=\"/__placard/serve.css\">"
        out += "<section class=\"placard-serve-errors\" role=\"alert\" data-placard-errors><h2>\(HTMLEscape.text(title.text(in: language)))</h2><ul>"
        for error in errors {
            var location = error.path
            if let line = error.line { location += ":\(line)" }
            out += "<li><code>\(HTMLEscape.text(location))</code>: \(HTMLEscape.text(error.text.text(in: language)))</li>"
        }
        return out + "</ul></section>"
    }
}

/// Whether a TCP port on 127.0.0.1 can be listened on, asked before anything is printed.
public enum LocalPort {
    public static func isFree(_ port: UInt16) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return bound == 0 && listen(fd, 1) == 0
    }
}
