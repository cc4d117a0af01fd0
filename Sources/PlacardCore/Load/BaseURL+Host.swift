import Foundation

extension BaseURL {
    /// `url` with a host past ASCII in Punycode, as browsers send it in `Host:` and as RFC 3986
    /// asks of a URI naming an internationalized domain (`https://数字.政务.cn/zt/` →
    /// `https://xn--p8sv8u.xn--zfr164b.cn/zt/`); other URLs unchanged. Absolute links, the sitemap
    /// and calendar UIDs then name the host as DNS knows it, not percent-encoded.
    public static func asciiHost(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        let end = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = String(rest[..<end])
        guard !host.unicodeScalars.allSatisfy(\.isASCII) else { return url }
        var port = ""
        if let colon = host.lastIndex(of: ":"), host[host.index(after: colon)...].allSatisfy({ $0.isASCII && $0.isNumber }) {
            port = String(host[colon...])
            host = String(host[..<colon])
        }
        return url[..<scheme.upperBound] + Punycode.host(host) + port + rest[end...]
    }
}
