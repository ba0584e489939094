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

    static let schools = ["groupe scolaire Jules Ferry", "école maternelle Les Tilleuls", "école élémentaire Jean Moulin",
                          "groupe scolaire Marcel Pagnol", "école Simone Veil", "groupe scolaire Lucie Aubrac"]
    static let buildings = ["gymnase municipal", "médiathèque", "salle des fêtes", "crèche municipale", "hôtel de ville",
                            "centre technique municipal", "maison des associations", "complexe sportif", "piscine municipale",
                            "centre culturel", "halle du marché", "stade municipal"]
    static let colleges = ["collège Jean Jaurès", "collège Pierre de Fermat", "collège Olympe de Gouges", "collège Jean Moulin",
                           "collège Marcel Pagnol", "collège Les Violettes"]
    static let lycees = ["lycée Pierre-Paul Riquet", "lycée Déodat de Séverac", "lycée Jean Mermoz", "lycée Clémence Isaure",
                         "lycée agricole", "lycée professionnel Gallieni", "lycée Joffre"]
}
