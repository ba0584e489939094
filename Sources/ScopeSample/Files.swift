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
    # E-mail alerts: the sign-up service (scope alerts serve --public-url) every list's
    # "Recevoir cette liste par e-mail" leads to; and, for scope notify --subscriptions FILE,
    # how a digest's reader unsubscribes ({email} is the subscriber's address).
    alerts:
      service: "https://marches.occitanie.example/alertes-email/"
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
    # A sector may list sub-sectors: finer trades, each the CPV codes that begin with one of
    # its prefixes (groups, classes, categories), with a page and feeds of its own.
    sectors:
      - id: btp
        name: "BTP — travaux, bâtiment et ingénierie"
        divisions: ["44", "45", "71"]
        subsectors:
          - id: gros-oeuvre
            name: "Bâtiment : construction, gros œuvre, démolition"
            cpv: ["4511", "4521", "45223", "45262"]
          - id: second-oeuvre
            name: "Second œuvre : équipements, couverture, finitions"
            cpv: ["45261", "453", "454"]
          - id: vrd
            name: "Voirie, réseaux divers et travaux publics"
            cpv: ["45112", "4523", "4524", "4525"]
          - id: ingenierie
            name: "Ingénierie, études et maîtrise d'œuvre"
            cpv: ["71"]
          - id: materiaux
            name: "Matériaux et structures préfabriquées"
            cpv: ["44"]
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
        # Office machinery and supplies (paper, 30197…): supplies, though the rest of 30 is computing.
        cpv: ["301"]
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

    **Accessibilité** : voir la [déclaration d'accessibilité](../accessibilite/).

    """

    /// The accessibility statement RGAA 4.1 asks for, as far as the tool can say it: what was
    /// tested, and how; the publisher completes who they are and the contact.
    static let accessibility = """
    # Accessibilité : non conforme

    ## Déclaration d'accessibilité

    L'éditeur de ce site s'engage à rendre ses services en ligne accessibles, conformément à
    l'article 47 de la loi n° 2005-102 du 11 février 2005. La présente déclaration s'applique à ce site.

    ## État de conformité

    Ce site est **non conforme** au référentiel général d'amélioration de l'accessibilité (RGAA),
    version 4.1 : il n'a pas encore fait l'objet de l'audit complet que le RGAA demande pour déclarer
    un taux de conformité. Les contrôles qui suivent sont faits à chaque version du logiciel qui le
    produit, sur chaque sorte de page.

    ## Contrôles réalisés

    - **Validité du code** : chaque page HTML passe le validateur Nu HTML Checker, sans erreur.
    - **Contrôle automatique** : axe-core 4 (règles WCAG 2.1 niveaux A et AA) sur l'accueil, une annonce,
      une programmation, les listes, un secteur, un département, un acheteur, la recherche et les alertes,
      à 360 et à 1 280 pixels de large : aucune erreur.
    - **Petits écrans** : aucune sorte de page ne défile de côté à 360 pixels de large.
    - **Navigation au clavier** : la recherche, ses filtres et ses résultats se parcourent au clavier.
    - **Sans JavaScript** : toutes les annonces se trouvent par secteur, département et acheteur.

    Technologies utilisées : HTML5, CSS, SVG ; JavaScript pour la recherche et le choix des alertes
    seulement. Environnement des tests : Chromium récent (Debian), sans et avec JavaScript.

    ## Contenus non accessibles

    Les documents de consultation (DCE) sont publiés par chaque acheteur sur sa plateforme : leur
    accessibilité ne dépend pas de ce site. Les cartes et graphiques ont une alternative textuelle
    (les listes de secteurs et de départements, avec leurs nombres d'annonces).

    ## Retour d'information et contact

    Si vous ne pouvez pas accéder à un contenu ou à un service, écrivez à l'éditeur (adresse à compléter
    par l'éditeur) pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre
    forme.

    ## Voies de recours

    Si vous avez signalé un défaut d'accessibilité sans obtenir de réponse satisfaisante, vous pouvez :

    - écrire un message au [Défenseur des droits](https://formulaire.defenseurdesdroits.fr/) ;
    - contacter le délégué du Défenseur des droits de votre région
      ([liste des délégués](https://www.defenseurdesdroits.fr/saisir/delegues)) ;
    - envoyer un courrier par la poste, gratuit, sans affranchissement : Défenseur des droits,
      Libre réponse 71120, 75342 Paris CEDEX 07.

    """
}
