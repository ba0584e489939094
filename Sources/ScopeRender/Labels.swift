import ScopeModel

/// The French words for the model's values.
public enum Labels {
    public static func contractType(_ t: ContractType) -> String {
        switch t {
        case .works: return "Travaux"
        case .supplies: return "Fournitures"
        case .services: return "Services"
        }
    }

    public static func status(_ s: NoticeStatus) -> String {
        switch s {
        case .open: return "Ouvert"
        case .closed: return "Clôturé"
        case .awarded: return "Attribué"
        case .cancelled: return "Annulé"
        }
    }

    public static func status(_ s: ProgrammationStatus) -> String {
        switch s {
        case .planned: return "Prévisionnel"
        case .published: return "Publié"
        case .cancelled: return "Abandonné"
        }
    }

    public static func buyerKind(_ k: BuyerKind) -> String {
        switch k {
        case .state: return "État"
        case .region: return "Région"
        case .department: return "Département"
        case .commune: return "Commune"
        case .epci: return "Intercommunalité"
        case .hospital: return "Établissement de santé"
        case .other: return "Autre organisme public"
        }
    }
}
