import ScopeModel

/// The words for the model's values, from the translation file.
struct Labels: Sendable {
    let strings: Strings

    func contractType(_ t: ContractType) -> String {
        switch t {
        case .works: return strings("contract.works")
        case .supplies: return strings("contract.supplies")
        case .services: return strings("contract.services")
        }
    }

    func status(_ s: NoticeStatus) -> String {
        switch s {
        case .open: return strings("status.open")
        case .closed: return strings("status.closed")
        case .awarded: return strings("status.awarded")
        case .cancelled: return strings("status.cancelled")
        }
    }

    func status(_ s: ProgrammationStatus) -> String {
        switch s {
        case .planned: return strings("status.planned")
        case .published: return strings("status.published")
        case .cancelled: return strings("status.abandoned")
        }
    }

    func buyerKind(_ k: BuyerKind) -> String {
        switch k {
        case .state: return strings("kind.state")
        case .region: return strings("kind.region")
        case .department: return strings("kind.department")
        case .commune: return strings("kind.commune")
        case .epci: return strings("kind.epci")
        case .hospital: return strings("kind.hospital")
        case .other: return strings("kind.other")
        }
    }
}
