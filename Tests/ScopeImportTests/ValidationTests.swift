import Foundation
import ScopeImport
import ScopeModel
import XCTest

/// Each rejected record is reported with its file, its position, its id and its field, and
/// the other records of the file still come through.
final class ValidationTests: XCTestCase {
    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    func testEachBadFieldIsNamedWithFileJSONPathAndId() throws {
        let f = try ContentFixture(files: ["notices/a.json": ContentFixture.json([
            ContentFixture.notice(),
            ContentFixture.notice(["id": "26-00002", "deadline": "demain"]),
            ContentFixture.notice(["id": "26-00003", "cpv": ["4523314"]]),
            ContentFixture.notice(["id": "26-00004", "departments": ["99"]]),
            ContentFixture.notice(["id": "26-00005", "contract_type": "bricolage"]),
            ContentFixture.notice(["id": "26-00006", "title": nil]),
            ContentFixture.notice(["id": "26-00007", "published": "2026-12-05"]),
            ContentFixture.notice(["id": "26-00008", "departments": ["75"]]),
            ContentFixture.notice(["id": "26-00009", "estimated_value": "beaucoup"]),
        ])])
        let r = try f.read()
        let file = f.path("notices/a.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(r.rejected(.notice), 8)
        let expected = [
            "\(file) at $[1]: error: notice \"26-00002\", field \"deadline\": expected a date-time such as 2026-06-27T12:00:00+02:00 (or a date), found \"demain\"",
            "\(file) at $[2]: error: notice \"26-00003\", field \"cpv\": malformed CPV code \"4523314\" (expected 8 digits, optionally -check digit)",
            "\(file) at $[3]: error: notice \"26-00004\", field \"departments\": unknown department \"99\"",
            "\(file) at $[4]: error: notice \"26-00005\", field \"contract_type\": \"bricolage\" is not one of works, supplies, services",
            "\(file) at $[5]: error: notice \"26-00006\", field \"title\": required field is missing or empty",
            "\(file) at $[6]: error: notice \"26-00007\", field \"deadline\": deadline 2026-12-01T12:00:00+01:00 is before the publication date 2026-12-05",
            "\(file) at $[7]: error: notice \"26-00008\", field \"departments\": department 75 outside the site's departments (Occitanie)",
            "\(file) at $[8]: error: notice \"26-00009\", field \"estimated_value\": expected a non-negative amount, found \"beaucoup\"",
        ]
        XCTAssertEqual(messages(r).filter { $0.contains(": error: ") }, expected)
    }

    func testCSVRecordsAreNamedByTheirLineEvenAfterMultilineFields() throws {
        let csv = "\u{FEFF}id;title;buyer;contract_type;cpv;departments;expected_publication;description\r\n"
            + "P-1;Voirie;21310555400017;works;45233140-2;31;2027-Q1;\"Sur deux\r\nlignes; avec un point-virgule\"\r\n"
            + "P-2;Écoles;21310555400017;works;45214200-2|45453000-7;31|34;2027-03;\r\n"
            + "P-3;Mauvais;21310555400017;works;45214200-2;31;2027-Q5;\r\n"
            + "P-4;Trop court;21310555400017\r\n"
        let f = try ContentFixture(files: ["programmations/p.csv": csv])
        let r = try f.read()
        XCTAssertEqual(r.programmations.map(\.id), ["P-1", "P-2"])
        XCTAssertEqual(r.programmations[0].description, "Sur deux\nlignes; avec un point-virgule")
        XCTAssertEqual(r.programmations[1].cpv.map(\.description), ["45214200-2", "45453000-7"])
        XCTAssertEqual(r.programmations[1].departments, ["31", "34"])
        XCTAssertEqual(r.programmations[1].expectedPublication, .month(year: 2027, month: 3))
        let file = f.path("programmations/p.csv")
        XCTAssertEqual(messages(r), [
            "\(file):5: error: programmation \"P-3\", field \"expected_publication\": \"2027-Q5\" is not one of a month (2027-03) or a quarter (2027-Q1)",
            "\(file):6: error: programmation \"P-4\": row has 3 fields, the header has 8; record rejected",
        ])
        XCTAssertEqual(r.sources.first?.read, 4)
        XCTAssertEqual(r.sources.first?.rejected, 2)
    }

    func testCommaDelimitedCSVIsDetected() throws {
        let csv = "id,title,buyer,contract_type,cpv,departments,published,deadline,estimated_value\n"
            + "N-1,\"Nettoyage, vitrerie\",21310555400017,services,90911200-8,31,2026-11-02,2026-12-01T12:00,\"1 200 000,50\"\n"
        let r = try ContentFixture(files: ["notices/n.csv": csv]).read()
        XCTAssertEqual(r.notices.first?.title, "Nettoyage, vitrerie")
        XCTAssertEqual(r.notices.first?.estimatedValue?.amount, 1_200_000.5)
        // No offset: Paris wall-clock time (winter, UTC+1).
        XCTAssertEqual(r.notices.first.map { ParisTime.rfc3339($0.deadline) }, "2026-12-01T12:00:00+01:00")
    }

    func testDuplicateIdsInOneFileKeepTheFirstAndRejectTheSecond() throws {
        let f = try ContentFixture(files: [
            "notices/a.json": ContentFixture.json([ContentFixture.notice(), ContentFixture.notice(["title": "Autre"])]),
        ])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.title), ["Réfection de voirie"])
        XCTAssertEqual(messages(r), ["\(f.path("notices/a.json")) at $[1]: error: notice \"26-00001\", field \"id\": duplicate id, first seen at \(f.path("notices/a.json")) at $[0]; record rejected"])
        XCTAssertEqual(r.rejected(.notice), 1)
    }

    func testTheSameIDInTwoFilesOfTheSameDateKeepsTheFirstReadWithAWarning() throws {
        let f = try ContentFixture(files: [
            "notices/a.json": ContentFixture.json([ContentFixture.notice()]),
            "notices/b.json": ContentFixture.json([ContentFixture.notice(["title": "Autre", "description": "Détail."])]),
        ])
        let same = Date(timeIntervalSince1970: 1_790_000_000)
        for name in ["a", "b"] { try FileManager.default.setAttributes([.modificationDate: same], ofItemAtPath: f.path("notices/\(name).json")) }
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.title), ["Réfection de voirie"])
        XCTAssertEqual(r.notices.map(\.description), ["Détail."])
        XCTAssertEqual(messages(r), ["\(f.path("notices/b.json")) at $[0]: warning: notice \"26-00001\", field \"id\": also in \(f.path("notices/a.json")) at $[0]; merged: the record at \(f.path("notices/a.json")) at $[0] wins (it was read first), with description from \(f.path("notices/b.json")) at $[0]"])
        XCTAssertEqual(r.rejected(.notice), 0)
    }

    /// Two exports of the same notice with the same publication date: the newer export (its file
    /// modified later) wins, so its corrected deadline is the one shown, whatever the files' names.
    func testOnATieTheNewerExportWins() throws {
        let f = try ContentFixture(files: [
            "notices/a-nouveau.json": ContentFixture.json([ContentFixture.notice(["deadline": "2026-12-15T12:00:00+01:00"])]),
            "notices/b-ancien.json": ContentFixture.json([ContentFixture.notice()]),
        ])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_790_000_000)], ofItemAtPath: f.path("notices/b-ancien.json"))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_790_086_400)], ofItemAtPath: f.path("notices/a-nouveau.json"))
        let r = try f.read()
        XCTAssertEqual(r.notices.map { ParisTime.rfc3339($0.deadline) }, ["2026-12-15T12:00:00+01:00"])
        XCTAssertTrue(messages(r).first?.hasSuffix("wins (its date is the same and its file is newer)") == true, "\(messages(r))")
        // Read the other way round (b first), the newer still wins.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_790_172_800)], ofItemAtPath: f.path("notices/b-ancien.json"))
        XCTAssertEqual(try f.read().notices.map { ParisTime.rfc3339($0.deadline) }, ["2026-12-01T12:00:00+01:00"])
    }

    func testUnknownBuyerIsRejected() throws {
        let f = try ContentFixture(files: ["notices/a.json": ContentFixture.json([ContentFixture.notice(["buyer": "123456789"])])])
        let r = try f.read()
        XCTAssertTrue(r.notices.isEmpty)
        XCTAssertEqual(messages(r), ["\(f.path("notices/a.json")) at $[0]: error: notice \"26-00001\", field \"buyer\": unknown buyer \"123456789\" (no such id under buyers/); record rejected"])
    }

    func testMalformedJSONIsAFileErrorAndOtherFilesStillRead() throws {
        let f = try ContentFixture(files: [
            "notices/a.json": "[{\"id\": \"x\",",
            "notices/b.json": ContentFixture.json([ContentFixture.notice()]),
            "notices/c.json": "",
            "notices/d.json": "{\"notices\": [42]}",
        ])
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 1)
        let m = messages(r)
        XCTAssertEqual(m, [
            "\(f.path("notices/a.json")): error: not valid JSON at line 1, column 13: the file ends too soon, as if cut short; its 1 record was read one by one, 1 rejected",
            "\(f.path("notices/a.json")) at $[0]: error: notice \"x\": the file ends inside this record (line 1), as if cut short; record rejected",
            "\(f.path("notices/c.json")): error: empty file, no records read",
            "\(f.path("notices/d.json")) at $.notices[0]: error: notice: expected an object, found 42; record rejected",
        ])
        // The list of an object is read record by record too; a break outside it costs the file.
        let one = ContentFixture.json([ContentFixture.notice()]).dropFirst().dropLast()
        let g = try ContentFixture("objectFile", files: ["notices/a.json": "{\"notices\": [\(one), {\"id\": 1"])
        let gr = try g.read()
        XCTAssertEqual(gr.notices.map(\.id), ["26-00001"])
        XCTAssertEqual(messages(gr).count, 2)
        XCTAssertTrue(messages(gr)[0].hasSuffix(": the file ends too soon, as if cut short; its 2 records were read one by one, 1 rejected"), messages(gr)[0])
        XCTAssertEqual(messages(gr)[1], "\(g.path("notices/a.json")) at $.notices[1]: error: notice: the file ends inside this record (line \(String(one).filter { $0 == "\n" }.count + 1)), as if cut short; record rejected")
        let h = try ContentFixture("objectHead", files: ["notices/a.json": "{\"total\": 1 2, \"notices\": [{\"id\": \"y\"}]}"])
        XCTAssertEqual(messages(try h.read()), ["\(h.path("notices/a.json")): error: not valid JSON at line 1, column 13: '2' where ',' or '}' was expected; no record of this file was read"])
    }

    func testWrongTypesAndUnknownFieldsAndOutsideDepartments() throws {
        let f = try ContentFixture(files: ["notices/a.json": ContentFixture.json([
            ContentFixture.notice(["title": ["pas", "un texte"], "id": "A"]),
            ContentFixture.notice(["id": "B", "departments": ["31", "75"], "colour": "bleu", "documents_url": "javascript:alert(1)"]),
        ])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["B"])
        XCTAssertEqual(r.notices.first?.departments, ["31"])
        XCTAssertNil(r.notices.first?.documentsURL)
        let file = f.path("notices/a.json")
        XCTAssertEqual(messages(r), [
            "\(file) at $[0]: error: notice \"A\", field \"title\": expected text, found a list",
            "\(file) at $[1]: warning: notice, field \"colour\": unknown field, ignored (in 1 record of this file)",
            "\(file) at $[1]: warning: notice \"B\", field \"departments\": department 75 outside the site's departments, not listed",
            "\(file) at $[1]: warning: notice \"B\", field \"documents_url\": not an http(s) URL, left out: \"javascript:alert(1)\"",
        ])
    }

    func testLotsAndStatusAndControlCharacters() throws {
        let f = try ContentFixture(files: ["notices/a.json": ContentFixture.json([
            ContentFixture.notice(["title": "Voirie\u{0007} et\t réseaux", "status": "attribué",
                                   "lots": [["number": 2, "title": "Réseaux", "value": 1000], ["number": 1, "title": "Voirie", "cpv": ["45233140-2"]]]]),
        ])])
        let r = try f.read()
        let n = try XCTUnwrap(r.notices.first)
        XCTAssertEqual(n.title, "Voirie et réseaux")
        XCTAssertEqual(n.statedStatus, .awarded)
        XCTAssertEqual(n.lots.map(\.number), [1, 2])
        XCTAssertEqual(n.lots[0].cpv?.digits, "45233140")
        XCTAssertEqual(n.lots[1].value?.amount, 1000)
    }

    func testBuyersNeedASirenOrSiret() throws {
        let f = try ContentFixture(files: ["buyers/buyers.csv": "id,name,kind\n123,Mairie,commune\n21310555400017,Toulouse,mairie\n"])
        let r = try f.read()
        XCTAssertTrue(r.buyers.isEmpty)
        let file = f.path("buyers/buyers.csv")
        XCTAssertEqual(messages(r), [
            "\(file):2: error: buyer \"123\", field \"id\": expected a SIREN (9 digits) or SIRET (14 digits), found \"123\"",
            "\(file):3: error: buyer \"21310555400017\", field \"kind\": \"mairie\" is not one of state, region, department, commune, epci, hospital, other",
        ])
    }
}
