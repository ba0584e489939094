import Foundation
import ScopeModel

/// What Scope takes from one eForms notice (UBL 2.3 with the eForms extensions), read from its
/// XML tree: the same reading for an `.xml` file and for BOAMP's `donnees.EFORMS`. Paths are the
/// SDK's (fields/fields.json): BT-21 title `cac:ProcurementProject/cbc:Name`, BT-262 main CPV,
/// BT-5071 NUTS-3 of the place, BT-131 deadline per lot (BT-1311 in restricted procedures), BT-27 estimated value, BT-15 documents,
/// OPT-300 the buyer among `efac:Organizations`, BT-161 total awarded, OPT-310 winners.
struct EFormsNotice {
    enum Family: String {
        case competition, planning, result, change, other
    }

    struct Organization {
        var id: String
        var name: String?
        var companyID: String?
        var postalCode: String?
        var nuts: String?
        var country: String?
        var city: String?
        var website: String?

        /// An organisation from its party element (`efac:Company`, or `cac:Party` in BOAMP's `donnees`).
        init(id: String, party p: XMLTree.Element) {
            self.id = id
            name = p.text("PartyName/Name")
            companyID = p.text("PartyLegalEntity/CompanyID")
            postalCode = p.text("PostalAddress/PostalZone")
            nuts = p.text("PostalAddress/CountrySubentityCode")
            country = p.text("PostalAddress/Country/IdentificationCode")
            city = p.text("PostalAddress/CityName")
            website = p.text("WebsiteURI")
        }
    }

    struct Lot {
        var id: String
        var title: String?
        var cpv: [String] = []
        var value: Double?
        var deadline: String?
        /// The deadline is BT-1311, for requests to participate (no BT-131 for tenders).
        var deadlineForRequests = false
        var nuts: [String] = []
        var documentsURL: String?
    }

    /// A lot's result: its winning tenders' parties, each a list of names, and their amount.
    struct LotResult {
        var lot: String
        var parties: [[String]] = []
        var amount: Double?
        var noWinner = false
    }

    var root: String
    var family: Family
    var subtype: String?
    var noticeID: String?
    var folderID: String?
    var publicationID: String?
    var issued: String?
    var published: String?
    var title: String?
    var description: String?
    var nature: String?
    var procedureCode: String?
    var cpv: [String] = []
    var nuts: [String] = []
    var countries: [String] = []
    var postalCodes: [String] = []
    /// A prior information notice that calls for competition: its deadline is for expressions of interest.
    var callsForInterest = false
    /// A design contest (cn-desg): a deadline for tenders is one for projects.
    var designContest = false
    var place: String?
    var value: Double?
    var currency: String?
    var lots: [Lot] = []
    var documentsURL: String?
    var plannedDate: String?
    var buyer: Organization?
    /// BT-11, the buyer's legal type (`cent-gov`, `ra`, `la`, `body-pl`…).
    var buyerLegalType: String?
    var winners: [String] = []
    /// What was won: the winning tenders' amounts added up, else BT-161 as stated.
    var awarded: Double?
    /// BT-161, the notice's total as stated.
    var stated: Double?
    /// BT-118, a framework agreement's maximum.
    var frameworkMaximum: Double?
    var results: [LotResult] = []
    var awardDate: String?
    var changes: [String] = []
    /// A change notice's reason (`cancel` when it cancels the procedure).
    var changeReason: String?
    /// What a change notice says of itself: its changes' descriptions, then its reason.
    var changeText: String?
    /// The notice a change notice changes (BT-758): its id, or its publication number.
    var changedNotice: String?
    var line: Int

    /// The notice's earliest lot deadline (BT-131), as a date-time.
    var deadline: String? { lots.compactMap(\.deadline).min { ParisTime.parse($0) ?? .distantFuture < ParisTime.parse($1) ?? .distantFuture } }

    /// Whether every lot's deadline is for requests to participate (BT-1311).
    var deadlineForRequests: Bool { lots.contains { $0.deadline != nil } && lots.allSatisfy { $0.deadline == nil || $0.deadlineForRequests } }

    init(_ e: XMLTree.Element, language: String) {
        root = e.name
        line = e.line
        let ext = e.at("UBLExtensions/UBLExtension/ExtensionContent/EformsExtension")
        subtype = ext?.text("NoticeSubType/SubTypeCode")
        let type = e.text("NoticeTypeCode") ?? ""
        switch e.name {
        case "ContractNotice": family = .competition
        case "PriorInformationNotice": family = .planning
        case "ContractAwardNotice": family = .result
        default: family = type.hasPrefix("can") || type.hasPrefix("veat") ? .result : type.hasPrefix("pin") ? .planning : type.isEmpty ? .other : .competition
        }
        changes = ext?.every("Changes/ChangedSection/ChangedSectionIdentifier").compactMap { Text.clean($0.text).nilIfEmpty } ?? []
        // A prior information notice that calls for competition (pin-cfc, subtypes 10–14 and CEI;
        // pin-rtl, 7–9, when it sets a deadline for expressions of interest) is an open notice.
        let interest = e.at("TenderingProcess/UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/InterestExpressionReceptionPeriod")
        if family == .planning, let s = subtype, ["10", "11", "12", "13", "14", "CEI"].contains(s) || (["7", "8", "9"].contains(s) && interest != nil) {
            family = .competition
            callsForInterest = true
        }
        designContest = ["23", "24"].contains(subtype ?? "")
        if ext?.first("Changes") != nil, family == .competition { family = .change }
        changeReason = ext?.text("Changes/ChangeReason/ReasonCode")
        changedNotice = ext?.text("Changes/ChangedNoticeIdentifier")
        // BT-141 each change's description, BT-762 the reason: what the change notice says of itself.
        let said = (ext?.every("Changes/Change").compactMap { Self.inLanguage($0.all("ChangeDescription"), language) } ?? [])
            + [ext?.at("Changes/ChangeReason").flatMap { Self.inLanguage($0.all("ReasonDescription"), language) }].compactMap { $0 }
        changeText = said.isEmpty ? nil : said.joined(separator: " — ")
        noticeID = e.text("ID")
        folderID = e.text("ContractFolderID")
        publicationID = ext?.text("Publication/NoticePublicationID")
        issued = e.text("IssueDate").map(Self.day)
        published = ext?.text("Publication/PublicationDate").map(Self.day) ?? issued
        plannedDate = e.text("PlannedDate").map(Self.day)

        let project = e.first("ProcurementProject")
        title = Self.inLanguage(project?.all("Name") ?? [], language)
        description = Self.inLanguage(project?.all("Description") ?? [], language)
        nature = project?.text("ProcurementTypeCode")
        procedureCode = e.text("TenderingProcess/ProcedureCode")
        cpv = Self.codes(project)
        for a in project?.every("RealizedLocation/Address") ?? [] { take(address: a) }
        if let amount = project?.at("RequestedTenderTotal/EstimatedOverallContractAmount") {
            value = Self.amount(amount.text)
            currency = amount.attributes["currencyID"]
        }
        documentsURL = e.text("ContractingParty/BuyerProfileURI")

        for l in e.all("ProcurementProjectLot") {
            let p = l.first("ProcurementProject")
            var lot = Lot(id: l.text("ID") ?? "")
            lot.title = Self.inLanguage(p?.all("Name") ?? [], language)
            lot.cpv = Self.codes(p)
            if let amount = p?.at("RequestedTenderTotal/EstimatedOverallContractAmount") {
                lot.value = Self.amount(amount.text)
                if currency == nil { currency = amount.attributes["currencyID"] }
            }
            // BT-131, the deadline for tenders; in a restricted procedure, BT-1311, for requests to participate.
            for period in ["TenderSubmissionDeadlinePeriod", "ParticipationRequestReceptionPeriod"] where lot.deadline == nil {
                if let date = l.text("TenderingProcess/\(period)/EndDate") {
                    lot.deadline = Self.dateTime(date, l.text("TenderingProcess/\(period)/EndTime"))
                    lot.deadlineForRequests = period == "ParticipationRequestReceptionPeriod"
                }
            }
            // BT-630, for expressions of interest (a prior information notice calling for competition).
            let interestPath = "TenderingProcess/UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/InterestExpressionReceptionPeriod"
            if lot.deadline == nil, let date = l.text(interestPath + "/EndDate") {
                lot.deadline = Self.dateTime(date, l.text(interestPath + "/EndTime"))
            }
            lot.documentsURL = l.every("TenderingTerms/CallForTendersDocumentReference").lazy
                .compactMap { $0.text("Attachment/ExternalReference/URI") }.first { $0.hasPrefix("http") }
            for a in p?.every("RealizedLocation/Address") ?? [] {
                if let n = a.text("CountrySubentityCode") { lot.nuts.append(n) }
                take(address: a)
            }
            for c in lot.cpv where !cpv.contains(c) { cpv.append(c) }
            lots.append(lot)
        }
        if let d = lots.lazy.compactMap(\.documentsURL).first { documentsURL = d }

        // The organisations, and the buyer among them.
        var orgs: [String: Organization] = [:]
        for o in ext?.every("Organizations/Organization") ?? [] {
            guard let c = o.first("Company"), let id = c.text("PartyIdentification/ID") else { continue }
            orgs[id] = Organization(id: id, party: c)
        }
        if let ref = e.text("ContractingParty/Party/PartyIdentification/ID") { buyer = orgs[ref] }
        buyerLegalType = e.first("ContractingParty")?.all("ContractingPartyType").lazy
            .compactMap { $0.first("PartyTypeCode") }.first { $0.attributes["listName"] == "buyer-legal-type" }.map { Text.clean($0.text) }
        // BOAMP's `donnees` keeps the buyer's address on the party itself.
        if buyer == nil, let party = e.at("ContractingParty/Party") {
            buyer = Organization(id: "", party: party)
            buyer?.website = nil  // only its address is read there
        }

        // Results: per lot, the winning tenders' parties (a consortium's members, lead first;
        // subcontractors are not winners) and what each tender is worth.
        if let result = ext?.first("NoticeResult") {
            stated = result.text("TotalAmount").flatMap(Self.amount)
            frameworkMaximum = result.text("OverallMaximumFrameworkContractsAmount").flatMap(Self.amount)
            if currency == nil {
                currency = (result.at("TotalAmount") ?? result.at("OverallMaximumFrameworkContractsAmount"))?.attributes["currencyID"]
            }
            var members: [String: [String]] = [:]  // tendering party → its tenderers' names
            for p in result.all("TenderingParty") {
                guard let id = p.text("ID") else { continue }
                let tenderers = p.all("Tenderer").sorted { a, b in
                    (a.text("GroupLeadIndicator") == "true" ? 0 : 1) < (b.text("GroupLeadIndicator") == "true" ? 0 : 1)
                }
                members[id] = tenderers.compactMap { t in t.text("ID").flatMap { orgs[$0]?.name } }
            }
            var tenders: [String: (party: String, amount: Double?)] = [:]
            for t in result.all("LotTender") {
                guard let id = t.text("ID") else { continue }
                tenders[id] = (t.text("TenderingParty/ID") ?? "", t.text("LegalMonetaryTotal/PayableAmount").flatMap(Self.amount))
            }
            var counted: Set<String> = []
            var total = 0.0, whole = true
            for r in result.all("LotResult") {
                let code = r.text("TenderResultCode") ?? ""
                var lot = LotResult(lot: r.text("TenderLot/ID") ?? "", noWinner: code == "clos-nw")
                guard code == "selec-w" else { if lot.noWinner { results.append(lot) }; continue }
                var sum = 0.0, known = true
                for t in r.every("LotTender/ID").map({ Text.clean($0.text) }) {
                    guard let tender = tenders[t] else { continue }
                    let names = members[tender.party] ?? []
                    if !names.isEmpty, !lot.parties.contains(names) { lot.parties.append(names) }
                    for name in names where !winners.contains(name) { winners.append(name) }
                    if let a = tender.amount { sum += a } else { known = false }
                    if counted.insert(t).inserted { if let a = tender.amount { total += a } else { whole = false } }
                }
                lot.amount = known && !lot.parties.isEmpty ? sum : nil
                results.append(lot)
            }
            awarded = whole && !counted.isEmpty ? total : stated
            awardDate = result.all("SettledContract").compactMap { $0.text("AwardDate") }.map(Self.day).min()
        }
    }

    mutating func take(address a: XMLTree.Element) {
        if let n = a.text("CountrySubentityCode"), !nuts.contains(n) { nuts.append(n) }
        // A place given by its postal code alone (97110), in France.
        if a.text("CountrySubentityCode") == nil, (a.text("Country/IdentificationCode") ?? "FRA") == "FRA", let p = a.text("PostalZone"),
           !postalCodes.contains(p) { postalCodes.append(p) }
        if let c = a.text("Country/IdentificationCode"), !countries.contains(c) { countries.append(c) }
        if place == nil { place = a.text("CityName") }
    }

    /// The departments of the notice's places (NUTS-3 of France), else of its buyer.
    var departments: [String] {
        var out: [String] = []
        for n in nuts { if let d = Department.of(nuts: n), !out.contains(d.code) { out.append(d.code) } }
        if out.isEmpty { for p in postalCodes { if let d = Loose.department(postalCode: p), !out.contains(d) { out.append(d) } } }
        if out.isEmpty, let d = buyerDepartment { out = [d] }
        return out
    }

    var buyerDepartment: String? {
        guard let b = buyer else { return nil }
        if let n = b.nuts, let d = Department.of(nuts: n) { return d.code }
        if (b.country ?? "FRA") == "FRA", let p = b.postalCode { return Loose.department(postalCode: p) }
        return nil
    }

    /// The buyer's French identifier: a SIRET (14 digits) or a SIREN (9).
    var buyerCompanyDigits: String? {
        guard let raw = buyer?.companyID else { return nil }
        let digits = raw.filter { $0.isASCII && $0.isNumber }
        guard digits.count == 14 || digits.count == 9, raw.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." }) else { return nil }
        return digits
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
