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

    /// The notice's language code (ISO 639-2/B, as eForms writes it) for a site language.
    static func noticeLanguage(_ site: String) -> String {
        ["fr": "FRA", "en": "ENG", "de": "DEU", "es": "SPA", "it": "ITA", "nl": "NLD", "pl": "POL", "pt": "POR"][site] ?? "FRA"
    }
}
