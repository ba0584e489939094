import Foundation

/// A horizontal bar chart drawn as SVG at build time: no JavaScript, readable by screen readers
/// (a title and a description that states every value), scaled to its
/// container so it reads at 360 px. Colours pass WCAG AA contrast on white.
struct BarChart {
    struct Bar {
        let label: String
        let value: Int
        let url: String?
    }

    let title: String
    let bars: [Bar]
    /// The text alternative of one bar: "Aude (11) : 12 annonces ouvertes".
    let describe: (Bar) -> String

    func svg(id: String) -> String {
        // Each label above its bar, so that the chart stays narrow: on a 360 px phone its
        // words are drawn at 11 px or more (beside their bars, 610 units wide, they were 7).
        let rowHeight = 44, barSpace = 360, width = barSpace + 60
        let height = max(1, bars.count) * rowHeight + 8
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        let description = bars.map(describe).joined(separator: " ; ")
        // With links inside, the chart keeps the SVG's own role (a graphics document): as an
        // image its links would be hidden inside a non-interactive element.
        let role = bars.contains { $0.url != nil } ? "" : " role=\"img\""
        var s = "<svg class=\"chart chart-bars\" viewBox=\"0 0 \(width) \(height)\"\(role) aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(id)-t\">\(XML.escape(title))</title><desc id=\"\(id)-d\">\(XML.escape(description))</desc>"
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowHeight
            let w = Int((Double(bar.value) / Double(maxValue) * Double(barSpace)).rounded())
            var row = "<text x=\"0\" y=\"\(y + 15)\" font-size=\"16\" fill=\"#161616\">\(XML.escape(Self.shorten(bar.label, 50)))</text>"
            row += "<rect x=\"0\" y=\"\(y + 21)\" width=\"\(max(w, bar.value > 0 ? 2 : 0))\" height=\"16\" fill=\"#000091\"/>"
            row += "<text x=\"\(w + 6)\" y=\"\(y + 35)\" font-size=\"16\" fill=\"#161616\">\(bar.value)</text>"
            if let url = bar.url { row = "<a href=\"\(XML.escape(url))\">\(row)</a>" }
            s += row
        }
        return s + "</svg>"
    }

    static func shorten(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
