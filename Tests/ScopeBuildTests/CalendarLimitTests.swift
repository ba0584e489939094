import Foundation
@testable import ScopeBuild
import XCTest

/// A list's calendar holds its next deadlines only: `calendar_events` of them, never past
/// 1 MB, soonest first, and says in its description how many of how many.
final class CalendarLimitTests: XCTestCase {
    /// `count` open notices, deadlines one hour apart from 1 December on, in an order that is
    /// not the deadlines' (ids run backwards); titles of `titleLength` letters.
    func notices(_ count: Int, titleLength: Int = 20) -> [[String: Any]] {
        (0..<count).map { k in
            let deadline = Date(timeIntervalSince1970: 1_796_122_800 + Double(k) * 3600)  // 2026-12-01T11:00Z
            let iso = ISO8601DateFormatter().string(from: deadline)
            return TinySite.notice(["id": String(format: "26-%05d", count - k), "deadline": iso,
                                    "title": "Travaux " + String(repeating: "é", count: titleLength) + " \(k)"])
        }
    }

    /// The unfolded lines of a calendar.
    func lines(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String] = []
        for raw in text.components(separatedBy: "\r\n") where !raw.isEmpty {
            if raw.hasPrefix(" ") { out[out.count - 1] += raw.dropFirst() } else { out.append(raw) }
        }
        return out
    }

    func testACalendarHoldsTheConfiguredNumberOfSoonestDeadlines() throws {
        let all = notices(12)
        let site = try TinySite("calendar-count", notices: all,
                                config: "title: Test\nregion: Occitanie\ncalendar_events: 5\nnow: \"2026-11-16T08:00:00+01:00\"\n")
        try site.build()
        let got = try lines(site.output.appendingPathComponent("annonces/echeances.ics"))
        let expected = all.sorted { ($0["deadline"] as! String) < ($1["deadline"] as! String) }.prefix(5)
            .map { "UID:notice-\($0["id"] as! String)@localhost" }
        XCTAssertEqual(got.filter { $0.hasPrefix("UID:") }, expected)
        let description = try XCTUnwrap(got.first { $0.hasPrefix("X-WR-CALDESC:") })
        XCTAssertTrue(description.contains("5 sur 12"), description)
        XCTAssertTrue(description.contains("http://localhost:8000/annonces/"), description)
        // The notice's own calendar is not cut: one event, its own.
        let own = try lines(site.output.appendingPathComponent("annonces/26-00001/echeance.ics"))
        XCTAssertEqual(own.filter { $0 == "BEGIN:VEVENT" }.count, 1)
        // Where: its departments (these notices name no place).
        XCTAssertEqual(own.filter { $0.hasPrefix("LOCATION:") }, ["LOCATION:Haute-Garonne (31)"])
    }

    /// A notice's place first, then its departments, escaped as iCalendar text.
    func testAnEventSaysWhereItIs() throws {
        let site = try TinySite("calendar-location", notices: [TinySite.notice(["place": "Saint-Gaudens; Muret", "departments": ["31", "65"]])],
                                config: "title: Test\nregion: Occitanie\nnow: \"2026-11-16T08:00:00+01:00\"\n")
        try site.build()
        let own = try lines(site.output.appendingPathComponent("annonces/26-00001/echeance.ics"))
        XCTAssertEqual(own.filter { $0.hasPrefix("LOCATION:") }, ["LOCATION:Saint-Gaudens\\; Muret\\, Haute-Garonne (31)\\, Hautes-Pyrénées (65)"])
    }

    func testNoCalendarPassesOneMegabyte() throws {
        // 3,000 events of about 1.5 kB: 4.5 MB uncut.
        let all = notices(3000, titleLength: 600)
        let site = try TinySite("calendar-bytes", notices: all,
                                config: "title: Test\nregion: Occitanie\ncalendar_events: 10000\nnow: \"2026-11-16T08:00:00+01:00\"\n")
        try site.build()
        let url = site.output.appendingPathComponent("annonces/echeances.ics")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        XCTAssertLessThanOrEqual(size, 1_000_000)
        XCTAssertGreaterThan(size, 990_000, "the calendar stops only when the next event would not fit")
        let got = try lines(url)
        XCTAssertEqual(got.last, "END:VCALENDAR")
        let uids = got.filter { $0.hasPrefix("UID:") }
        let expected = all.sorted { ($0["deadline"] as! String) < ($1["deadline"] as! String) }.prefix(uids.count)
            .map { "UID:notice-\($0["id"] as! String)@localhost" }
        XCTAssertEqual(uids, expected)
        XCTAssertLessThan(uids.count, 3000)
        let description = try XCTUnwrap(got.first { $0.hasPrefix("X-WR-CALDESC:") })
        XCTAssertTrue(description.contains("\(uids.count) sur 3000"), description)
    }
}
