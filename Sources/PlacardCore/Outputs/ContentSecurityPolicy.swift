/// The Content-Security-Policy every page of the default theme carries in a `<meta http-equiv>` tag
/// (SPEC §7.6; the choice is explained in docs/theme.md). Scripts and styles come only from the site's own
/// files: no inline script, no inline event handler, no `style` attribute, nothing from another host.
public enum ContentSecurityPolicy {
    public static let value = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; frame-src 'none'; "
        + "base-uri 'self'; form-action 'self'"

    /// The `<meta>` tag, for pages made outside the theme (redirect stubs).
    public static let metaTag = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(value)\">"
}
