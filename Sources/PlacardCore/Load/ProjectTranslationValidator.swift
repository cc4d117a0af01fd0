/// Warns about project fields written in some languages but not in others: the page of a missing
/// language shows the other language's text (marked with its `lang`) until a translation is added.
struct ProjectTranslationValidator {
    let site: Site
    let diagnostics: Diagnostics

    func validate() {
        let languages = site.config.languages
        guard languages.count > 1 else { return }
        for project in site.projects {
            for (field, value) in [("title", project.title), ("summary", project.summary), ("organizer", project.organizer), ("region", project.region)] {
                guard value.everywhere == nil else { continue }
                let written = languages.filter { !(value.byLanguage[$0.code] ?? "").trimmed.isEmpty }
                guard let shown = written.first else { continue }
                for language in languages where !written.contains(where: { $0.code == language.code }) {
                    diagnostics.warning(project.sourcePath, line: project.line,
                                        .projectFieldUntranslated(id: project.id, field: field, language: language.code, shown: shown.code))
                }
            }
        }
    }
}
