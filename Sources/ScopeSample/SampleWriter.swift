import Foundation

/// Writes a realistic content folder for Occitanie. The bundled sample matches the
/// platform's launch figures (626 notices, 206 in construction; 981 programmations from the
/// seven founding members, about a third in building); any other size keeps those shares.
/// Identifiers are generated: they look like SIRETs and BOAMP ids but name nobody.
public struct SampleWriter {
    public let notices: Int
    public let programmations: Int
    public let buyers: Int
    public let seed: UInt64

    /// The sample's "now", pinned in its config so the demo looks the same on any day.
    public static let referenceNow = "2026-11-16T08:00:00+01:00"
    /// Share of notices in construction at launch: 206 of 626.
    static let btpShare = 206.0 / 626.0

    public init(notices: Int, programmations: Int, buyers: Int, seed: UInt64) {
        self.notices = notices
        self.programmations = programmations
        self.buyers = buyers
        self.seed = seed
    }

    /// Writes the folder and returns a one-line summary.
    public func write(to folder: URL) throws -> String {
        var factory = BuyerFactory(rng: SampleRandom(seed: seed))
        let founders = factory.founders()
        let crowd = factory.others(buyers)
        var gen = RecordGenerator(rng: SampleRandom(seed: seed &+ 1), founders: founders, crowd: crowd)
        var progs = gen.programmations(programmations)
        let btpNotices = Int((Double(notices) * Self.btpShare).rounded())
        let notes = gen.notices(notices, btp: btpNotices, linkFrom: &progs)

        let fm = FileManager.default
        for sub in ["notices", "programmations", "buyers", "pages", "exports"] {
            try fm.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try Files.config.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        try Files.sectors.write(to: folder.appendingPathComponent("sectors.yaml"), atomically: true, encoding: .utf8)
        try Files.about.write(to: folder.appendingPathComponent("pages/a-propos.md"), atomically: true, encoding: .utf8)
        try Files.legal.write(to: folder.appendingPathComponent("pages/mentions-legales.md"), atomically: true, encoding: .utf8)
        try Files.accessibility.write(to: folder.appendingPathComponent("pages/accessibilite.md"), atomically: true, encoding: .utf8)
        try SampleFiles.noticesJSON(notes).write(to: folder.appendingPathComponent("notices/annonces.json"))
        try SampleFiles.programmationsCSV(progs).write(to: folder.appendingPathComponent("programmations/programmations.csv"))
        try SampleFiles.buyersCSV(founders + crowd).write(to: folder.appendingPathComponent("buyers/acheteurs.csv"))
        var awardRNG = SampleRandom(seed: seed &+ 2)
        try SampleAwards.decp(from: notes, buyers: founders + crowd, rng: &awardRNG)
            .write(to: folder.appendingPathComponent("exports/attributions-decp.json"))
        let btpProgs = progs.filter { $0.btp }.count
        return "Wrote \(notes.count) notices (\(btpNotices) in construction), \(progs.count) programmations (\(btpProgs) in construction), \(founders.count + crowd.count) buyers to \(folder.path)"
    }
}
