import Foundation
import ScopeImport
import ScopeIndex
import ScopeModel
@testable import ScopeRender
@testable import ScopeSample
import XCTest

final class TokenizerTests: XCTestCase {
    func testFoldingCaseAccentsAndLigatures() {
        XCTAssertEqual(Tokenizer.fold("Rénovation ÉCOLE Œuvre Ça"), "renovation ecole oeuvre ca")
        XCTAssertEqual(Tokenizer.fold("d’œuvre l'école"), "d oeuvre l ecole")
        // The byte path gives Unicode's answer for every character it takes, and leaves the
        // others (Ÿ, combining accents, Greek, a lone lead byte's neighbours) to it.
        var samples = (0x20...0x17F).map { String(UnicodeScalar($0)!) } + (0x2000...0x207F).map { String(UnicodeScalar($0)!) }
        samples += ["ŸVES", "e\u{301}cole", "ΣΟΦΙΑ", "Ǆ", "İstanbul", "Maître d’Œuvre — Lot n° 3 × 2 ; µm ß", "ÀÉÎÕÜ Ý Þ æ", "a’b‘c…"]
        for s in samples { XCTAssertEqual(Tokenizer.fold(s), Tokenizer.foldUnicode(s), s.unicodeScalars.map { String($0.value, radix: 16) }.description) }
        XCTAssertNotNil(Tokenizer.foldLatin("Maître d’Œuvre — Lot n° 3"))
        XCTAssertNil(Tokenizer.foldLatin("ŸVES"))
    }

    func testStemmingOfPlurals() {
        XCTAssertEqual(Tokenizer.stem("reseaux"), "reseau")
        XCTAssertEqual(Tokenizer.stem("regionaux"), "regional")
        XCTAssertEqual(Tokenizer.stem("ecoles"), "ecole")
        XCTAssertEqual(Tokenizer.stem("prix"), "prix")  // a final x stays but in -eux, -oux, -aux
        XCTAssertEqual(Tokenizer.stem("lieux"), "lieu")
        XCTAssertEqual(Tokenizer.stem("lot"), "lot")  // three letters and fewer stay
        XCTAssertEqual(Tokenizer.stem("acces"), "acce")
        XCTAssertEqual(Tokenizer.stem("classe"), "classe")
        XCTAssertEqual(Tokenizer.stem("progres"), "progre")
        XCTAssertEqual(Tokenizer.stem("express"), "express")
    }

    func testTermsDropStopWordsAndKeepCodes() {
        XCTAssertEqual(Tokenizer.terms("Travaux de voirie et réseaux divers à Toulouse"),
                       ["traval", "voirie", "reseau", "diver", "toulouse"])
        XCTAssertEqual(Tokenizer.terms("CPV 45233140-2, 45233120"), ["cpv", "45233140", "45233120"])
        XCTAssertEqual(Tokenizer.terms("Maîtrise d'œuvre"), ["maitrise", "oeuvre"])
        XCTAssertEqual(Tokenizer.idTerm("26-10117"), "_26-10117")
    }

    /// The byte path for ASCII words keeps and stems exactly what the String path does.
    func testASCIIWordsOnBytesAsOnStrings() {
        let letters = Array("abcdeiklmnoqrstuxyz09AZ")
        var words = Tokenizer.stopWords.sorted() + letters.map { String($0) }
        for a in letters { for b in letters { words.append(String([a, b])) } }
        for stem in ["", "b", "tr", "lot", "bur", "travail", "1"] {
            for end in ["eaux", "aux", "eux", "oux", "ss", "s", "x", "e", "es", "as", "us", "9", "S", "AUX"] { words.append(stem + end) }
        }
        words += ["travaux", "bureaux", "prix", "croix", "2026", "45233140", "A4", "TRAVAUX", "Eaux", "leurs", "entre", "chez", "sous",
                  "voirie", "reseaux", "express", "progres"]
        for w in words {
            var viaBytes: [String] = [], viaString: [String] = []
            Array(w.utf8).withUnsafeBufferPointer { Tokenizer.addASCII(bytes: $0, to: &viaBytes) }
            Tokenizer.add(w, to: &viaString)
            XCTAssertEqual(viaBytes, viaString, w)
        }
        XCTAssertGreaterThan(words.count, 600)
    }

    /// Text is cut into chunks on bytes where no scalar joins a space to its neighbours; the
    /// terms are then those of cutting on Characters.
    func testChunksOnBytesAsOnCharacters() {
        var random = SampleRandom(seed: 0x7E4)
        let pieces = ["a", "b", "E", "é", "É", "œ", "Œ", "ç", "ß", "ø", "ǅ", "ʰ", "’", "'", "—", "…", "€", "«", "»", " ", " ", "  ", "\n", "\t",
                      "-", ",", ".", "/", "(", ")", "0", "45233140", "45233140-2", "4523314", "lot", "travaux", "de", "eaux", "réseaux",
                      "\u{A0}", "\u{2009}", "\u{2011}", "\u{2028}", "\u{200B}", "\u{2060}", "\u{AD}"]
        var onBytes = 0
        for _ in 0..<4000 {
            let text = (0..<random.int(in: 0...40)).map { _ in random.pick(pieces) }.joined()
            var folded = Tokenizer.fold(text)
            let bytes = folded.withUTF8 { SingleScalarCharacters.hold($0) }
            if bytes { onBytes += 1 }
            XCTAssertEqual(Tokenizer.terms(text), Tokenizer.chunkedOnCharacters(folded), text.debugDescription)
        }
        XCTAssertGreaterThan(onBytes, 3900, "these texts are cut on bytes")
        let joiners = pieces + ["\u{301}", "\r\n", "\r", "\u{200D}", "\u{200C}", "\u{600}", "\u{20D7}"]
        for _ in 0..<2000 {
            let text = (0..<random.int(in: 0...40)).map { _ in random.pick(joiners) }.joined()
            XCTAssertEqual(Tokenizer.terms(text), Tokenizer.chunkedOnCharacters(Tokenizer.fold(text)), text.debugDescription)
        }
        for joined in [" \u{301}a", "a\r\nb", "a \u{200D}b", "\u{600} a", "a \u{20D7}", "a 한 b"] {
            var folded = Tokenizer.fold(joined)
            XCTAssertFalse(folded.withUTF8 { SingleScalarCharacters.hold($0) }, joined.debugDescription)
        }
        XCTAssertEqual(Tokenizer.terms("voirie \u{301}réseaux"), Tokenizer.chunkedOnCharacters(Tokenizer.fold("voirie \u{301}réseaux")))
    }
}

final class PostingListTests: XCTestCase {
    func testRoundTripsSparseAndDense() {
        let sparse = [0, 5, 31, 32, 1000, 40_000, 99_999]
        XCTAssertTrue(PostingList.encode(sparse, universe: 100_000).hasPrefix("d:"))
        XCTAssertEqual(PostingList.decode(PostingList.encode(sparse, universe: 100_000)), sparse)
        let dense = Array(stride(from: 0, to: 100_000, by: 2))
        let encoded = PostingList.encode(dense, universe: 100_000)
        XCTAssertTrue(encoded.hasPrefix("b:"))
        XCTAssertEqual(encoded.count, 2 + (100_000 + 5) / 6)
        XCTAssertEqual(PostingList.decode(encoded), dense)
        XCTAssertEqual(PostingList.decode(PostingList.encode([], universe: 10)), [])
    }
}

/// The index of the bundled sample.
final class SearchIndexTests: XCTestCase {
    static let strings = try! Strings(layouts: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts"), language: "fr")
    static let catalog: Catalog = {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let site = try! ConfigLoader.loadSite(contentDirectory: content)
        let mapping = try! ConfigLoader.loadSectors(contentDirectory: content)
        let r = ContentReader(contentDirectory: content, site: site).read()
        return Catalog(notices: r.notices, programmations: r.programmations, buyers: r.buyers, site: site, mapping: mapping,
                       now: site.now!)
    }()

    func testDocumentsAreNumberedTheSameWhateverTheClock() {
        let c = Self.catalog
        let index = SearchIndex(catalog: c, views: Views(catalog: c, strings: Self.strings))
        XCTAssertEqual(index.docs.count, c.notices.count + c.programmations.count)
        XCTAssertEqual(index.docs.map(\.kind), Array(repeating: "n", count: c.notices.count) + Array(repeating: "p", count: c.programmations.count))
        // Notices by deadline, closed and open alike: the open ones are the numbers from the
        // first deadline to come, soonest first.
        let deadlines = index.docs.prefix(c.notices.count).map { $0.deadline! }
        XCTAssertEqual(deadlines, deadlines.sorted())
        let open = index.docs.filter(\.isOpen).map(\.number)
        XCTAssertEqual(open.count, c.openNotices.count)
        XCTAssertGreaterThan(open.count, 20)
        // A day later, a month later: the same numbers for the same records.
        for days in [1.0, 30.0] {
            let later = Catalog(notices: c.notices.map(\.notice), programmations: c.programmations.map(\.programmation), buyers: c.buyers.map(\.buyer),
                                site: c.site, mapping: c.mapping, now: c.now.addingTimeInterval(days * 86_400))
            let again = SearchIndex(catalog: later, views: Views(catalog: later, strings: Self.strings))
            XCTAssertEqual(again.docs.map(\.id), index.docs.map(\.id), "\(days) days later")
            XCTAssertLessThan(again.docs.filter(\.isOpen).count, open.count, "\(days) days later, fewer open")
        }
    }

    func testEachDocumentIsInTheBestTierOfEachOfItsTerms() {
        let c = Self.catalog
        let index = SearchIndex(catalog: c, views: Views(catalog: c, strings: Self.strings))
        for (term, tiers) in index.postings {
            let all = tiers.flatMap { $0 }
            XCTAssertEqual(Set(all).count, all.count, "\(term): a document in two tiers")
            for tier in tiers { XCTAssertEqual(tier, tier.sorted(), term) }
        }
        // A word of a title is in tier 3 for that document.
        let doc = index.docs[0]
        let word = Tokenizer.terms(doc.title).first!
        XCTAssertTrue(index.postings[word]![0].contains(0))
        XCTAssertEqual(index.postings[Tokenizer.idTerm(doc.id)]?[0], [0])
    }

    func testShardKeysAndFileNames() {
        XCTAssertEqual(SearchIndex.shardKey("voirie"), "vo")
        XCTAssertEqual(SearchIndex.shardKey("_26-10117"), "_117")
        XCTAssertEqual(SearchIndex.safeName("vo"), "vo")
        XCTAssertEqual(SearchIndex.safeName("_117"), "_117")
        XCTAssertEqual(SearchIndex.safeName("é"), "xc3a9")
        XCTAssertEqual(SearchIndex.shardKey("#45233"), "#452")
        XCTAssertEqual(SearchIndex.shardKey("#45"), "#45")
    }

    func testACPVCodeIsFoundByEachOfItsPrefixes() {
        XCTAssertEqual(Tokenizer.cpvTerms(CPVCode(parsing: "45233000-9")!), ["#45", "#452", "#4523", "#45233"])
        XCTAssertEqual(Tokenizer.cpvTerms(CPVCode(parsing: "45000000")!), ["#45"])
        XCTAssertEqual(Tokenizer.cpvTerms(CPVCode(parsing: "45233141")!).last, "#45233141")
        XCTAssertEqual(Tokenizer.cpvTerms(CPVCode(parsing: "03000000")!), ["#03"])
    }

    func testSortKeysRankLargestFirstAndTheUnknownLast() {
        let c = Self.catalog
        let index = SearchIndex(catalog: c, views: Views(catalog: c, strings: Self.strings))
        let ranks = SearchIndex.ranks(index.docs, by: { $0.amount })
        XCTAssertEqual(Set(ranks), Set(0..<index.docs.count))
        let byRank = index.docs.indices.sorted { ranks[$0] < ranks[$1] }.map { index.docs[$0].amount }
        let known = byRank.prefix { $0 != nil }.map { $0! }
        XCTAssertEqual(known, known.sorted(by: >))
        XCTAssertTrue(byRank.dropFirst(known.count).allSatisfy { $0 == nil })
        XCTAssertEqual(SearchIndex.keyWidth(4096), 2)
        XCTAssertEqual(SearchIndex.keyWidth(4097), 3)
        XCTAssertEqual(PostingList.fixedWidth([0, 63, 64, 4095], width: 2), "AAA_BA__")
    }

    func testATermFileRanksByTierThenOpenSoonestAndCountsItsFacets() throws {
        let c = Self.catalog
        let index = SearchIndex(catalog: c, views: Views(catalog: c, strings: Self.strings))
        let (term, tiers) = index.postings.filter { $0.value[0].count > 5 && $0.value[2].count > 0 }.min { $0.key < $1.key }!
        let data = SiteRenderer.termFile(term, tiers: tiers, docs: index.docs, facets: FacetCounter(index.docs), universe: index.docs.count)
        let o = try JSONSerialization.jsonObject(with: Data(data)) as! [String: Any]
        // First results: by tier, then open notices soonest first, programmations, closed
        // notices latest first; no count of open or closed, which the page makes by its clock.
        let top = (o["top"] as! [[String: Any]]).map { $0["n"] as! Int }
        // Open as of Monday 00:00 (Paris) of the build's week, counted here with Foundation's calendar.
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = TimeZone(identifier: "Europe/Paris")!
        let monday = iso.dateInterval(of: .weekOfYear, for: c.now)!.start
        func openOnMonday(_ d: SearchIndex.Doc) -> Bool { d.statedOpen ?? (d.deadline.map { $0 > monday } ?? false) }
        func group(_ n: Int) -> (Int, Int) {
            let d = index.docs[n]
            return d.kind == "p" ? (1, n) : openOnMonday(d) ? (0, n) : (2, -n)
        }
        let ordered = tiers.flatMap { $0.sorted { group($0) < group($1) } }
        XCTAssertEqual(top, Array(ordered.prefix(20)))
        XCTAssertTrue(top.contains { index.docs[$0].kind == "n" && index.docs[$0].isOpen })
        // And it holds still through the week: the same top on the Sunday after.
        var cal = Calendar(identifier: .iso8601)
        cal.timeZone = TimeZone(identifier: "Europe/Paris")!
        let sunday = cal.dateInterval(of: .weekOfYear, for: c.now)!.end.addingTimeInterval(-60)
        let later = Catalog(notices: c.notices.map(\.notice), programmations: c.programmations.map(\.programmation), buyers: c.buyers.map(\.buyer),
                            site: c.site, mapping: c.mapping, now: sunday)
        let laterIndex = SearchIndex(catalog: later, views: Views(catalog: later, strings: Self.strings))
        XCTAssertEqual(SiteRenderer.top(laterIndex.postings[term]!, docs: laterIndex.docs), SiteRenderer.top(tiers, docs: index.docs),
                       "a word's first results moved within the week")
        XCTAssertNil((o["f"] as! [String: Any])["k"])
        XCTAssertEqual((o["p"] as! [String]).map(PostingList.decode), tiers)
        // Its facet counts, counted here from the documents' own fields.
        var expected: [String: [String: Int]] = ["s": [:], "d": [:], "c": [:], "v": [:], "p": [:]]
        for n in tiers.joined() {
            let d = index.docs[n]
            for s in d.sectors { expected["s"]![s, default: 0] += 1 }
            for dep in d.departments { expected["d"]![dep, default: 0] += 1 }
            expected["c"]![d.type.rawValue, default: 0] += 1
            if let band = d.valueBand { expected["v"]![band, default: 0] += 1 }
            if let p = d.procedureID { expected["p"]![p, default: 0] += 1 }
        }
        XCTAssertEqual(o["f"] as? [String: [String: Int]], expected)
        XCTAssertFalse(expected["s"]!.isEmpty)
    }
}

/// A firm's trade word finds the records of its activity: the site's trades file, and the CPV
/// codes' own labels, which the search indexes.
final class TradeWordsTests: XCTestCase {
    static let layouts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("layouts")

    func notice(_ title: String, cpv: String) -> Notice {
        Notice(id: "n", title: title, description: nil, buyerID: "b", contractType: .works, procedure: nil, cpv: [CPVCode(parsing: cpv)!],
               departments: ["81"], place: nil, published: Day(iso: "2026-11-01")!, deadline: Date(timeIntervalSince1970: 1_800_000_000),
               estimatedValue: nil, lots: [], documentsURL: nil, statedStatus: nil, programmationID: nil, source: SourceLocation(file: "", position: .none))
    }

    func testARooferFindsRoofingWorkButNotBlankets() throws {
        let trades = try TradeWords(layouts: Self.layouts, language: "fr")
        let roofer = Set(Tokenizer.terms("couvreur"))
        // "Réfection du gymnase" says nothing of roofs; its code, 45261210, "Travaux de couverture de toits", does.
        let roof = SearchTerms.notice(notice("Réfection du gymnase", cpv: "45261210"), buyerName: "Commune", language: "fr", trades: trades)
        XCTAssertTrue(roofer.isSubset(of: roof), "\(roof.sorted())")
        XCTAssertTrue(Set(Tokenizer.terms("couverture")).isSubset(of: roof))
        // 39511100, "Couvertures" (blankets): a word of the activity, not its phrase.
        let blankets = SearchTerms.notice(notice("Fourniture pour l'internat", cpv: "39511100"), buyerName: "Lycée", language: "fr", trades: trades)
        XCTAssertTrue(Set(Tokenizer.terms("couverture")).isSubset(of: blankets))
        XCTAssertFalse(roofer.isSubset(of: blankets), "\(blankets.sorted())")
        // Without a trades file, no trade word.
        XCTAssertFalse(roofer.isSubset(of: SearchTerms.notice(notice("Réfection du gymnase", cpv: "45261210"), buyerName: "Commune",
                                                              language: "fr", trades: .none)))
    }

    func testATradesFileThatIsNotAMapIsNamed() {
        XCTAssertThrowsError(try TradeWords(yaml: "- couvreur\n", file: "fr.trades.yaml")) { error in
            XCTAssertTrue("\(error)".contains("fr.trades.yaml"), "\(error)")
        }
    }
}
