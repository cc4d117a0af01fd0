/// `stale-home`, `stale-series` and `blank-series`: what the inspection's single-veto items on
/// updates see (首页更新, 栏目更新, 空白栏目).
struct DateRules {
    let site: Site
    let plan: SitePlan
    let now: Day

    /// Stale series are errors once there are this many.
    static let staleSeriesLimit = 5

    func findings() -> [AuditFinding] {
        homeFindings() + seriesFindings() + blankFindings()
    }

    private var config: SiteConfig { site.config }
    private var articles: [Entry] { plan.entries.filter { $0.seriesKey != nil } }

    private func homeFindings() -> [AuditFinding] {
        let limit = config.audit.homeUpdateDays
        let home = plan.urls.absolute(.home(config.defaultLanguage.code))
        guard let newest = articles.compactMap({ $0.document.date?.day }).max() else {
            return [finding(.staleHome, .error, line: config.audit.line, .auditNoArticle(limit: limit), url: home)]
        }
        let days = now.days(since: newest)
        guard days > limit else { return [] }
        return [finding(.staleHome, .error, line: config.audit.line, .auditStaleHome(newest: newest, days: days, limit: limit), url: home)]
    }

    private func seriesFindings() -> [AuditFinding] {
        var stale: [(Series, Day, Int)] = []
        for series in config.series {
            guard let limit = series.updateDays,
                  let newest = articles.filter({ $0.seriesKey == series.key }).compactMap({ $0.document.date?.day }).max() else { continue }
            let days = now.days(since: newest)
            if days > limit { stale.append((series, newest, days)) }
        }
        let severity: Diagnostic.Severity = stale.count >= Self.staleSeriesLimit ? .error : .warning
        return stale.map { series, newest, days in
            finding(.staleSeries, severity, line: series.line,
                    .auditStaleSeries(key: series.key, title: title(series), newest: newest, days: days, limit: series.updateDays ?? 0),
                    url: seriesURL(series, language: config.defaultLanguage.code))
        }
    }

    private func blankFindings() -> [AuditFinding] {
        let published = Set(articles.map { "\($0.language)/\($0.seriesKey ?? "")" })
        var blank: [(Series, Language)] = []
        for series in config.series {
            for language in config.languages where !published.contains("\(language.code)/\(series.key)") {
                blank.append((series, language))
            }
        }
        let severity: Diagnostic.Severity = blank.count >= config.audit.blankSeriesLimit ? .error : .warning
        return blank.map { series, language in
            finding(.blankSeries, severity, line: series.line,
                    .auditBlankSeries(key: series.key, title: title(series), language: language.name),
                    url: seriesURL(series, language: language.code))
        }
    }

    private func title(_ series: Series) -> String {
        series.title.value(config.defaultLanguage.code, fallbacks: config.languages.map(\.code)) ?? series.key
    }

    private func seriesURL(_ series: Series, language: String) -> String {
        plan.urls.absolute(.series(language, series.key, page: 1))
    }

    private func finding(_ rule: AuditRule, _ severity: Diagnostic.Severity, line: Int?, _ message: Message, url: String) -> AuditFinding {
        AuditFinding(rule: rule, severity: severity, path: SiteConfigLoader.path, line: line, message: message, url: url)
    }
}

extension Day {
    /// Whole days from `earlier` to this day (negative when `earlier` is later).
    func days(since earlier: Day) -> Int { ordinal - earlier.ordinal }

    /// Days since 1970-01-01 (proleptic Gregorian).
    var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
