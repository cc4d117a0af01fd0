/// Bar charts of the project figures, drawn at build time as inline SVG (no chart library, no
/// JavaScript). Each chart comes with a table of the same numbers for screen readers.
struct BarChart {
    struct Bar {
        let label: String
        let value: Int
    }

    let title: String
    let bars: [Bar]
    let format: LocaleFormat

    /// Layout in SVG user units; the SVG scales to its container's width.
    /// Narrow enough that labels stay readable when a phone scales the chart down.
    private static let width = 320
    private static let rowHeight = 30
    private static let labelWidth = 112
    private static let valueWidth = 52
    /// How many bar colours the theme has: bar N is `.bar-fill-N` in projects.css, repeating after the last.
    private static let colourCount = 6

    var svg: String {
        let height = max(1, bars.count) * Self.rowHeight + 8
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        let barSpace = Self.width - Self.labelWidth - Self.valueWidth
        var out = "<svg class=\"bar-chart\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"100%\" "
            + "aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"14\">"
        for (index, bar) in bars.enumerated() {
            let y = index * Self.rowHeight + 4
            let length = bar.value == 0 ? 0 : max(2, barSpace * bar.value / maxValue)
            out += "<g class=\"bar\">"
            out += "<text x=\"\(Self.labelWidth - 10)\" y=\"\(y + 20)\" text-anchor=\"end\" class=\"bar-label\">\(XMLEscape.text(Self.shorten(bar.label)))</text>"
            out += "<rect x=\"\(Self.labelWidth)\" y=\"\(y + 6)\" width=\"\(length)\" height=\"20\" rx=\"3\" class=\"bar-fill-\(index % Self.colourCount + 1)\"></rect>"
            out += "<text x=\"\(Self.labelWidth + length + 8)\" y=\"\(y + 20)\" class=\"bar-value\">\(XMLEscape.text(format.number(bar.value)))</text>"
            out += "</g>"
        }
        return out + "</svg>"
    }

    var model: ChartModel {
        ChartModel(title: title, svg: svg, rows: bars.map { ["label": $0.label, "value": format.number($0.value)] })
    }

    /// Long labels are cut so that they fit beside the bars (the table keeps them whole). Widths are
    /// estimated at the chart's font size: a CJK character is 1 em, a Latin one about 0.6 em.
    private static func shorten(_ label: String) -> String {
        let room = Double(labelWidth - 20) / 14
        func width(_ c: Character) -> Double { c.unicodeScalars.contains { CJK.isWide($0) } ? 1 : 0.6 }
        guard label.reduce(0, { $0 + width($1) }) > room else { return label }
        var result = ""
        var used = 1.0  // the ellipsis
        for character in label {
            used += width(character)
            if used > room { break }
            result.append(character)
        }
        return result.trimmed + "…"
    }
}

extension ProjectFigures {
    /// Projects per series, per organizer type and per region (the ten largest, then "other").
    var charts: [ChartModel] {
        let config = language.config
        let perSeries = config.series.map { series in
            BarChart.Bar(label: language.seriesTitle(series.key), value: projects.filter { $0.series == series.key }.count)
        }.filter { $0.value > 0 }
        let perType = OrganizerType.allCases.map { type in
            BarChart.Bar(label: language.t("type_\(type.rawValue)"), value: projects.filter { $0.organizerType == type }.count)
        }.filter { $0.value > 0 }
        var regions: [String: Int] = [:]
        for project in projects {
            let region = language.text(project.region)
            regions[region.isEmpty ? language.t("region_unknown") : region, default: 0] += 1
        }
        var perRegion = regions.map { BarChart.Bar(label: $0.key, value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.label < $1.label }
        if perRegion.count > 10 {
            let rest = perRegion.dropFirst(9).reduce(0) { $0 + $1.value }
            perRegion = Array(perRegion.prefix(9)) + [BarChart.Bar(label: language.t("region_other"), value: rest)]
        }
        return [
            BarChart(title: language.t("projects_per_series"), bars: perSeries, format: language.format).model,
            BarChart(title: language.t("projects_per_type"), bars: perType, format: language.format).model,
            BarChart(title: language.t("projects_per_region"), bars: perRegion, format: language.format).model,
        ]
    }
}
