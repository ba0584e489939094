import Foundation
import Yams

/// The site's words in one language, from `layouts/i18n/LANGUAGE.yaml`: every visible string
/// of the pages, feeds, pictures and scripts. Nested YAML maps give dotted keys
/// (`notice.deadline`). Code asks for a key with named slots, `{name}`; templates write
/// `{{t.KEY}}`, replaced when the templates are loaded (see `TemplateSet`), so a translation
/// costs nothing per page. Counted phrases have two forms, `KEY.one` and `KEY.other`, with
/// `{n}` for the number.
public struct Strings: Sendable {
    public let language: String
    /// The file the words came from, for error messages.
    public let file: String
    let raw: [String: String]
    /// The words firms name their trades by, for the search (`i18n/LANGUAGE.trades.yaml`).
    public private(set) var trades: TradeWords = .none
    let parsed: [String: [Part]]

    enum Part: Sendable, Equatable {
        case text(String)
        case slot(String)
    }

    /// Keys the code uses; a translation file must have every one (templates' keys are
    /// checked where they are used).
    public static let required: [String] = [
        "format.months", "format.first_day", "format.date", "format.date_time", "format.date_time_zone", "format.group", "format.decimal",
        "format.money_eur", "format.money_other", "format.quarter", "format.month",
        "format.bracket_between", "format.bracket_over", "format.bracket_under",
        "badge.today", "badge.tomorrow", "badge.days", "badge.closed",
        "contract.works", "contract.supplies", "contract.services",
        "status.open", "status.closed", "status.awarded", "status.cancelled",
        "status.planned", "status.published", "status.abandoned",
        "kind.state", "kind.region", "kind.department", "kind.commune", "kind.epci", "kind.hospital", "kind.other",
        "nav.home", "not_found.title", "nav.notices", "nav.programmations", "nav.sectors", "nav.departments", "nav.buyers", "nav.search", "nav.alerts",
        "count.notices", "count.open_notices", "count.closed_notices", "count.programmations", "count.buyers",
        "count.public_buyers", "count.months", "count.awards",
        "lists.open_title", "lists.open_intro", "lists.closed_title", "lists.newest_title", "lists.newest_crumb",
        "lists.newest_intro", "lists.all_types", "lists.sort_deadline", "lists.sort_newest", "lists.programmation_period", "lists.page_period", "lists.page_period_n", "lists.period_page", "lists.period_week", "lists.period_deadline", "lists.period_published", "card.corrected", "notice.deadline_moved_later", "notice.deadline_moved_earlier",
        "lists.titled", "lists.archive_crumb", "lists.archive_intro", "lists.archive_month_intro",
        "lists.programmations_intro", "lists.programmations_chart", "lists.sectors_title", "lists.sectors_intro",
        "lists.departments_intro", "lists.facet_intro", "lists.facet_programmations_title",
        "lists.facet_programmations_intro", "lists.pair_title", "lists.narrow_by_department", "lists.narrow_by_sector", "lists.narrow_by_trade", "lists.narrow_trade_by_department",
        "buyers.title", "buyers.chart", "buyers.other_letter", "buyers.of_department", "buyers.of_kind", "buyers.open_of",
        "buyers.programmations_of", "buyers.closed_of", "buyers.all_open", "buyers.all_programmations", "buyers.all_closed",
        "count.open_short", "count.planned_short", "count.closed_short",
        "feeds.notices_title", "feeds.notices_of", "feeds.notices_of_department", "feeds.notices_of_pair",
        "feeds.programmations_title", "feeds.programmations_of", "feeds.programmations_of_department",
        "feeds.all_description", "feeds.sector_description", "feeds.department_description",
        "feeds.buyer_description", "feeds.pair_description", "feeds.programmations_description",
        "feeds.deadline", "feeds.value", "feeds.expected", "feeds.calendar_title", "feeds.calendar_summary", "feeds.calendar_description", "feeds.reminder", "feeds.corrected",
        "notice.deadline", "notice.cancelled_on", "notice.deadline_requests", "notice.deadline_interest", "notice.deadline_projects", "notice.deadline_listing", "notice.correction_deadline_later", "notice.correction_deadline_earlier", "notice.correction_deadline_set",
        "notice.correction_value", "notice.correction_no_value", "notice.correction_text", "notice.correction_fields", "notice.correction_by",
        "notice.correction_by_undated", "notice.corrected_lots", "notice.corrected_documents_url", "notice.corrected_cpv",
        "notice.corrected_departments", "notice.corrected_procedure", "notice.corrected_contract_type",
        "award.modified_on", "award.modified", "award.execution_on", "award.execution", "award.investment", "award.tariffs", "notice.award_lead", "notice.award_on", "notice.award_to", "notice.award_for", "notice.award_for_all",
        "notice.award_consortium", "notice.award_no_winner", "notice.award_source", "notice.award_source_on", "notice.award_origin_ted",
        "notice.award_origin_boamp", "notice.award_origin_decp", "notice.award_origin_ocds",
        "mail.subject_new_one", "mail.subject_new_other", "mail.subject_corrected_one", "mail.subject_corrected_other",
        "mail.subject_planned_one", "mail.subject_planned_other", "mail.scope_all", "mail.keyword",
        "alerts.title", "alerts.all_notices", "alerts.group_all", "alerts.group_sectors", "alerts.group_pairs",
        "alerts.group_departments", "alerts.group_buyers", "alerts.opml_title",
        "charts.sectors_title", "charts.departments_title", "charts.map_title", "charts.bar_item",
        "charts.map_tile", "charts.quarter_item",
        "lists.programmations_coming", "lists.programmations_coming_intro", "lists.programmations_late", "lists.programmations_late_intro",
        "lists.programmations_published", "lists.programmations_published_intro", "lists.programmations_cancelled", "lists.programmations_cancelled_intro",
        "search.value_below", "search.value_between", "search.value_above", "search.expected_year", "buyers.filing_heads", "buyers.filing_links", "feed_subscribe.title", "feed_subscribe.crumb", "feed_subscribe.how_rss", "feed_subscribe.how_atom", "feed_subscribe.how_json", "feed_subscribe.how_ics", "subscribe.rss", "subscribe.atom", "subscribe.json", "subscribe.ics",
    ]

    /// Reads `i18n/LANGUAGE.yaml` under the layouts folder.
    public init(layouts: URL, language: String) throws {
        let url = layouts.appendingPathComponent("i18n").appendingPathComponent(language + ".yaml")
        if FileManager.default.fileExists(atPath: url.path) { try TemplateSet.checkInside(url.path, layouts: layouts) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TemplateError(file: url.path, line: nil, message: "translation file for language \"\(language)\" not found")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError(file: url.path, line: nil, message: "cannot read the translation file as UTF-8 text")
        }
        try self.init(yaml: text, file: url.path, language: language)
        trades = try TradeWords(layouts: layouts, language: language)
    }

    init(yaml: String, file: String, language: String, checkRequired: Bool = true) throws {
        self.language = language
        self.file = file
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch let e as YamlError {
            throw TemplateError(file: file, line: Self.line(of: e), message: "not valid YAML: \(e)")
        }
        guard let root, case .mapping = root else {
            throw TemplateError(file: file, line: nil, message: "a translation file is a map of keys to texts")
        }
        var table: [String: String] = [:]
        try Self.flatten(root, prefix: "", file: file, into: &table)
        for key in Self.required where checkRequired && table[key] == nil && table[key + ".one"] == nil {
            throw TemplateError(file: file, line: nil, message: "missing translation \"\(key)\"")
        }
        for key in table.keys where key.hasSuffix(".one") {
            let base = String(key.dropLast(4))
            if table[base + ".other"] == nil {
                throw TemplateError(file: file, line: nil, message: "\"\(key)\" has no \"\(base).other\" beside it")
            }
        }
        raw = table
        parsed = table.mapValues(Self.parse)
    }

    private static func flatten(_ node: Node, prefix: String, file: String, into table: inout [String: String]) throws {
        guard let mapping = node.mapping else { return }
        for (k, v) in mapping {
            guard let name = k.string else {
                throw TemplateError(file: file, line: k.mark.map { $0.line }, message: "a key must be text")
            }
            let key = prefix.isEmpty ? name : prefix + "." + name
            switch v {
            case .mapping: try flatten(v, prefix: key, file: file, into: &table)
            case .scalar(let s): table[key] = s.string
            case .sequence(let items):
                // Month names: a list, kept as one text separated by "|".
                table[key] = items.compactMap(\.string).joined(separator: "|")
            default:
                throw TemplateError(file: file, line: v.mark.map { $0.line }, message: "\"\(key)\" must be a text")
            }
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// "Clôture dans {n} jours" → text, slot n, text.
    static func parse(_ s: String) -> [Part] {
        var parts: [Part] = []
        var text = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "{", let close = s[i...].firstIndex(of: "}") {
                let name = s[s.index(after: i)..<close]
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) {
                    if !text.isEmpty { parts.append(.text(text)); text = "" }
                    parts.append(.slot(String(name)))
                    i = s.index(after: close)
                    continue
                }
            }
            text.append(s[i])
            i = s.index(after: i)
        }
        if !text.isEmpty { parts.append(.text(text)) }
        return parts
    }

    /// The text of `key` with its slots filled. A key that is missing shows as `⟦key⟧`, which
    /// a test looks for in every page.
    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        guard let parts = parsed[key] else { return "⟦\(key)⟧" }
        var out = ""
        for p in parts {
            switch p {
            case .text(let t): out += t
            case .slot(let name): out += values[name] ?? "{\(name)}"
            }
        }
        return out
    }

    /// "1 annonce", "3 annonces": `KEY.one` when n is 1 (or 0 in French), `KEY.other` otherwise.
    public func count(_ n: Int, _ key: String, number: String) -> String {
        let one = language == "fr" ? n <= 1 : n == 1
        return self(key + (one ? ".one" : ".other"), ["n": number])
    }

    /// The text as written, for templates and scripts.
    public func text(_ key: String) -> String? { raw[key] }

    /// Every key, sorted.
    public var keys: [String] { raw.keys.sorted() }
}
