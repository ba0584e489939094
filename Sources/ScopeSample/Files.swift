/// The sample's configuration, sector grouping and Markdown pages.
enum Files {
    static let config = """
    # Scope configuration for the Occitanie sample.
    title: "Marchés publics en Occitanie"
    description: "Les appels d'offres et les achats prévus des acheteurs publics d'Occitanie, par secteur, département et acheteur."
    base_url: "https://marches.occitanie.example/"
    language: fr
    # The site's departments: the region's thirteen.
    region: Occitanie
    page_size: 30
    feed_items: 50
    # The sample's reference date, so that the demo looks alive on any day.
    # A real site leaves this out (the clock is used); `scope build --now` overrides both.
    now: "\(SampleWriter.referenceNow)"
    # E-mail alerts (scope notify): where companies subscribe, and how a digest's reader
    # unsubscribes ({email} is the subscriber's address).
    alerts:
      subscribe_url: "https://marches.occitanie.example/alertes-email/inscription"
      unsubscribe: "https://marches.occitanie.example/alertes-email/desinscription?email={email}"
    # Exports in other formats (BOAMP, APProch, OCDS, DECP), read beside the folders above;
    # here the awarded contracts (DECP), shown on each buyer's page. See docs/formats.md.
    sources:
      - path: exports/attributions-decp.json
        format: decp

    """

    static let sectors = """
    # Sectors of activity: each gathers CPV divisions (the first two digits of a CPV code).
    # A notice belongs to the sectors of all its CPV codes. A division left out here
    # becomes a sector of its own, named after the division.
    sectors:
      - id: btp
        name: "BTP — travaux, bâtiment et ingénierie"
        divisions: ["44", "45", "71"]
      - id: environnement
        name: "Environnement, propreté et espaces verts"
        divisions: ["03", "41", "77", "90"]
      - id: informatique
        name: "Informatique et télécommunications"
        divisions: ["30", "32", "48", "64", "72"]
      - id: restauration
        name: "Alimentation et restauration"
        divisions: ["15", "55"]
      - id: sante
        name: "Santé et action sociale"
        divisions: ["33", "85"]
      - id: transports
        name: "Transports et véhicules"
        divisions: ["34", "60", "63"]
      - id: energie
        name: "Énergie"
        divisions: ["09", "65"]
      - id: maintenance
        name: "Maintenance et réparation"
        divisions: ["50", "51"]
      - id: fournitures
        name: "Fournitures, équipements et mobilier"
        divisions: ["14", "16", "18", "19", "22", "24", "31", "35", "37", "38", "39", "42", "43"]
      - id: services
        name: "Services aux organisations, conseil et formation"
        divisions: ["66", "70", "73", "75", "76", "79", "80", "98"]
      - id: culture
        name: "Culture, sport et loisirs"
        divisions: ["92"]

    # Where a notice that gives no CPV code is listed (BOAMP notices may give only BOAMP's own
    # descriptors).
    unclassified:
      id: non-classe
      name: "Non classé"

    """

    static let about = """
    # À propos

    Ce site publie les **appels d'offres** (annonces) et les **programmations** (achats prévus dans les 6 à 18 mois)
    des acheteurs publics d'Occitanie : l'État, la Région, les départements, les métropoles, les communes,
    les intercommunalités et les établissements de santé.

    Les entreprises, et d'abord les PME, y trouvent les marchés de leur métier et de leur territoire :

    - par **secteur d'activité**, regroupant les codes CPV ;
    - par **département** d'exécution ;
    - par **acheteur**.

    Les données sont mises à jour chaque nuit à partir des exports des acheteurs. Les données de cet exemple
    sont générées : les identifiants ne désignent aucun organisme réel.

    """

    static let legal = """
    # Mentions légales

    **Éditeur** : l'organisme qui publie ce site, à compléter par l'éditeur.

    **Hébergement** : à compléter par l'éditeur.

    **Données** : les annonces et programmations proviennent des exports des acheteurs publics. Elles sont
    réutilisables dans les conditions de la licence ouverte indiquée par chaque source.

    **Accessibilité** : ce site vise la conformité au RGAA. Pour signaler un défaut, écrivez à l'éditeur.

    """
}
