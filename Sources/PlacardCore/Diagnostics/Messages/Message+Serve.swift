// Messages of `placard serve`.
extension Message {
    public static func serving(_ address: String) -> Message {
        Message(en: "Serving on \(address) (Ctrl-C to stop)", zh: "网站已在 \(address) 上预览（按 Ctrl-C 停止）")
    }

    public static func serveUpdated(files: Int, seconds: Double) -> Message {
        let time = String(format: "%.2f", seconds)
        return Message(en: "Updated \(count(files, "file")) in \(time) s", zh: "已更新 \(files) 个文件，用时 \(time) 秒")
    }

    public static func portBusy(_ port: Int) -> Message {
        Message(en: "the port \(port) is already in use (another `placard serve`?); stop that program or choose another port with --port, like --port 1314",
                zh: "端口 \(port) 已被占用（是不是已经开着一个 placard serve？）；请关掉那个程序，或者用 --port 换一个端口，如 --port 1314")
    }

    public static func serveFailed(_ detail: String) -> Message {
        Message(en: "cannot serve the site: \(detail)", zh: "无法预览网站：\(detail)")
    }

    public static func serveOverlayTitle(errors: Int) -> Message {
        Message(en: "The site has \(count(errors, "error")); this page shows the last version that built. Fix the file and save: the page reloads by itself.",
                zh: "网站有 \(errors) 个错误；这里显示的是上一次成功生成的版本。改好文件并保存，页面会自动刷新。")
    }

    public static func serveFirstBuildFailed(errors: Int) -> Message {
        Message(en: "The site could not be built: \(count(errors, "error")). Fix the file and save: this page reloads by itself.",
                zh: "网站没能生成：有 \(errors) 个错误。改好文件并保存，这个页面会自动刷新。")
    }

    public static func portZero() -> Message {
        Message(en: "--port 0 is not a port the browser can open; choose one from 1 to 65535, like --port 1313",
                zh: "--port 0 不是浏览器能打开的端口；请在 1 到 65535 之间选一个，如 --port 1313")
    }
}

extension MessageArea {
    static let serve = MessageArea(title: Message(en: "placard serve", zh: "placard serve（本机预览）"), examples: [
        ("serving", .serving("http://127.0.0.1:1313/")),
        ("serveUpdated", .serveUpdated(files: 12, seconds: 0.08)),
        ("portBusy", .portBusy(1313)),
        ("serveFailed", .serveFailed("Address family not supported")),
        ("serveOverlayTitle", .serveOverlayTitle(errors: 1)),
        ("serveFirstBuildFailed", .serveFirstBuildFailed(errors: 2)),
        ("portZero", .portZero()),
    ])
}
