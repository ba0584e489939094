import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel
@testable import ScopeRender
import XCTest

/// A typed value's fingerprint (`Fingerprint.add(encoding:)`) is what keys a page made from
/// it, so two values that differ must not share one, and every stored field of the records
/// must be in their encoding.
final class FingerprintEncoderTests: XCTestCase {
    struct Two: Encodable {
        let x: [String]
        let y: [String]
    }

    struct Nested: Encodable {
        let lists: [[String]]
    }

    struct Maybe: Encodable {
        let a: String?
        let b: String?
    }

    struct Numbers: Encodable {
        let n: Int?
        let d: Double?
        let s: String?
        let flag: Bool?
    }

    struct Cards: Encodable {
        let cards: [Fingerprint]
    }

    struct Words: Encodable {
        let cards: [[UInt64]]
    }

    /// A list page holds its cards' fingerprints: each one is in the key, in order, and is not
    /// taken for the two numbers it is made of.
    func testNestedFingerprintsAreTheirOwnKind() {
        var one = Fingerprint(), two = Fingerprint()
        one.add("card 1")
        two.add("card 2")
        XCTAssertNotEqual(Fingerprint.of(Cards(cards: [one, two])), Fingerprint.of(Cards(cards: [two, one])))
        XCTAssertNotEqual(Fingerprint.of(Cards(cards: [one])), Fingerprint.of(Cards(cards: [two])))
        XCTAssertNotEqual(Fingerprint.of(Cards(cards: [one])), Fingerprint.of(Words(cards: [[one.a, one.b]])))
        XCTAssertEqual(Fingerprint.of(Cards(cards: [one, two])), Fingerprint.of(Cards(cards: [one, two])))
    }

    func testValuesCutOrNestedOtherwiseDiffer() {
        XCTAssertNotEqual(Fingerprint.of(Two(x: ["a", "b"], y: [])), Fingerprint.of(Two(x: ["a"], y: ["b"])))
        XCTAssertNotEqual(Fingerprint.of(Two(x: ["ab"], y: [])), Fingerprint.of(Two(x: ["a", "b"], y: [])))
        XCTAssertNotEqual(Fingerprint.of(Nested(lists: [["a"], ["b"]])), Fingerprint.of(Nested(lists: [["a", "b"]])))
        XCTAssertNotEqual(Fingerprint.of(Nested(lists: [[], ["a"]])), Fingerprint.of(Nested(lists: [["a"], []])))
        XCTAssertNotEqual(Fingerprint.of(Nested(lists: [[]])), Fingerprint.of(Nested(lists: [])))
        // A field left out is neither another field nor an empty text.
        XCTAssertNotEqual(Fingerprint.of(Maybe(a: "x", b: nil)), Fingerprint.of(Maybe(a: nil, b: "x")))
        XCTAssertNotEqual(Fingerprint.of(Maybe(a: "", b: nil)), Fingerprint.of(Maybe(a: nil, b: nil)))
        let numbers = [Numbers(n: 1, d: nil, s: nil, flag: nil), Numbers(n: nil, d: 1, s: nil, flag: nil),
                       Numbers(n: nil, d: nil, s: "1", flag: nil), Numbers(n: nil, d: nil, s: nil, flag: true),
                       Numbers(n: 0, d: nil, s: nil, flag: nil), Numbers(n: nil, d: nil, s: nil, flag: false),
                       Numbers(n: nil, d: nil, s: nil, flag: nil)]
        XCTAssertEqual(Set(numbers.compactMap { Fingerprint.of($0) }).count, numbers.count)
        // A value is not the fingerprint of its fields' texts added by hand.
        var byHand = Fingerprint()
        byHand.add("x")
        XCTAssertNotEqual(Fingerprint.of(Maybe(a: "x", b: nil)), byHand)
    }

    func testTheSameValueHasTheSameFingerprint() {
        let notices = SearchIndexTests.catalog.notices.map(\.notice)
        for n in notices { XCTAssertEqual(Fingerprint.of(n), Fingerprint.of(n)) }
        XCTAssertEqual(Set(notices.compactMap { Fingerprint.of($0) }).count, notices.count, "the sample's notices all differ")
    }

    /// Every stored property of the records the pages are made from is in their encoding (a
    /// conformance written by hand, as `Correction`'s, must not leave one out): each field
    /// that holds a value, found by reflection, names a key of the record's JSON encoding.
    func testEveryStoredFieldOfTheRecordsIsEncoded() throws {
        let c = SearchIndexTests.catalog
        var seen: Set<String> = []
        func check(_ value: Any, json: Any, path: String) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let some = mirror.children.first?.value { check(some, json: json, path: path) }
            case .collection:
                guard let list = json as? [Any] else { return XCTFail("\(path): not encoded as a list") }
                for (i, (child, item)) in zip(mirror.children, list).enumerated() { check(child.value, json: item, path: "\(path)[\(i)]") }
            case .struct:
                guard let object = json as? [String: Any] else { return }  // a value encoded as one text (CPVCode, Day)
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    if case .optional = Mirror(reflecting: child.value).displayStyle, Mirror(reflecting: child.value).children.isEmpty { continue }
                    let keys = object.keys.filter { $0 == label || $0.hasPrefix(label) }
                    XCTAssertFalse(keys.isEmpty, "\(path).\(label) is not encoded")
                    seen.insert(label)
                    if let key = keys.first, key == label { check(child.value, json: object[key]!, path: "\(path).\(label)") }
                }
            default:
                break
            }
        }
        let encoder = JSONEncoder()
        // The sample has no corrections: its first notice with lots is given one of each kind.
        let n = c.notices.map(\.notice).first { !$0.lots.isEmpty }!
        let corrected = Self.notice(n, corrections: Self.corrections(n))
        var notices = c.notices.map(\.notice)
        notices.append(corrected)
        for notice in notices {
            let json = try JSONSerialization.jsonObject(with: encoder.encode(notice))
            check(notice, json: json, path: notice.id)
        }
        for e in c.programmations {

            let json = try JSONSerialization.jsonObject(with: encoder.encode(e.programmation))
            check(e.programmation, json: json, path: e.programmation.id)
        }
        // The sample fills every kind of field, corrections and lots with their own fields included.
        for label in ["lots", "corrections", "deadline", "value", "fields", "estimatedValue", "expectedPublication", "source"] {
            XCTAssertTrue(seen.contains(label), label)
        }
    }

    /// A search document holds what its files show in its two encoded parts only, so that its
    /// keys are not a list of its fields: any other stored field is derived from them. A
    /// field of what is shown changes the document's key but not what word files count of it.
    func testASearchDocumentHoldsItsFieldsInItsEncodedParts() throws {
        let c = SearchIndexTests.catalog
        let docs = SearchIndex(catalog: c, views: Views(catalog: c, strings: SearchIndexTests.strings)).docs
        let doc = try XCTUnwrap(docs.first { $0.amount != nil && $0.procedure != nil })
        let labels = Mirror(reflecting: doc).children.compactMap(\.label)
        XCTAssertEqual(Set(labels), ["counted", "shown", "valueBand", "procedureID", "isOpen", "openThisWeek", "facetFingerprint", "fingerprint"],
                       "a field stored beside Counted and Shown is in no key")
        for d in docs {
            XCTAssertEqual(d.isOpen, d.kind == "n" && (d.counted.statedOpen ?? (d.counted.deadline! > c.now)), d.id)
            let monday = SearchIndex.weekStart(c.now)
            XCTAssertEqual(d.openThisWeek, d.kind == "n" && (d.counted.statedOpen ?? (d.counted.deadline! > monday)), d.id)
            XCTAssertEqual(d.isOpen, c.notices.first { $0.notice.id == d.id }?.status.isOpen ?? false, d.id)
        }
        XCTAssertEqual(doc.valueBand, SearchIndex.valueBand(doc.counted.amount))
        XCTAssertEqual(doc.procedureID, SearchIndex.procedureID(doc.counted.procedure))
        let counted = doc.counted, shown = doc.shown
        let retitled = SearchIndex.Doc(counted, .init(id: shown.id, url: shown.url, title: shown.title + " bis",
                                                      buyerName: shown.buyerName, when: shown.when, value: shown.value), now: c.now, weekStart: SearchIndex.weekStart(c.now))
        XCTAssertNotNil(doc.fingerprint)
        XCTAssertNotEqual(retitled.fingerprint, doc.fingerprint)
        XCTAssertEqual(retitled.facetFingerprint, doc.facetFingerprint)
        let moved = SearchIndex.Doc(.init(number: counted.number, kind: counted.kind, buyerID: counted.buyerID, type: counted.type,
                                          departments: counted.departments + ["2A"], sectors: counted.sectors,
                                          amount: counted.amount, published: counted.published, procedure: counted.procedure,
                                          deadline: counted.deadline, statedOpen: counted.statedOpen), shown, now: c.now, weekStart: SearchIndex.weekStart(c.now))
        XCTAssertNotEqual(moved.facetFingerprint, doc.facetFingerprint)
        XCTAssertNotEqual(moved.fingerprint, doc.fingerprint)
    }

    /// Each part of a correction (its tuples included) changes the notice's fingerprint.
    func testEachPartOfACorrectionReachesTheFingerprint() {
        let n = SearchIndexTests.catalog.notices[0].notice
        let prints = ([[]] + Self.corrections(n).map { [$0] }).map { Fingerprint.of(Self.notice(n, corrections: $0)) }
        XCTAssertEqual(Set(prints.compactMap { $0 }).count, prints.count)
    }

    static func corrections(_ n: Notice) -> [Correction] {
        let day = n.published, later = n.deadline.addingTimeInterval(86_400)
        let money = Money(amount: 1_000, currency: "EUR")
        return [
            Correction(published: day, by: "R1", deadline: (from: n.deadline, to: later), value: nil, fields: []),
            Correction(published: day, by: "R1", deadline: (from: nil, to: later), value: nil, fields: []),
            Correction(published: day, by: "R1", deadline: nil, value: (from: nil, to: money), fields: []),
            Correction(published: day, by: "R1", deadline: nil, value: (from: money, to: nil), fields: []),
            Correction(published: day, by: "R1", deadline: nil, value: (from: nil, to: nil), fields: []),
            Correction(published: day, by: "R1", deadline: nil, value: nil, fields: ["lots"]),
            Correction(published: day, by: "R2", deadline: nil, value: nil, fields: []),
        ]
    }

    static func notice(_ n: Notice, corrections: [Correction]) -> Notice {
        Notice(id: n.id, title: n.title, description: n.description, buyerID: n.buyerID, contractType: n.contractType,
               procedure: n.procedure, cpv: n.cpv, departments: n.departments, place: n.place, published: n.published,
               deadline: n.deadline, estimatedValue: n.estimatedValue, lots: n.lots, documentsURL: n.documentsURL,
               statedStatus: n.statedStatus, programmationID: n.programmationID, corrections: corrections, source: n.source)
    }
}
