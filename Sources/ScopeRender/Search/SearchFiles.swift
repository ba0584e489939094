import Foundation
import ScopeCache
import ScopeIndex
import ScopeModel

/// The files of the search index and the search page.
extension SiteRenderer {
    func searchFiles() -> [PageJob] {
        let index = SearchIndex(catalog: catalog, views: views)
        let docs = index.docs
        let facets = FacetCounter(docs)
        let universe = docs.count
        let folder = SearchIndex.folder
        var jobs: [PageJob] = []

        // Facet values, in display order.
        let sectors = catalog.sectors.map { ($0.id, $0.name) }
        let departments = catalog.departments.map { ($0.id, $0.name) }
        let types = ContractType.allCases.map { ($0.rawValue, labels.contractType($0)) }
        let values = valueBandLabels()
        let procedures = SearchIndex.procedures(docs)
        let today = ParisTime.day(of: catalog.now)
        let noticeEnd = catalog.notices.count
        var shards: [String: [String]] = [:]
        for term in index.postings.keys { shards[SearchIndex.shardKey(term), default: []].append(term) }
        let shardNames = shards.keys.map(SearchIndex.safeName).sorted()
        let placeShards = SearchIndex.placeDirectory(catalog)
        let buyerShards = SearchIndex.buyerDirectory(docs) { id in
            self.catalog.buyer(id: id).map { self.views.paths.url(self.views.paths.buyer($0)) } ?? ""
        }

        // Each facet's documents in one pass over them, in ascending numbers (a filter per
        // sector and per department went over every document 150 times, on one core).
        var bySector: [String: [Int]] = [:], byDepartment: [String: [Int]] = [:], byType: [ContractType: [Int]] = [:]
        var byValue: [String: [Int]] = [:], byProcedure: [String: [Int]] = [:], byBuyer: [String: [Int]] = [:]
        var byPublished: [Int: [Int]] = [:]
        for d in docs {
            for id in d.sectors where bySector[id]?.last != d.number { bySector[id, default: []].append(d.number) }
            for id in d.departments where byDepartment[id]?.last != d.number { byDepartment[id, default: []].append(d.number) }
            byType[d.type, default: []].append(d.number)
            byBuyer[d.buyerID, default: []].append(d.number)
            if let band = d.valueBand { byValue[band, default: []].append(d.number) }
            if let p = d.procedureID { byProcedure[p, default: []].append(d.number) }
            if let day = d.published {
                let age = today.ordinal - day.ordinal
                for days in SearchIndex.publishedDays where age >= 0 && age < days { byPublished[days, default: []].append(d.number) }
            }
        }
        jobs.append(PageJob(path: Routes.SearchFiles.meta) {
            var w = JSONWriter()
            w.open("{")
            w.member("version", 3)
            w.member("documents", universe)
            w.key("ranges"); w.open("{")
            for (k, r) in [("notices", (0, noticeEnd)), ("programmations", (noticeEnd, universe))] {
                w.key(k); w.open("["); w.value(r.0); w.value(r.1); w.close("]")
            }
            w.close("}")
            // What the page needs to tell open from closed by its own clock: the first notice
            // open at the build's instant, the first of each deadline day from the build's day
            // on (in Paris), and the notices whose export states that they are open or not.
            let notices = docs[..<noticeEnd]
            w.member("open_from", notices.firstIndex { $0.deadline.map { $0 > self.catalog.now } ?? false } ?? noticeEnd)
            w.key("deadline_days"); w.open("[")
            var lastDay: Day? = nil
            for d in notices {
                guard let deadline = d.deadline else { continue }
                let day = ParisTime.day(of: deadline)
                guard day >= today, day != lastDay else { continue }
                lastDay = day
                w.open("["); w.value(day.description); w.value(d.number); w.close("]")
            }
            w.close("]")
            w.member("stated_open", PostingList.encode(notices.filter { $0.statedOpen == true }.map(\.number), universe: universe))
            w.member("within", ints: SearchIndex.withinDays)
            w.member("stated_shut", PostingList.encode(notices.filter { $0.statedOpen == false }.map(\.number), universe: universe))
            for (name, values) in [("sectors", sectors), ("departments", departments), ("types", types),
                                   ("values", values), ("procedures", procedures)] {
                w.key(name); w.open("[")
                for (id, label) in values { w.open("["); w.value(id); w.value(label); w.close("]") }
                w.close("]")
            }
            w.member("published", ints: SearchIndex.publishedDays)
            // The first programmation of each quarter they expect their notice in (a run of numbers).
            w.key("expected"); w.open("[")
            for q in index.expectedQuarters { w.open("["); w.value(q.key); w.value(q.first); w.close("]") }
            w.close("]")
            // Each department's number of documents: its count when a query is that department.
            w.key("department_documents"); w.open("{")
            for (id, _) in departments { w.member(id, byDepartment[id]?.count ?? 0) }
            w.close("}")
            // The sector of a CPV prefix (divisions, and codes a sector takes from another
            // division), for the sector a CPV query suggests: a code's longest prefix here.
            w.key("sector_cpv"); w.open("{")
            for (prefix, sector) in self.catalog.mapping.prefixTable { w.member(prefix, sector) }
            w.close("}")
            w.member("doc_shard_size", SearchIndex.docShardSize)
            w.member("key_shard_size", SearchIndex.keyShardSize)
            w.member("key_width", SearchIndex.keyWidth(universe))
            // The dictionary and buyer shards that exist, so that the page never asks for one that does not.
            w.member("shards", strings: shardNames)
            w.member("buyer_shards", strings: buyerShards.keys.sorted())
            w.member("place_shards", strings: placeShards.keys.sorted())
            w.member("stop_words", strings: Tokenizer.stopWords.sorted())
            w.close("}")
            return w.bytes
        })

        // Facet postings: what a filter or a multi-word query intersects with.
        func facetFile(_ name: String, _ numbers: [Int]) -> PageJob {
            PageJob(path: Routes.SearchFiles.facet(SearchIndex.safeName(name))) {
                var w = JSONWriter()
                w.open("{"); w.member("p", PostingList.encode(numbers, universe: universe)); w.close("}")
                return w.bytes
            }
        }
        for (id, _) in sectors { jobs.append(facetFile("s-" + id, bySector[id] ?? [])) }
        // A department's file is also what a query of its code or name alone reads: laid out as
        // a term's, with its facet counts and first results.
        for (id, _) in departments {
            let numbers = byDepartment[id] ?? [], path = Routes.SearchFiles.facet(SearchIndex.safeName("d-" + id))
            let term = "d-" + id, tiers = [numbers, [], []]
            jobs.append(PageJob(path: path, key: { Self.termFileFingerprint(term, tiers: tiers, docs: docs, universe: universe) }) {
                Self.termFile(term, tiers: tiers, docs: docs, facets: facets, universe: universe)
            })
        }
        for t in ContractType.allCases { jobs.append(facetFile("c-" + t.rawValue, byType[t] ?? [])) }
        for (id, _) in values { jobs.append(facetFile("v-" + id, byValue[id] ?? [])) }
        for (id, _) in procedures { jobs.append(facetFile("p-" + id, byProcedure[id] ?? [])) }
        for days in SearchIndex.publishedDays { jobs.append(facetFile("n-\(days)", byPublished[days] ?? [])) }
        for (b, numbers) in byBuyer.sorted(by: { $0.key < $1.key }) { jobs.append(facetFile("b-" + b, numbers)) }

        // Buyers, found by the first two letters of each word of their name.
        for (key, entries) in buyerShards.sorted(by: { $0.key < $1.key }) {
            jobs.append(PageJob(path: Routes.SearchFiles.buyers(key)) {
                var w = JSONWriter()
                w.open("[")
                for e in entries { w.open("["); w.value(e.id); w.value(e.name); w.value(e.count); w.value(e.url); w.close("]") }
                w.close("]")
                return w.bytes
            })
        }

        // Places, found by the first two letters of each of their words.
        for (key, entries) in placeShards.sorted(by: { $0.key < $1.key }) {
            jobs.append(PageJob(path: Routes.SearchFiles.places(key)) {
                var w = JSONWriter()
                w.open("[")
                for e in entries { w.open("["); w.value(e.name); w.value(e.department); w.value(e.count); w.close("]") }
                w.close("]")
                return w.bytes
            })
        }

        // Sort keys: each document's rank by value and by publication, for "sort by".
        for (name, ranks) in [("v", SearchIndex.ranks(docs, by: { $0.amount })),
                              ("n", SearchIndex.ranks(docs, by: { $0.published.map { Double($0.year * 400 + $0.month * 32 + $0.day) } }))] {
            for start in stride(from: 0, to: universe, by: SearchIndex.keyShardSize) {
                let part = ranks[start..<min(start + SearchIndex.keyShardSize, universe)]
                jobs.append(PageJob(path: Routes.SearchFiles.ranks(name, start / SearchIndex.keyShardSize)) {
                    var w = JSONWriter()
                    w.open("{"); w.member("r", PostingList.fixedWidth(Array(part), width: SearchIndex.keyWidth(universe))); w.close("}")
                    return w.bytes
                })
            }
        }

        // Documents, in shards of `docShardSize`.
        for start in stride(from: 0, to: universe, by: SearchIndex.docShardSize) {
            let part = docs[start..<min(start + SearchIndex.docShardSize, universe)]
            let path = Routes.SearchFiles.documents(start / SearchIndex.docShardSize)
            jobs.append(PageJob(path: path, key: {
                var f = Fingerprint()
                f.add("docs")
                for d in part {
                    guard let shown = d.fingerprint else { return nil }
                    f.add(shown)
                }
                return f
            }) {
                var w = JSONWriter()
                w.open("[")
                for d in part { Self.writeDoc(d, &w) }
                w.close("]")
                return w.bytes
            })
        }

        // The dictionary, sharded by the terms' first letters; frequent terms have a file each.
        for (key, terms) in shards.sorted(by: { $0.key < $1.key }) {
            let shardName = SearchIndex.safeName(key)
            let sorted = terms.sorted()
            jobs.append(PageJob(path: Routes.SearchFiles.dictionary(shardName)) {
                var w = JSONWriter()
                w.open("[")
                for t in sorted {
                    let tiers = index.postings[t]!
                    let df = tiers.reduce(0) { $0 + $1.count }
                    w.open("["); w.value(t); w.value(df)
                    if df <= SearchIndex.inlineLimit {
                        w.open("["); for tier in tiers { w.value(PostingList.encode(tier, universe: universe)) }; w.close("]")
                    } else {
                        w.value(Routes.SearchFiles.termKey(shardName, SearchIndex.safeName(t)))
                    }
                    w.close("]")
                }
                w.close("]")
                return w.bytes
            })
            for t in sorted {
                let tiers = index.postings[t]!
                guard tiers.reduce(0, { $0 + $1.count }) > SearchIndex.inlineLimit else { continue }
                let path = Routes.SearchFiles.term(shardName, SearchIndex.safeName(t))
                jobs.append(PageJob(path: path, key: { Self.termFileFingerprint(t, tiers: tiers, docs: docs, universe: universe) }) {
                    Self.termFile(t, tiers: tiers, docs: docs, facets: facets, universe: universe)
                })
            }
        }

        jobs.append(PageJob(path: Routes.SearchFiles.data, key: { self.reuseJSONKey(docs) }) { put in try self.reuseJSON(docs, put) })
        jobs.append(PageJob(html: folder) {
            let page = SearchPage(title: self.t("nav.search"), sectors: sectors, departments: departments, types: types,
                                  values: values, procedures: procedures, expected: self.expectedOptions(index.expectedQuarters),
                                  follow: self.follow([]), routes: self.views.paths)
            return self.made(page, "search", title: page.title, section: "search") { page.values(strings: self.t) }
        })
        return jobs
    }

    /// The "expected" filter's choices: each year, then its quarters ("2027", "T1 2027"…).
    func expectedOptions(_ quarters: [SearchIndex.ExpectedQuarter]) -> [(String, String)] {
        var out: [(String, String)] = []
        for q in quarters {
            let year = String(q.year)
            if !out.contains(where: { $0.0 == year }) { out.append((year, t("search.expected_year", ["year": year]))) }
            out.append((q.key, views.format.quarter(q.year, q.quarter)))
        }
        return out
    }
}
