import Foundation
import ScopeModel
@testable import ScopeRender
import XCTest

/// Lists cut at the bounds of their records' periods: a page changes only when a record it
/// shows changes, joins or leaves.
final class ListPagingTests: XCTestCase {
    func day(_ s: String) -> Day { Day(iso: s)! }

    /// `count` records from `start`, `perDay` a day.
    func days(from start: String, count: Int, perDay: Int) -> [Day] {
        (0..<count).map { Day(ordinal: day(start).ordinal + $0 / perDay) }
    }

    func paging(_ days: [Day], size: Int = 10) -> ListPaging {
        ListPaging(days: days, size: size, base: "l/") { unit, d in "\(unit.rawValue) \(d)" }
    }

    func testDaysWeeksAndTheirNumbers() {
        for s in ["1969-12-31", "1970-01-01", "2000-02-29", "2026-11-16", "2400-03-01"] {
            XCTAssertEqual(Day(ordinal: day(s).ordinal), day(s), s)
        }
        XCTAssertEqual(day("2026-11-16").monday, day("2026-11-16"))  // a Monday
        XCTAssertEqual(day("2026-11-22").monday, day("2026-11-16"))  // a Sunday
        XCTAssertEqual(day("2026-11-23").isoWeek.week, 48)
        XCTAssertTrue(day("2027-01-01").isoWeek == (2026, 53))  // a Friday: the week of Thursday 31 December
        XCTAssertTrue(day("2024-12-30").isoWeek == (2025, 1))   // a Monday whose Thursday is in 2025
        XCTAssertTrue(day("2026-01-01").isoWeek == (2026, 1))
        XCTAssertEqual(ListPaging.key(.week, day("2026-03-02")), "2026-w10")
        XCTAssertEqual(ListPaging.key(.week, day("2026-01-05")), "2026-w02")
        XCTAssertEqual(ListPaging.key(.month, day("2026-03-02")), "2026-03")
        XCTAssertEqual(ListPaging.key(.day, day("2026-03-02")), "2026-03-02")
    }

    func testTheLengthOfAPeriodFollowsTheListsSize() {
        XCTAssertNil(ListPaging.unit(count: 10, size: 10))
        XCTAssertEqual(ListPaging.unit(count: 11, size: 10), .month)
        XCTAssertEqual(ListPaging.unit(count: 200, size: 10), .month)
        XCTAssertEqual(ListPaging.unit(count: 201, size: 10), .week)
        XCTAssertEqual(ListPaging.unit(count: 4000, size: 10), .week)
        XCTAssertEqual(ListPaging.unit(count: 4001, size: 10), .day)
        let one = paging(days(from: "2026-11-16", count: 10, perDay: 1))
        XCTAssertEqual(one.parts.map(\.path), ["l/"])
        XCTAssertNil(one.parts[0].period)
        XCTAssertEqual(paging([]).parts.map(\.range), [0..<0], "an empty list has its one empty page")
        // One period only (a month's archive): numbered in the list's folder.
        let month = ListPaging(days: days(from: "2026-11-01", count: 25, perDay: 1), size: 10, base: "l/", onePeriod: true) { _, _ in "" }
        XCTAssertEqual(month.parts.map(\.path), ["l/", "l/page/2/", "l/page/3/"])
        XCTAssertEqual(month.parts.map(\.number), [1, 2, 3])
        let big = ListPaging(days: days(from: "2026-11-01", count: 250, perDay: 10), size: 10, base: "l/", onePeriod: true) { _, _ in "" }
        XCTAssertEqual(big.parts.map(\.path), ["l/"] + (2...25).map { "l/page/\($0)/" }, "numbered over the whole list, by week")
    }

    /// Periods given by key (programmations: kind and expected quarter), each named by its
    /// first record; without keys, pages by count in the list's folder.
    func testPeriodsByKeyAndPagesByCount() {
        let keys = ["a", "a", "b", "b", "b", "c"]
        let p = ListPaging(periods: keys, count: keys.count, size: 2, base: "l/") { "\(keys[$0])@\($0)" }
        XCTAssertEqual(p.parts.map(\.path), ["l/", "l/page/b/", "l/page/b/2/", "l/page/c/"])
        XCTAssertEqual(p.parts.map(\.range), [0..<2, 2..<4, 4..<5, 5..<6])
        XCTAssertEqual(p.parts.map(\.period), ["a@0", "b@2", "b@2", "c@5"])
        XCTAssertEqual(p.parts.map(\.number), [1, 1, 2, 1])
        let counted = ListPaging(periods: nil, count: 25, size: 10, base: "l/") { _ in "" }
        XCTAssertEqual(counted.parts.map(\.path), ["l/", "l/page/2/", "l/page/3/"])
        XCTAssertEqual(counted.parts.map(\.range), [0..<10, 10..<20, 20..<25])
        XCTAssertEqual(ListPaging(periods: nil, count: 0, size: 10, base: "l/") { _ in "" }.parts.map(\.range), [0..<0])
        XCTAssertEqual(Routes.programmationPeriod(kind: "coming", year: 2027, quarter: 1), "a-venir-2027-t1")
        XCTAssertEqual(Routes.programmationPeriod(kind: "cancelled", year: nil, quarter: nil), "abandonnees")
    }

    func testPagesHoldOnePeriodEachInTheListsOrder() {
        // 60 records over 30 days from 20 November: November's 22, December's 38.
        let list = days(from: "2026-11-20", count: 60, perDay: 2)
        let p = paging(list)
        XCTAssertEqual(p.parts.map(\.path), ["l/", "l/page/2026-11/2/", "l/page/2026-11/3/",
                                             "l/page/2026-12/", "l/page/2026-12/2/", "l/page/2026-12/3/", "l/page/2026-12/4/"])
        XCTAssertEqual(p.parts.map(\.range.count), [10, 10, 2, 10, 10, 10, 8])
        XCTAssertEqual(p.parts.flatMap { Array($0.range) }, Array(0..<60))
        for part in p.parts {
            XCTAssertEqual(Set(list[part.range].map { ListPaging.key(.month, $0) }).count, 1, part.path)
            // Named by the period's first day, on each of its pages.
            XCTAssertEqual(part.period, part.path.contains("2026-12") ? "month 2026-12-01" : "month 2026-11-20", part.path)
        }
        // A list newest first: the same, in its own order.
        let newest = paging(Array(list.reversed()))
        XCTAssertEqual(newest.parts.first?.path, "l/")
        XCTAssertEqual(newest.parts.map(\.range.count), [10, 10, 10, 8, 10, 10, 2])
    }

    /// The notices at the head of a list close: only the pages of their period change; the
    /// others keep their address and records. A record added in a period moves that period's
    /// pages only.
    func testTheHeadClosingMovesItsPeriodsPagesOnly() {
        let ids = Array(0..<300)
        let list = days(from: "2026-11-16", count: 300, perDay: 3)  // 100 days: weeks
        func paging(_ days: [Day]) -> ListPaging { self.paging(days, size: 5) }
        func pages(_ ids: [Int], _ days: [Day]) -> [String: [Int]] {
            var out: [String: [Int]] = [:]
            for part in paging(days).parts { out[part.path] = Array(ids[part.range]) }
            return out
        }
        let before = pages(ids, list)
        XCTAssertEqual(ListPaging.unit(count: 296, size: 5), .week)
        let after = pages(Array(ids.dropFirst(4)), Array(list.dropFirst(4)))
        let moved = before.keys.filter { before[$0] != after[$0] }.sorted()
        XCTAssertEqual(moved, ["l/", "l/page/2026-w47/2/", "l/page/2026-w47/3/", "l/page/2026-w47/4/", "l/page/2026-w47/5/"])
        // One added on 3 December (week 49), after the third record of that day.
        let at = list.firstIndex(of: day("2026-12-04"))!
        let added = pages(Array(ids[..<at]) + [999] + Array(ids[at...]), Array(list[..<at]) + [day("2026-12-03")] + Array(list[at...]))
        let changed = before.keys.filter { before[$0] != added[$0] }.sorted()
        XCTAssertEqual(changed, ["l/page/2026-w49/3/", "l/page/2026-w49/4/", "l/page/2026-w49/5/"])
        XCTAssertEqual(Set(added.keys).subtracting(before.keys).count, 0)
    }
}
