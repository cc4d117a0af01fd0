/// Checks that need the whole site: clashing URLs, page slugs that clash with Placard's own
/// paths, group keys nothing uses.
struct SiteValidator {
    let site: Site
    let diagnostics: Diagnostics

    func validate() {
        reportClashingURLs()
        reportReservedPageSlugs()
        reportUnusedGroups()
        ProjectTranslationValidator(site: site, diagnostics: diagnostics).validate()
    }

    private func reportClashingURLs() {
        var seen: [String: Document] = [:]
        for document in site.documents {
            let key = Route.entry(document).segments.joined(separator: "/")
            if let other = seen[key] {
                diagnostics.error(document.sourcePath, line: document.keyLines["slug"],
                                  .sameAddress(other: other.sourcePath, address: "/\(key)/"))
            } else {
                seen[key] = document
            }
        }
    }

    private func reportReservedPageSlugs() {
        let seriesKeys = Set(site.config.series.map(\.key))
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

    private func reportUnusedGroups() {
        var used = Set(site.documents.flatMap(\.groups))
        used.formUnion(site.projects.flatMap(\.groups))
        for group in site.config.groups where !used.contains(group.key) {
            diagnostics.warning(SiteConfigLoader.path, line: group.line, .siteConfigUnusedGroup(group.key))
        }
    }
}
