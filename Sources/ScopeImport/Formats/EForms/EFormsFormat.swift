import Foundation
import ScopeModel

extension ExportFormat {
    /// eForms XML notices (UBL 2.3 with the eForms extensions), as TED and BOAMP publish them.
    public static let eforms = ExportFormat(rawValue: "eforms")
}

/// An eForms notice, one per `.xml` file: a contract notice becomes a notice, a prior
/// information notice a programmation, a contract award notice an award (and marks its notice
/// awarded); a change notice corrects the notice of the same procedure (`ContractFolderID`).
struct EFormsFormat: ImportFormat {
    let name = ExportFormat.eforms
    var extensions: Set<String> { ["xml"] }

    static let roots: Set<String> = ["ContractNotice", "PriorInformationNotice", "ContractAwardNotice"]

    func claims(_ document: ParsedExport) -> Bool {
        guard case .xml(let root) = document else { return false }
        return Self.roots.contains(root.name) && root.namespace.hasPrefix("urn:oasis:names:specification:ubl:schema:xsd:")
    }

    func read(document: ParsedExport, into out: inout FileImport, context: ImportContext) {
        guard case .xml(let root) = document else { return }
        let site = context.site
        let loc = SourceLocation(file: out.file, position: .line(root.line))
        guard claims(document) else {
            let ns = root.namespace.isEmpty ? "no namespace" : "namespace \(root.namespace)"
            out.problems.append(Diagnostic(.error, at: loc, kind: nil, recordID: nil, field: nil,
                                           "an XML document whose root is <\(root.name)> (\(ns)), not an eForms notice "
                                           + "(ContractNotice, PriorInformationNotice or ContractAwardNotice of UBL 2.3); not read"))
            return
        }
        let n = EFormsNotice(root, language: EFormsCodes.noticeLanguage(site.language))
        let kind: RecordKind = n.family == .planning ? .programmation : n.family == .result ? .award : .notice
        out.countRead(kind)
        guard let id = n.folderID ?? n.noticeID else {
            out.reject(kind, at: loc, id: nil, field: "cbc:ContractFolderID", "no ContractFolderID (BT-04) nor notice ID (BT-701)")
            return
        }
        // The place: its departments, or why it has none in the site.
        let departments = n.departments
        guard !departments.isEmpty else {
            let said = n.nuts.isEmpty ? (n.countries.isEmpty ? "no place given" : "country \(n.countries.joined(separator: ", "))")
                : "NUTS \(n.nuts.joined(separator: ", "))"
            out.warn(kind, at: loc, id: id, field: "cac:RealizedLocation", "no place in France (\(said)) nor a French buyer's address; left out")
            out.leaveOut(kind)
            return
        }
        guard departments.contains(where: site.covers) else {
            out.warn(kind, at: loc, id: id, field: "cbc:CountrySubentityCode",
                     "performed in \(departments.joined(separator: ", ")), outside the site's departments; left out")
            out.leaveOut(kind)
            return
        }
        // The buyer, from the organisations.
        guard let buyer = n.buyer, let buyerName = buyer.name else {
            out.reject(kind, at: loc, id: id, field: "cac:ContractingParty", "no buyer among the organisations (OPT-300)")
            return
        }
        let buyerID = n.buyerCompanyDigits ?? Loose.buyerID(name: buyerName, prefix: "eforms")
        if let w = buyer.website, WebLink.safe(w) == nil {
            out.warn(kind, at: loc, id: id, field: "cbc:WebsiteURI", "the buyer's website is not an http(s) address, left out: \"\(w.prefix(80))\"")
        }
        out.buyers.append(MadeBuyer(Buyer(id: buyerID, name: buyerName, kind: EFormsCodes.buyerKind(legalType: n.buyerLegalType, name: buyerName),
                                 department: n.buyerDepartment ?? departments.first, website: buyer.website), loc))
        let procedure = n.procedureCode.map { EFormsCodes.procedure($0, language: site.language) }

        if kind == .award {
            out.awards.append(Self.award(n, id: id, buyer: buyerID, departments: departments.filter(site.covers), procedure: procedure,
                                         origin: .ted, at: loc))
            out.updates.append(NoticeUpdate(target: id, change: .award, by: n.noticeID ?? id, published: n.published ?? "", location: loc,
                                            optional: true))
            return
        }
        let mapped = Self.map(n, id: id, buyer: buyerID, departments: departments, procedure: procedure, kind: kind, at: loc)
        if n.family == .change {
            // A change whose reason is `cancel` cancels the procedure: the notice becomes cancelled.
            let change: NoticeUpdate.Change = n.changeReason?.lowercased().hasPrefix("cancel") == true ? .cancel : .correct(mapped)
            var update = NoticeUpdate(target: id, change: change, by: n.noticeID ?? id, published: n.published ?? "",
                                      location: loc, standalone: change.isCancel ? nil : mapped)
            if let named = n.changedNotice { update.alsoNamed = [named] }
            update.text = n.changeText.map { String($0.prefix(2_000)) }
            out.updates.append(update)
            return
        }
        out.mapped.append(mapped)
    }

    /// The notice's fields in Scope's names, each remembered with the eForms element it comes from.
    static func map(_ n: EFormsNotice, id: String, buyer: String, departments: [String], procedure: String?, kind: RecordKind,
                    at loc: SourceLocation) -> MappedRecord {
        var f = FieldMap(id: id, from: "cbc:ContractFolderID")
        f.put("title", n.title.map(RawValue.string), from: "cac:ProcurementProject/cbc:Name")
        f.put("description", n.description.map(RawValue.string), from: "cac:ProcurementProject/cbc:Description")
        f.put("buyer", .string(buyer), from: "cac:ContractingParty")
        f.put("contract_type", n.nature.map(RawValue.string), from: "cbc:ProcurementTypeCode")
        f.put("cpv", n.cpv.isEmpty ? nil : .list(n.cpv.map(RawValue.string)), from: "cbc:ItemClassificationCode")
        f.put("departments", .list(departments.map(RawValue.string)), from: "cbc:CountrySubentityCode")
        if let v = n.value {
            f.put("estimated_value", .number(v), from: "cbc:EstimatedOverallContractAmount")
            f.put("currency", n.currency.map(RawValue.string), from: "cbc:EstimatedOverallContractAmount/@currencyID")
        }
        if kind == .programmation {
            f.put("expected_publication", n.plannedDate.map { .string(String($0.prefix(7))) }, from: "cbc:PlannedDate")
            f.put("announced", n.published.map(RawValue.string), from: "cbc:IssueDate")
            return f.record(.programmation, at: loc)
        }
        f.put("place", n.place.map(RawValue.string), from: "cac:RealizedLocation")
        f.put("procedure", procedure.map(RawValue.string), from: "cbc:ProcedureCode")
        f.put("published", n.published.map(RawValue.string), from: "cbc:IssueDate")
        f.put("deadline", n.deadline.map(RawValue.string), from: "cac:TenderSubmissionDeadlinePeriod")
        f.put("reference", n.publicationID.map(RawValue.string), from: "efbc:NoticePublicationID")
        if n.callsForInterest {
            f.put("deadline_kind", .string("interest"), from: "efac:InterestExpressionReceptionPeriod")
        } else if n.deadlineForRequests {
            f.put("deadline_kind", .string("requests"), from: "cac:ParticipationRequestReceptionPeriod")
        } else if n.designContest, n.deadline != nil {
            f.put("deadline_kind", .string("projects"), from: "cac:TenderSubmissionDeadlinePeriod")
        }
        f.put("documents_url", n.documentsURL.map(RawValue.string), from: "cac:CallForTendersDocumentReference")
        if !n.lots.isEmpty {
            f.put("lots", .list(n.lots.enumerated().map { i, l in .object(lot(l, index: i)) }), from: "cac:ProcurementProjectLot")
        }
        return f.record(.notice, at: loc)
    }

    /// An award notice's results: per lot its winners and amounts, the whole's total and date.
    /// `notice`: the notice it concludes (the procedure's `ContractFolderID`, the id its notice has).
    static func award(_ n: EFormsNotice, id: String, buyer: String, departments: [String], procedure: String?,
                      origin: Award.Origin, notice: String? = nil, at loc: SourceLocation) -> Award {
        let currency = n.currency ?? "EUR"
        let lots = n.results.map { r in
            Award.Lot(number: lotNumber(r.lot), winners: r.parties.map { Award.Party(members: $0) },
                      amount: r.amount.map { Money(amount: $0, currency: currency) }, noWinner: r.noWinner)
        }
        return Award(id: buyer + "-" + id, buyerID: buyer, object: n.title ?? id,
                     cpv: n.cpv.compactMap(CPVCode.init(parsing:)), notified: (n.awardDate ?? n.issued).flatMap { Day.plausible($0) },
                     amount: n.awarded.map { Money(amount: $0, currency: currency) }, winners: n.winners, departments: departments,
                     procedure: procedure, source: loc, notice: notice ?? id,
                     // One lot that is the whole contract (`LOT-0000`) is no lot to show.
                     lots: lots.count == 1 && lots[0].number == nil ? [] : lots, origin: origin,
                     frameworkMaximum: n.frameworkMaximum.map { Money(amount: $0, currency: currency) })
    }

    /// `LOT-0002` → 2; nil for `LOT-0000` (a notice's one lot) or no digits.
    static func lotNumber(_ id: String) -> Int? {
        let n = Int(id.filter { $0.isASCII && $0.isNumber }.suffix(6)) ?? 0
        return n > 0 ? n : nil
    }

    /// A lot in Scope's fields: its number from `LOT-0002`, title, main CPV code, value, deadline.
    static func lot(_ l: EFormsNotice.Lot, index: Int) -> [String: RawValue] {
        var o: [String: RawValue] = [:]
        o["number"] = .number(Double(lotNumber(l.id) ?? index + 1))  // LOT-0000: the one lot of a notice
        if let t = l.title { o["title"] = .string(t) }
        if let c = l.cpv.first { o["cpv"] = .string(c) }
        if let v = l.value { o["value"] = .number(v) }
        if let d = l.deadline { o["deadline"] = .string(d) }
        return o
    }
}
