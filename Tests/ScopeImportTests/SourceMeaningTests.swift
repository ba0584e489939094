import Foundation
import ScopeImport
import ScopeModel
import XCTest

/// Records read as their source means them: what a visitor can live without never costs a
/// record, and a correction is a correction however the export labels it.
final class SourceMeaningTests: XCTestCase {
    func messages(_ r: ImportResult) -> [String] { r.diagnostics.map(\.description) }

    /// A notice without a contract type (a real BOAMP insurance notice, 26-79114, was rejected):
    /// the main CPV code's kind, with a warning; without a CPV code either, still rejected.
    func testAContractTypeIsInferredFromTheMainCPVCode() throws {
        let f = try ContentFixture(files: ["notices/n.json": ContentFixture.json([
            ContentFixture.notice(["contract_type": nil, "cpv": ["66510000-8"]]),
            ContentFixture.notice(["id": "26-00002", "contract_type": nil, "cpv": ["45233140-2"]]),
            ContentFixture.notice(["id": "26-00003", "contract_type": nil, "cpv": ["48000000-8"]]),
            ContentFixture.notice(["id": "26-00004", "contract_type": nil, "cpv": ["30192000-1"]]),
        ])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.contractType), [.services, .works, .supplies, .supplies])
        XCTAssertTrue(messages(r).contains("\(f.path("notices/n.json")) at $[0]: warning: notice \"26-00001\", field \"contract_type\": "
                                           + "not given; services inferred from the main CPV code 66510000"), "\(messages(r))")
        XCTAssertEqual(ContractType(inferredFrom: CPVCode(parsing: "03000000")!), .supplies)
        XCTAssertEqual(ContractType(inferredFrom: CPVCode(parsing: "98000000")!), .services)
    }

    /// `etat: RECTIFICATIF` with `nature: APPEL_OFFRE` (the shape of real rectificatifs): a
    /// correction of the notice it links, applied, not a record rejected for missing fields.
    func testABOAMPRectificatifMarkedInItsStateIsApplied() throws {
        let notice: [String: Any] = ["idweb": "26-10001", "objet": "Toiture", "nomacheteur": "Commune de Millau", "dateparution": "2026-11-02",
                                     "datelimitereponse": "2026-12-15T12:00:00+00:00", "code_departement": ["12"], "type_marche": ["TRAVAUX"],
                                     "nature": "APPEL_OFFRE", "etat": "INITIAL", "donnees": "{\"CPV\": {\"PRINCIPAL\": \"45261210\"}}"]
        let correction: [String: Any] = ["idweb": "26-10050", "objet": "Toiture", "nomacheteur": "Commune de Millau", "dateparution": "2026-11-09",
                                         "code_departement": ["12"], "nature": "APPEL_OFFRE", "etat": "RECTIFICATIF", "annonce_lie": ["26-10001"],
                                         "donnees": "{\"FNSimple\": {\"initial\": {\"delai\": {\"dateReceptionOffres\": \"2026-12-22T12:00:00\"}}}}"]
        let f = try ContentFixture(files: ["notices/b.json": ContentFixture.json([notice, correction])])
        let r = try f.read()
        XCTAssertEqual(r.notices.map(\.id), ["26-10001"])
        XCTAssertEqual(r.notices.first.map { ParisTime.rfc3339($0.deadline) }, "2026-12-22T12:00:00+01:00")
        let s = try XCTUnwrap(r.sources.first { $0.kind == .notice })
        XCTAssertEqual([s.read, s.imported, s.rejected, s.updates], [2, 1, 0, 1])
    }

    /// A BOAMP notice that states no deadline stays listed until its `datefindiffusion`, and
    /// says that is what the date is (it was rejected as a record missing its deadline).
    func testABOAMPNoticeWithoutADeadlineIsListedUntilItsEndOfListing() throws {
        let notice: [String: Any] = ["idweb": "26-20001", "objet": "Assurances", "nomacheteur": "Commune de Millau", "dateparution": "2026-11-02",
                                     "datefindiffusion": "2026-12-31", "code_departement": ["12"], "type_marche": ["SERVICES"],
                                     "nature": "APPEL_OFFRE", "donnees": "{\"CPV\": {\"PRINCIPAL\": \"66510000\"}}"]
        let f = try ContentFixture(files: ["notices/b.json": ContentFixture.json([notice])])
        let r = try f.read()
        let n = try XCTUnwrap(r.notices.first)
        XCTAssertEqual(n.deadlineKind, .listing)
        XCTAssertEqual(ParisTime.rfc3339(n.deadline), "2026-12-31T23:59:59+01:00")
    }
}
