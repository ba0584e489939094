import Foundation
import ScopeModel
import XCTest

final class ModelTests: XCTestCase {
    func testCPVCodes() {
        XCTAssertEqual(CPVCode(parsing: "45233140-2")?.digits, "45233140")
        XCTAssertEqual(CPVCode(parsing: " 45233140 ")?.division, "45")
        for bad in ["4523314", "45233140-", "45233140-22", "4523314a", "45233140.0", ""] {
            XCTAssertNil(CPVCode(parsing: bad), bad)
        }
    }

    func testParisTimeReadsOffsetsAndWallClock() {
        let summer = ParisTime.parse("2026-06-27T12:00:00+02:00")!
        XCTAssertEqual(ParisTime.parse("2026-06-27T10:00:00Z"), summer)
        XCTAssertEqual(ParisTime.parse("2026-06-27T12:00"), summer)
        XCTAssertEqual(ParisTime.rfc3339(summer), "2026-06-27T12:00:00+02:00")
        XCTAssertEqual(ParisTime.rfc3339(ParisTime.parse("2026-12-01")!), "2026-12-01T23:59:59+01:00")
        XCTAssertNil(ParisTime.parse("2026-12-01", dateOnlyAsEndOfDay: false))
        for bad in ["2026-13-01T10:00", "2026-02-30", "27/06/2026", "2026-06-27T25:00", "2026-06-27T12:00+2"] {
            XCTAssertNil(ParisTime.parse(bad), bad)
        }
    }

    func testExpectedPeriods() {
        XCTAssertEqual(ExpectedPeriod(parsing: "2027-Q3"), .quarter(year: 2027, quarter: 3))
        XCTAssertEqual(ExpectedPeriod(parsing: "T3 2027"), .quarter(year: 2027, quarter: 3))
        XCTAssertEqual(ExpectedPeriod(parsing: "2027-03"), .month(year: 2027, month: 3))
        XCTAssertEqual(ExpectedPeriod(parsing: "2027-03-15"), .month(year: 2027, month: 3))
        XCTAssertNil(ExpectedPeriod(parsing: "2027-13"))
        XCTAssertNil(ExpectedPeriod(parsing: "2027-Q0"))
        XCTAssertTrue(ExpectedPeriod.month(year: 2027, month: 1) < .quarter(year: 2027, quarter: 1))
        XCTAssertEqual(ExpectedPeriod.quarter(year: 2027, quarter: 1).lastDay.description, "2027-03-31")
    }

    func testSlugsAreSafeUniqueAndStable() {
        XCTAssertEqual(Slug.make("26-12345"), "26-12345")
        XCTAssertEqual(Slug.make("P26-00001"), "p26-00001")
        let hostile = ["../../etc/passwd", "a/b", "a\u{0}b", "..", ".", "", "espace et accent é", String(repeating: "x", count: 300),
                       "a b", "a-b", "A B"]
        var seen: [String: String] = [:]
        for id in hostile {
            let s = Slug.make(id)
            XCTAssertFalse(s.isEmpty, id)
            XCTAssertFalse(s.contains("/") || s.contains("\u{0}") || s == "." || s == ".." || s.hasPrefix("."), "\(id) → \(s)")
            XCTAssertLessThanOrEqual(s.utf8.count, Slug.maxLength, id)
            XCTAssertTrue(s.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-_.".contains($0)) }, s)
            if let other = seen[s] { XCTFail("\(id) and \(other) share \(s)") }
            seen[s] = id
            XCTAssertEqual(Slug.make(id), s, "stable")
        }
        XCTAssertNotEqual(Slug.make("page", reserved: ["page"]), "page")
    }

    func testDepartmentsLookup() {
        XCTAssertEqual(Department.lookup("9")?.name, "Ariège")
        XCTAssertEqual(Department.lookup("2a")?.code, "2A")
        XCTAssertNil(Department.lookup("20"))
        XCTAssertEqual(Department.all.count, 101)
        XCTAssertEqual(CPVDivision.all.count, 45)
    }
}

final class ParisTimeArithmeticTests: XCTestCase {
    /// The fast civil-date arithmetic agrees with Foundation's calendar, across both DST
    /// changes and a few centuries.
    func testComponentsAgreeWithFoundation() {
        var start = ParisTime.parse("1999-12-31T22:30:00+01:00")!.timeIntervalSince1970
        let calendar = ParisTime.calendar
        for _ in 0..<5000 {
            start += 7_919 * 13  // about 28.6 hours, so every hour of the day comes by
            let date = Date(timeIntervalSince1970: start)
            let a = ParisTime.components(date)
            let b = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            XCTAssertEqual([a.year, a.month, a.day, a.hour, a.minute, a.second, a.weekday], [b.year, b.month, b.day, b.hour, b.minute, b.second, b.weekday], "\(date)")
        }
        let old = ParisTime.civil(-86_400 * 365 * 100)
        XCTAssertEqual(old.year, 1870)
    }

    /// Noon in Paris, day ordinals, day counts and the zero-padded texts, without calendar
    /// arithmetic, against Foundation's answers for every day of 1998–2031 (DST days included).
    func testDayArithmeticAgreesWithFoundation() {
        let calendar = ParisTime.calendar
        var day = Day(year: 1998, month: 1, day: 1)!
        var previous: Day?
        while day.year < 2032 {
            let noon = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))!
            XCTAssertEqual(day.noonInParis, noon, day.description)
            if let previous { XCTAssertEqual(day.ordinal - previous.ordinal, 1, day.description) }
            XCTAssertEqual(day.description, String(format: "%04d-%02d-%02d", day.year, day.month, day.day))
            previous = day
            let next = ParisTime.day(of: noon.addingTimeInterval(86_400))
            day = next
        }
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)!.ordinal, 0)
        XCTAssertEqual(Day(year: 2026, month: 11, day: 29)!.ordinal, 20_786)
        XCTAssertEqual(zeroPadded(7, 2), "07")
        XCTAssertEqual(zeroPadded(12345, 4), "12345")
        XCTAssertEqual(zeroPadded(UInt64(0xab), 16, radix: 16), "00000000000000ab")
        XCTAssertEqual(zeroPadded(UInt64.max, 16, radix: 16), "ffffffffffffffff")
    }
}
