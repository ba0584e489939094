import ScopeModel

/// eForms code lists Scope shows in words (the SDK's `codelists/procurement-procedure-type.gc`,
/// labels as the Publications Office translates them).
enum EFormsCodes {
    /// BT-105, procedure type → (French, English).
    static let procedures: [String: (String, String)] = [
        "open": ("Procédure ouverte", "Open procedure"),
        "restricted": ("Procédure restreinte", "Restricted procedure"),
        "neg-w-call": ("Procédure concurrentielle avec négociation", "Competitive procedure with negotiation"),
        "neg-wo-call": ("Procédure négociée sans publication préalable", "Negotiated without prior call for competition"),
        "comp-dial": ("Dialogue compétitif", "Competitive dialogue"),
        "innovation": ("Partenariat d'innovation", "Innovation partnership"),
        "comp-tend": ("Mise en concurrence dans un accord-cadre", "Competitive tendering within a framework agreement"),
        "exp-int-rail": ("Appel à manifestation d'intérêt (services ferroviaires)", "Call for expression of interest (rail services)"),
        "oth-single": ("Autre procédure en une étape", "Other single stage procedure"),
        "oth-mult": ("Autre procédure en plusieurs étapes", "Other multiple stage procedure"),
    ]

    static func procedure(_ code: String, language: String) -> String {
        guard let (fr, en) = procedures[code] else { return code }
        return language == "fr" ? fr : en
    }

    /// BT-11, the buyer's legal type, where it names one of Scope's kinds: a central government
    /// authority or agency (`cent-gov`, `cga`) is the State, a regional authority (`ra`) a
    /// region. Other types (`la`, a local authority, is a commune, a department or an EPCI;
    /// `body-pl`…) say no more than the buyer's name does, which is read first.
    static func buyerKind(legalType: String?, name: String) -> BuyerKind {
        let byName = Loose.buyerKind(name: name)
        guard byName == .other else { return byName }
        switch legalType {
        case "cent-gov", "cga": return .state
        case "ra": return .region
        default: return .other
        }
    }

    /// The notice's language code (ISO 639-2/B, as eForms writes it) for a site language.
    static func noticeLanguage(_ site: String) -> String {
        ["fr": "FRA", "en": "ENG", "de": "DEU", "es": "SPA", "it": "ITA", "nl": "NLD", "pl": "POL", "pt": "POR"][site] ?? "FRA"
    }
}
