import Foundation
import ScopeImport
import ScopeModel
import XCTest

/// The fixtures under Tests/Fixtures/formats/, written from the documented shapes of each
/// format (../shared/formats/README.md), with each known quirk; what each record becomes.
final class FormatTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/formats")

    func fixture(_ name: String) throws -> String {
        try String(contentsOf: Self.fixtures.appendingPathComponent(name), encoding: .utf8)
    }

    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    func paris(_ s: String) -> Date { ParisTime.parse(s)! }

    // MARK: BOAMP

    func testBOAMPJSON() throws {
        let f = try ContentFixture(files: ["notices/boamp.json": fixture("boamp.json")])
        let r = try f.read()
        let file = f.path("notices/boamp.json")
        XCTAssertEqual(r.notices.map(\.id), ["26-10001", "26-10002", "26-10004", "26-10007"])

        // Entities decoded; the correction 26-10003 moved the deadline; donnees gave CPV codes
        // (main first), lots, the value and the documents link; the buyer has a stable id from its name.
        let a = r.notices[0]
        XCTAssertEqual(a.title, "Millau : réfection de la toiture du gymnase de l'Ayrolle")
        XCTAssertEqual(a.deadline, paris("2026-12-22T12:00:00+01:00"))
        XCTAssertEqual(a.published, Day(iso: "2026-11-02"))
        XCTAssertEqual(a.cpv.map(\.description), ["45261210-9", "45261410"])
        XCTAssertEqual(a.lots, [Lot(number: 1, title: "Couverture", cpv: CPVCode(parsing: "45261210"), value: Money(amount: 120_000, currency: "EUR")),
                                Lot(number: 2, title: "Zinguerie", cpv: nil, value: Money(amount: 35_000, currency: "EUR"))])
        XCTAssertEqual(a.estimatedValue, Money(amount: 155_000, currency: "EUR"))
        XCTAssertEqual(a.documentsURL, "https://marches.millau.example/consultation/2026-017")
        XCTAssertEqual(a.buyerID, "boamp-commune-de-millau")
        XCTAssertEqual(a.contractType, .works)
        XCTAssertEqual(a.procedure, "Procédure adaptée")
        XCTAssertEqual(a.departments, ["12"])
        XCTAssertNil(a.statedStatus)

        // Arrays of departments and types (the first type wins); the SIRET from donnees is the
        // buyer's id; the ATTRIBUTION 26-10005 marks it awarded.
        let b = r.notices[1]
        XCTAssertEqual(b.departments, ["31", "81"])
        XCTAssertEqual(b.contractType, .services)
        XCTAssertEqual(b.buyerID, "24310051900015")
        XCTAssertEqual(b.cpv.map(\.description), ["90911200", "90919200-4"])
        XCTAssertEqual(b.estimatedValue?.amount, 480_000.5)
        XCTAssertEqual(b.statedStatus, .awarded)
        // The award notice is an award too, for the notice's page: its winners as BOAMP lists them.
        let award = try XCTUnwrap(r.awards.first { $0.notice == "26-10002" })
        // Its buyer is the notice's (named by its SIRET there), not a second one made from its name.
        XCTAssertEqual([award.id, award.buyerID], ["boamp-toulouse-metropole-26-10005", "24310051900015"])
        XCTAssertEqual(award.winners, ["Net Sud SARL"])
        XCTAssertNil(award.notified)  // the award notice's publication is not the award's date
        XCTAssertEqual(award.published, Day(iso: "2026-11-12"))
        XCTAssertEqual(award.origin, .boamp)
        XCTAssertEqual(b.documentsURL, "https://www.boamp.fr/pages/avis/?q=idweb:26-10002")  // url_avis when donnees has no link

        // etat AVIS_ANNULE: cancelled.
        XCTAssertEqual(r.notices[2].statedStatus, .cancelled)

        // No CPV code anywhere: published all the same, under no sector's code (listed as not classified).
        XCTAssertEqual(r.notices[3].cpv, [])

        XCTAssertEqual(Set(r.buyers.map(\.id)), ["boamp-commune-de-millau", "24310051900015", "boamp-commune-de-rodez",
                                                 "21310555400017", "20005379100014", "boamp-commune-de-lunel"])
        let millau = r.buyers.first { $0.id == "boamp-commune-de-millau" }!
        XCTAssertEqual(millau, Buyer(id: "boamp-commune-de-millau", name: "Commune de Millau", kind: .commune, department: "12", website: nil))
        XCTAssertEqual(r.buyers.first { $0.id == "24310051900015" }?.kind, .epci)

        XCTAssertEqual(messages(r), [
            "\(file): warning: 1 notice outside the site's departments left out",
            "\(file) at $[6]: warning: notice \"26-10007\", field \"donnees\": no CPV code in donnees; listed as not classified",
            "\(file) at $[7]: error: notice \"orphan\", field \"idweb\": no idweb (the notice's BOAMP number); record rejected",
            "\(file) at $[8]: warning: notice \"26-10009\", field \"annonce_lie\": corrects notice 26-99999, which is in no export; left out",
        ])
        let s = r.sources.first { $0.file == file && $0.kind == .notice }!
        XCTAssertEqual(s.format, .boamp)
        XCTAssertEqual([s.read, s.imported, s.rejected, s.leftOut, s.updates], [9, 4, 1, 2, 2])
        XCTAssertEqual(s.reasons, ["idweb": 1])
    }

    func testBOAMPCSV() throws {
        let f = try ContentFixture(files: ["notices/boamp.csv": fixture("boamp.csv")])
        let r = try f.read()
        XCTAssertEqual(messages(r), [])
        XCTAssertEqual(r.notices.count, 1)
        let n = r.notices[0]
        XCTAssertEqual(n.id, "26-20001")
        XCTAssertEqual(n.departments, ["34"])
        XCTAssertEqual(n.contractType, .services)
        XCTAssertEqual(n.cpv.map(\.description), ["50750000-7"])
        XCTAssertEqual(n.estimatedValue?.amount, 96_000)
        XCTAssertEqual(n.buyerID, "boamp-montpellier-mediterranee-metropole")
        XCTAssertEqual(r.buyers.first { $0.id == n.buyerID }?.name, "Montpellier Méditerranée Métropole")
    }

    /// A BOAMP notice whose `donnees` gives no SIRET is listed under the buyer of the same name
    /// that another notice names by its SIRET: one buyer, one page, and a warning naming both.
    /// A name two SIRETs share, or in another department, stays a buyer of its own.
    func testBOAMPBuyerWithoutSIRETIsTheBuyerOfTheSameName() throws {
        func notice(_ id: String, _ buyer: String, _ dep: String, siret: String?) -> [String: Any] {
            var donnees: [String: Any] = ["CPV": ["PRINCIPAL": "90911200"]]
            if let siret { donnees = ["eForms": ["cac:ProcurementProject": ["cbc:ItemClassificationCode": "90911200"],
                                                 "cac:ContractingParty": ["siret": siret, "name": buyer]]] }
            let text = String(decoding: try! JSONSerialization.data(withJSONObject: donnees), as: UTF8.self)
            return ["idweb": id, "objet": "Nettoyage \(id)", "nomacheteur": buyer, "dateparution": "2026-11-03",
                    "datelimitereponse": "2026-12-10T16:00:00+01:00", "code_departement": [dep], "type_marche": ["SERVICES"],
                    "nature": "APPEL_OFFRE", "etat": "INITIAL", "donnees": text]
        }
        let f = try ContentFixture(files: ["notices/boamp.json": ContentFixture.json([
            notice("26-1", "Toulouse Métropole", "31", siret: "24310051900015"),
            notice("26-2", "TOULOUSE METROPOLE", "31", siret: nil),
            notice("26-3", "Commune de Saint-Pierre", "31", siret: "21310000000011"),
            notice("26-4", "Commune de Saint-Pierre", "81", siret: "21810000000014"),
            notice("26-5", "Commune de Saint-Pierre", "31", siret: nil),
            notice("26-6", "Commune d'Albi", "81", siret: "21810004000017"),
            notice("26-7", "Commune d'Albi", "31", siret: nil),
        ])])
        let r = try f.read()
        let file = f.path("notices/boamp.json")
        XCTAssertEqual(r.notices.map(\.buyerID), ["24310051900015", "24310051900015", "21310000000011", "21810000000014",
                                                  "boamp-commune-de-saint-pierre", "21810004000017", "boamp-commune-d-albi"])
        XCTAssertEqual(r.buyers.map(\.id), ["20005379100014", "21310000000011", "21310555400017", "21810000000014", "21810004000017", "24310051900015",
                                            "boamp-commune-d-albi", "boamp-commune-de-saint-pierre"])
        XCTAssertEqual(messages(r), [
            "\(file) at $[1]: warning: buyer \"boamp-toulouse-metropole\", field \"name\": \"TOULOUSE METROPOLE\" is given without a SIRET; "
                + "it is buyer 24310051900015 of the same name, under which its records are listed",
        ])
        let s = try XCTUnwrap(r.sources.first { $0.kind == .notice })
        XCTAssertEqual([s.read, s.imported], [7, 7])
        XCTAssertEqual(r.sources.first?.format, .boamp)
    }

    // MARK: APProch

    func testAPProchJSON() throws {
        let f = try ContentFixture(files: ["programmations/approch.json": fixture("approch.json")])
        let r = try f.read()
        let file = f.path("programmations/approch.json")
        XCTAssertEqual(r.programmations.map(\.id), ["APP-2026-0001", "APP-2026-0002"])
        let a = r.programmations[0]
        // The SIREN 213105554 is the SIRET 21310555400017's, a known buyer.
        XCTAssertEqual(a.buyerID, "21310555400017")
        XCTAssertEqual(a.cpv.map(\.description), ["45321000", "45331000"])
        XCTAssertEqual(a.departments, ["31", "81"])
        XCTAssertEqual(a.expectedPublication, .month(year: 2027, month: 3))
        XCTAssertEqual(a.durationMonths, 24)
        XCTAssertEqual(a.valueBracket, ValueBracket(minimum: Money(amount: 1_000_000, currency: "EUR"), maximum: Money(amount: 5_000_000, currency: "EUR")))
        XCTAssertEqual(a.statedStatus, .planned)
        XCTAssertEqual(a.contractType, .works)
        // A SIREN given as a number lost its leading zero; CDL is empty; no known buyer: one is made.
        let b = r.programmations[1]
        XCTAssertEqual(b.buyerID, "012345678")
        XCTAssertNil(b.description)
        XCTAssertNil(b.durationMonths)
        XCTAssertEqual(b.valueBracket, ValueBracket(minimum: Money(amount: 40_000, currency: "EUR"), maximum: Money(amount: 100_000, currency: "EUR")))
        XCTAssertEqual(r.buyers.first { $0.id == "012345678" },
                       Buyer(id: "012345678", name: "Acheteur public (SIREN 012 345 678)", kind: .other, department: "34", website: nil))
        XCTAssertEqual(messages(r), [
            "\(file): warning: 1 programmation outside the site's departments left out",
            "\(file) at $[3]: warning: programmation \"APP-2026-0004\", field \"montant_estime_du_marche\": value bracket \"beaucoup\" not understood (expected like 40k - 100k€); left out",
            "\(file) at $[3]: error: programmation \"APP-2026-0004\", field \"date_previsionnelle_de_publication\": required field is missing or empty",
        ])
        let s = r.sources.first { $0.file == file && $0.kind == .programmation }!
        XCTAssertEqual([s.read, s.imported, s.rejected, s.leftOut], [4, 2, 1, 1])
    }

    func testAPProchCSVWithBOM() throws {
        let f = try ContentFixture(files: ["programmations/approch.csv": fixture("approch.csv")])
        let r = try f.read()
        XCTAssertEqual(messages(r), [])
        let p = try XCTUnwrap(r.programmations.first)
        XCTAssertEqual(p.id, "APP-2026-0101")
        XCTAssertEqual(p.buyerID, "20005379100014")  // SIREN 200053791 → the Region's SIRET
        XCTAssertEqual(p.departments, ["11", "66"])
        XCTAssertEqual(p.expectedPublication, .month(year: 2027, month: 1))
        XCTAssertEqual(p.valueBracket, ValueBracket(minimum: nil, maximum: Money(amount: 40_000, currency: "EUR")))
        XCTAssertEqual(p.durationMonths, 36)
        XCTAssertEqual(r.sources.first?.format, .approch)
    }

    // MARK: OCDS

    func testOCDSReleasePackage() throws {
        let f = try ContentFixture(files: ["notices/ocds.json": fixture("ocds-releases.json")])
        let r = try f.read()
        let file = f.path("notices/ocds.json")
        // ocid 0001: the tender release (newer) wins over the planning one: a notice.
        XCTAssertEqual(r.notices.map(\.id), ["ocds-abc123-0001"])
        let n = r.notices[0]
        XCTAssertEqual(n.title, "Réhabilitation de 40 logements à Montpellier")
        XCTAssertEqual(n.buyerID, "23340001800018")
        XCTAssertEqual(n.departments, ["34"])
        XCTAssertEqual(n.cpv.map(\.description), ["45453000", "45421000-4"])  // 45453000.0 cleaned
        XCTAssertEqual(n.deadline, paris("2026-12-20T12:00:00+01:00"))
        XCTAssertEqual(n.published, Day(iso: "2026-11-05"))
        XCTAssertEqual(n.estimatedValue, Money(amount: 1_250_000, currency: "EUR"))
        XCTAssertEqual(n.documentsURL, "https://acheteurs.example/dce/0001")
        XCTAssertEqual(n.procedure, "open")
        XCTAssertEqual(n.lots.map(\.title), ["Gros œuvre", "Menuiseries"])
        // ocid 0002, planned: a programmation, its value in dollars, its month from the milestone.
        XCTAssertEqual(r.programmations.map(\.id), ["ocds-abc123-0002"])
        let p = r.programmations[0]
        XCTAssertEqual(p.estimatedValue, Money(amount: 80_000, currency: "USD"))
        XCTAssertEqual(p.expectedPublication, .month(year: 2027, month: 5))
        XCTAssertEqual(p.cpv.map(\.description), ["71351914"])
        XCTAssertEqual(p.contractType, .services)
        XCTAssertEqual(p.announced, Day(iso: "2026-10-01"))
        XCTAssertEqual(p.buyerID, "25340001200011")
        XCTAssertEqual(r.buyers.first { $0.id == "25340001200011" }?.kind, .epci)
        XCTAssertEqual(messages(r), [
            "\(file): warning: 1 release of buyers outside the site's departments left out",
            "\(file) at $.releases[0]: warning: notice \"ocds-abc123-0001\", field \"date\": another release of ocds-abc123-0001 (at $.releases[1]) is newer or later in the file; merged: that one is read",
            "\(file) at $.releases[4]: error: notice \"no-ocid\", field \"ocid\": a release without an ocid; record rejected",
        ])
        let s = r.sources.first { $0.kind == .notice }!
        XCTAssertEqual(s.read, s.imported + s.rejected + s.leftOut + s.merged)
    }

    func testOCDSRecordPackageUsesTheCompiledRelease() throws {
        let f = try ContentFixture(files: ["notices/ocds.json": fixture("ocds-records.json")])
        let r = try f.read()
        XCTAssertEqual(messages(r), [])
        let n = try XCTUnwrap(r.notices.first)
        XCTAssertEqual(n.id, "ocds-xyz-0100")
        XCTAssertEqual(n.statedStatus, .awarded)  // tender complete
        XCTAssertEqual(n.contractType, .supplies)  // goods
        XCTAssertEqual(n.departments, ["66"])
        XCTAssertEqual(n.buyerID, "26660032700012")
        XCTAssertEqual(r.buyers.first { $0.id == "26660032700012" }?.kind, .hospital)
    }

    // MARK: DECP

    func testDECP2019() throws {
        let f = try ContentFixture(files: ["notices/decp.json": fixture("decp-2019.json")])
        let r = try f.read()
        let file = f.path("notices/decp.json")
        XCTAssertEqual(r.awards.map(\.id), ["20005379100014-2026-0044", "21310555400017-2026-0042", "21310555400017-2026-0043",
                                            "21340172000019-2026-0046"])
        let a = r.awards[1]
        XCTAssertEqual(a, Award(id: "21310555400017-2026-0042", buyerID: "21310555400017", object: "Entretien des espaces verts du parc de la Reynerie",
                                cpv: [CPVCode(parsing: "77310000-6")!], notified: Day(iso: "2026-09-14"),
                                amount: Money(amount: 184_000, currency: "EUR"), winners: ["Jardins d'Oc"], departments: ["31"],
                                procedure: "Procédure adaptée", source: a.source, months: 24))
        // "NC": no amount; 9310000 lost its leading zero (electricity, division 09).
        XCTAssertNil(r.awards[2].amount)
        XCTAssertEqual(r.awards[2].cpv.map(\.description), ["09310000"])
        // 1.0e17: implausible, left out; the Region is a known buyer, so its award stays though performed in Paris.
        XCTAssertNil(r.awards[0].amount)
        XCTAssertEqual(r.awards[0].departments, [])
        // A buyer unknown to the site but performing in the region is made from the file.
        XCTAssertEqual(r.buyers.first { $0.id == "21340172000019" }?.name, "Commune de Montpellier")
        XCTAssertEqual(messages(r), [
            "\(file): warning: 1 contract of other buyers, performed outside the site's departments, left out",
            "\(file) at $.marches[1]: warning: award \"2026-0043\", field \"montant\": not an amount: \"NC\"; left out",
            "\(file) at $.marches[2]: warning: award \"2026-0044\", field \"montant\": implausible amount 1e+17; left out",
            "\(file) at $.marches[5]: error: award, field \"id\": no id; record rejected",
        ])
        let s = r.sources.first { $0.kind == .award }!
        XCTAssertEqual([s.read, s.imported, s.rejected, s.leftOut], [6, 4, 1, 1])
    }

    func testDECP2022() throws {
        let f = try ContentFixture(files: ["buyers/decp.json": fixture("decp-2022.json")])
        let r = try f.read()
        let file = f.path("buyers/decp.json")
        XCTAssertEqual(r.awards.map(\.id), ["20005379100014-2026CC01", "20005379100014-2026RX0007"])
        XCTAssertEqual(r.awards[1].winners, ["SIRET 38012986600032"])
        XCTAssertNil(r.awards[1].amount)
        XCTAssertEqual(r.awards[0].departments, ["34"])  // postal code 34000
        XCTAssertEqual(r.awards[0].amount?.amount, 1_200_000)
        XCTAssertEqual(messages(r), [
            "\(file) at $.marches.marche[0]: warning: award \"2026RX0007\", field \"montant\": not an amount: \"non\"; left out",
        ])
    }

    // MARK: Sources, detection, merge

    func testDeclaredSourcesAndGlobs() throws {
        let f = try ContentFixture(files: [
            "exports/a-boamp.json": fixture("boamp.json"),
            "exports/b-decp.json": fixture("decp-2019.json"),
        ], config: "title: Test\nregion: Occitanie\nsources:\n  - path: exports/*-boamp.json\n    format: boamp\n  - exports/b-*.json\n  - path: exports/none-*.json\n")
        let r = try f.read()
        XCTAssertEqual(r.notices.count, 4)
        XCTAssertEqual(r.awards.count, 5)  // b-decp.json's four, and a-boamp.json's award notice
        XCTAssertEqual(r.sources.map(\.format).filter { $0 != .scope }, [.boamp, .decp, .boamp, .decp])
        XCTAssertTrue(messages(r).contains("\(f.path("config.yaml")):7: warning: field \"sources\": no file matches \"exports/none-*.json\""),
                      messages(r).joined(separator: "\n"))
    }

    func testAnUnknownFormatInTheConfigNamesTheLine() throws {
        let f = try ContentFixture(files: [:], config: "title: Test\nsources:\n  - path: x.json\n    format: ted\n")
        XCTAssertThrowsError(try f.read()) { error in
            XCTAssertEqual("\(error)", "\(f.path("config.yaml")):4: unknown format \"ted\" (known: ocds, decp, eforms, boamp, approch, scope)")
        }
    }

    func testTheSameIDFromTwoFilesIsMergedNewestFirst() throws {
        // The native record (published 2026-11-05) is newer than BOAMP's (2026-11-02): it wins,
        // and takes the lots and documents link it lacks from the BOAMP notice.
        let native = ContentFixture.notice(["id": "26-10001", "title": "Toiture du gymnase (version acheteur)", "published": "2026-11-05",
                                            "departments": ["12"], "cpv": ["45261210"]])
        let f = try ContentFixture(files: ["notices/a-boamp.json": fixture("boamp.json"), "notices/b-native.json": ContentFixture.json([native])])
        let r = try f.read()
        let n = try XCTUnwrap(r.notices.first { $0.id == "26-10001" })
        XCTAssertEqual(n.title, "Toiture du gymnase (version acheteur)")
        XCTAssertEqual(n.buyerID, "21310555400017")
        XCTAssertEqual(n.lots.count, 2)
        XCTAssertEqual(n.documentsURL, "https://marches.millau.example/consultation/2026-017")
        let warning = messages(r).first { $0.contains("merged") }
        XCTAssertEqual(warning, "\(f.path("notices/b-native.json")) at $[0]: warning: notice \"26-10001\", field \"id\": also in \(f.path("notices/a-boamp.json")) at $[0]; merged: the record at \(f.path("notices/b-native.json")) at $[0] wins (its date is later), with procedure, estimated_value, documents_url, lots from \(f.path("notices/a-boamp.json")) at $[0]")
    }

    func testDetectionByContent() {
        XCTAssertEqual(detect(#"[{"idweb": "1"}]"#), .boamp)
        XCTAssertEqual(detect(#"{"results": [{"idweb": "1"}]}"#), .boamp)
        XCTAssertEqual(detect(#"[{"code": "1", "siren_de_l_entite_acheteuse": "1"}]"#), .approch)
        XCTAssertEqual(detect(#"{"releases": []}"#), .ocds)
        XCTAssertEqual(detect(#"{"records": []}"#), .ocds)
        XCTAssertEqual(detect(#"{"marches": {"marche": []}}"#), .decp)
        XCTAssertEqual(detect(#"[{"id": "1", "deadline": "x"}]"#), .scope)
    }

    private func detect(_ json: String) -> ExportFormat {
        ContentReader.detectFormat(json: Data(json.utf8))
    }
}

/// Inputs the fuzzer found, kept as regression tests.
final class FuzzRegressionTests: XCTestCase {
    /// Two BOAMP update records with the same idweb were counted as one: the source's counts
    /// no longer added up (read 9 = imported 2 + rejected 4 + left out 1 + applied 1 + 1 lost).
    func testTwoUpdatesWithTheSameIdwebAreBothCounted() throws {
        let update: [String: Any] = ["idweb": "26-10003", "objet": "Rectificatif", "nomacheteur": "Commune de Millau", "dateparution": "2026-11-09",
                                     "datelimitereponse": "2026-12-22T12:00:00+01:00", "code_departement": ["12"], "type_marche": ["TRAVAUX"],
                                     "nature": "RECTIFICATIF", "annonce_lie": ["26-10001"]]
        let notice: [String: Any] = ["idweb": "26-10001", "objet": "Toiture", "nomacheteur": "Commune de Millau", "dateparution": "2026-11-02",
                                     "datelimitereponse": "2026-12-15T12:00:00+01:00", "code_departement": ["12"], "type_marche": ["TRAVAUX"],
                                     "nature": "APPEL_OFFRE", "donnees": "{\"CPV\": {\"PRINCIPAL\": \"45261210\"}}"]
        var later = update
        later["dateparution"] = "2026-11-10"
        later["datelimitereponse"] = "2026-12-29T12:00:00+01:00"
        let f = try ContentFixture(files: ["notices/b.json": ContentFixture.json([notice, update, later])])
        let r = try f.read()
        let s = try XCTUnwrap(r.sources.first { $0.kind == .notice })
        XCTAssertEqual([s.read, s.imported, s.rejected, s.leftOut, s.updates], [3, 1, 0, 0, 2])
        XCTAssertEqual(r.notices.first?.deadline, ParisTime.parse("2026-12-29T12:00:00+01:00"), "the later correction wins")
    }

    /// Every XML input the eforms target found crashing (`Tests/Fixtures/bad/fuzz-*.xml`: a name
    /// that is not UTF-8, a processing instruction without data, a comment that is not UTF-8
    /// under a garbled encoding name) is an error naming the file, and the other files are read.
    func testEveryXMLTheFuzzerFoundIsAnErrorNotACrash() throws {
        let bad = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/bad")
        let found = try FileManager.default.contentsOfDirectory(atPath: bad.path).filter { $0.hasPrefix("fuzz-") && $0.hasSuffix(".xml") }.sorted()
        XCTAssertEqual(found.count, 3)
        for name in found {
            let f = try ContentFixture("fuzz" + name.filter { $0.isLetter }, files: ["notices/ok.json": ContentFixture.json([ContentFixture.notice()])])
            try Data(contentsOf: bad.appendingPathComponent(name)).write(to: f.root.appendingPathComponent("notices/n.xml"))
            let r = try f.read()
            XCTAssertEqual(r.notices.map(\.id), ["26-00001"], name)
            XCTAssertTrue(r.diagnostics.contains { $0.location.file.hasSuffix("n.xml") && $0.severity == .error && $0.message.contains("no record of this file was read") }, name)
        }
    }

    /// Found by the eforms target: a processing instruction without data (`<?xm?>`) made
    /// Foundation's XML parser read a null pointer.
    func testAProcessingInstructionWithoutDataIsAnErrorNotACrash() throws {
        let f = try ContentFixture(files: ["notices/ok.json": ContentFixture.json([ContentFixture.notice()]),
                                          "notices/n.xml": "<?xml version=\"1.0\"?>\n<ContractNotice><?pi?></ContractNotice>\n"])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertTrue(r.diagnostics.map(\.description).contains("\(f.path("notices/n.xml")):2: error: not well-formed XML: a processing instruction "
                                                                + "without data (<?…?>), which XML notices never hold (line 2); no record of this file was read"), "\(r.diagnostics.map(\.description))")
    }

    /// Found by the eforms target: a byte that is not UTF-8 at the start of an element's name
    /// (`<\xE4/efbc:…`) made Foundation's XML parser trap, and the build with it.
    func testAnElementNameThatIsNotUTF8IsAnErrorNotACrash() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bad/fuzz-invalid-utf8-name.xml"))
        let f = try ContentFixture(files: ["notices/ok.json": ContentFixture.json([ContentFixture.notice()])])
        try bytes.write(to: f.root.appendingPathComponent("notices/n.xml"))
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-00001"])
        XCTAssertTrue(r.diagnostics.map(\.description).contains("\(f.path("notices/n.xml")):417: error: not well-formed XML: the byte 0xE4 is not UTF-8, "
                                                                + "the document's encoding (line 417); no record of this file was read"), "\(r.diagnostics.map(\.description))")
    }
}
