import Foundation

/// A tile map of Occitanie's thirteen departments, each a square placed roughly where the
/// department lies, shaded by its number of open notices and linking to its page. A site whose
/// departments are not Occitanie's gets no map (the bar chart says the same).
struct TileMap {
    /// (column, row) of each department.
    static let occitanie: [String: (Int, Int)] = [
        "46": (2, 0), "48": (4, 0),
        "82": (1, 1), "12": (3, 1), "30": (5, 1),
        "32": (0, 2), "31": (1, 2), "81": (2, 2), "34": (4, 2),
        "65": (0, 3), "09": (2, 3), "11": (3, 3),
        "66": (3, 4),
    ]
    /// Light to dark; the text turns white on the two darkest shades (contrast above 4.5:1).
    static let shades = ["#e3e3fd", "#cacafb", "#8585f6", "#4646d8", "#000091"]

    struct Tile {
        let code: String
        let name: String
        let value: Int
        let url: String
    }

    let title: String
    let tiles: [Tile]
    /// The text alternative of one tile.
    let describe: (Tile) -> String

    var isDrawable: Bool { !tiles.isEmpty && tiles.allSatisfy { Self.occitanie[$0.code] != nil } }

    func svg(id: String) -> String {
        let size = 84, gap = 6
        let width = 6 * (size + gap), height = 5 * (size + gap)
        let maxValue = max(1, tiles.map(\.value).max() ?? 1)
        let description = tiles.map(describe).joined(separator: " ; ")
        var s = "<svg class=\"chart tile-map\" viewBox=\"0 0 \(width) \(height)\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
        s += "<title id=\"\(id)-t\">\(XML.escape(title))</title><desc id=\"\(id)-d\">\(XML.escape(description))</desc>"
        for t in tiles {
            let (c, r) = Self.occitanie[t.code]!
            let x = c * (size + gap), y = r * (size + gap)
            let level = t.value == 0 ? 0 : min(4, 1 + Int(Double(t.value) / Double(maxValue) * 3.999))
            let ink = level >= 3 ? "#ffffff" : "#161616"
            s += "<a href=\"\(XML.escape(t.url))\"><rect x=\"\(x)\" y=\"\(y)\" width=\"\(size)\" height=\"\(size)\" rx=\"6\" fill=\"\(Self.shades[level])\"/>"
            s += "<text x=\"\(x + size / 2)\" y=\"\(y + 36)\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\" fill=\"\(ink)\">\(t.code)</text>"
            s += "<text x=\"\(x + size / 2)\" y=\"\(y + 62)\" text-anchor=\"middle\" font-size=\"20\" fill=\"\(ink)\">\(t.value)</text></a>"
        }
        return s + "</svg>"
    }
}
