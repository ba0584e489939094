/// Real communes of Occitanie's thirteen departments, with a few streets and buildings
/// that recur in notices' titles.
enum Geography {
    static let departments: [(code: String, name: String, communes: [String])] = [
        ("09", "Ariège", ["Foix", "Pamiers", "Saint-Girons", "Lavelanet", "Tarascon-sur-Ariège", "Mirepoix", "Saverdun", "Ax-les-Thermes"]),
        ("11", "Aude", ["Carcassonne", "Narbonne", "Limoux", "Castelnaudary", "Lézignan-Corbières", "Quillan", "Gruissan", "Port-la-Nouvelle"]),
        ("12", "Aveyron", ["Rodez", "Millau", "Villefranche-de-Rouergue", "Decazeville", "Espalion", "Saint-Affrique", "Onet-le-Château", "Capdenac-Gare"]),
        ("30", "Gard", ["Nîmes", "Alès", "Bagnols-sur-Cèze", "Beaucaire", "Uzès", "Le Vigan", "Vauvert", "Saint-Gilles"]),
        ("31", "Haute-Garonne", ["Toulouse", "Colomiers", "Tournefeuille", "Muret", "Blagnac", "Saint-Gaudens", "Balma", "L'Union",
                                 "Ramonville-Saint-Agne", "Castanet-Tolosan", "Cugnaux", "Plaisance-du-Touch", "Labège", "Revel"]),
        ("32", "Gers", ["Auch", "Condom", "L'Isle-Jourdain", "Fleurance", "Eauze", "Lectoure", "Mirande", "Nogaro"]),
        ("34", "Hérault", ["Montpellier", "Béziers", "Sète", "Agde", "Lunel", "Frontignan", "Castelnau-le-Lez", "Lattes", "Pézenas",
                           "Lodève", "Mauguio", "Pérols", "Juvignac"]),
        ("46", "Lot", ["Cahors", "Figeac", "Gourdon", "Souillac", "Gramat", "Saint-Céré", "Prayssac", "Pradines"]),
        ("48", "Lozère", ["Mende", "Marvejols", "Florac-Trois-Rivières", "Langogne", "Saint-Chély-d'Apcher", "La Canourgue"]),
        ("65", "Hautes-Pyrénées", ["Tarbes", "Lourdes", "Bagnères-de-Bigorre", "Lannemezan", "Vic-en-Bigorre", "Argelès-Gazost", "Aureilhan"]),
        ("66", "Pyrénées-Orientales", ["Perpignan", "Canet-en-Roussillon", "Saint-Estève", "Argelès-sur-Mer", "Céret", "Prades",
                                       "Rivesaltes", "Thuir"]),
        ("81", "Tarn", ["Albi", "Castres", "Gaillac", "Graulhet", "Lavaur", "Mazamet", "Carmaux", "Rabastens"]),
        ("82", "Tarn-et-Garonne", ["Montauban", "Castelsarrasin", "Moissac", "Caussade", "Valence", "Nègrepelisse", "Beaumont-de-Lomagne"]),
    ]

    static let streets = ["avenue Jean Jaurès", "rue Victor Hugo", "boulevard de la République", "chemin des Vignes",
                          "route de Toulouse", "avenue de la Gare", "rue de la Paix", "allée des Platanes", "place du Marché",
                          "avenue du Général de Gaulle", "rue Pasteur", "chemin de la Fontaine", "route départementale 820",
                          "boulevard Gambetta", "rue des Écoles"]

    // Masculine names starting with a consonant, so "du {s}", "le {b}" read right.
    static let schools = ["groupe scolaire Jules Ferry", "groupe scolaire Les Tilleuls", "groupe scolaire Jean Moulin",
                          "groupe scolaire Marcel Pagnol", "groupe scolaire Simone Veil", "groupe scolaire Lucie Aubrac"]
    static let buildings = ["gymnase municipal", "centre technique municipal", "complexe sportif", "stade municipal",
                            "centre culturel", "pôle enfance", "boulodrome couvert", "foyer rural", "dojo municipal",
                            "cinéma municipal", "centre de loisirs", "théâtre municipal"]
    static let colleges = ["collège Jean Jaurès", "collège Pierre de Fermat", "collège Olympe de Gouges", "collège Jean Moulin",
                           "collège Marcel Pagnol", "collège Les Violettes"]
    static let lycees = ["lycée Pierre-Paul Riquet", "lycée Déodat de Séverac", "lycée Jean Mermoz", "lycée Clémence Isaure",
                         "lycée agricole", "lycée professionnel Gallieni", "lycée Joffre"]
}
