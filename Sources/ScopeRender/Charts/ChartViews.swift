import Foundation
import ScopeIndex
import ScopeModel

/// The pictures of the site, made from the catalog.
extension SiteRenderer {
    /// Open notices per sector, most first.
    func sectorChart() -> String {
        let bars = catalog.sectors.sorted { ($1.openNotices.count, $0.name) < ($0.openNotices.count, $1.name) }.map {
            BarChart.Bar(label: $0.name, value: $0.openNotices.count, url: views.paths.url(views.paths.sector($0)))
        }
        return BarChart(title: t("charts.sectors_title"), bars: bars, describe: describeBar).svg(id: "chart-sectors")
    }

    /// Open notices per department, in code order.
    func departmentChart() -> String {
        let bars = catalog.departments.map {
            BarChart.Bar(label: "\($0.name) (\($0.id))", value: $0.openNotices.count, url: views.paths.url(views.paths.department($0)))
        }
        return BarChart(title: t("charts.departments_title"), bars: bars, describe: describeBar).svg(id: "chart-departments")
    }

    /// The tile map, where the site's departments are Occitanie's; nil elsewhere.
    func departmentMap() -> String? {
        let t = self.t
        let map = TileMap(title: t("charts.map_title"), tiles: catalog.departments.map {
            TileMap.Tile(code: $0.id, name: $0.name, value: $0.openNotices.count, url: views.paths.url(views.paths.department($0)))
        }, describe: { t("charts.map_tile", ["name": $0.name, "code": $0.code, "n": String($0.value)]) })
        return map.isDrawable ? map.svg(id: "map-departments") : nil
    }

    /// Programmations by quarter over the next 18 months.
    func quarterChart(_ programmations: [Int], id: String, title: String) -> String {
        let periods = programmations.map { catalog.programmations[$0].programmation.expectedPublication }
        let t = self.t
        return QuarterChart(title: title, quarters: QuarterChart.quarters(of: periods, now: catalog.now, format: format),
                            describe: { t("charts.quarter_item", ["quarter": $0, "n": String($1)]) }).svg(id: id)
    }

    /// "Aude (11) : 12 annonces ouvertes"
    var describeBar: (BarChart.Bar) -> String {
        let t = self.t
        return { t("charts.bar_item", ["label": $0.label, "n": String($0.value)]) }
    }
}
