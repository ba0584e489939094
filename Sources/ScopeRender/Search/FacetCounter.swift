import ScopeModel

/// What a word's file counts of its documents' facets (sector, department, contract type,
/// value band, procedure), with each document's facet values interned once as small numbers.
/// A frequent word's file counts tens of thousands of documents, and it is made again each
/// night one of them changes: counting them in string-keyed dictionaries hashed every
/// sector and department id of every document (11% of a real night's CPU at 100,000 notices).
struct FacetCounter: Sendable {
    /// The families in the order a word's file writes them, with their keys in `f`.
    static let families = ["s", "d", "c", "v", "p"]

    /// Each value's id, by number; numbers run on across the families.
    private let ids: [String]
    /// Each family's numbers in the order of their ids (as the file writes its keys).
    private let ordered: [[Int]]
    /// Document n's values are `values[starts[n]..<starts[n + 1]]`.
    private let starts: [Int]
    private let values: [Int]

    init(_ docs: [SearchIndex.Doc]) {
        var numbers = Array(repeating: [String: Int](), count: Self.families.count)
        var ids: [String] = [], starts: [Int] = [0], values: [Int] = []
        starts.reserveCapacity(docs.count + 1)
        func add(_ family: Int, _ id: String) {
            if let n = numbers[family][id] { values.append(n); return }
            numbers[family][id] = ids.count
            values.append(ids.count)
            ids.append(id)
        }
        for d in docs {
            for s in d.sectors { add(0, s) }
            for dep in d.departments { add(1, dep) }
            add(2, d.type.rawValue)
            if let band = d.valueBand { add(3, band) }
            if let p = d.procedureID { add(4, p) }
            starts.append(values.count)
        }
        self.ids = ids
        self.starts = starts
        self.values = values
        ordered = numbers.map { $0.sorted { $0.key < $1.key }.map(\.value) }
    }

    /// The counts of the documents `numbers` (a document listed twice counts twice), written
    /// as `{"s":{id:count,…},"d":{…},…}` with each family's ids in order, none at zero.
    func write<S: Sequence<Int>>(_ numbers: S, _ w: inout JSONWriter) {
        var counts = [Int](repeating: 0, count: ids.count)
        counts.withUnsafeMutableBufferPointer { counts in
            values.withUnsafeBufferPointer { values in
                for n in numbers {
                    for i in starts[n]..<starts[n + 1] { counts[values[i]] += 1 }
                }
            }
        }
        w.open("{")
        for (family, key) in Self.families.enumerated() {
            w.key(key); w.open("{")
            for v in ordered[family] where counts[v] > 0 { w.member(ids[v], counts[v]) }
            w.close("}")
        }
        w.close("}")
    }
}
