import Foundation
@testable import ScopeBuild
import ScopeCache
import ScopeModel
import ScopeOutput
@testable import ScopeRender
import XCTest

/// The nightly run: unchanged files keep their mtime, a changed record rewrites only what
/// shows it, a killed build leaves the previous site whole, and time moves notices along.
final class NightlyTests: XCTestCase {
    let content = repositoryRoot.appendingPathComponent("content")
    let layouts = repositoryRoot.appendingPathComponent("layouts")
    let old = Date(timeIntervalSince1970: 1_000_000_000)  // 2001

    func copyOfContent(_ name: String) throws -> URL {
        let copy = temporaryFolder(name)
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: content, to: copy)
        return copy
    }

    func build(_ content: URL, _ output: URL, now: Date = SampleSite.now) throws -> BuildReport {
        try SiteBuild.build(BuildOptions(content: content, layouts: layouts, output: output, now: now))
    }

    func tree(_ root: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in SampleSite.allFiles(under: root) { out[f] = try Data(contentsOf: root.appendingPathComponent(f)) }
        return out
    }

    func setAllMtimes(_ root: URL, to date: Date) throws {
        for f in SampleSite.allFiles(under: root) {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: root.appendingPathComponent(f).path)
        }
    }

    func mtime(_ url: URL) -> Date {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
    }

    /// Builds `content` from nothing beside `output` and checks that the site built over the last
    /// one is, file by file, the same; both trees, for further checks.
    @discardableResult
    func assertSameAsFreshBuild(_ content: URL, _ output: URL, _ name: String, now: Date = SampleSite.now) throws -> (incremental: [String: Data], fresh: [String: Data]) {
        let fresh = temporaryFolder(name).appendingPathComponent("site")
        _ = try build(content, fresh, now: now)
        let incremental = try tree(output), whole = try tree(fresh)
        XCTAssertEqual(Set(incremental.keys), Set(whole.keys))
        for (f, data) in whole where incremental[f] != data { XCTFail("\(f) differs from a fresh build's") }
        return (incremental, whole)
    }

    func testARebuildOfTheSameInputWritesNothing() throws {
        let output = temporaryFolder("same").appendingPathComponent("site")
        let first = try build(content, output)
        XCTAssertEqual(first.files.unchanged, 0)
        try setAllMtimes(output, to: old)
        let second = try build(content, output)
        XCTAssertEqual(second.files.written, 0)
        XCTAssertEqual(second.files.removed, 0)
        XCTAssertEqual(second.files.unchanged, first.files.written)
        for f in SampleSite.allFiles(under: output) { XCTAssertEqual(mtime(output.appendingPathComponent(f)), old, f) }
    }

    func testAChangedRecordRewritesExactlyTheFilesThatShowIt() throws {
        let edited = try copyOfContent("edited")
        let output = temporaryFolder("incremental").appendingPathComponent("site")
        _ = try build(edited, output)
        try setAllMtimes(output, to: old)

        // An open notice gets a new title.
        let raw = try RawSample(content: edited)
        let target = raw.notices.first { raw.isOpen($0, now: SampleSite.now) }!
        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let i = json.firstIndex { $0["id"] as? String == target.id }!
        let oldTitle = json[i]["title"] as! String
        let newTitle = "Titre modifié pour le test incrémental"
        json[i]["title"] = newTitle
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: path)

        let report = try build(edited, output)
        let files = SampleSite.allFiles(under: output)
        let rewritten = Set(files.filter { mtime(output.appendingPathComponent($0)) != old })
        let showing = Set(try files.filter { f in
            let text = String(decoding: try Data(contentsOf: output.appendingPathComponent(f)), as: UTF8.self)
            return text.contains(newTitle) || text.contains(newTitle.replacingOccurrences(of: "é", with: "\\u00e9"))
        })
        // Beyond the files that show the title, the search dictionary changes for the words the
        // title lost or gained, and only for them.
        let searchFiles = rewritten.filter { ($0.hasPrefix("recherche/d/") || $0.hasPrefix("recherche/t/")) && !showing.contains($0) }
        let words = Set(Tokenizer.terms(oldTitle) + Tokenizer.terms(newTitle))
        let keys = Set(words.map { SearchIndex.safeName(SearchIndex.shardKey($0)) })
        for f in searchFiles {
            let parts = f.dropFirst("recherche/".count).split(separator: "/")
            if parts[0] == "d" { XCTAssertTrue(keys.contains(String(parts[1].dropLast(5))), f) }
            else { XCTAssertTrue(words.map(SearchIndex.safeName).contains(String(parts[2].dropLast(5))), f) }
        }
        XCTAssertEqual(rewritten.subtracting(searchFiles), showing, "rewritten files are exactly those that show the record")
        XCTAssertTrue(rewritten.contains("annonces/\(Slug.make(target.id))/index.html"))
        XCTAssertEqual(report.files.written, rewritten.count)
        XCTAssertLessThan(Double(rewritten.count), Double(files.count) * 0.05, "\(rewritten.count) of \(files.count)")
        // And the result is what a build from nothing gives.
        try assertSameAsFreshBuild(edited, output, "incremental-fresh")
    }

    /// What search files count of a document (its sectors, places, type) changes with it:
    /// a notice moved to another department and trade gives, built over the last site, what
    /// a build from nothing gives, search files included.
    func testAMovedNoticeReachesTheSearchCountsAsAFreshBuild() throws {
        let edited = try copyOfContent("moved")
        let output = temporaryFolder("moved-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let i = try XCTUnwrap(json.firstIndex { ($0["departments"] as? [String]) != ["46"] && ($0["contract_type"] as? String) == "works" })
        json[i]["departments"] = ["46"]
        json[i]["cpv"] = ["33100000-1"]
        json[i]["contract_type"] = "supplies"
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: path)
        let report = try build(edited, output)
        XCTAssertGreaterThan(report.files.written, 0)
        try assertSameAsFreshBuild(edited, output, "moved-fresh")
    }

    /// A notice added at the top of an export moves every record below it (their lines and
    /// JSON paths, which messages quote): their pages keep their keys all the same, and the site
    /// is a fresh build's.
    func testANoticeAddedAboveTheOthersKeepsTheirPages() throws {
        let edited = try copyOfContent("added-on-top")
        let output = temporaryFolder("added-on-top-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let before = Manifest.read(for: output, stamp: CodeStamp.current)
        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        var added = json[0]
        added["id"] = "\(added["id"]!)-AJOUT"
        added["title"] = "Avis ajouté en tête de l'export"
        json.insert(added, at: 0)
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: path)
        _ = try build(edited, output)
        let after = Manifest.read(for: output, stamp: CodeStamp.current)
        let lists = Set([Routes.pageSegment, Routes.archivesSegment, Routes.newestSegment, Routes.subscribeSegment] + Routes.typeSegments.map(\.1))
        let pages = before.keys.filter { p in
            let parts = p.split(separator: "/")
            return parts.count == 3 && parts[0] + "/" == Routes.notices && parts[2] == "index.html" && !lists.contains(String(parts[1]))
        }
        XCTAssertEqual(pages.count, json.count - 1)
        let rekeyed = pages.filter { before[$0] != after[$0] }.sorted()
        XCTAssertEqual(rekeyed, [], "notice pages keyed anew though only their place in the export moved")
        try assertSameAsFreshBuild(edited, output, "added-on-top-fresh")
    }

    /// The same for programmations, in their CSV export: a row added above the others moves
    /// every other record's line, and no other programmation's page may be keyed anew for it.
    func testAProgrammationAddedAboveTheOthersKeepsTheirPages() throws {
        let edited = try copyOfContent("programmation-on-top")
        let output = temporaryFolder("programmation-on-top-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let before = Manifest.read(for: output, stamp: CodeStamp.current)
        let path = edited.appendingPathComponent("programmations/programmations.csv")
        let csv = try String(contentsOf: path, encoding: .utf8)
        // The export's lines end in CRLF, which a `String` holds as one character.
        let header = try XCTUnwrap(csv.range(of: "\r\n")).upperBound
        let row = "P26-AJOUT;Programmation ajoutée en tête de l'export;21539202800058;services;55524000-9;34;2028-01;;;;;planned;2026-09-05;Ajoutée.\r\n"
        try (csv[..<header] + row + csv[header...]).write(to: path, atomically: true, encoding: .utf8)
        _ = try build(edited, output)
        let after = Manifest.read(for: output, stamp: CodeStamp.current)
        let pages = before.keys.filter { p in
            let parts = p.split(separator: "/")
            return parts.count == 3 && parts[0] + "/" == Routes.programmations && parts[2] == "index.html"
                && !Routes.reservedSegments.contains(String(parts[1]))
        }
        XCTAssertGreaterThan(pages.count, 900)
        XCTAssertNotNil(after["programmations/p26-ajout/index.html"])
        let rekeyed = pages.filter { before[$0] != after[$0] }.sorted()
        XCTAssertEqual(rekeyed, [], "programmation pages keyed anew though only their place in the export moved")
        // The list of every programmation is cut by kind and expected quarter: the one added,
        // coming in January 2028, changes the list's first page (its count) and the pages of
        // that quarter, not those of the quarters and kinds after it.
        let list = before.keys.filter { $0 == "programmations/index.html" || $0.hasPrefix("programmations/page/") }
        XCTAssertGreaterThan(list.count, 20)
        let moved = Set(list.filter { before[$0] != after[$0] })
        XCTAssertTrue(moved.contains("programmations/index.html"))
        XCTAssertFalse(moved.filter { $0.hasPrefix("programmations/page/a-venir-2028-t1/") }.isEmpty, moved.sorted().description)
        XCTAssertEqual(moved.filter { $0 != "programmations/index.html" && !$0.hasPrefix("programmations/page/a-venir-2028-t1/") }, [])
        try assertSameAsFreshBuild(edited, output, "programmation-on-top-fresh")
    }

    /// A notice's page is kept by a fingerprint of its inputs, not of its whole context: every
    /// field it shows, and the programmation it links to, must reach it. One field changed in
    /// each of as many notices, then the site built over the last one is a fresh build's.
    func testEveryFieldOfANoticeReachesItsPage() throws {
        let edited = try copyOfContent("fields")
        let output = temporaryFolder("fields-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let open = json.indices.filter { raw in
            guard let d = json[raw]["deadline"] as? String, let date = ParisTime.parse(d) else { return false }
            return date > SampleSite.now && json[raw]["status"] == nil
        }
        let withLots = open.filter { json[$0]["lots"] != nil }
        let linked = json.indices.filter { json[$0]["programmation"] != nil }
        XCTAssertGreaterThanOrEqual(withLots.count, 4)
        XCTAssertGreaterThanOrEqual(linked.count, 3)
        var plain = open.filter { json[$0]["lots"] == nil && json[$0]["programmation"] == nil }.makeIterator()
        var changed: [String] = []
        func change(_ i: Int, _ edit: (inout [String: Any]) -> Void) {
            edit(&json[i])
            changed.append(json[i]["id"] as! String)
        }
        change(plain.next()!) { $0["title"] = "Titre changé" }
        change(plain.next()!) { $0["description"] = "Une **autre** description." }
        change(plain.next()!) { $0["procedure"] = "Procédure négociée" }
        change(plain.next()!) { $0["documents_url"] = "https://marches.example.org/autre" }
        change(plain.next()!) { $0["cpv"] = ["71000000-8"] }
        // Another code of the same division, as many codes: the notice stays in its sectors and
        // its card does not change.
        let works = try XCTUnwrap(open.first { i in
            json[i]["lots"] == nil && json[i]["programmation"] == nil && !changed.contains(json[i]["id"] as! String)
                && json[i]["cpv"] as! [String] == ["45233140-2"]
        })
        change(works) { $0["cpv"] = ["45233120-6"] }
        change(plain.next()!) { $0["place"] = "Ailleurs" }
        change(plain.next()!) { $0["estimated_value"] = 123_456 }
        change(plain.next()!) { $0["deadline"] = "2027-03-01T12:00:00+01:00" }
        change(plain.next()!) { $0["departments"] = ["46", "12"] }
        change(plain.next()!) { $0["contract_type"] = "services" }
        change(plain.next()!) { $0["published"] = "2026-09-01" }
        let otherBuyer = json[withLots[0]]["buyer"]!, otherProgrammation = json[linked[1]]["programmation"]!
        change(plain.next()!) { $0["buyer"] = otherBuyer }
        func editLot(_ k: Int, _ key: String, _ value: Any) {
            change(withLots[k]) { n in
                var lots = n["lots"] as! [[String: Any]]
                lots[0][key] = value
                n["lots"] = lots
            }
        }
        editLot(0, "title", "Lot au titre changé")
        editLot(1, "value", 98_765)
        editLot(2, "cpv", "45000000-7")
        change(withLots[3]) { n in n["lots"] = Array((n["lots"] as! [[String: Any]]).prefix(1)) }
        change(linked[0]) { $0["programmation"] = otherProgrammation }
        change(linked[2]) { $0.removeValue(forKey: "programmation") }
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: path)
        // And a programmation a notice links to gets a new title and period.
        let csv = edited.appendingPathComponent("programmations/programmations.csv")
        let target = json[linked[1]]["programmation"] as! String
        var rows = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\r\n")  // CRLF rows
        let r = try XCTUnwrap(rows.firstIndex { $0.hasPrefix(target + ";") })
        var cells = rows[r].components(separatedBy: ";")
        cells[1] = "Programmation au titre changé"
        cells[6] = "2028-Q1"
        rows[r] = cells.joined(separator: ";")
        try rows.joined(separator: "\r\n").write(to: csv, atomically: true, encoding: .utf8)

        let report = try build(edited, output)
        XCTAssertGreaterThan(report.files.written, changed.count)
        let (incremental, whole) = try assertSameAsFreshBuild(edited, output, "fields-fresh")
        for id in changed {
            let page = "annonces/\(Slug.make(id))/index.html"
            XCTAssertEqual(incremental[page], whole[page], page)
        }
    }

    /// The site before the current one is kept (`.site.spare`) and reused as the next staging
    /// folder: three builds in a row, each changing one title, stay in step — every file the
    /// third build did not change is the second build's very file (same inode), every file
    /// it changed is new, and the result is a fresh build's.
    func testTheSiteBeforeIsReusedAndStaysInStep() throws {
        let edited = try copyOfContent("spare")
        let root = temporaryFolder("spare-out")
        let output = root.appendingPathComponent("site")
        let path = edited.appendingPathComponent("notices/annonces.json")
        func retitle(_ n: Int, _ title: String) throws {
            var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
            json[n]["title"] = title
            try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: path)
        }
        func inodes() throws -> [String: UInt64] {
            Dictionary(uniqueKeysWithValues: try SampleSite.allFiles(under: output).map { f in
                (f, (try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(f).path)[.systemFileNumber] as! NSNumber).uint64Value)
            })
        }
        _ = try build(edited, output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent(".site.spare").path))
        try retitle(3, "Premier titre changé")
        _ = try build(edited, output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(".site.spare").path), "the first site is kept")
        // With its list, so that the next build takes the spare without walking its tree.
        let list = try String(contentsOf: root.appendingPathComponent(".site.spare-files"), encoding: .utf8)
        XCTAssertEqual(list.split(separator: "\n").count - 1, try SampleSite.allFiles(under: root.appendingPathComponent(".site.spare")).count)
        let second = try inodes()
        try retitle(7, "Second titre changé")
        let third = try build(edited, output)
        let after = try inodes()
        let changed = Set(after.keys.filter { after[$0] != second[$0] })
        XCTAssertEqual(third.files.written, changed.count)
        XCTAssertLessThan(changed.count, after.count / 20)
        for f in changed where !f.hasPrefix("recherche/") {
            let text = try String(contentsOf: output.appendingPathComponent(f), encoding: .utf8)
            XCTAssertTrue(text.contains("Second titre changé") || text.contains("Second titre chang\\u00e9") || f.hasSuffix("sitemap.xml"), f)
        }
        // The page changed by the second build and not by the third is the second build's file.
        let first = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let page = "annonces/\(Slug.make(first[3]["id"] as! String))/index.html"
        XCTAssertEqual(after[page], second[page])
        try assertSameAsFreshBuild(edited, output, "spare-fresh")
    }

    /// The staging folder is made while the exports are read; a build that stops before writing
    /// (here `--strict` meeting a rejected record) gives the spare back as it was, leaves the
    /// site as it was and no staging folder, and the next build still reuses the spare.
    func testABuildStoppedBeforeWritingGivesTheSpareBack() throws {
        let edited = try copyOfContent("give-back")
        let root = temporaryFolder("give-back-out")
        let output = root.appendingPathComponent("site"), spare = root.appendingPathComponent(".site.spare")
        func inodes(_ folder: URL) throws -> [String: UInt64] {
            Dictionary(uniqueKeysWithValues: try SampleSite.allFiles(under: folder).map { f in
                (f, (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(f).path)[.systemFileNumber] as! NSNumber).uint64Value)
            })
        }
        _ = try build(edited, output)
        _ = try build(edited, output)
        let spareBefore = try inodes(spare), siteBefore = try inodes(output)
        XCTAssertFalse(spareBefore.isEmpty)
        try """
        [{"id": "X-1", "title": "Sans acheteur connu", "buyer": "99999999999999", "contract_type": "works",
          "cpv": ["45000000-7"], "departments": ["31"], "published": "2026-11-01", "deadline": "2026-12-01T12:00:00+01:00"}]
        """.write(to: edited.appendingPathComponent("notices/extra.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SiteBuild.build(BuildOptions(content: edited, layouts: layouts, output: output, now: SampleSite.now, strict: true))) {
            XCTAssertTrue($0 is StrictFailure, "\($0)")
        }
        XCTAssertEqual(try inodes(spare), spareBefore, "the spare is given back as it was")
        XCTAssertEqual(try inodes(output), siteBefore)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("staging") }, [])
        try FileManager.default.removeItem(at: edited.appendingPathComponent("notices/extra.json"))
        let next = try build(edited, output)
        XCTAssertEqual(next.files.written, 0)
        XCTAssertEqual(try inodes(output), siteBefore, "the same files, kept")
    }

    /// Pages are kept unrendered when their template context is unchanged; a change to the
    /// templates or their words (not to the data) must still reach every page.
    func testAChangedWordInTheTemplatesReachesEveryPage() throws {
        let layoutsCopy = temporaryFolder("words-layouts").appendingPathComponent("layouts")
        try FileManager.default.copyItem(at: layouts, to: layoutsCopy)
        let output = temporaryFolder("words-out").appendingPathComponent("site")
        let first = try SiteBuild.build(BuildOptions(content: content, layouts: layoutsCopy, output: output, now: SampleSite.now))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.deletingLastPathComponent().appendingPathComponent(".site.manifest").path))
        let words = layoutsCopy.appendingPathComponent("i18n/fr.yaml")
        try (try String(contentsOf: words, encoding: .utf8)).replacingOccurrences(of: "skip: Aller au contenu",
                                                                                  with: "skip: Aller au contenu de la page")
            .replacingOccurrences(of: "calendar_summary: \"Date limite\u{00A0}: {title}\"", with: "calendar_summary: \"Échéance : {title}\"")
            .write(to: words, atomically: true, encoding: .utf8)
        let second = try SiteBuild.build(BuildOptions(content: content, layouts: layoutsCopy, output: output, now: SampleSite.now))
        let pages = SampleSite.allFiles(under: output).filter { $0.hasSuffix(".html") }
        for p in pages {
            let text = try String(contentsOf: output.appendingPathComponent(p), encoding: .utf8)
            XCTAssertTrue(text.contains("Aller au contenu de la page"), "\(p) kept the old word")
        }
        // Calendars too: an event's summary is worded by the same file.
        var withEvents = 0
        for c in SampleSite.allFiles(under: output) where c.hasSuffix(".ics") {
            let text = try String(contentsOf: output.appendingPathComponent(c), encoding: .utf8)
            XCTAssertFalse(text.contains("SUMMARY:Date limite\u{00A0}: "), "\(c) kept the old word")
            XCTAssertEqual(text.components(separatedBy: "SUMMARY:Échéance : ").count, text.components(separatedBy: "BEGIN:VEVENT").count, c)
            if text.contains("BEGIN:VEVENT") { withEvents += 1 }
        }
        XCTAssertGreaterThan(withEvents, 100)
        XCTAssertGreaterThanOrEqual(second.files.written, pages.count + withEvents)
        XCTAssertEqual(first.files.written, second.files.written + second.files.unchanged)
        // And a third build of the same input renders nothing again and writes nothing.
        let third = try SiteBuild.build(BuildOptions(content: content, layouts: layoutsCopy, output: output, now: SampleSite.now))
        XCTAssertEqual(third.files.written, 0)
    }

    /// A fingerprint stands for a file's values, not for the code that turns them into bytes:
    /// a site whose manifest another version of Scope wrote is rendered anew whole. Here the
    /// "old version" wrote other bytes for a feed, a calendar and a page; with the same stamp they are kept
    /// (the fingerprints match), with another they are made again.
    func testASiteMadeByAnotherVersionIsRenderedAnew() throws {
        let root = temporaryFolder("stamp")
        let output = root.appendingPathComponent("site"), manifest = root.appendingPathComponent(".site.manifest")
        _ = try build(content, output)
        let text = try String(contentsOf: manifest, encoding: .utf8)
        let header = String(text.prefix { $0 != "\n" })
        XCTAssertTrue(header.hasSuffix(" " + CodeStamp.current), header)
        XCTAssertFalse(Manifest.read(for: output, stamp: CodeStamp.current).isEmpty)
        XCTAssertTrue(Manifest.read(for: output, stamp: "another-version").isEmpty)

        let files = ["annonces/rss.xml", "annonces/echeances.ics", "index.html"]
        let good = try files.map { try Data(contentsOf: output.appendingPathComponent($0)) }
        func tamper() throws {
            for f in files { try Data("written by another version\n".utf8).write(to: output.appendingPathComponent(f)) }
        }
        try tamper()
        _ = try build(content, output)
        for f in files {
            XCTAssertEqual(try String(contentsOf: output.appendingPathComponent(f), encoding: .utf8), "written by another version\n",
                           "same code, same fingerprint: \(f) is kept")
        }
        try tamper()
        let stamped = try String(contentsOf: manifest, encoding: .utf8)
        let line = String(stamped.prefix { $0 != "\n" })
        try stamped.replacingOccurrences(of: line, with: String(line.dropLast(CodeStamp.current.count)) + "another-version")
            .write(to: manifest, atomically: true, encoding: .utf8)
        let report = try build(content, output)
        XCTAssertEqual(try files.map { try Data(contentsOf: output.appendingPathComponent($0)) }, good, "made again by this version")
        XCTAssertEqual(report.files.written, files.count, "every file rendered, the others found byte for byte the same")
    }

    func testARemovedRecordsPageIsRemoved() throws {
        let edited = try copyOfContent("removed")
        let output = temporaryFolder("removed-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let gone = json.removeLast()["id"] as! String
        try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: path)
        let report = try build(edited, output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("annonces/\(Slug.make(gone))").path))
        XCTAssertGreaterThanOrEqual(report.files.removed, 1)
    }

    func testCrossingADeadlineMovesANoticeFromOpenListsToTheArchive() throws {
        let raw = try RawSample(content: content)
        let later = ParisTime.parse("2026-11-20T08:00:00+01:00")!
        let target = raw.notices.first { $0.status == nil && $0.deadline! > SampleSite.now && $0.deadline! < later }!
        let slug = Slug.make(target.id)
        let dep = target.departments[0]
        let output = temporaryFolder("deadline").appendingPathComponent("site")

        _ = try build(content, output, now: SampleSite.now)
        XCTAssertTrue(try cardLinks(output, "departements/\(dep)/").contains("/annonces/\(slug)/"))
        XCTAssertTrue(try text(output, "departements/\(dep)/echeances.ics").contains("UID:notice-\(target.id)@"))
        XCTAssertEqual(try ParsedPage(output.appendingPathComponent("annonces/\(slug)/index.html")).strings("//dd")
            .contains("Ouvert"), true)

        _ = try build(content, output, now: later)
        XCTAssertFalse(try cardLinks(output, "departements/\(dep)/").contains("/annonces/\(slug)/"))
        XCTAssertFalse(try cardLinks(output, "annonces/").contains("/annonces/\(slug)/"))
        XCTAssertFalse(try text(output, "departements/\(dep)/echeances.ics").contains("UID:notice-\(target.id)@"))
        for f in SampleSite.allFiles(under: output) where f.hasSuffix("rss.xml") {
            XCTAssertFalse(try text(output, f).contains("/annonces/\(slug)/"), "\(f) still holds the closed notice")
        }
        let page = try ParsedPage(output.appendingPathComponent("annonces/\(slug)/index.html"))
        XCTAssertTrue(page.strings("//dd").contains("Clôturé"))
        let month = String(ISO8601DateFormatter.string(from: target.deadline!, timeZone: ParisTime.zone,
                                                       formatOptions: [.withFullDate, .withDashSeparatorInDate]).prefix(7))
        XCTAssertTrue(try cardLinks(output, "annonces/archives/\(month)/").contains("/annonces/\(slug)/"))
    }

    /// Real nights: the next day, notices closing; the day after, one retitled, one removed,
    /// one added. Each night's site is a fresh build's of it; and on the first, of the pages of
    /// the open notices' list, only those that held a notice that closed, and their neighbours,
    /// are written: the others stay as they are, though the list's head moved.
    func testTheNextDaysAreFreshBuildsOfThemAndMoveOnlyTheirPages() throws {
        let edited = try copyOfContent("next-days")
        let output = temporaryFolder("next-days-out").appendingPathComponent("site")
        _ = try build(edited, output)
        let day1 = SampleSite.now.addingTimeInterval(86_400), day2 = day1.addingTimeInterval(86_400)
        let before = try listPages(output, "annonces/")
        XCTAssertGreaterThan(before.count, 5)
        try setAllMtimes(output, to: old)
        _ = try build(edited, output, now: day1)
        // The pages of the periods the closed notices were in (a list cut by deadline month, week
        // or day, ListPaging), and their neighbours; no other.
        let raw = try RawSample(content: edited)
        let closing = raw.notices.filter { $0.status == nil && $0.deadline! > SampleSite.now && $0.deadline! <= day1 }
        XCTAssertFalse(closing.isEmpty)
        let openBefore = raw.notices.filter { $0.status == nil && $0.deadline! > SampleSite.now }.count
        let unit = try XCTUnwrap(ListPaging.unit(count: openBefore, size: 30))
        XCTAssertEqual(ListPaging.unit(count: openBefore - closing.count, size: 30), unit, "the list is cut as it was")
        let periods = Set(closing.map { ListPaging.key(unit, ParisTime.day(of: $0.deadline!)) })
        var allowed: Set<String> = ["annonces/"]
        for (path, page) in before where path == "annonces/" || periods.contains { path.contains("/page/\($0)/") } {
            allowed.insert(path)
            allowed.formUnion(page.neighbours)
        }
        let written = before.keys.filter { mtime(output.appendingPathComponent($0 + "index.html")) != old }
        XCTAssertEqual(Set(written).subtracting(allowed), [], "list pages written though none of their notices closed")
        XCTAssertGreaterThan(before.count - allowed.count, 2, "pages of later periods, kept as they were")
        try assertSameAsFreshBuild(edited, output, "next-days-fresh-1", now: day1)

        let path = edited.appendingPathComponent("notices/annonces.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as! [[String: Any]]
        let open = json.indices.filter { ParisTime.parse(json[$0]["deadline"] as! String)! > day2 && json[$0]["status"] == nil }
        json[open[3]]["title"] = "Titre rectifié le lendemain"
        var added = json[open[5]]
        added["id"] = "\(added["id"]!)-NOUVEAU"
        added["title"] = "Avis publié le surlendemain"
        json.remove(at: open[7])
        json.append(added)
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: path)
        _ = try build(edited, output, now: day2)
        try assertSameAsFreshBuild(edited, output, "next-days-fresh-2", now: day2)
    }

    /// The pages of a list, from its first by `rel="next"`: each page's cards and neighbours.
    func listPages(_ site: URL, _ base: String) throws -> [String: (cards: [String], neighbours: [String])] {
        var out: [String: (cards: [String], neighbours: [String])] = [:]
        var path: String? = base
        while let p = path {
            let page = try ParsedPage(site.appendingPathComponent(p + "index.html"))
            let links = page.strings("//a[@rel='next' or @rel='prev']/@href").map { String($0.dropFirst()) }
            out[p] = (page.cardLinks("notice"), links)
            path = page.strings("//a[@rel='next']/@href").first.map { String($0.dropFirst()) }
        }
        return out
    }

    func cardLinks(_ site: URL, _ base: String) throws -> [String] {
        var links: [String] = []
        var path: String? = base
        while let p = path {
            let page = try ParsedPage(site.appendingPathComponent(p + "index.html"))
            links += page.cardLinks("notice")
            path = page.strings("//a[@rel='next']/@href").first.map { String($0.dropFirst()) }
        }
        return links
    }

    func text(_ site: URL, _ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    func testABuildKilledAtAnyMomentLeavesThePreviousSiteWhole() throws {
        let root = temporaryFolder("killed")
        let output = root.appendingPathComponent("site")
        let later = "2026-11-20T08:00:00+01:00"
        let reference = temporaryFolder("killed-reference").appendingPathComponent("site")
        _ = try build(content, reference, now: ParisTime.parse(later)!)
        let newSite = try tree(reference)
        _ = try build(content, output)
        let oldSite = try tree(output)
        XCTAssertNotEqual(oldSite, newSite)

        // Killed where each step leaves something half done (`SCOPE_FAULT`, see FaultPoint):
        // the staging folder made from the spare, files being written, the files beside the
        // site replaced, the swap about to begin. The site is the old one every time.
        func run(_ fault: String?) throws -> Process {
            let p = Process()
            p.executableURL = scopeBinary
            p.arguments = ["build", "--content", content.path, "--layouts", layouts.path, "--output", output.path, "--now", later, "--quiet"]
            if let fault { p.environment = ProcessInfo.processInfo.environment.merging(["SCOPE_FAULT": fault]) { $1 } }
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
            return p
        }
        for place in ["previous site", "render and write", "files 1", "files 4000", "cards and assets", "swap"] {
            let p = try run("KILL@\(place)")
            XCTAssertEqual(p.terminationReason, .uncaughtSignal, place)
            XCTAssertEqual(p.terminationStatus, SIGKILL, place)
            XCTAssertEqual(try tree(output), oldSite, "killed at \(place): the site is the old one")
        }
        // The same command, not stopped, passes every place and makes the new site.
        XCTAssertEqual(try run(nil).terminationStatus, 0)
        XCTAssertEqual(try tree(output), newSite)
        _ = try build(content, output)
        // The next build cleans up what killed builds left.
        _ = try build(content, output)
        // (`.site.spare` is no leftover: the site before this one, kept for the next build to
        // reuse, with its list; nor are the site's manifest, card texts and mapped records.)
        let kept: Set = ["site", ".site.lock", ".site.spare", ".site.spare-files", ".site.manifest", ".site.cards", ".site.records"]
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { !kept.contains($0) }
        XCTAssertEqual(leftovers, [])
        XCTAssertEqual(try tree(output), oldSite)
    }
}
