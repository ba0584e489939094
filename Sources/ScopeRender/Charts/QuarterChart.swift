import Foundation
import ScopeModel

/// Programmations by quarter of expected publication over the next 18 months (six quarters
/// from the current one): what buyers will put out to tender, so companies can anticipate.
/// Vertical bars, SVG, with a text alternative listing every quarter.
struct QuarterChart {
    let title: String
    /// (label "T1 2027", count), in time order.
    let quarters: [(String, Int)]
    /// The text alternative of one quarter: "T1 2027 : 12 programmations".
    let describe: (String, Int) -> String

    /// Counts the programmations per quarter from the quarter of `now`, six quarters.
    static func quarters(of periods: [ExpectedPeriod], now: Date, format: Format) -> [(String, Int)] {
        let today = ParisTime.day(of: now)
        var year = today.year, quarter = (today.month - 1) / 3 + 1
        var out: [(String, Int)] = []
        for _ in 0..<6 {
            let n = periods.filter { $0.year == year && $0.quarter == quarter }.count
            out.append((format.quarter(year, quarter), n))
            quarter += 1
            if quarter > 4 { quarter = 1; year += 1 }
        }
        return out
    }

    func svg(id: String) -> String {
        let barWidth = 70, gap = 30, chartHeight = 180, width = quarters.count * (barWidth + gap) + gap
        let height = chartHeight + 60
        let maxValue = max(1, quarters.map(\.1).max() ?? 1)
        let description = quarters.map(describe).joined(separator: " ; ")
        var s = "<svg class=\"chart chart-quarters\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(id)-t\">\(XML.escape(title))</title><desc id=\"\(id)-d\">\(XML.escape(description))</desc>"
        s += "<line x1=\"0\" y1=\"\(chartHeight + 20)\" x2=\"\(width)\" y2=\"\(chartHeight + 20)\" stroke=\"#666666\"/>"
        for (i, (label, value)) in quarters.enumerated() {
            let x = gap + i * (barWidth + gap)
            let h = Int((Double(value) / Double(maxValue) * Double(chartHeight - 10)).rounded())
            s += "<rect x=\"\(x)\" y=\"\(chartHeight + 20 - h)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"#000091\"/>"
            s += "<text x=\"\(x + barWidth / 2)\" y=\"\(chartHeight + 14 - h)\" text-anchor=\"middle\" font-size=\"23\" fill=\"#161616\">\(value)</text>"
            s += "<text x=\"\(x + barWidth / 2)\" y=\"\(chartHeight + 42)\" text-anchor=\"middle\" font-size=\"23\" fill=\"#161616\">\(label)</text>"
        }
        return s + "</svg>"
    }
}
