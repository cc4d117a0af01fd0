/// Checks that need the whole site: clashing URLs, page slugs that clash with Placard's own
/// paths, group keys nothing uses.
struct SiteValidator {
    let site: Site
    let diagnostics: Diagnostics

    func validate() {
        reportClashingURLs()
        reportReservedPageSlugs()
        reportLongAddressParts()
        reportUnusedGroups()
        ProjectTranslationValidator(site: site, diagnostics: diagnostics).validate()
    }

    private func reportClashingURLs() {
        var seen: [String: Document] = [:]
        for document in site.documents {
            let key = Route.entry(document).segments.joined(separator: "/")
            if let other = seen[key] {
                // The error goes where a `slug:` made the clash, when one did.
                let (here, there) = document.keyLines["slug"] == nil && other.keyLines["slug"] != nil ? (other, document) : (document, other)
                diagnostics.error(here.sourcePath, line: here.keyLines["slug"],
                                  .sameAddress(other: there.sourcePath, address: "/\(key)/"))
            } else {
                seen[key] = document
            }
        }
    }

    private func reportReservedPageSlugs() {
        let seriesKeys = Set(site.config.series.map(\.key))
        for document in site.documents where document.kind != .page && Route.reservedArticleSlugs.contains(document.slug) {
            diagnostics.error(document.sourcePath, line: document.keyLines["slug"], .articleSlugReserved(document.slug))
        }
        for document in site.documents where document.kind == .page {
            if seriesKeys.contains(document.slug) {
                diagnostics.error(document.sourcePath, line: document.keyLines["slug"],
                                  .pageSlugIsSeries(document.slug))
            } else if Route.reservedPageSlugs.contains(document.slug) {
                diagnostics.error(document.sourcePath, line: document.keyLines["slug"],
                                  .pageSlugReserved(document.slug))
            }
        }
    }

    /// A slug or tag longer than a folder name may be (255 bytes: 85 Chinese characters) could not be written.
    private func reportLongAddressParts() {
        let limit = Route.maximumSegmentBytes
        for document in site.documents {
            if document.slug.utf8.count > limit {
                diagnostics.error(document.sourcePath, line: document.keyLines["slug"], .addressPartTooLong(document.slug))
            }
            for tag in document.tags where TagSegment.of(tag).utf8.count > limit {
                diagnostics.error(document.sourcePath, line: document.keyLines["tags"], .addressPartTooLong(tag))
            }
        }
    }

    /// A project or document with an error is left out of the site, and its groups with it: while a content
    /// file has an error, no group is reported unused (it may be that file's), so one mistake gives one message.
    private func reportUnusedGroups() {
        guard !diagnostics.errors.contains(where: { $0.path.hasPrefix("content/") }) else { return }
        var used = Set(site.documents.flatMap(\.groups))
        used.formUnion(site.projects.flatMap(\.groups))
        // A group named only by a file with errors is used once that file is fixed.
        used.formUnion(site.withErrors.groups)
        for group in site.config.groups where !used.contains(group.key) {
            diagnostics.warning(SiteConfigLoader.path, line: group.line, .siteConfigUnusedGroup(group.key))
        }
    }
}
