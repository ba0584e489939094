// The 9,454 codes of CPV 2008 with their French and English labels (code\tfr\ten).
// Source: labels from OP-TED/eForms-SDK translations/code_fr.xml and code_en.xml (CC BY 4.0, (c) European Union); check digits from xterr/php-cpvcodes Resources/cpvCodes.json (MIT). Regulation (EC) No 213/2008.
// Written by scripts/reference_tables.py from the reference CSV; do not edit by hand.

extension ReferenceTables {
    static let cpv2008 = #"""
03000000-1	Produits agricoles, de l'élevage, de la pêche, de la sylviculture et produits connexes	Agricultural, farming, fishing, forestry and related products
03100000-2	Produits agricoles et produits de l'horticulture	Agricultural and horticultural products
03110000-5	Produits agricoles, produits de la culture maraîchère et de l'horticulture commerciale	Crops, products of market gardening and horticulture
03111000-2	Graines	Seeds
03111100-3	Graines de soja	Soya beans
03111200-4	Graines d'arachide	Peanuts
03111300-5	Graines de tournesol	Sunflower seeds
03111400-6	Graines de coton	Cotton seeds
03111500-7	Graines de sésame	Sesame seeds
03111600-8	Graines de moutarde	Mustard seeds
03111700-9	Graines de légumes	Vegetable seeds
03111800-0	Graines de fruits	Fruit seeds
03111900-1	Graines de fleurs	Flower seeds
03112000-9	Tabacs non fabriqués	Unmanufactured tobacco
03113000-6	Plantes utilisées pour la fabrication du sucre	Plants used for sugar manufacturing
03113100-7	Betteraves sucrières	Sugar beet
03113200-8	Canne à sucre	Sugar cane
03114000-3	Paille et plantes fourragères	Straw and forage
03114100-4	Paille	Straw
03114200-5	Plantes fourragères	Forage
03115000-0	Matières premières végétales	Raw vegetable materials
03115100-1	Matières premières végétales destinées à l'industrie textile	Raw vegetable materials used in textile production
03115110-4	Coton	Cotton
03115120-7	Jute	Jute
03115130-0	Lin	Flax
03116000-7	Caoutchouc naturel, latex naturel et produits connexes	Natural rubber and latex, and associated products
03116100-8	Caoutchouc naturel	Natural rubber
03116200-9	Latex naturel	Natural latex
03116300-0	Produits en latex	Latex products
03117000-4	Plantes à usage spécifique	Plants used in specific fields
03117100-5	Plantes utilisées en parfumerie ou en pharmacie, ou plantes à usage insecticide ou à usage similaire	Plants used in perfumery or pharmacy, or for insecticidal or similar purposes
03117110-8	Plantes utilisées en parfumerie	Plants used in perfumery
03117120-1	Plantes utilisées en pharmacie	Plants used in pharmacy
03117130-4	Plantes à usage insecticide	Plants used for insecticidal purposes
03117140-7	Plantes à usage fongicide ou à usage similaire	Plants used for fungicidal or similar purposes
03117200-6	Graines de plantes à usage spécifique	Seeds of plants used in specific fields
03120000-8	Produits horticoles et produits de pépinières	Horticultural and nursery products
03121000-5	Produits horticoles	Horticultural products
03121100-6	Plantes vivantes, bulbes, racines, boutures et greffons	Live plants, bulbs, roots, cuttings and slips
03121200-7	Fleurs coupées	Cut flowers
03121210-0	Compositions florales	Floral arrangements
03130000-1	Plantes pour boissons et épices	Beverage and spice crops
03131000-8	Plantes pour boissons	Beverage crops
03131100-9	Grains de café	Coffee beans
03131200-0	Théiers	Tea bushes
03131300-1	Maté	Maté
03131400-2	Fèves de cacao	Cocoa beans
03132000-5	Épices brutes	Unprocessed spices
03140000-4	Produits animaux et produits connexes	Animal products and related products
03141000-1	Sperme de taureau	Bulls' semen
03142000-8	Produits de l'élevage	Animal products
03142100-9	Miel naturel	Natural honey
03142200-0	Escargots	Snails
03142300-1	Produits alimentaires d'origine animale	Edible products of animal origin
03142400-2	Cires	Waxes
03142500-3	Œufs	Eggs
03143000-5	Produits de la polyculture	Products of mixed farming
03144000-2	Fournitures pour l'agriculture	Agricultural supplies
03200000-3	Céréales, pommes de terre, légumes, fruits et noix	Cereals, potatoes, vegetables, fruits and nuts
03210000-6	Céréales et pommes de terre	Cereals and potatoes
03211000-3	Céréales	Cereals
03211100-4	Blé	Wheat
03211110-7	Blé dur	Durum wheat
03211120-0	Blé tendre	Soft wheat
03211200-5	Maïs	Maize
03211300-6	Riz	Rice
03211400-7	Orge	Barley
03211500-8	Seigle	Rye
03211600-9	Avoine	Oats
03211700-0	Malt	Malt
03211900-2	Produits à graines	Grain products
03212000-0	Pommes de terre et légumes secs	Potatoes and dried vegetables
03212100-1	Pommes de terre	Potatoes
03212200-2	Légumes secs à cosse et à gousse	Dried leguminous vegetables and pulses
03212210-5	Légumes secs à cosse	Dried leguminous vegetables
03212211-2	Lentilles	Lentils
03212212-9	Pois chiches	Chick peas
03212213-6	Pois secs	Dried peas
03212220-8	Légumes à gousse	Pulses
03220000-9	Légumes, fruits et noix	Vegetables, fruits and nuts
03221000-6	Légumes	Vegetables
03221100-7	Légumes-racines et légumes-tubercules	Root and tuber vegetables
03221110-0	Légumes-racines	Root vegetables
03221111-7	Betteraves	Beetroot
03221112-4	Carottes	Carrots
03221113-1	Oignons	Onions
03221114-8	Navets	Turnips
03221120-3	Légumes-tubercules	Tuber vegetables
03221200-8	Légumes-fruits	Fruit vegetables
03221210-1	Haricots	Beans
03221211-8	Fèves	Broad beans
03221212-5	Haricots verts	Green beans
03221213-2	Haricots d'Espagne	Runner beans
03221220-4	Pois	Peas
03221221-1	Petits pois	Garden peas
03221222-8	Mange-tout	Mange-tout
03221230-7	Poivrons	Peppers
03221240-0	Tomates	Tomatoes
03221250-3	Courgettes	Courgettes
03221260-6	Champignons	Mushrooms
03221270-9	Concombres	Cucumbers
03221300-9	Légumes à feuilles	Leaf vegetables
03221310-2	Laitues	Lettuce
03221320-5	Feuilles de salade	Salad leaves
03221330-8	Artichauts	Artichokes
03221340-1	Épinards	Spinach
03221400-0	Choux	Cabbage vegetables
03221410-3	Choux blancs	Cabbage
03221420-6	Choux-fleurs	Cauliflower
03221430-9	Brocolis	Broccoli
03221440-2	Choux de Bruxelles	Brussels sprouts
03222000-3	Fruits et fruits à coque	Fruit and nuts
03222100-4	Fruits et fruits à coque tropicaux	Tropical fruit and nuts
03222110-7	Fruits tropicaux	Tropical fruit
03222111-4	Bananes	Bananas
03222112-1	Ananas	Pineapples
03222113-8	Mangues	Mangoes
03222114-5	Dattes	Dates
03222115-2	Raisins secs	Raisins
03222116-9	Figues	Figs
03222117-6	Avocats	Avocados
03222118-3	Kiwis	Kiwi fruit
03222120-0	Noix de coco	Coconuts
03222200-5	Agrumes	Citrus fruit
03222210-8	Citrons	Lemons
03222220-1	Oranges	Oranges
03222230-4	Pamplemousses	Grapefruit
03222240-7	Tangerines	Tangerines
03222250-0	Citrons verts	Limes
03222300-6	Fruits non tropicaux	Non-tropical fruit
03222310-9	Baies	Berry fruit
03222311-6	Raisins secs de Corinthe	Currants
03222312-3	Groseilles à maquereau	Gooseberries
03222313-0	Fraises	Strawberries
03222314-7	Framboises	Raspberries
03222315-4	Canneberges	Cranberries
03222320-2	Pommes, poires et coings	Apples, pears and quinces
03222321-9	Pommes	Apples
03222322-6	Poires	Pears
03222323-3	Coings	Quinces
03222330-5	Fruits à noyau	Stone fruit
03222331-2	Abricots	Apricots
03222332-9	Pêches	Peaches
03222333-6	Cerises	Cherries
03222334-3	Prunes	Plums
03222340-8	Raisins	Grapes
03222341-5	Raisins de table	Table grapes
03222342-2	Raisins de cuve	Wine grapes
03222400-7	Olives	Olives
03300000-2	Produits agricoles, de la chasse et de la pêche	Farming, hunting and fishing products
03310000-5	Poissons, crustacés et produits aquatiques	Fish, crustaceans and aquatic products
03311000-2	Poissons	Fish
03311100-3	Poissons plats	Flat fish
03311110-6	Sole	Sole
03311120-9	Plie	Plaice
03311200-4	Poissons de la famille des gatidés	Fish of the cod family
03311210-7	Morue	Cod
03311220-0	Lieu	Pollock
03311230-3	Merlu	Hake
03311240-6	Haddock	Haddock
03311300-5	Hareng	Herring
03311400-6	Thon	Tuna
03311500-7	Merlan	Whiting
03311600-8	Blanquet	Whitebait
03311700-9	Saumon	Salmon
03312000-9	Crustacés	Crustaceans
03312100-0	Huîtres	Oysters
03312200-1	Coquillages	Shellfish
03312300-2	Invertébrés aquatiques	Aquatic invertebrates
03313000-6	Produits aquatiques	Aquatic products
03313100-7	Corail ou produits similaires	Corals or similar products
03313200-8	Éponges naturelles	Natural sponges
03313300-9	Algues marines	Seaweeds
03313310-2	Algues	Algae
03320000-8	Bétail, cheptel et petits animaux	Cattle, livestock and small animals
03321000-5	Bétail	Cattle
03321100-6	Bovins	Bovine cattle
03321200-7	Veaux	Calves
03322000-2	Cheptel	Livestock
03322100-3	Moutons	Sheep
03322200-4	Chèvres	Goats
03322300-5	Chevaux	Horses
03323000-9	Suidés	Pigs
03324000-6	Volaille vivante	Live poultry
03325000-3	Petits animaux	Small animals
03325100-4	Lapins	Rabbits
03325200-5	Lièvres	Hares
03330000-3	Produits des animaux d'élévage	Farm animal products
03331000-0	Lait frais de brebis et de chèvre	Fresh milk from sheep and goats
03331100-1	Lait de brebis	Sheep's milk
03331200-2	Lait de chèvre	Goats' milk
03332000-7	Laine et poils	Wool and animal hair
03332100-8	Laine de tonte	Shorn wool
03332200-9	Poil	Animal hair
03333000-4	Lait de vache frais	Fresh cows' milk
03340000-6	Marques auriculaires pour animaux	Animal ear tags
03341000-3	Marques auriculaires pour bovins	Bovine ear tags
03400000-4	Produits de la sylviculture et de l'exploitation forestière	Forestry and logging products
03410000-7	Bois	Wood
03411000-4	Bois de conifères	Coniferous wood
03412000-1	Bois tropical	Tropical wood
03413000-8	Bois de chauffage	Fuel wood
03414000-5	Bois brut	Rough wood
03415000-2	Bois tendre	Softwood
03416000-9	Chutes de bois	Wood waste
03417000-6	Copeaux de bois	Scrap wood
03417100-7	Sciure de bois	Sawdust
03418000-3	Grumes	Logs
03418100-4	Bois dur	Hardwood
03419000-0	Bois d'œuvre	Timber
03419100-1	Produits du bois	Timber products
03419200-2	Bois de mine	Mining timber
03420000-0	Gommes	Gums
03421000-7	Baumes	Balsams
03422000-4	Laque	Lac
03430000-3	Liège	Cork
03431000-0	Liège naturel	Natural cork
03432000-7	Vannerie	Basketware
03432100-8	Sparterie	Wickerwork
03440000-6	Produits de la sylviculture	Forestry products
03441000-3	Plantes, graminées, mousses ou lichens d'ornement	Ornamental plants, grasses, mosses or lichens
03450000-9	Produits de pépinière	Tree-nursery products
03451000-6	Plantes	Plants
03451100-7	Plantes à repiquer	Bedding plants
03451200-8	Bulbes de fleurs	Flower bulbs
03451300-9	Arbustes	Shrubs
03452000-3	Arbres	Trees
03460000-2	Pâte à papier	Pulp
03461000-9	Pâte de bois	Wood pulp
03461100-0	Pâte de bois chimique	Chemical wood pulp
09000000-3	Produits pétroliers, combustibles, électricité et autres sources d'énergie	Petroleum products, fuel, electricity and other sources of energy
09100000-0	Combustibles	Fuels
09110000-3	Combustibles solides	Solid fuels
09111000-0	Charbon et combustibles à base de charbon	Coal and coal-based fuels
09111100-1	Charbon	Coal
09111200-2	Combustibles dérivés du charbon	Coal-based fuels
09111210-5	Charbon maigre	Hard coal
09111220-8	Briquettes	Briquettes
09111300-3	Combustibles fossiles	Fossil fuels
09111400-4	Combustibles à base de bois	Wood fuels
09112000-7	Lignite et tourbe	Lignite and peat
09112100-8	Lignite	Lignite
09112200-9	Tourbe	Peat
09113000-4	Coke	Coke
09120000-6	Combustibles gazeux	Gaseous fuels
09121000-3	Gaz de houille, gaz de ville ou gaz similaires	Coal gas, mains gas or similar gases
09121100-4	Gaz de houille ou gaz similaires	Coal gas or similar gases
09121200-5	Gaz de ville	Mains gas
09122000-0	Propane et butane	Propane and butane
09122100-1	Gaz propane	Propane gas
09122110-4	Propane liquéfié	Liquefied propane gas
09122200-2	Gaz butane	Butane gas
09122210-5	Butane liquéfié	Liquefied butane gas
09123000-7	Gaz naturel	Natural gas
09130000-9	Pétrole et distillats	Petroleum and distillates
09131000-6	Kérosène aviation	Aviation kerosene
09131100-7	Carburéacteurs de type kérosène	Kerosene jet type fuels
09132000-3	Essence	Petrol
09132100-4	Essence sans plomb	Unleaded petrol
09132200-5	Essence au plomb	Leaded petrol
09132300-6	Essence à l'éthanol	Petrol with ethanol
09133000-0	Gaz de pétrole liquéfié (LPG)	Liquefied Petroleum Gas (LPG)
09134000-7	Gasoils	Gas oils
09134100-8	Huile diesel	Diesel oil
09134200-9	Carburant diesel	Diesel fuel
09134210-2	Carburant diesel (02)	Diesel fuel (0,2)
09134220-5	Carburant diesel (EN 590)	Diesel fuel (EN 590)
09134230-8	Biodiesel	Biodiesel
09134231-5	Biodiesel (B20)	Biodiesel (B20)
09134232-2	Biodiesel (B100)	Biodiesel (B100)
09135000-4	Mazout	Fuel oils
09135100-5	Fioul domestique	Heating oil
09135110-8	Huiles combustibles à basse teneur en soufre	Low-sulphur combustible oils
09200000-1	Produits pétroliers, charbon et huiles	Petroleum, coal and oil products
09210000-4	Préparations lubrifiantes	Lubricating preparations
09211000-1	Huiles lubrifiantes et agents lubrifiants	Lubricating oils and lubricating agents
09211100-2	Huiles pour moteurs	Motor oils
09211200-3	Huiles pour compresseurs	Compressor lube oils
09211300-4	Huiles pour turbines	Turbine lube oils
09211400-5	Huiles pour engrenages	Gear oils
09211500-6	Huiles pour réducteurs	Reductor oils
09211600-7	Huiles destinées aux systèmes hydrauliques et à d'autres usages	Oils for use in hydraulic systems and other purposes
09211610-0	Liquides à usage hydraulique	Liquids for hydraulic purposes
09211620-3	Huiles de démoulage	Mould release oils
09211630-6	Huiles anticorrosives	Anti-corrosion oils
09211640-9	Huiles utilisées comme isolants électriques	Electrical insulating oils
09211650-2	Liquides de frein	Brake fluids
09211700-8	Huiles blanches et paraffines liquides	White oils and liquid paraffin
09211710-1	Huiles blanches	White oils
09211720-4	Paraffines liquides	Liquid paraffin
09211800-9	Huiles minérales et préparations dérivées du pétrole	Petroleum oils and preparations
09211810-2	Huiles légères	Light oils
09211820-5	Huiles minérales	Petroleum oils
09211900-0	Huiles lubrifiantes pour traction	Lubricating traction oils
09220000-7	Vaseline, cires de pétrole et essences spéciales	Petroleum jelly, waxes and special spirits
09221000-4	Vaseline et cire de pétrole	Petroleum jelly and waxes
09221100-5	Vaseline	Petroleum jelly
09221200-6	Paraffine	Paraffin wax
09221300-7	Cire de pétrole	Petroleum wax
09221400-8	Résidus de pétrole	Petroleum residues
09222000-1	Essences spéciales	Special spirits
09222100-2	White-spirit	White spirit
09230000-0	Pétrole (brut)	Petroleum (crude)
09240000-3	Huile et produits dérivés du charbon	Oil and coal-related products
09241000-0	Schiste bitumineux ou kérobitumeux	Bituminous or oil shale
09242000-7	Produits dérivés du charbon	Coal-related products
09242100-8	Huile lourde de houille	Coal oil
09300000-2	Électricité, chauffage, énergie solaire et nucléaire	Electricity, heating, solar and nuclear energy
09310000-5	Électricité	Electricity
09320000-8	Vapeur, eau chaude et produits connexes	Steam, hot water and associated products
09321000-5	Eau chaude	Hot water
09322000-2	Vapeur	Steam
09323000-9	Chauffage urbain	District heating
09324000-6	Chauffage fourni à grande distance	Long-distance heating
09330000-1	Énergie solaire	Solar energy
09331000-8	Panneaux solaires	Solar panels
09331100-9	Capteurs solaires pour la production de chaleur	Solar collectors for heat production
09331200-0	Modules solaires photovoltaïques	Solar photovoltaic modules
09332000-5	Installation solaire	Solar installation
09340000-4	Combustibles nucléaires	Nuclear fuels
09341000-1	Uranium	Uranium
09342000-8	Plutonium	Plutonium
09343000-5	Matériaux radioactifs	Radioactive materials
09344000-2	Radio-isotopes	Radio-isotopes
14000000-1	Produits d'exploitation des mines, métaux de base et produits connexes	Mining, basic metals and related products
14200000-3	Sable et argile	Sand and clay
14210000-6	Gravier, sable, pierre concassée et agrégats	Gravel, sand, crushed stone and aggregates
14211000-3	Sable	Sand
14211100-4	Sable naturel	Natural sand
14212000-0	Granulés, gravillons, sable fin, cailloux, gravier, pierraille et pierre concassée, mélanges de pierres, de grave et autres agrégats	Granules, chippings, stone powder, pebbles, gravel, broken and crushed stone, stone mixtures, sand-gravel mixtures and other aggregates
14212100-1	Cailloux et gravier	Pebbles and gravel
14212110-4	Cailloux	Pebbles
14212120-7	Gravier	Gravel
14212200-2	Agrégats	Aggregates
14212210-5	Grave	Sand-gravel mix
14212300-3	Pierraille et pierre concassée	Broken and crushed stone
14212310-6	Ballast	Ballast
14212320-9	Granit concassé	Crushed granite
14212330-2	Basalte concassé	Crushed basalt
14212400-4	Terre	Soil
14212410-7	Terre végétale	Topsoil
14212420-0	Sous-sol	Subsoil
14212430-3	Gravillons	Stone chippings
14213000-7	Macadam, tarmacadam et sable bitumineux	Macadam, tarmac and tar sands
14213100-8	Macadam	Macadam
14213200-9	Tarmacadam	Tarmac
14213300-0	Sable bitumineux	Tar sands
14220000-9	Argile et kaolin	Clay and kaolin
14221000-6	Argile	Clay
14222000-3	Kaolin	Kaolin
14300000-4	Produits inorganiques chimiques et engrais minéraux	Chemical and fertiliser minerals
14310000-7	Engrais minéraux	Fertiliser minerals
14311000-4	Calcium naturel, phosphate aluminocalcique et sels de potassium naturel brut	Natural calcium, aluminium calcium phosphate and crude natural potassium salts
14311100-5	Calcium naturel	Natural calcium
14311200-6	Phosphates aluminocalciques	Aluminium calcium phosphates
14311300-7	Sels de potassium naturel brut	Crude natural potassium salts
14312000-1	Pyrites de fer	Iron pyrites
14312100-2	Pyrites de fer non grillées	Unroasted iron pyrites
14320000-0	Produits inorganiques chimiques	Chemical minerals
14400000-5	Sel et chlorure de sodium pur	Salt and pure sodium chloride
14410000-8	Sel gemme	Rock salt
14420000-1	Sel marin	Sea salt
14430000-4	Sel concentré par évaporation et chlorure de sodium pur	Evaporated salt and pure sodium chloride
14450000-0	Saumure	Salt in brine
14500000-6	Produits connexes d'exploitation de mines et de carrières	Related mining and quarrying products
14520000-2	Pierres précieuses et semi-précieuses, pierre ponce, émeri, abrasifs naturels, autres minéraux et métaux précieux	Precious and semi-precious stones, pumice stone, emery, natural abrasives, other minerals and precious metals
14521000-9	Pierres précieuses et semi-précieuses	Precious and semi-precious stones
14521100-0	Pierres précieuses	Precious stones
14521140-2	Poussière ou poudre de pierres précieuses	Dust or powder of precious stones
14521200-1	Pierres semi-précieuses	Semi-precious stones
14521210-4	Poussière ou poudre de pierres semi-précieuses	Dust or powder of semi-precious stones
14522000-6	Diamants industriels, pierre ponce, émeri et autres abrasifs naturels	Industrial diamonds, pumice stone, emery and other natural abrasives
14522100-7	Pierre ponce	Pumice stone
14522200-8	Diamants industriels	Industrial diamonds
14522300-9	Émeri	Emery
14522400-0	Abrasifs naturels	Natural abrasives
14523000-3	Minéraux, métaux précieux connexes et produits associés	Related minerals, precious metals and associated products
14523100-4	Minéraux	Minerals
14523200-5	Or	Gold
14523300-6	Argent	Silver
14523400-7	Platine	Platinum
14600000-7	Minerais de métaux et alliages	Metal ores and alloys
14610000-0	Minerais de métaux	Metal ores
14611000-7	Minerais de fer	Iron ores
14612000-4	Minerais de métaux non ferreux	Non-ferrous metal ores
14612100-5	Minerais de cuivre	Copper ores
14612200-6	Minerais de nickel	Nickel ores
14612300-7	Minerais d'aluminium	Aluminium ores
14612400-8	Minerais de métaux précieux	Precious-metal ores
14612500-9	Minerais de plomb	Lead ores
14612600-0	Minerais de zinc	Zinc ores
14612700-1	Minerais d'étain	Tin ores
14613000-1	Minerais d'uranium et de thorium	Uranium and thorium ores
14613100-2	Minerais d'uranium	Uranium ores
14613200-3	Minerais de thorium	Thorium ores
14614000-8	Minerais divers	Miscellaneous ores
14620000-3	Alliages	Alloys
14621000-0	Ferroalliages	Ferro-alloys
14621100-1	Ferroalliages hors CECA	Non-ECSC ferro-alloys
14621110-4	Ferromanganèse	Ferro-manganese
14621120-7	Ferrochrome	Ferro-chromium
14621130-0	Ferronickel	Ferro-nickel
14622000-7	Acier	Steel
14630000-6	Scories, laitier, déchets et débris ferreux	Slag, dross, ferrous waste and scrap
14700000-8	Métaux de base	Basic metals
14710000-1	Fer, plomb, zinc, étain et cuivre	Iron, lead, zinc, tin and copper
14711000-8	Fer	Iron
14711100-9	Fonte brute	Pig iron
14712000-5	Plomb	Lead
14713000-2	Zinc	Zinc
14714000-9	Étain	Tin
14715000-6	Cuivre	Copper
14720000-4	Aluminium, nickel, scandium, titane et vanadium	Aluminium, nickel, scandium, titanium and vanadium
14721000-1	Aluminium	Aluminium
14721100-2	Oxyde d'aluminium	Aluminium oxide
14722000-8	Nickel	Nickel
14723000-5	Scandium	Scandium
14724000-2	Titane	Titanium
14725000-9	Vanadium	Vanadium
14730000-7	Chrome, manganèse, cobalt, yttrium et zirconium	Chromium, manganese, cobalt, yttrium and zirconium
14731000-4	Chrome	Chromium
14732000-1	Manganèse	Manganese
14733000-8	Cobalt	Cobalt
14734000-5	Yttrium	Yttrium
14735000-2	Zirconium	Zirconium
14740000-0	Molybdène, technétium, ruthénium et rhodium	Molybdenum, technetium, ruthenium and rhodium
14741000-7	Molybdène	Molybdenum
14742000-4	Technétium	Technetium
14743000-1	Ruthénium	Ruthenium
14744000-8	Rhodium	Rhodium
14750000-3	Cadmium, lutétium, hafnium, tantale et tungstène	Cadmium, lutetium, hafnium, tantalum and tungsten
14751000-0	Cadmium	Cadmium
14752000-7	Lutétium	Lutetium
14753000-4	Hafnium	Hafnium
14754000-1	Tantale	Tantalum
14755000-8	Tungstène	Tungsten
14760000-6	Iridium, gallium, indium, thallium et barium	Iridium, gallium, indium, thallium and barium
14761000-3	Iridium	Iridium
14762000-0	Gallium	Gallium
14763000-7	Indium	Indium
14764000-4	Thallium	Thallium
14765000-1	Barium	Barium
14770000-9	Césium, strontium, rubidium et calcium	Caesium, strontium, rubidium and calcium
14771000-6	Césium	Caesium
14772000-3	Strontium	Strontium
14773000-0	Rubidium	Rubidium
14774000-7	Calcium	Calcium
14780000-2	Potassium, magnésium, sodium et lithium	Potassium, magnesium, sodium and lithium
14781000-9	Potassium	Potassium
14782000-6	Magnésium	Magnesium
14783000-3	Sodium	Sodium
14784000-0	Lithium	Lithium
14790000-5	Niobium, osmium, rhénium et palladium	Niobium, osmium, rhenium and palladium
14791000-2	Niobium	Niobium
14792000-9	Osmium	Osmium
14793000-6	Rhénium	Rhenium
14794000-3	Palladium	Palladium
14800000-9	Produits minéraux non métalliques divers	Miscellaneous non-metallic mineral products
14810000-2	Produits abrasifs	Abrasive products
14811000-9	Pierres à meuler, pierres à broyer et meules	Millstones, grindstones and grinding wheels
14811100-0	Pierres à meuler	Millstones
14811200-1	Pierres à broyer	Grindstones
14811300-2	Meules	Grinding wheels
14812000-6	Poudre ou grains abrasifs	Abrasive powder or grain
14813000-3	Corindon artificiel	Artificial corundum
14814000-0	Graphite artificiel	Artificial graphite
14820000-5	Verre	Glass
14830000-8	Fibres de verre	Fibreglass
14900000-0	Matières premières de récupération	Recovered secondary raw materials
14910000-3	Matières premières métalliques de récupération	Recovered secondary metal raw materials
14920000-6	Matières premières non métalliques de récupération	Recovered secondary non-metal raw materials
14930000-9	Cendres et résidus contenant des métaux	Ash and residues containing metals
15000000-8	Produits alimentaires, boissons, tabac et produits connexes	Food, beverages, tobacco and related products
15100000-9	Produits de l'élevage, viande et produits à base de viande	Animal products, meat and meat products
15110000-2	Viande	Meat
15111000-9	Viande bovine	Bovine meat
15111100-0	Viande de bœuf	Beef
15111200-1	Viande de veau	Veal
15112000-6	Volaille	Poultry
15112100-7	Volaille fraîche	Fresh poultry
15112110-0	Oies	Geese
15112120-3	Dindes	Turkeys
15112130-6	Poulets	Chickens
15112140-9	Canards	Ducks
15112300-9	Foies de volaille	Poultry livers
15112310-2	Foie gras	Foie gras
15113000-3	Viande de porc	Pork
15114000-0	Abats	Offal
15115000-7	Viande d'agneau et de mouton	Lamb and mutton
15115100-8	Viande d'agneau	Lamb
15115200-9	Viande de mouton	Mutton
15117000-1	Viande de chèvre	Goat meat
15118000-8	Viande de cheval, d'âne, de mule ou de bardot	Horse, ass, mule or hinny meat
15118100-9	Viande de cheval	Horsemeat
15118900-7	Viande d'âne, de mule ou de bardot	Ass, mule or hinny meat
15119000-5	Viandes diverses	Various meats
15119100-6	Viande de lapin	Rabbit meat
15119200-7	Viande de lièvre	Hare meat
15119300-8	Gibier	Game
15119400-9	Cuisses de grenouilles	Frogs' legs
15119500-0	Pigeons	Pigeons
15119600-1	Chair de poisson	Fish meat
15130000-8	Produits à base de viande	Meat products
15131000-5	Conserves et préparations à base de viande	Meat preserves and preparations
15131100-6	Produits à base de chair à saucisse	Sausage-meat products
15131110-9	Chair à saucisse	Sausage meat
15131120-2	Charcuterie	Sausage products
15131130-5	Saucisses	Sausages
15131134-3	Boudin noir et autres saucisses à base de sang	Black pudding and other blood sausages
15131135-0	Saucisses de volaille	Poultry sausages
15131200-7	Viande séchée, salée, fumée ou assaisonnée	Dried, salted, smoked or seasoned meat
15131210-0	Jambon fumé	Gammon
15131220-3	Lard	Bacon
15131230-6	Salami	Salami
15131300-8	Préparations à base de foie	Liver preparations
15131310-1	Pâté	Pâté
15131320-4	Préparations à base de foie d'oie ou de canard	Preparations of goose or duck liver
15131400-9	Produits à base de porc	Pork products
15131410-2	Jambon	Ham
15131420-5	Boulettes de viande	Meatballs
15131490-6	Plats préparés de porc	Prepared pork dishes
15131500-0	Produits à base de volaille	Poultry products
15131600-1	Produits à base de bœuf et de veau	Beef and veal products
15131610-4	Boulettes de bœuf	Beef meatballs
15131620-7	Viande de bœuf hachée	Minced beef
15131640-3	Steaks hachés de bœuf	Beefburgers
15131700-2	Préparations à base de viande	Meat preparations
15200000-0	Poisson préparé et conserves de poisson	Prepared and preserved fish
15210000-3	Filets de poisson, foie et œufs ou laitance de poisson	Fish fillets, fish livers and roe
15211000-0	Filets de poisson	Fish fillets
15211100-1	Filets de poisson frais	Fresh fish fillets
15212000-7	Œufs ou laitance de poisson	Fish roe
15213000-4	Foie de poisson	Fish livers
15220000-6	Poisson, filets de poisson et autre chair de poisson congelés	Frozen fish, fish fillets and other fish meat
15221000-3	Poisson congelé	Frozen fish
15229000-9	Produits congelés à base de poisson	Frozen fish products
15230000-9	Poisson séché ou salé; poisson en saumure; poisson fumé	Dried or salted fish; fish in brine; smoked fish
15231000-6	Poisson séché	Dried fish
15232000-3	Poisson salé	Salted fish
15233000-0	Poisson en saumure	Fish in brine
15234000-7	Poisson fumé	Smoked fish
15235000-4	Conserves de poisson	Preserved fish
15240000-2	Poisson en conserve ou en boîte et autres poissons préparés ou en conserve	Canned or tinned fish and other prepared or preserved fish
15241000-9	Poisson pané ou autrement enrobé, en conserve ou en boîte	Coated, canned or tinned fish
15241100-0	Saumon en conserve	Canned salmon
15241200-1	Hareng préparé ou en conserve	Prepared or preserved herring
15241300-2	Sardines	Sardines
15241400-3	Thon en conserve	Canned tuna
15241500-4	Maquereaux	Mackerel
15241600-5	Anchois	Anchovies
15241700-6	Bâtonnets de poisson	Fish fingers
15241800-7	Préparations à base de poisson pané ou autrement enrobé	Coated fish preparations
15242000-6	Plats préparés de poisson	Prepared fish dishes
15243000-3	Préparations à base de poisson	Preparations of fish
15244000-0	Caviar et œufs de poissons	Caviar and fish eggs
15244100-1	Caviar	Caviar
15244200-2	Œufs de poissons	Fish eggs
15250000-5	Fruits de mer	Seafood
15251000-2	Crustacés congelés	Frozen crustaceans
15252000-9	Crustacés préparés ou en conserve	Prepared or preserved crustaceans
15253000-6	Produits à base de mollusques	Shellfish products
15300000-1	Fruits, légumes et produits connexes	Fruit, vegetables and related products
15310000-4	Pommes de terre et produits à base de pomme de terre	Potatoes and potato products
15311000-1	Pommes de terre congelées	Frozen potatoes
15311100-2	Chips et pommes frites	Chips or french fries
15311200-3	Pommes de terre coupées en dés, en tranches et autres pommes de terre congelées	Diced, sliced and other frozen potatoes
15312000-8	Produits à base de pommes de terre	Potato products
15312100-9	Purée de pommes de terre instantanée	Instant mashed potatoes
15312200-0	Pommes de terre préfrites	Part-fried potato chips
15312300-1	Pommes chips	Potato crisps
15312310-4	Pommes chips aromatisées	Flavoured potato crisps
15312400-2	Produits apéritifs à base de pommes de terre	Potato snacks
15312500-3	Croquettes de pommes de terre	Potato croquettes
15313000-5	Pommes de terre transformées	Processed potatoes
15320000-7	Jus de fruits et de légumes	Fruit and vegetable juices
15321000-4	Jus de fruits	Fruit juices
15321100-5	Jus d'orange	Orange juice
15321200-6	Jus de pamplemousse	Grapefruit juice
15321300-7	Jus de citron	Lemon juice
15321400-8	Jus d'ananas	Pineapple juice
15321500-9	Jus de raisin	Grape juice
15321600-0	Jus de pomme	Apple juice
15321700-1	Mélanges de jus non concentrés	Mixtures of unconcentrated juices
15321800-2	Jus concentrés	Concentrated juices
15322000-1	Jus de légumes	Vegetable juices
15322100-2	Jus de tomate	Tomato juice
15330000-0	Fruits et légumes transformés	Processed fruit and vegetables
15331000-7	Légumes transformés	Processed vegetables
15331100-8	Légumes frais ou congelés	Fresh or frozen vegetables
15331110-1	Légumes-racines transformés	Processed root vegetables
15331120-4	Légumes-tubercules transformés	Processed tuber vegetables
15331130-7	Haricots, pois, poivrons, tomates et autres légumes	Beans, peas, peppers, tomatoes and other vegetables
15331131-4	Haricots transformés	Processed beans
15331132-1	Pois transformés	Processed peas
15331133-8	Pois cassés	Split peas
15331134-5	Tomates transformées	Processed tomatoes
15331135-2	Champignons transformés	Processed mushrooms
15331136-9	Poivrons transformés	Processed peppers
15331137-6	Germes de soja	Soybean sprouts
15331138-3	Truffes	Truffles
15331140-0	Légumes à feuilles et choux	Leaf and cabbage vegetables
15331142-4	Choux transformés	Processed cabbage
15331150-3	Légumes à cosse transformés	Processed pulses
15331170-9	Légumes congelés	Frozen vegetables
15331400-1	Légumes en conserve et/ou en boîte	Preserved and/or canned vegetables
15331410-4	Haricots à la sauce tomate	Beans in tomato sauce
15331411-1	Haricots blancs à la sauce tomate	Baked beans
15331420-7	Tomates en conserve	Preserved tomatoes
15331423-8	Tomates en boîte	Canned tomatoes
15331425-2	Purée de tomates	Tomato purée
15331427-6	Concentré de tomates	Concentrated tomato purée
15331428-3	Sauce tomate	Tomato sauce
15331430-0	Champignons en boîte	Canned mushrooms
15331450-6	Olives transformées	Processed olives
15331460-9	Légumes en boîte	Canned vegetables
15331461-6	Choucroute en boîte	Canned sauerkraut
15331462-3	Pois en boîte	Canned peas
15331463-0	Haricots écossés en boîte	Canned shelled beans
15331464-7	Haricots entiers en boîte	Canned whole beans
15331465-4	Asperges en boîte	Canned asparagus
15331466-1	Olives en boîte	Canned olives
15331470-2	Maïs doux	Sweet corn
15331480-5	Légumes ayant subi un traitement de conservation temporaire	Provisionally preserved vegetables
15331500-2	Légumes conservés dans le vinaigre	Vegetables preserved in vinegar
15332000-4	Fruits et fruits à coque transformés	Processed fruit and nuts
15332100-5	Fruits transformés	Processed fruit
15332140-7	Pommes transformées	Processed apples
15332150-0	Poires transformées	Processed pears
15332160-3	Bananes transformées	Processed bananas
15332170-6	Rhubarbe	Rhubarb
15332180-9	Melons	Melons
15332200-6	Confitures et marmelades; gelées de fruits; purées et pâtes de fruits ou de fruits à coque	Jams and marmalades; fruit jellies; fruit or nut purée and pastes
15332230-5	Marmelades	Marmalades
15332231-2	Marmelade d'oranges	Orange marmalade
15332232-9	Marmelade de citrons	Lemon marmalade
15332240-8	Gelées de fruits	Fruit jellies
15332250-1	Pâtes de fruits	Fruit pastes
15332260-4	Pâtes de fruits à coque	Nut pastes
15332261-1	Beurre d'arachide	Peanut butter
15332270-7	Purées de fruits	Fruit purées
15332290-3	Confitures	Jams
15332291-0	Confiture d'abricots	Apricot jam
15332292-7	Confiture de mûres	Blackberry jam
15332293-4	Confiture de cassis	Blackcurrant jam
15332294-1	Confiture de cerises	Cherry jam
15332295-8	Confiture de framboises	Raspberry jam
15332296-5	Confiture de fraises	Strawberry jam
15332300-7	Fruits à coque transformés	Processed nuts
15332310-0	Fruits à coque grillés ou salés	Roasted or salted nuts
15332400-8	Conserves de fruits	Preserved fruits
15332410-1	Fruits secs	Dried fruit
15332411-8	Raisins secs de Corinthe transformés	Processed currants
15332412-5	Raisins transformés	Processed raisins
15332419-4	Sultanines	Sultanas
15333000-1	Sous-produits végétaux	Vegetable by-products
15400000-2	Huiles et graisses animales ou végétales	Animal or vegetable oils and fats
15410000-5	Huiles et graisses animales ou végétales brutes	Crude animal or vegetable oils and fats
15411000-2	Huiles animales ou végétales	Animal or vegetable oils
15411100-3	Huiles végétales	Vegetable oils
15411110-6	Huile d'olive	Olive oil
15411120-9	Huile de sésame	Sesame oil
15411130-2	Huile d'arachide	Groundnut oil
15411140-5	Huile de coco	Coconut oil
15411200-4	Huile de cuisson	Cooking oil
15411210-7	Huile de friture	Frying oil
15412000-9	Graisses	Fats
15412100-0	Graisses animales	Animal fats
15412200-1	Graisses végétales	Vegetable fats
15413000-6	Résidus solides de graisses ou huiles végétales	Solid residues of vegetable fats or oils
15413100-7	Tourteaux	Oilcake
15420000-8	Huiles et graisses raffinées	Refined oils and fats
15421000-5	Huiles raffinées	Refined oils
15422000-2	Graisses raffinées	Refined fats
15423000-9	Graisses ou huiles hydrogénées ou estérifiées	Hydrogenated or esterified oils or fats
15424000-6	Cires végétales	Vegetable waxes
15430000-1	Graisses comestibles	Edible fats
15431000-8	Margarine et préparations similaires	Margarine and similar preparations
15431100-9	Margarine	Margarine
15431110-2	Margarine liquide	Liquid margarine
15431200-0	Pâtes à tartiner allégées ou à faible teneur en matières grasses	Reduced or low-fat spreads
15500000-3	Produits laitiers	Dairy products
15510000-6	Lait et crème fraîche	Milk and cream
15511000-3	Lait	Milk
15511100-4	Lait pasteurisé	Pasteurised milk
15511200-5	Lait stérilisé	Sterilised milk
15511210-8	Lait UHT	UHT milk
15511300-6	Lait écrémé	Skimmed milk
15511400-7	Lait demi-écrémé	Semi-skimmed milk
15511500-8	Lait entier	Full-cream milk
15511600-9	Lait condensé	Condensed milk
15511700-0	Lait en poudre	Milk powder
15512000-0	Crème fraîche	Cream
15512100-1	Crème fraîche liquide	Single cream
15512200-2	Crème fraîche épaisse	Double cream
15512300-3	Crème épaisse	Clotted cream
15512900-9	Crème fraîche à fouetter	Whipping cream
15530000-2	Beurre	Butter
15540000-5	Fromages	Cheese products
15541000-2	Fromage de table	Table cheese
15542000-9	Fromage frais	Fresh cheese
15542100-0	Cottage cheese	Cottage cheese
15542200-1	Fromage à pâte molle	Soft cheese
15542300-2	Feta	Feta cheese
15543000-6	Fromage râpé, en poudre, bleu et autre fromage	Grated, powdered, blue-veined and other cheese
15543100-7	Fromage à pâte bleue	Blue cheese
15543200-8	Cheddar	Cheddar cheese
15543300-9	Fromage râpé	Grated cheese
15543400-0	Parmesan	Parmesan cheese
15544000-3	Fromage à pâte dure	Hard cheese
15545000-0	Fromage à tartiner	Cheese spreads
15550000-8	Produits laitiers divers	Assorted dairy products
15551000-5	Yaourt et autres produits laitiers fermentés	Yoghurt and other fermented milk products
15551300-8	Yaourt	Yoghurt
15551310-1	Yaourt nature	Unflavoured yoghurt
15551320-4	Yaourt aromatisé	Flavoured yoghurt
15551500-0	Babeurre	Buttermilk
15552000-2	Caséine	Casein
15553000-9	Lactose ou sirop de lactose	Lactose or lactose syrup
15554000-6	Petit-lait	Whey
15555000-3	Crème glacée et produits similaires	Ice cream and similar products
15555100-4	Crème glacée	Ice cream
15555200-5	Sorbet	Sorbet
15600000-4	Produits de la minoterie, amidon et produits amylacés	Grain mill products, starches and starch products
15610000-7	Produits de la minoterie	Grain mill products
15611000-4	Riz décortiqué	Husked rice
15612000-1	Farine de céréales ou farine végétale et produits connexes	Cereal or vegetable flour and related products
15612100-2	Farine de blé	Wheat flour
15612110-5	Farine complète	Wholemeal flour
15612120-8	Farine de boulangerie	Breadmaking flour
15612130-1	Farine sans levure	Plain flour
15612150-7	Farine de pâtisserie	Pastry flour
15612190-9	Farine fermentante	Self-raising flour
15612200-3	Farine de céréales	Cereal flour
15612210-6	Farine de maïs	Corn flour
15612220-9	Farine de riz	Rice flour
15612300-4	Farines végétales	Vegetable flour and meal
15612400-5	Mélanges utilisés pour la préparation de produits de boulangerie	Mixes for the preparation of baker's wares
15612410-8	Préparations pour gâteaux	Cake mixes
15612420-1	Préparations à cuire au four	Baking mixes
15612500-6	Produits de boulangerie	Bakery products
15613000-8	Produits à base de grains de céréales	Cereal grain products
15613100-9	Gruaux	Ground oats
15613300-1	Produits céréaliers	Cereal products
15613310-4	Céréales pour petit déjeuner	Prepared breakfast cereals
15613311-1	Flocons de maïs	Cornflakes
15613313-5	Muesli ou équivalent	Muesli or equivalent
15613319-7	Blé soufflé	Puffed wheat
15613380-5	Flocons d'avoine	Rolled oats
15614000-5	Riz transformé	Processed rice
15614100-6	Riz à grains longs	Long-grain rice
15614200-7	Riz usiné	Milled rice
15614300-8	Brisures de riz	Broken rice
15615000-2	Son	Bran
15620000-0	Amidons et produits amylacés	Starches and starch products
15621000-7	Huile de maïs	Corn oil
15622000-4	Glucose et produits à base de glucose, de fructose et produits à base de fructose	Glucose and glucose products; fructose and fructose products
15622100-5	Glucose et produits à base de glucose	Glucose and glucose products
15622110-8	Glucose	Glucose
15622120-1	Sirop de glucose	Glucose syrup
15622300-7	Fructose et produits à base de fructose	Fructose and fructose products
15622310-0	Fructose	Fructose
15622320-3	Préparations à base de fructose	Fructose preparations
15622321-0	Solutions de fructose	Fructose solutions
15622322-7	Sirop de fructose	Fructose syrup
15623000-1	Amidons et fécules	Starches
15624000-8	Tapioca	Tapioca
15625000-5	Semoule	Semolina
15626000-2	Poudre pour pudding	Custard powder
15700000-5	Aliments pour animaux	Animal feedstuffs
15710000-8	Aliments prêts à l'emploi pour animaux d'élevage et autres animaux	Prepared animal feeds for farm and other animals
15711000-5	Nourriture pour poissons	Fish food
15712000-2	Fourrage sec	Dry fodder
15713000-9	Aliments pour animaux de compagnie	Pet food
15800000-6	Produits alimentaires divers	Miscellaneous food products
15810000-9	Produits de panification, pâtisserie fraîche et gâteaux	Bread products, fresh pastry goods and cakes
15811000-6	Produits de panification	Bread products
15811100-7	Pain	Bread
15811200-8	Petits pains	Rolls
15811300-9	Croissants	Croissants
15811400-0	Petites crêpes épaisses	Crumpets
15811500-1	Produits de panification préparés	Prepared bread products
15811510-4	Sandwichs	Sandwiches
15811511-1	Sandwichs préparés	Prepared sandwiches
15812000-3	Pâtisserie et gâteaux	Pastry goods and cakes
15812100-4	Pâtisserie	Pastry goods
15812120-0	Tourtes	Pies
15812121-7	Tourtes salées	Savoury pies
15812122-4	Tourtes sucrées	Sweet pies
15812200-5	Gâteaux	Cakes
15813000-0	Aliments pour petit déjeuner	Morning goods
15820000-2	Biscottes et biscuits; pâtisserie et gâteaux de conservation	Rusks and biscuits; preserved pastry goods and cakes
15821000-9	Produits de panification grillés et pâtisserie	Toasted bread products and pastry goods
15821100-0	Produits de panification grillés	Toasted bread products
15821110-3	Pain grillé	Toasted bread
15821130-9	Pain croustillant dit Knaeckebrot	Crispbread
15821150-5	Biscottes	Rusks
15821200-1	Biscuits sucrés	Sweet biscuits
15830000-5	Sucre et produits connexes	Sugar and related products
15831000-2	Sucre	Sugar
15831200-4	Sucre blanc	White sugar
15831300-5	Sucre d'érable et sirop d'érable	Maple sugar and maple syrup
15831400-6	Mélasse	Molasses
15831500-7	Sirops de sucre	Sugar syrups
15831600-8	Miel	Honey
15832000-9	Déchets provenant de la fabrication du sucre	Sugar-manufacture waste
15833000-6	Produits à base de sucre	Sugar products
15833100-7	Desserts	Desserts
15833110-0	Fonds de tartes	Flans
15840000-8	Cacao; chocolat et sucreries	Cocoa; chocolate and sugar confectionery
15841000-5	Cacao	Cocoa
15841100-6	Pâte de cacao	Cocoa paste
15841200-7	Beurre, graisse ou huile de cacao	Cocoa butter, fat or oil
15841300-8	Poudre de cacao non sucrée	Unsweetened cocoa powder
15841400-9	Poudre de cacao sucrée	Sweetened cocoa powder
15842000-2	Chocolat et sucreries	Chocolate and sugar confectionery
15842100-3	Chocolat	Chocolate
15842200-4	Produits à base de chocolat	Chocolate products
15842210-7	Boisson chocolatée	Drinking chocolate
15842220-0	Barres de chocolat	Chocolate bars
15842300-5	Confiserie	Confectionery
15842310-8	Bonbons	Boiled sweets
15842320-1	Nougat	Nougat
15842400-6	Fruits, fruits à coque ou écorces de fruits confits au sucre	Fruit, nuts or fruit peel preserved by sugar
15850000-1	Pâtes alimentaires	Pasta products
15851000-8	Produits farinacés	Farinaceous products
15851100-9	Pâtes alimentaires non cuites	Uncooked pasta
15851200-0	Pâtes alimentaires préparées et couscous	Prepared pasta and couscous
15851210-3	Pâtes alimentaires préparées	Prepared pasta
15851220-6	Pâtes alimentaires farcies	Stuffed pasta
15851230-9	Lasagnes	Lasagne
15851250-5	Couscous	Couscous
15851290-7	Pâtes alimentaires en conserve	Canned pasta
15860000-4	Café, thé et produits connexes	Coffee, tea and related products
15861000-1	Café	Coffee
15861100-2	Café torréfié	Roasted coffee
15861200-3	Café décaféiné	Decaffeinated coffee
15862000-8	Succédanés de café	Coffee substitutes
15863000-5	Thé	Tea
15863100-6	Thé vert	Green tea
15863200-7	Thé noir	Black tea
15864000-2	Préparations de thé ou de maté	Preparations of tea or maté
15864100-3	Thé en sachets	Teabags
15865000-9	Infusions	Herbal infusions
15870000-7	Condiments et assaisonnements	Condiments and seasonings
15871000-4	Vinaigre; sauces; condiments composés; farine et poudre de moutarde; moutarde préparée	Vinegar; sauces; mixed condiments; mustard flour and meal; prepared mustard
15871100-5	Vinaigre et succédanés de vinaigre	Vinegar and vinegar substitutes
15871110-8	Vinaigre ou équivalent	Vinegar or equivalent
15871200-6	Sauces, condiments et assaisonnements composés	Sauces, mixed condiments and mixed seasonings
15871210-9	Sauce soja	Soya sauce
15871230-5	Ketchup	Tomato ketchup
15871250-1	Moutarde	Mustard
15871260-4	Sauces	Sauces
15871270-7	Condiments composés	Mixed condiments
15871273-8	Mayonnaise	Mayonnaise
15871274-5	Pâtes à tartiner pour sandwichs	Sandwich spreads
15871279-0	Chutney	Chutney
15872000-1	Herbes et épices	Herbs and spices
15872100-2	Poivre	Pepper
15872200-3	Épices	Spices
15872300-4	Herbes	Herbs
15872400-5	Sel	Salt
15872500-6	Gingembre	Ginger
15880000-0	Produits nutritionnels spéciaux	Special nutritional products
15881000-7	Préparations alimentaires homogénéisées	Homogenised food preparations
15882000-4	Produits diététiques	Dietetic products
15884000-8	Aliments pour nourrissons	Baby food
15890000-3	Produits alimentaires et produits secs divers	Miscellaneous food products and dried goods
15891000-0	Soupes et bouillons	Soups and broths
15891100-1	Soupes à base de viande	Meat soups
15891200-2	Soupes à base de poisson	Fish soups
15891300-3	Soupes composées	Mixed soups
15891400-4	Soupes	Soups
15891410-7	Soupes instantanées	Soup mixes
15891500-5	Bouillons	Broths
15891600-6	Fonds	Stocks
15891610-9	Bouillons instantanés	Mixes for stocks
15891900-9	Soupes de légumes	Vegetable soups
15892000-7	Sucs et extraits d'origine végétale, matières peptiques et épaississants	Vegetable saps, extracts, peptic substances and thickeners
15892100-8	Sucs d'origine végétale	Vegetable saps
15892200-9	Extraits d'origine végétale	Vegetable extracts
15892400-1	Épaississants	Thickeners
15893000-4	Denrées sèches	Dry goods
15893100-5	Préparations alimentaires	Food mixes
15893200-6	Préparations pour desserts	Dessert mixes
15893300-7	Préparations pour sauces	Gravy mixes
15894000-1	Produits alimentaires transformés	Processed food products
15894100-2	Repas végétariens	Vegan packs
15894200-3	Repas préparés	Prepared meals
15894210-6	Repas pour écoles	School meals
15894220-9	Repas pour hôpitaux	Hospital meals
15894300-4	Plats préparés	Prepared dishes
15894400-5	Casse-croûte	Snacks
15894500-6	Produits pour distributeurs automatiques	Vending-machine ingredients
15894600-7	Garnitures pour sandwichs	Sandwich fillings
15894700-8	Épicerie fine	Delicatessen
15895000-8	Aliments pour restauration rapide	Fast-food products
15895100-9	Hamburgers	Hamburgers
15896000-5	Produits surgelés	Deep-frozen products
15897000-2	Aliments en conserve et rations de campagne	Canned goods and field rations
15897100-3	Rations de campagne	Field rations
15897200-4	Aliments en conserve	Canned goods
15897300-5	Colis alimentaires	Food parcels
15898000-9	Levure	Yeast
15899000-6	Levure chimique	Baking powder
15900000-7	Boissons, tabac et produits connexes	Beverages, tobacco and related products
15910000-0	Boissons alcoolisées distillées	Distilled alcoholic beverages
15911000-7	Boissons spiritueuses	Spirituous beverages
15911100-8	Spiritueux	Spirits
15911200-9	Liqueurs	Liqueurs
15930000-6	Vins	Wines
15931000-3	Vins non aromatisés	Unflavoured wines
15931100-4	Vin mousseux	Sparkling wine
15931200-5	Vin de table	Table wine
15931300-6	Porto	Port
15931400-7	Madère	Madeira
15931500-8	Moût de raisin	Grape must
15931600-9	Sherry	Sherry
15932000-0	Lie de vin	Wine lees
15940000-9	Cidre et autres vins à base de fruits	Cider and other fruit wines
15941000-6	Cidre	Cider
15942000-3	Vins à base de fruits	Fruit wines
15950000-2	Boissons fermentées non distillées	Non-distilled fermented beverages
15951000-9	Vermouth	Vermouth
15960000-5	Bière de malt	Malt beer
15961000-2	Bière	Beer
15961100-3	Bière blonde	Lager
15962000-9	Drèches de brasserie ou de distillerie	Brewing or distilling dregs
15980000-1	Boissons sans alcool	Non-alcoholic beverages
15981000-8	Eau minérale	Mineral water
15981100-9	Eau minérale plate	Still mineral water
15981200-0	Eau minérale gazeuse	Sparkling mineral water
15981300-1	Eau à l'état solide	Water in solid form
15981310-4	Glace	Ice
15981320-7	Neige	Snow
15981400-2	Eaux minérales aromatisées	Flavoured mineral waters
15982000-5	Boissons non alcoolisées	Soft drinks
15982100-6	Sirops de fruits	Fruit squashes
15982200-7	Lait chocolaté	Chocolate milk
15990000-4	Tabac, produits à base de tabac et articles connexes	Tobacco, tobacco goods and supplies
15991000-1	Produits à base de tabac	Tobacco goods
15991100-2	Cigares	Cigars
15991200-3	Cigarillos	Cigarillos
15991300-4	Cigarettes	Cigarettes
15992000-8	Tabac	Tobacco
15992100-9	Tabac manufacturé	Manufactured tobacco
15993000-5	Articles de bureau de tabac	Tobacconist supplies
15994000-2	Papier à cigarettes et papier-filtre	Cigarette paper and filter paper
15994100-3	Papier à cigarettes	Cigarette paper
15994200-4	Papier-filtre	Filter paper
16000000-5	Machines agricoles	Agricultural machinery
16100000-6	Machines agricoles et sylvicoles pour la préparation ou la culture des sols	Agricultural and forestry machinery for soil preparation or cultivation
16110000-9	Charrues ou herses à disques	Ploughs or disc harrows
16120000-2	Herses, scarificateurs, cultivateurs, sarcleuses ou houes	Harrows, scarifiers, cultivators, weeders or hoes
16130000-5	Semoirs, plantoirs ou repiqueurs	Seeders, planters or transplanters
16140000-8	Épandeurs de fumier	Manure spreaders
16141000-5	Distributeurs d'engrais	Fertiliser distributors
16150000-1	Rouleaux pour pelouses ou terrains de sports	Lawn or sports-ground rollers
16160000-4	Matériel de jardinage divers	Miscellaneous gardening equipment
16300000-8	Moissonneuses	Harvesting machinery
16310000-1	Faucheuses	Mowers
16311000-8	Tondeuses à gazon	Lawnmowers
16311100-9	Tondeuses à gazon pour pelouses, parcs ou terrains de sports	Lawn, park or sports-ground mowers
16320000-4	Machines de fenaison	Haymaking machinery
16330000-7	Presses à paille ou à fourrage	Straw or fodder balers
16331000-4	Presses ramasseuses	Pick-up balers
16340000-0	Moissonneuses-batteuses	Harvesting and threshing machinery
16400000-9	Machines de pulvérisation à usage agricole ou horticole	Spraying machinery for agriculture or horticulture
16500000-0	Remorques et semi-remorques autochargeuses ou déchargeuses à usage agricole	Self-loading or unloading trailers and semi-trailers for agriculture
16510000-3	Remorques autochargeuses à usage agricole	Self-loading trailers for agriculture
16520000-6	Remorques déchargeuses à usage agricole	Unloading trailers for agriculture
16530000-9	Semi-remorques autochargeuses à usage agricole	Self-loading semi-trailers for agriculture
16540000-2	Semi-remorques déchargeuses à usage agricole	Unloading semi-trailers for agriculture
16600000-1	Machines spécialisées à usage agricole ou sylvicole	Specialist agricultural or forestry machinery
16610000-4	Machines de nettoyage, de tri ou de calibrage d'œufs, de fruits ou d'autres produits	Machines for cleaning, sorting or grading eggs, fruit or other produce
16611000-1	Machines de nettoyage de produits agricoles	Machines for cleaning produce
16611100-2	Machines de nettoyage d'œufs	Machines for cleaning eggs
16611200-3	Machines de nettoyage de fruits	Machines for cleaning fruit
16612000-8	Machines de tri ou de calibrage de produits agricoles	Machines for sorting or grading produce
16612100-9	Machines de tri ou de calibrage d'œufs	Machines for sorting or grading eggs
16612200-0	Machines de tri ou de calibrage de fruits	Machines for sorting or grading fruit
16613000-5	Machines de nettoyage, de tri ou de calibrage de semences, de graines ou de légumes secs	Machines for cleaning, sorting or grading seed, grain or dried vegetables
16620000-7	Trayeuses	Milking machines
16630000-0	Machines de préparation d'aliments pour animaux	Machinery for preparing animal feeding stuffs
16640000-3	Machines apicoles	Bee-keeping machinery
16650000-6	Machines avicoles	Poultry-keeping machinery
16651000-3	Incubateurs et écloseries avicoles	Poultry incubators and brooders
16700000-2	Tracteurs	Tractors
16710000-5	Tracteurs agricoles à conducteur accompagnant	Pedestrian-controlled agricultural tractors
16720000-8	Tracteurs d'occasion	Used tractors
16730000-1	Moteurs de traction	Traction motors
16800000-3	Pièces pour machines agricoles et sylvicoles	Parts of agricultural and forestry machinery
16810000-6	Pièces pour machines agricoles	Parts of agricultural machinery
16820000-9	Pièces pour machines sylvicoles	Parts of forestry machinery
18000000-9	Vêtements, articles chaussants, bagages et accessoires	Clothing, footwear, luggage articles and accessories
18100000-0	Vêtements professionnels, vêtements de travail spéciaux et accessoires	Occupational clothing, special workwear and accessories
18110000-3	Vêtements professionnels	Occupational clothing
18113000-4	Vêtements à usage industriel	Industrial clothing
18114000-1	Combinaisons de travail	Coveralls
18130000-9	Vêtements de travail spéciaux	Special workwear
18132000-3	Vêtements d'aviateur	Flying clothing
18132100-4	Vestons d'aviateur	Flight jackets
18132200-5	Combinaisons d'aviateur	Flight suits
18140000-2	Accessoires pour vêtements de travail	Workwear accessories
18141000-9	Gants de travail	Work gloves
18142000-6	Visières de sécurité	Safety visors
18143000-3	Équipements de protection	Protective gear
18200000-1	Vêtements d'extérieur	Outerwear
18210000-4	Manteaux	Coats
18211000-1	Pèlerines	Capes
18212000-8	Capes	Cloaks
18213000-5	Coupe-vent	Wind jackets
18220000-7	Vêtements de protection contre les intempéries	Weatherproof clothing
18221000-4	Vêtements imperméables	Waterproof clothing
18221100-5	Pèlerines imperméables	Waterproof capes
18221200-6	Anoraks	Anoraks
18221300-7	Imperméables	Raincoats
18222000-1	Vêtements de fonction	Corporate clothing
18222100-2	Costumes (hommes); tailleurs (femmes)	Suits
18222200-3	Ensembles	Ensembles
18223000-8	Vestes et blazers	Jackets and blazers
18223100-9	Blazers	Blazers
18223200-0	Vestes	Jackets
18224000-5	Vêtements en tissu enduit ou imprégné	Clothing made of coated or impregnated textile fabrics
18230000-0	Vêtements d'extérieur divers	Miscellaneous outerwear
18231000-7	Robes	Dresses
18232000-4	Jupes	Skirts
18233000-1	Shorts	Shorts
18234000-8	Pantalons	Trousers
18235000-5	Pull-overs, cardigans et articles similaires	Pullovers, cardigans and similar articles
18235100-6	Pull-overs	Pullovers
18235200-7	Cardigans	Cardigans
18235300-8	Sweat-shirts	Sweatshirts
18235400-9	Gilets	Waistcoats
18300000-2	Articles d'habillement	Garments
18310000-5	Sous-vêtements	Underwear
18311000-2	Combinaisons	Slips
18312000-9	Caleçons	Underpants
18313000-6	Slips pour femmes	Panties
18314000-3	Peignoirs de bain	Bathrobes
18315000-0	Bas	Stockings
18316000-7	Collants	Tights
18317000-4	Chaussettes	Socks
18318000-1	Vêtements de nuit	Nightwear
18318100-2	Chemises de nuit	Nightshirts
18318200-3	Robes de chambre	Dressing gowns
18318300-4	Pyjamas	Pyjamas
18318400-5	Maillots de corps	Vests
18318500-6	Chemises de nuit pour femmes	Nightdresses
18320000-8	Soutiens-gorge, corsets, jarretelles et articles similaires	Brassieres, corsets, suspenders and similar articles
18321000-5	Soutiens-gorge	Brassieres
18322000-2	Corsets	Corsets
18323000-9	Jarretelles	Suspenders
18330000-1	T-shirts et chemises	T-shirts and shirts
18331000-8	T-shirts	T-shirts
18332000-5	Chemises	Shirts
18333000-2	Chemises polo	Polo shirts
18400000-3	Vêtements spéciaux et accessoires	Special clothing and accessories
18410000-6	Vêtements spéciaux	Special clothing
18411000-3	Vêtements pour bébés	Baby clothing
18412000-0	Vêtements de sport	Sportswear
18412100-1	Survêtements de sport	Tracksuits
18412200-2	Chemises de sport	Sports shirts
18412300-3	Combinaisons de ski	Ski suits
18412800-8	Maillots de bain	Swimwear
18420000-9	Accessoires d'habillement	Clothing accessories
18421000-6	Mouchoirs	Handkerchiefs
18422000-3	Écharpes	Scarves
18423000-0	Cravates	Ties
18424000-7	Gants	Gloves
18424300-0	Gants jetables	Disposable gloves
18424400-1	Moufles	Mittens
18424500-2	Gants à crispin	Gauntlets
18425000-4	Ceintures	Belts
18425100-5	Cartouchières	Bandoliers
18440000-5	Chapeaux et coiffures	Hats and headgear
18441000-2	Chapeaux	Hats
18443000-6	Coiffures et accessoires de coiffure	Headgear and headgear accessories
18443100-7	Serre-tête	Headbands
18443300-9	Coiffures	Headgear
18443310-2	Bérets	Berets
18443320-5	Calots de campagne	Field caps
18443330-8	Capuchons	Hoods
18443340-1	Képis	Caps
18443400-0	Jugulaires pour coiffures	Chin straps for headgear
18443500-1	Visières	Visors
18444000-3	Coiffures de protection	Protective headgear
18444100-4	Coiffures de sécurité	Safety headgear
18444110-7	Casques	Helmets
18444111-4	Casques antichoc	Crash helmets
18444112-1	Casques pour cyclistes	Bicycle helmets
18444200-5	Casques de sécurité	Hard hats
18450000-8	Fermetures (vêtements)	Fasteners (clothing)
18451000-5	Boutons	Buttons
18451100-6	Parties de boutons	Parts of buttons
18452000-2	Épingles de sûreté	Safety pins
18453000-9	Fermetures à glissière	Zip fasteners
18500000-4	Bijouterie, montres et articles connexes	Jewellery, watches and related articles
18510000-7	Bijouterie et articles connexes	Jewellery and related articles
18511000-4	Pierres précieuses pour bijouterie	Precious stone for jewellery
18511100-5	Diamants	Diamonds
18511200-6	Rubis	Rubies
18511300-7	Émeraudes	Emeralds
18511400-8	Opale	Opal stone
18511500-9	Quartz	Quartz stone
18511600-0	Tourmaline	Tourmaline stone
18512000-1	Pièces de monnaie et médailles	Coins and medals
18512100-2	Pièces de monnaie	Coins
18512200-3	Médailles	Medals
18513000-8	Bijoux	Articles of jewellery
18513100-9	Perles	Pearls
18513200-0	Pièces d'orfèvrerie	Goldsmiths' wares
18513300-1	Objets en métal précieux	Articles of precious metal
18513400-2	Objets en pierres précieuses ou semi-précieuses	Articles of precious or semi-precious stones
18513500-3	Pièces d'argenterie	Silversmiths' wares
18520000-0	Horlogerie personnelle	Personal horology
18521000-7	Montres	Watches
18521100-8	Verre à montres	Glass for watches
18522000-4	Montres-bracelets	Wristwatches
18523000-1	Chronomètres	Stopwatches
18530000-3	Cadeaux et prix	Presents and rewards
18600000-5	Fourrure et articles en fourrure	Furs and articles of fur
18610000-8	Articles en fourrure	Fur articles
18611000-5	Pelleterie	Fur skins
18612000-2	Vêtements en fourrure	Fur clothing
18613000-9	Articles en fourrure synthétique	Artificial fur articles
18620000-1	Fourrures	Furs
18800000-7	Articles chaussants	Footwear
18810000-0	Chaussures autres que les chaussures de sport ou de protection	Footwear other than sports and protective footwear
18811000-7	Chaussures étanches	Waterproof footwear
18812000-4	Chaussures partiellement en caoutchouc ou en plastique	Footwear with rubber or plastic parts
18812100-5	Sandales à dessus caoutchouc ou plastique	Sandals with uppers of rubber or plastics
18812200-6	Bottes en caoutchouc	Rubber boots
18812300-7	Chaussures de ville à dessus caoutchouc ou plastique	Town footwear with rubber or plastic uppers
18812400-8	Tongs	Flip-flops
18813000-1	Chaussures à dessus cuir	Footwear with uppers of leather
18813100-2	Sandales	Sandals
18813200-3	Pantoufles	Slippers
18813300-4	Chaussures de ville	Town footwear
18814000-8	Chaussures à dessus textile	Footwear with uppers of textile materials
18815000-5	Bottes	Boots
18815100-6	Bottines	Ankle boots
18815200-7	Bottillons	Calf boots
18815300-8	Bottes hautes	Knee boots
18815400-9	Cuissardes	Waders
18816000-2	Galoches	Galoshes
18820000-3	Chaussures de sport	Sports footwear
18821000-0	Chaussures de ski	Ski footwear
18821100-1	Chaussures de ski de fond	Cross-country ski footwear
18822000-7	Chaussures d'entraînement	Training shoes
18823000-4	Chaussures de montagne	Climbing boots
18824000-1	Chaussures de football	Football boots
18830000-6	Chaussures de protection	Protective footwear
18831000-3	Chaussures à embout de protection métallique	Footwear incorporating a protective metal toecap
18832000-0	Chaussures spéciales	Special footwear
18832100-1	Chaussures d'aviateur	Flying footwear
18840000-9	Parties de chaussures	Parts of footwear
18841000-6	Dessus de chaussures	Footwear uppers
18842000-3	Semelles	Soles
18843000-0	Talons	Heels
18900000-8	Bagages, sellerie, sacs et sachets	Luggage, saddlery, sacks and bags
18910000-1	Sellerie	Saddlery
18911000-8	Selles d'équitation	Saddles
18912000-5	Cravaches	Riding crops
18913000-2	Fouets	Whips
18920000-4	Bagages	Luggage
18921000-1	Valises	Suitcases
18923000-5	Bourses et portefeuilles	Pouches and wallets
18923100-6	Bourses	Pouches
18923200-7	Portefeuilles	Wallets
18924000-2	Malles	Trunks
18925000-9	Porte-gourdes et étuis	Water-bottle holders and holsters
18925100-0	Porte-gourdes	Water-bottle holders
18925200-1	Étuis	Holsters
18929000-7	Trousses de toilette	Toilet cases
18930000-7	Sacs et sachets	Sacks and bags
18931000-4	Sacs de voyage	Travel bags
18931100-5	Sacs à dos	Rucksacks
18932000-1	Sacs de sports	Sports bags
18933000-8	Sacs pour courrier ou colis	Mail or parcel bags
18933100-9	Sacs postaux	Post pouches
18934000-5	Sacoches	Kitbags
18935000-2	Sacs à linge	Laundry bags
18936000-9	Sacs en textile	Textile bags
18937000-6	Sacs d'emballage	Goods-packing sacks
18937100-7	Sachets d'emballage	Goods-packing bags
18938000-3	Enveloppes rembourrées	Padded bags
18939000-0	Sacs à main	Handbags
19000000-6	Produits en cuir et textiles, matériaux en plastique et en caoutchouc	Leather and textile fabrics, plastic and rubber materials
19100000-7	Cuir	Leather
19110000-0	Peau de chamois	Chamois leather
19120000-3	Cuir de bovidé ou d'équidé	Leather of bovine or equine animals
19130000-6	Cuir d'ovin, de caprin ou de porcin	Leather of sheep, goats or pigs
19131000-3	Peau de mouton ou d'agneau	Sheep- or lamb-skin leather
19132000-0	Peau de chèvre ou de chevreau	Goat- or kid-skin leather
19133000-7	Cuir de porcin	Pig leather
19140000-9	Cuir d'autres animaux, cuir reconstitué et autres cuirs	Leather of other animals, composite leather and other leather
19141000-6	Cuir d'autres animaux	Leather of other animals
19142000-3	Cuir reconstitué	Composite leather
19143000-0	Similicuir	Imitation leather
19144000-7	Cuir verni	Patent leather
19160000-5	Bracelets de montre	Watch straps
19170000-8	Articles en cuir utilisés dans les machines ou les appareils mécaniques	Leather articles used in machinery or mechanical appliances
19200000-8	Textiles et articles connexes	Textile fabrics and related items
19210000-1	Tissus	Woven fabrics
19211000-8	Tissu synthétique	Synthetic woven fabrics
19211100-9	Tissu mélangé	Mixed woven fabrics
19212000-5	Tissu en coton	Woven fabrics of cotton
19212100-6	Coutil	Ticking
19212200-7	Denim	Denim
19212300-8	Toile	Canvas
19212310-1	Articles en toile	Canvas items
19212400-9	Popeline	Poplin
19212500-0	Sangle	Webbing
19212510-3	Sangles	Webbing straps
19220000-4	Tissu cardé	Woollen fabrics
19230000-7	Tissu de lin	Linen fabrics
19231000-4	Linge	Linen
19240000-0	Tissu spécial	Special fabrics
19241000-7	Velours	Pile
19242000-4	Tissu éponge	Terry towelling
19243000-1	Tissu d'ameublement	Upholstery fabrics
19244000-8	Tissu à rideaux	Curtain fabrics
19245000-5	Tissu de doublure	Lining fabrics
19250000-3	Tissu tricoté ou crocheté	Knitted or crocheted fabrics
19251000-0	Tricot	Knitted fabrics
19251100-1	Tissu de velours	Pile fabrics
19252000-7	Tissu crocheté	Crocheted fabrics
19260000-6	Étoffe	Cloth
19270000-9	Tissu non-tissé	Non-woven fabrics
19280000-2	Laine, cuirs et peaux	Animal wool, hides and skins
19281000-9	Laine	Wool
19282000-6	Peaux	Animal skins
19283000-3	Peaux et plumes d'oiseaux	Bird skins and feathers
19400000-0	Fil textile	Textile yarn and thread
19410000-3	Fibres textiles naturelles	Natural textile fibres
19420000-6	Fibres textiles artificielles	Artificial textile fibres
19430000-9	Fil textile en fibres naturelles	Textile yarn and thread of natural fibres
19431000-6	Fil de soie	Silk yarn
19432000-3	Fil de laine	Wool yarn
19433000-0	Fil de coton	Cotton yarn
19434000-7	Fil de lin	Flax yarn
19435000-4	Fil à coudre en fibres naturelles	Sewing thread and yarn of natural fibres
19435100-5	Fil à coudre	Sewing thread
19435200-6	Fil à tricoter	Knitting yarn
19436000-1	Fil en fibres textiles végétales	Vegetable textile-fibre yarn
19440000-2	Fil ou filé synthétique	Synthetic yarn or thread
19441000-9	Filé synthétique	Synthetic yarn
19442000-6	Fil synthétique	Synthetic thread
19442100-7	Fil à coudre synthétique	Synthetic sewing thread
19442200-8	Fil à tricoter synthétique	Synthetic knitting yarn
19500000-1	Produits en caoutchouc et en plastique	Rubber and plastic materials
19510000-4	Produits en caoutchouc	Rubber products
19511000-1	Chambres à air, bandes de roulement et flaps en caoutchouc	Rubber inner tubes, treads and flaps
19511100-2	Flaps	Tyre flaps
19511200-3	Chambres à air	Inner tubes
19511300-4	Bandes de roulement	Tyre treads
19512000-8	Articles en caoutchouc non vulcanisé	Unvulcanised rubber articles
19513000-5	Tissus caoutchoutés	Rubberised textile fabrics
19513100-6	Tissu pour cordée de pneumatique	Tyre-cord fabric
19513200-7	Ruban adhésif en tissu caoutchouté	Adhesive tape of rubberised textiles
19514000-2	Caoutchouc régénéré	Reclaimed rubber
19520000-7	Produits en plastique	Plastic products
19521000-4	Produits en polystyrène	Polystyrene products
19521100-5	Feuilles de polystyrène	Polystyrene sheeting
19521200-6	Plaques de polystyrène	Polystyrene slabs
19522000-1	Résines	Resins
19522100-2	Résine époxy	Epoxy resin
19522110-5	Tubes en résine d'époxy	Epoxy-resin tubing
19600000-2	Déchets de cuir, déchets textiles, déchets de caoutchouc et déchets de plastique	Leather, textile, rubber and plastic waste
19610000-5	Déchets de cuir	Leather waste
19620000-8	Déchets textiles	Textile waste
19630000-1	Déchets de caoutchouc	Rubber waste
19640000-4	Sacs et sachets à ordures en polyéthylène	Polythene waste and refuse sacks and bags
19700000-3	Caoutchouc et fibres synthétiques	Synthetic rubber and fibres
19710000-6	Caoutchouc synthétique	Synthetic rubber
19720000-9	Fibres synthétiques	Synthetic fibres
19721000-6	Câbles de fibres synthétiques	Synthetic filament tow
19722000-3	Fil à haute ténacité	High-tenacity yarn
19723000-0	Fil à texture simple	Single textured yarn
19724000-7	Monofilament synthétique	Synthetic monofilament
19730000-2	Fibres artificielles	Artificial fibres
19731000-9	Fibres artificielles discontinues	Artificial staple fibres
19732000-6	Polypropylène	Polypropylene
19733000-3	Fil texturé artificiel	Artificial textured yarn
22000000-0	Imprimés et produits connexes	Printed matter and related products
22100000-1	Livres, brochures et dépliants imprimés	Printed books, brochures and leaflets
22110000-4	Livres imprimés	Printed books
22111000-1	Livres scolaires	School books
22112000-8	Manuels scolaires	Textbooks
22113000-5	Livres de bibliothèque	Library books
22114000-2	Dictionnaires, cartes, livres de musique et autres livres	Dictionaries, maps, music books and other books
22114100-3	Dictionnaires	Dictionaries
22114200-4	Atlas	Atlases
22114300-5	Cartes	Maps
22114310-8	Plans cadastraux	Cadastral maps
22114311-5	Cyanotypies	Blueprints
22114400-6	Partitions	Printed music
22114500-7	Encyclopédies	Encyclopaedias
22120000-7	Publications	Publications
22121000-4	Publications techniques	Technical publications
22130000-0	Annuaires	Directories
22140000-3	Dépliants	Leaflets
22150000-6	Brochures	Brochures
22160000-9	Fascicules	Booklets
22200000-2	Journaux, revues spécialisées, périodiques et magazines	Newspapers, journals, periodicals and magazines
22210000-5	Journaux	Newspapers
22211000-2	Revues spécialisées	Journals
22211100-3	Journaux officiels	Official journals
22212000-9	Périodiques	Periodicals
22212100-0	Publications périodiques	Serials
22213000-6	Magazines	Magazines
22300000-3	Cartes postales, cartes de vœux et autres imprimés	Postcards, greeting cards and other printed matter
22310000-6	Cartes postales	Postcards
22312000-0	Images	Pictures
22313000-7	Décalcomanies	Transfers
22314000-4	Dessins	Designs
22315000-1	Photographies	Photographs
22320000-9	Cartes de vœux	Greeting cards
22321000-6	Cartes de Noël	Christmas cards
22400000-4	Timbres, formules de chèque, billets de banque, actions, publicité professionnelle, catalogues et manuels	Stamps, cheque forms, banknotes, stock certificates, trade advertising material, catalogues and manuals
22410000-7	Timbres	Stamps
22411000-4	Timbres de Noël	Christmas stamps
22412000-1	Nouveaux timbres	New stamps
22413000-8	Timbres-épargne	Savings stamps
22414000-5	Carnets de timbres-poste	Mail stamp holders
22420000-0	Papier timbré	Stamp-impressed paper
22430000-3	Billets de banque	Banknotes
22440000-6	Formules de chèque	Cheque forms
22450000-9	Imprimés infalsifiables	Security-type printed matter
22451000-6	Passeports	Passports
22452000-3	Formules de mandat de poste	Postal orders
22453000-0	Vignettes automobiles	Car-tax discs
22454000-7	Permis de conduire	Driving licences
22455000-4	Cartes d'identité	ID cards
22455100-5	Bracelet d'identité	Identity bracelet
22456000-1	Permis	Permits
22457000-8	Cartes d'accès	Entrance cards
22458000-5	Imprimés sur commande	Bespoke printed matter
22459000-2	Tickets	Tickets
22459100-3	Autocollants et bandes publicitaires	Advertising stickers and strips
22460000-2	Publicité professionnelle, catalogues commerciaux et manuels	Trade-advertising material, commercial catalogues and manuals
22461000-9	Catalogues	Catalogues
22461100-0	Porte-liste	List holders
22462000-6	Imprimés publicitaires	Advertising material
22470000-5	Manuels	Manuals
22471000-2	Manuels informatiques	Computer manuals
22472000-9	Manuels d'instruction	Instruction manuals
22473000-6	Manuels techniques	Technical manuals
22500000-5	Plaques ou cylindres d'impression, autre matériel d'imprimerie	Printing plates or cylinders or other media for use in printing
22510000-8	Plaques offset	Offset plates
22520000-1	Matériel de gravure sèche	Dry-etching equipment
22521000-8	Matériel d'estampage	Embossing equipment
22600000-6	Encre	Ink
22610000-9	Encre d'imprimerie	Printing ink
22611000-6	Encre pour héliogravure	Intaglio ink
22612000-3	Encre de Chine	India ink
22800000-8	Registres, livres comptables, classeurs, formulaires et autres articles de papeterie imprimés en papier ou en carton	Paper or paperboard registers, account books, binders, forms and other articles of printed stationery
22810000-1	Registres en papier ou en carton	Paper or paperboard registers
22813000-2	Livres comptables	Account books
22814000-9	Carnets de quittances	Receipt books
22815000-6	Calepins	Notebooks
22816000-3	Blocs	Pads
22816100-4	Bloc-notes	Note pads
22816200-5	Carnets de sténographie	Shorthand notebook
22816300-6	Carnets de Post-it	Sticky-note pads
22817000-0	Agendas ou mémentos personnels	Diaries or personal organisers
22819000-4	Carnets d'adresses	Address books
22820000-4	Formulaires	Forms
22821000-1	Formulaires électoraux	Electoral forms
22822000-8	Formulaires commerciaux	Business forms
22822100-9	Formulaires commerciaux en continu	Continuous business forms
22822200-0	Formulaires commerciaux non continus	Non-continuous business forms
22830000-7	Cahiers d'exercices	Exercise books
22831000-4	Recharges pour cahiers d'exercices	Refills for school notebooks
22832000-1	Feuilles d'exercices	Exercise papers
22840000-0	Albums pour échantillons	Albums for samples
22841000-7	Albums pour collections	Collection albums
22841100-8	Carnets de timbres	Stamp books
22841200-9	Albums de timbres	Philatelic binders
22850000-3	Classeurs et accessoires pour classeurs	Binders and related accessories
22851000-0	Classeurs	Binders
22852000-7	Chemises de classement	Folders
22852100-8	Chemises à dossier	File covers
22853000-4	Bacs à documents	File holders
22900000-9	Imprimés divers	Miscellaneous printed matter
22990000-6	Papiers à usage graphique, ni couchés ni enduits	Newsprint, handmade paper and other uncoated paper or paperboard for graphic purposes
22991000-3	Papier journal	Paper for newsprint
22992000-0	Papier ou carton de fabrication artisanale	Hand-made paper or paperboard
22993000-7	Papier ou carton photosensible, thermosensible ou thermographique	Photosensitive, heat-sensitive or thermographic paper and paperboard
22993100-8	Papier ou carton photosensible	Photosensitive paper or paperboard
22993200-9	Papier ou carton thermosensible	Heat-sensitive paper or paperboard
22993300-0	Papier ou carton thermographique	Thermographic paper or paperboard
22993400-1	Papier ou carton ondulé	Corrugated paper or paperboard
24000000-4	Produits chimiques	Chemical products
24100000-5	Gaz	Gases
24110000-8	Gaz industriels	Industrial gases
24111000-5	Hydrogène, argon, gaz rares, azote et oxygène	Hydrogen, argon, rare gases, nitrogen and oxygen
24111100-6	Argon	Argon
24111200-7	Gaz rares	Rare gases
24111300-8	Hélium	Helium
24111400-9	Néon	Neon
24111500-0	Gaz médicaux	Medical gases
24111600-1	Hydrogène	Hydrogen
24111700-2	Azote	Nitrogen
24111800-3	Azote liquide	Liquid nitrogen
24111900-4	Oxygène	Oxygen
24112000-2	Composés oxygénés inorganiques	Inorganic oxygen compounds
24112100-3	Dioxyde de carbone	Carbon dioxide
24112200-4	Oxydes azotés	Nitrogen oxides
24112300-5	Composés oxygénés inorganiques gazeux	Gaseous inorganic oxygen compounds
24113000-9	Air liquide et air comprimé	Liquid and compressed air
24113100-0	Air liquide	Liquid air
24113200-1	Air comprimé	Compressed air
24200000-6	Colorants et pigments	Dyes and pigments
24210000-9	Oxydes, peroxydes et hydroxydes	Oxides, peroxides and hydroxides
24211000-6	Oxyde et peroxyde de zinc, oxyde de titane, colorants et pigments	Zinc oxide and peroxide, titanium oxide, dyes and pigments
24211100-7	Oxyde de zinc	Zinc oxide
24211200-8	Peroxyde de zinc	Zinc peroxide
24211300-9	Oxyde de titane	Titanium oxide
24212000-3	Oxydes et hydroxydes de chrome, de manganèse, de magnésium, de plomb et de cuivre	Chromium, manganese, magnesium, lead and copper oxides and hydroxides
24212100-4	Oxyde de chrome	Chromium oxide
24212200-5	Oxyde de manganèse	Manganese oxide
24212300-6	Oxyde de plomb	Lead oxide
24212400-7	Oxyde de cuivre	Copper oxide
24212500-8	Oxyde de magnésium	Magnesium oxide
24212600-9	Hydroxydes pour colorants et pigments	Hydroxides for dyes and pigments
24212610-2	Hydroxyde de chrome	Chromium hydroxide
24212620-5	Hydroxyde de manganèse	Manganese hydroxide
24212630-8	Hydroxyde de plomb	Lead hydroxide
24212640-1	Hydroxyde de cuivre	Copper hydroxide
24212650-4	Hydroxyde de magnésium	Magnesium hydroxide
24213000-0	Chaux hydratée	Hydrated lime
24220000-2	Extraits tannants, extraits tinctoriaux, tannins et matières colorantes	Tanning extracts, dyeing extracts, tannins and colouring matter
24221000-9	Extraits tinctoriaux	Dyeing extracts
24222000-6	Extraits tannants	Tanning extracts
24223000-3	Tannins	Tannins
24224000-0	Matières colorantes	Colouring matter
24225000-7	Produits de tannage	Tanning preparations
24300000-7	Produits chimiques organiques et inorganiques de base	Basic inorganic and organic chemicals
24310000-0	Produits chimiques inorganiques de base	Basic inorganic chemicals
24311000-7	Éléments chimiques, acides inorganiques et composés	Chemical elements, inorganic acids and compounds
24311100-8	Métalloïdes	Metalloids
24311110-1	Phosphures	Phosphides
24311120-4	Carbures	Carbides
24311130-7	Hydrures	Hydrides
24311140-0	Nitrures	Nitrides
24311150-3	Azotures	Azides
24311160-6	Siliciures	Silicides
24311170-9	Borures	Borides
24311180-2	Soufre raffiné	Refined sulphur
24311200-9	Halogène	Halogen
24311300-0	Métaux alcalins	Alkali metals
24311310-3	Mercure	Mercury
24311400-1	Chlorure d'hydrogène, acides inorganiques, dioxyde de silicium et de soufre	Hydrogen chloride, inorganic acids, silicon dioxide and sulphur dioxide
24311410-4	Acides inorganiques	Inorganic acids
24311411-1	Acide sulfurique	Sulphuric acid
24311420-7	Acide phosphorique	Phosphoric acid
24311430-0	Acides polyphosphoriques	Polyphosphoric acids
24311440-3	Acide hexafluorosilicique	Hexafluorosilicic acid
24311450-6	Dioxyde de soufre	Sulphur dioxide
24311460-9	Dioxyde de silicium	Silicon dioxide
24311470-2	Chlorure d'hydrogène	Hydrogen chloride
24311500-2	Hydroxydes utilisés comme produits chimiques inorganiques de base	Hydroxides as basic inorganic chemicals
24311510-5	Oxydes métalliques	Metal oxides
24311511-2	Pyrites et oxydes de fer	Iron pyrites and iron oxides
24311520-8	Hydroxyde de sodium	Sodium hydroxide
24311521-5	Soude caustique	Caustic soda
24311522-2	Soude liquide	Liquid soda
24311600-3	Composés du soufre	Sulphur compounds
24311700-4	Soufre	Sulphur
24311800-5	Carbone	Carbon
24311900-6	Chlore	Chlorine
24312000-4	Halogénures métalliques, hypochlorites, chlorates et perchlorates	Metallic halogenates; hypochlorites, chlorates and perchlorates
24312100-5	Halogénures métalliques	Metallic halogenates
24312110-8	Hexafluorosilicate de sodium	Sodium hexafluorosilicate
24312120-1	Chlorures	Chlorides
24312121-8	Chlorure d'aluminium	Aluminium chloride
24312122-5	Chlorure ferrique	Ferric chloride
24312123-2	Polychlorure d'aluminium	Poly aluminium chloride
24312130-4	Chlorhydrate d'aluminium	Aluminium chlorohydrate
24312200-6	Hypochlorites et chlorates	Hypochlorites and chlorates
24312210-9	Chlorite de sodium	Sodium chlorite
24312220-2	Hypochlorite de sodium	Sodium hypochlorite
24313000-1	Sulfures, sulfates, nitrates, phosphates et carbonates	Sulphides, sulphates; nitrates, phosphates and carbonates
24313100-2	Sulfures, sulfites et sulfates	Sulphides, sulphites and sulphates
24313110-5	Sulfures divers	Miscellaneous sulphides
24313111-2	Sulfure d'hydrogène	Hydrogen sulphide
24313112-9	Polysulfures	Polysulphides
24313120-8	Sulfates	Sulphates
24313121-5	Thiosulfate de sodium	Sodium thiosulphate
24313122-2	Sulfate ferrique	Ferric sulphate
24313123-9	Sulfate d'aluminium	Sulphate of aluminium
24313124-6	Sulfate de sodium	Sodium sulphate
24313125-3	Sulfate de fer	Iron sulphate
24313126-0	Sulfate de cuivre	Copper sulphate
24313200-3	Phosphinates, phosphonates, phosphates et polyphosphates	Phosphinates, phosphonates, phosphates and polyphosphates
24313210-6	Hexamétaphosphate de sodium	Sodium hexametaphosphate
24313220-9	Phosphates	Phosphates
24313300-4	Carbonates	Carbonates
24313310-7	Carbonate de sodium	Sodium carbonate
24313320-0	Bicarbonate de sodium	Sodium bicarbonate
24313400-5	Nitrates	Nitrates
24314000-8	Sels métalliques acides divers	Miscellaneous metal acid salts
24314100-9	Permanganate de potassium	Potassium permanganate
24314200-0	Sels oxométalliques acides	Oxometallic acid salts
24315000-5	Produits chimiques inorganiques divers	Miscellaneous inorganic chemicals
24315100-6	Eau lourde, autres isotopes et leurs composés	Heavy water, other isotopes and their compounds
24315200-7	Cyanure, oxyde de cyanure, fulminates, cyanates, silicates, borates, perborates, sels d'acides inorganiques	Cyanide, cyanide oxide, fulminates, cyanates, silicates, borates, perborates, salts of inorganic acids
24315210-0	Cyanures	Cyanides
24315220-3	Oxyde de cyanure	Cyanide oxide
24315230-6	Fulminates	Fulminates
24315240-9	Cyanates	Cyanates
24315300-8	Peroxyde d'hydrogène	Hydrogen peroxide
24315400-9	Quartz piézoélectrique	Piezo-electric quartz
24315500-0	Composés de métaux des terres rares	Compounds of rare earth metals
24315600-1	Silicates	Silicates
24315610-4	Silicate de sodium	Sodium silicate
24315700-2	Borates et perborates	Borates and perborates
24316000-2	Eau distillée	Distilled water
24317000-9	Pierres synthétiques	Synthetic stones
24317100-0	Pierres précieuses synthétiques	Synthetic precious stones
24317200-1	Pierres semi-précieuses synthétiques	Synthetic semi-precious stones
24320000-3	Produits chimiques organiques de base	Basic organic chemicals
24321000-0	Hydrocarbures	Hydrocarbons
24321100-1	Hydrocarbures saturés	Saturated hydrocarbons
24321110-4	Hydrocarbures acycliques saturés	Saturated acyclic hydrocarbons
24321111-1	Méthane	Methane
24321112-8	Éthylène	Ethylene
24321113-5	Propène	Propene
24321114-2	Butène	Butene
24321115-9	Acétylène	Acetylene
24321120-7	Hydrocarbures cycliques saturés	Saturated cyclic hydrocarbons
24321200-2	Hydrocarbures non saturés	Unsaturated hydrocarbons
24321210-5	Hydrocarbures acycliques non saturés	Unsaturated acyclic hydrocarbons
24321220-8	Hydrocarbures cycliques non saturés	Unsaturated cyclic hydrocarbons
24321221-5	Benzène	Benzene
24321222-2	Toluène	Toluene
24321223-9	O-xylènes	O-xylenes
24321224-6	M-xylènes	M-xylenes
24321225-3	Styrène	Styrene
24321226-0	Éthylbenzène	Ethylbenzene
24321300-3	Autres dérivés halogénés d'hydrocarbures	Other halogenated derivatives of hydrocarbons
24321310-6	Tétrachloroéthylène	Tetrachloroethylene
24321320-9	Tétrachlorure de carbone	Carbon tetrachloride
24322000-7	Alcools, phénols, phénols-alcools et leurs dérivés halogénés, sulfonés, nitrés ou nitrosés, alcools gras industriels	Alcohols, phenols, phenol-alcohols and their halogenated, sulphonated, nitrated or nitrosated derivatives; industrial fatty alcohols
24322100-8	Alcools gras industriels	Industrial fatty alcohols
24322200-9	Monoalcools	Monohydric alcohols
24322210-2	Méthanol	Methanol
24322220-5	Éthanol	Ethanol
24322300-0	Diols, polyalcools et dérivés	Diols, polyalcohols and derivatives
24322310-3	Éthylène glycol	Ethylene glycol
24322320-6	Dérivés d'alcools	Alcohol derivatives
24322400-1	Phénols et dérivés de phénols	Phenols and derivatives
24322500-2	Alcool	Alcohol
24322510-5	Alcool éthylique	Ethyl alcohol
24323000-4	Acides gras monocarboxyliques industriels	Industrial monocarboxylic fatty acids
24323100-5	Huiles acides de raffinage	Acid oils from refining
24323200-6	Acides carboxyliques	Carboxylic acids
24323210-9	Acide acétique	Acetic acid
24323220-2	Acide peracétique	Peracetic acid
24323300-7	Acides monocarboxyliques non saturés et leurs composés	Unsaturated monocarboxylic acids and compounds
24323310-0	Esters d'acide méthacrylique	Esters of methacrylic acid
24323320-3	Esters d'acide acrylique	Esters of acrylic acid
24323400-8	Acides aromatiques polycarboxyliques et carboxyliques	Aromatic polycarboxylic and carboxylic acids
24324000-1	Composés organiques à fonction azotée	Organic compounds with nitrogen functions
24324100-2	Composés à fonction aminée	Amine function compounds
24324200-3	Amino-composés à fonction oxygénée	Oxygen-function amino-compounds
24324300-4	Uréides	Ureines
24324400-5	Composés à fonction azotée	Compounds with nitrogen functions
24325000-8	Composés organosulfureux	Organo-sulphur compounds
24326000-5	Aldéhyde, cétone, peroxydes organiques et éthers	Aldehyde, ketone, organic peroxides and ethers
24326100-6	Composés à fonction aldéhyde	Aldehyde function compounds
24326200-7	Composés à fonction cétone et à fonction quinone	Ketone and quinone function compounds
24326300-8	Peroxydes organiques	Organic peroxides
24326310-1	Oxyde d'éthylène	Ethylene oxide
24326320-4	Éthers	Ethers
24327000-2	Produits chimiques organiques divers	Miscellaneous organic chemicals
24327100-3	Dérivés végétaux pour teinture	Vegetable derivatives for dyeing
24327200-4	Charbon de bois	Wood charcoal
24327300-5	Huiles et produits de la distillation du goudron de houille, poix et brai de goudron à haute température	Oils and products of the distillation of high-temperature coal tar, pitch and pitch tar
24327310-8	Goudron de houille	Coal tar
24327311-5	Créosote	Creosote
24327320-1	Poix	Pitch
24327330-4	Brai de goudron	Pitch tar
24327400-6	Produits à base de résine	Resin products
24327500-7	Lessives résiduelles provenant de la fabrication de la pâte à papier	Residual lyes from the manufacture of wood pulp
24400000-8	Engrais et composés azotés	Fertilisers and nitrogen compounds
24410000-1	Engrais azotés	Nitrogenous fertilisers
24411000-8	Acide nitrique et sels	Nitric acid and salts
24411100-9	Nitrate de sodium	Sodium nitrate
24412000-5	Acides sulfonitriques	Sulphonitric acids
24413000-2	Ammoniac	Ammonia
24413100-3	Ammoniac liquide	Liquid ammonia
24413200-4	Chlorure d'ammonium	Ammonium chloride
24413300-5	Sulfate d'ammonium	Ammonium sulphate
24420000-4	Engrais phosphatés	Phosphatic fertilisers
24421000-1	Engrais minéraux phosphatés	Mineral phosphatic fertilisers
24422000-8	Engrais chimiques phosphatés	Chemical phosphatic fertilisers
24430000-7	Engrais d'origine animale ou végétale	Animal or vegetal fertilisers
24440000-0	Engrais divers	Miscellaneous fertilisers
24450000-3	Produits agrochimiques	Agro-chemical products
24451000-0	Pesticides	Pesticides
24452000-7	Insecticides	Insecticides
24453000-4	Herbicides	Herbicides
24454000-1	Régulateurs de croissance végétale	Plant-growth regulators
24455000-8	Désinfectants	Disinfectants
24456000-5	Rodenticides	Rodenticides
24457000-2	Fongicides	Fungicides
24500000-9	Matières plastiques sous forme primaire	Plastics in primary forms
24510000-2	Polymères d'éthylène sous forme primaire	Primary-form polymers of ethylene
24520000-5	Polymères de propylène sous forme primaire	Primary-form polymers of propylene
24530000-8	Polymères de styrène sous forme primaire	Primary-form polymers of styrene
24540000-1	Polymères de vinyle sous forme primaire	Primary-form of vinyl polymers
24541000-8	Polymères d'acétate de vinyle sous forme primaire	Primary-form polymers of vinyl acetate
24542000-5	Polymères acryliques sous forme primaire	Primary-form acrylic polymers
24550000-4	Polyesters sous forme primaire	Primary-form of polyesters
24560000-7	Polyamides sous forme primaire	Primary-form polyamides
24570000-0	Résines uréiques sous forme primaire	Primary-form urea resins
24580000-3	Résines aminiques sous forme primaire	Primary-form amino-resins
24590000-6	Silicones sous forme primaire	Primary-form silicones
24600000-0	Explosifs	Explosives
24610000-3	Explosifs préparés	Prepared explosives
24611000-0	Poudres propulsives	Propellant powders
24611100-1	Combustibles au propergol	Propergol fuels
24612000-7	Explosifs divers	Miscellaneous explosives
24612100-8	Dynamite	Dynamite
24612200-9	TNT	TNT
24612300-0	Nitroglycérine	Nitro-glycerine
24613000-4	Fusées de signalisation, fusées paragrêle, signaux de brume et articles de pyrotechnie	Signalling flares, rain rockets, fog signals and pyrotechnic articles
24613100-5	Cartouches-épouvantails sonores	Bird-scaring cartridges
24613200-6	Feux d'artifice	Fireworks
24615000-8	Mèches, détonateurs, amorceurs et détonateurs électriques	Fuses, caps, igniters and electric detonators
24900000-3	Produits de chimie fine et produits de chimie variés	Fine and various chemical products
24910000-6	Colles	Glues
24911000-3	Gélatines	Gelatines
24911200-5	Adhésifs	Adhesives
24920000-9	Huiles essentielles	Essential oils
24930000-2	Substances chimiques pour photographie	Photographic chemicals
24931000-9	Plaques et films pour photographie	Photographic plates and films
24931200-1	Émulsions à usage photographique	Emulsions for photographic use
24931210-4	Révélateurs pour photographie	Photographic developers
24931220-7	Fixateurs pour photographie	Photographic fixers
24931230-0	Révélateurs pour radiologie	X-ray developers
24931240-3	Fixateurs pour radiologie	X-ray fixers
24931250-6	Milieux de culture	Culture medium
24931260-9	Renforçateurs d'image	Image intensifiers
24950000-8	Préparations chimiques spéciales	Specialised chemical products
24951000-5	Graisses et lubrifiants	Greases and lubricants
24951100-6	Lubrifiants	Lubricants
24951110-9	Boue de forage	Drilling mud
24951120-2	Graisse de silicone	Silicon grease
24951130-5	Fluides de forage	Drilling fluids
24951200-7	Additifs pour huiles	Additives for oils
24951210-0	Poudre pour extincteurs d'incendie	Fire-extinguisher powder
24951220-3	Produits extincteurs	Fire-extinguisher agents
24951230-6	Charges pour extincteurs d'incendie	Fire-extinguisher charges
24951300-8	Fluides hydrauliques	Hydraulic fluids
24951310-1	Agents de dégivrage	De-icing agents
24951311-8	Produits antigel	Anti-freezing preparations
24951400-9	Graisses et huiles chimiquement modifiées	Chemically-modified fats and oils
24952000-2	Pâtes à modeler	Modelling pastes
24952100-3	Cire dentaire	Dental wax
24953000-9	Agents de finissage	Finishing agents
24954000-6	Charbon actif	Activated carbon
24954100-7	Charbon actif neuf	New activated carbon
24954200-8	Charbon actif régénéré	Regenerated activated carbon
24955000-3	Toilettes chimiques	Chemical toilets
24956000-0	Peptones et substances protéiques	Peptones and protein substances
24957000-7	Additifs chimiques	Chemical additives
24957100-8	Liants préparés pour moules ou noyaux de fonderie	Prepared binders for foundry moulds or cores
24957200-9	Additifs pour ciment, mortier ou béton	Additives for cements, mortars or concretes
24958000-4	Produits chimiques pour l'industrie du pétrole et du gaz	Chemical products for the oil and gas industry
24958100-5	Produits chimiques pour fond de trou de forage	Downhole chemicals
24958200-6	Agents floculants	Flocculating agents
24958300-7	Produits chimiques à boue	Mud chemicals
24958400-8	Ampoules à gel pour le bourrage d'explosifs	Gel ampoules for stemming explosives
24959000-1	Aérosols et produits chimiques sous forme de disque	Aerosols and chemicals in disc form
24959100-2	Aérosols	Aerosols
24959200-3	Éléments chimiques en forme de disque	Chemical elements in disc form
24960000-1	Produits chimiques variés	Various chemical products
24961000-8	Liquides de radiateur	Radiator fluids
24962000-5	Produits chimiques utilisés pour le traitement de l'eau	Water-treatment chemicals
24963000-2	Produits anticorrosion	Anti-corrosion products
24964000-9	Glycérine	Glycerol
24965000-6	Enzymes	Enzymes
30000000-9	Machines, matériel et fourniture informatique et de bureau, excepté les meubles et logiciels	Office and computing machinery, equipment and supplies except furniture and software packages
30100000-0	Machines, matériel et fournitures de bureau, excepté ordinateurs, imprimantes et meubles	Office machinery, equipment and supplies except computers, printers and furniture
30110000-3	Machines de traitement de texte	Word-processing machines
30111000-0	Traitements de texte	Word processors
30120000-6	Photocopieurs et matériel d'impression offset	Photocopying and offset printing equipment
30121000-3	Photocopieurs et appareils de thermocopie	Photocopying and thermocopying equipment
30121100-4	Photocopieurs	Photocopiers
30121200-5	Matériel de photocopie	Photocopying equipment
30121300-6	Matériel de reproduction	Reproduction equipment
30121400-7	Duplicateurs	Duplicating machines
30121410-0	Télécopieurs	Faxswitch machines
30121420-3	Émetteurs numériques	Digital senders
30121430-6	Duplicateurs numériques	Digital duplicators
30122000-0	Machines d'impression offset de bureau	Office-type offset printing machinery
30122100-1	Système d'impression offset numérique	Digital offset systems
30122200-2	Matériel d'impression offset numérique	Digital offset equipments
30123000-7	Machines de bureau	Office and business machines
30123100-8	Oblitérateurs automatiques	Ticket-validation machines
30123200-9	Distributeurs automatiques de billets de banque	Automatic cash dispensers
30123300-0	Duplicateurs à stencil	Stencil duplicating machines
30123400-1	Plieuses	Folding machines
30123500-2	Perforateurs	Perforation machines
30123600-3	Machines à manipuler les pièces de monnaie	Coin-handling machines
30123610-6	Machines à trier les pièces de monnaie	Coin-sorting machines
30123620-9	Machines à compter les pièces de monnaie	Coin-counting machines
30123630-2	Machines de mise en rouleaux de pièces de monnaie	Coin-wrapping machines
30124000-4	Pièces et accessoires de machines de bureau	Parts and accessories of office machines
30124100-5	Unités de fusion	Fusers
30124110-8	Huile pour unités de fusion	Fuser oil
30124120-1	Chiffon de nettoyage pour l'unité de fusion	Fuser wiper
30124130-4	Lampes pour unité de fusion	Fuser lamps
30124140-7	Tampon de nettoyage de l'unité de fusion	Fuser cleaning pad
30124150-0	Filtres de nettoyage de l'unité de fusion	Fuser filters
30124200-6	Kits pour unité de fusion	Fuser kits
30124300-7	Tambours pour machines de bureau	Drums for office machine
30124400-8	Cartouches d'agrafes	Staple cartridges
30124500-9	Accessoires de scanner	Scanner accessories
30124510-2	Endosseurs	Endorsers
30124520-5	Bac d'alimentation de documents pour scanner	Scanner document feeders
30124530-8	Adaptateurs de transparents pour scanner	Scanner transparency adapters
30125000-1	Pièces et accessoires de photocopieurs	Parts and accessories of photocopying apparatus
30125100-2	Cartouches de toner	Toner cartridges
30125110-5	Encre pour imprimantes laser/télécopieurs	Toner for laser printers/fax machines
30125120-8	Encre pour photocopieurs	Toner for photocopiers
30125130-1	Encre pour centres de calcul, de recherche et de documentation	Toner for data-processing and research and documentation centres
30130000-9	Matériel de bureau de poste	Post-office equipment
30131000-6	Équipement de salle du courrier	Mailroom equipment
30131100-7	Plieuses de papier ou d'enveloppes	Paper or envelope folding machines
30131200-8	Machines à mettre sous enveloppe	Envelope-stuffing machines
30131300-9	Adressographes	Addressing machines
30131400-0	Machines à affranchir	Postage machines
30131500-1	Machines à ouvrir le courrier	Mail opening machines
30131600-2	Machines à cacheter le courrier	Mail sealing machines
30131700-3	Machines à oblitérer	Stamp canceling machines
30131800-4	Timbreuses	Stamp affixers
30132000-3	Matériel de tri	Sorting equipment
30132100-4	Matériel de tri du courrier	Mail-sorting equipment
30132200-5	Machines à compter les billets de banque	Banknote counting machines
30132300-6	Trieuses	Sorters
30133000-0	Matériel pour envoi postal	Mailing equipment
30133100-1	Matériel pour envoi postal en nombre	Bulk-mailing equipment
30140000-2	Machines à calculer et machines comptables	Calculating and accounting machines
30141000-9	Machines à calculer	Calculating machines
30141100-0	Calculatrices de poche	Pocket calculators
30141200-1	Calculatrices de bureau	Desktop calculators
30141300-2	Calculatrices imprimantes	Printing calculators
30141400-3	Machines à additionner	Adding machines
30142000-6	Machines comptables et caisses enregistreuses	Accounting machines and cash registers
30142100-7	Machines comptables	Accounting machines
30142200-8	Caisses enregistreuses	Cash registers
30144000-0	Machines du type machines à calculer	Calculation-type machines
30144100-1	Affranchisseuses	Postage-franking machines
30144200-2	Distributeurs automatiques de tickets	Ticket-issuing machines
30144300-3	Machines de comptage des véhicules	Vehicle-counting machines
30144400-4	Péage automatique	Automatic fare collection
30145000-7	Pièces et accessoires de machines à calculer	Parts and accessories calculating machines
30145100-8	Rouleaux pour machines à calculer	Calculator rolls
30150000-5	Machines à écrire	Typewriters
30151000-2	Machines à écrire électroniques	Electronic typewriters
30152000-9	Pièces et accessoires de machines à écrire	Parts and accessories of typewriters
30160000-8	Cartes magnétiques	Magnetic cards
30161000-5	Cartes de crédit	Credit cards
30162000-2	Cartes à puce	Smart cards
30163000-9	Cartes accréditives	Charge cards
30163100-0	Cartes pour l'achat de carburant	Agency fuel cards
30170000-1	Étiqueteuses	Labelling machines
30171000-8	Machines à dater ou à numéroter	Dating or numbering machines
30172000-5	Machines à imprimer les documents d'identité	Identification ID press machines
30173000-2	Machines d'étiquetage	Label applying machines
30174000-9	Machines à produires des étiquettes	Label making machines
30175000-6	Nécessaire pour lettrage	Lettering equipment
30176000-3	Titreuse manuelle	Tape embosser
30177000-0	Machines à étiqueter automatiques	Automatic labelling systems
30178000-7	Machines à étiqueter semi-automatiques	Semi automatic labelling systems
30179000-4	Distributeurs d'étiquettes	Label dispensers
30180000-4	Machines à endosser et à rédiger les chèques	Check endorsing and writing machines
30181000-1	Machines à endosser les chèques	Check endorsing machines
30182000-8	Machines à rédiger les chèques	Check writing machines
30190000-7	Machines, fournitures et équipement de bureau divers	Various office equipment and supplies
30191000-4	Équipement de bureau, excepté les meubles	Office equipment except furniture
30191100-5	Équipement de classement	Filing equipment
30191110-8	Carrousels à cartes	Card carousel systems
30191120-1	Porte-revues	Magazine racks
30191130-4	Presse-papiers	Clipboards
30191140-7	Accessoires d'identification personnelle	Personal identification accessories
30191200-6	Rétroprojecteurs	Overhead projectors
30191400-8	Déchiqueteuses	Shredders
30192000-1	Fournitures de bureau	Office supplies
30192100-2	Effaceurs	Erasers
30192110-5	Produits d'encrage	Ink products
30192111-2	Tampons encreurs	Ink pads
30192112-9	Encre pour machines d'impression	Ink sources for printing machinery
30192113-6	Cartouches d'encre	Ink cartridges
30192121-5	Stylos à bille	Ballpoint pens
30192122-2	Stylos à encre	Fountain pens
30192123-9	Feutres	Fibre pens
30192124-6	Stylos-feutres	Felt-tipped pens
30192125-3	Marqueurs	Markers
30192126-0	Stylos techniques	Technical pens
30192127-7	Porte-plumes	Pen holders
30192130-1	Crayons	Pencils
30192131-8	Porte-mines	Propelling or sliding pencils
30192132-5	Mines de crayon de rechange	Pencil lead refills
30192133-2	Taille-crayons	Pencil sharpeners
30192134-9	Porte-crayons	Pencil holders
30192150-7	Timbres dateurs	Date stamps
30192151-4	Tampons à cacheter	Sealing stamps
30192152-1	Tampons numéroteurs	Numbering stamps
30192153-8	Tampons avec texte	Phrase stamps
30192154-5	Recharges pour tampons à timbrer	Replacement stamp pads
30192155-2	Porte-tampons de bureau	Office stamp holders
30192160-0	Correcteurs	Correctors
30192170-3	Tableaux d'affichage	Notice boards
30192200-3	Mètres-rubans	Measuring tapes
30192300-4	Rubans encreurs	Ink ribbons
30192310-7	Rubans pour machines à écrire	Typewriter ribbons
30192320-0	Rubans pour imprimantes	Printer ribbons
30192330-3	Rubans et rouleaux pour calculatrices	Calculator ribbons and drums
30192340-6	Rubans pour télécopieurs	Facsimile ribbons
30192350-9	Rubans pour caisses enregistreuses	Cash register ribbons
30192400-5	Fournitures pour reprographie	Reprographic supplies
30192500-6	Transparents pour rétroprojecteurs	Overhead transparencies
30192600-7	Planches à dessin	Drawing boards
30192700-8	Papeterie	Stationery
30192800-9	Étiquettes autocollantes	Self-adhesive labels
30192900-0	Outils de correction	Correction media
30192910-3	Film ou ruban correcteur	Correction film or tape
30192920-6	Liquide correcteur	Correction fluid
30192930-9	Stylos correcteurs	Correction pens
30192940-2	Recharges de stylos correcteurs	Correction pen refills
30192950-5	Effaceurs électriques	Electrical erasers
30193000-8	Organisateurs et accessoires	Organisers and accessories
30193100-9	Organisateurs de tiroirs	Desk drawer organisers
30193200-0	Plateaux ou organisateurs pour bureau	Desktop trays or organisers
30193300-1	Classeurs à dossiers suspendus	Hanging organisers
30193400-2	Serre-livres	Book ends
30193500-3	Présentoir d'imprimés	Literature rack
30193600-4	Supports pour agendas ou calendriers	Support for diaries or calendars
30193700-5	Boîte de rangement de dossiers	File storage box
30193800-6	Supports de feuillets pour prise de message	Message holders
30193900-7	Porte-copies	Copy holders
30194000-5	Fournitures pour dessin	Drafting supplies
30194100-6	Pistolets à dessin	Curves
30194200-7	Pastilles, bandes et films à dessin	Drafting dots, tapes and films
30194210-0	Pastilles ou bandes à dessin	Drafting dots or tapes
30194220-3	Films à dessin	Drafting films
30194300-8	Kits, ensembles et papiers à dessin	Drafting kits, sets and papers
30194310-1	Kits ou ensembles à dessin	Drafting kits or sets
30194320-4	Papiers à dessin	Drafting papers
30194400-9	Protections de table à dessin	Drafting table covers
30194500-0	Trace-lettres	Lettering aids
30194600-1	Rapporteurs d'angles	Protractors
30194700-2	Normographes	Templates
30194800-3	Équerres en T et triangles	T-squares and triangles
30194810-6	Équerres en T	T-squares
30194820-9	Triangles	Triangles
30194900-4	Rabats de protection de plans de travail	Work surface protection covers
30195000-2	Tableaux	Boards
30195100-3	Plannings muraux ou accessoires	Planning boards or accessories
30195200-4	Tableaux-copieurs électroniques ou accessoires	Electronic copyboards or accessories
30195300-5	Fournitures de bureau ou accessoires	Letter boards or accessories
30195400-6	Tableaux effaçables à sec ou accessoires	Dry erase boards or accessories
30195500-7	Tableaux ou accessoires	Chalk boards or accessories
30195600-8	Tableaux d'affichage ou accessoires	Bulletin boards or accessories
30195700-9	Kits de nettoyage de tableaux ou accessoires	Board cleaning kits or accessories
30195800-0	Supports ou rails d'accrochage	Hanging rails or holders
30195900-1	Tableaux blancs et tableaux magnétiques	Whiteboards and magnetic boards
30195910-4	Tableaux blancs	Whiteboards
30195911-1	Accessoires pour tableaux blancs	Whiteboard accessories
30195912-8	Présentoirs pour tableaux blancs	Whiteboard easels
30195913-5	Présentoirs pour tableaux à feuilles mobiles	Flipchart easels
30195920-7	Tableaux magnétiques	Magnetic boards
30195921-4	Effaceurs pour tableaux magnétiques	Erasers for magnetic boards
30196000-9	Systèmes de planification	Planning systems
30196100-0	Plannings de réunions	Meeting planners
30196200-1	Carnets de rendez-vous ou recharges	Appointment books or refills
30196300-2	Boîtes à suggestions	Suggestion box
30197000-6	Petit matériel de bureau	Small office equipment
30197100-7	Agrafes, pointes, punaises	Staples, tacks, drawing pins
30197110-0	Agrafes	Staples
30197120-3	Pointes	Tacks
30197130-6	Punaises	Drawing pins
30197200-8	Classeurs à anneaux et trombones	Ring binders and paper clips
30197210-1	Classeurs à anneaux	Ring binders
30197220-4	Trombones à papier	Paper clips
30197221-1	Sébiles à trombones	Paperclip holder
30197300-9	Ouvre-lettres, agrafeuses et perforateurs à trous	Letter openers, staplers and hole punches
30197310-2	Ouvre-lettres	Letter openers
30197320-5	Agrafeuses	Staplers
30197321-2	Dégrafeuses	Staple removers
30197330-8	Perforateurs à trous	Hole punches
30197400-0	Éponge à humecter les timbres	Stamp sponge
30197500-1	Cire à cacheter	Sealing wax
30197510-4	Accessoires pour cire à cacheter	Sealing wax accessories
30197600-2	Papier et carton traités	Processed paper and paperboard
30197610-5	Papier et carton assemblés	Composite paper and paperboard
30197620-8	Papier à écrire	Writing paper
30197621-5	Bloc de feuilles pour tableaux à feuilles mobiles	Flipchart pad
30197630-1	Papier d'impression	Printing paper
30197640-4	Papier autocopiant ou autre papier à copies	Self-copy or other copy paper
30197641-1	Papier thermographique	Thermographic paper
30197642-8	Papier pour photocopie et papier pour xérographie	Photocopier paper and xerographic paper
30197643-5	Papier pour photocopie	Photocopier paper
30197644-2	Papier pour xérographie	Xerographic paper
30197645-9	Carte pour impression	Card for printing
30198000-3	Machines de loterie	Lottery machines
30198100-4	Machines à sous	Pulling machines
30199000-0	Articles de papeterie et autres articles en papier	Paper stationery and other items
30199100-1	Papier carbone, papier autocopiant, papier stencil et papier non carboné	Carbon paper, self-copy paper, paper duplicator stencils and carbonless paper
30199110-4	Papier carbone	Carbon paper
30199120-7	Papier autocopiant	Self-copy paper
30199130-0	Papier non carboné	Carbonless paper
30199140-3	Papier stencil	Paper duplicator stencils
30199200-2	Enveloppes, cartes-lettres et cartes postales non illustrées	Envelopes, letter cards and plain postcards
30199210-5	Cartes-lettres	Letter cards
30199220-8	Cartes postales non illustrées	Plain postcards
30199230-1	Enveloppes	Envelopes
30199240-4	Kit d'expédition de courrier	Mailing kit
30199300-3	Papier estampé ou perforé	Embossed or perforated paper
30199310-6	Papier d'impression estampé ou perforé	Embossed or perforated printing paper
30199320-9	Papier à lettres estampé ou perforé	Embossed or perforated writing paper
30199330-2	Papier en continu pour imprimantes d'ordinateurs	Continuous paper for computer printers
30199340-5	Formulaires en continu	Continuous forms
30199400-4	Papier gommé ou adhésif	Gummed or adhesive paper
30199410-7	Papier autocollant	Self-adhesive paper
30199500-5	Boîtes-classeurs, classe-lettres, boîtes de rangement et articles similaires	Box files, letter trays, storage boxes and similar articles
30199600-6	Intercalaires de papeterie	Dividers for stationery
30199700-7	Articles de papeterie imprimés, excepté les formulaires	Printed stationery except forms
30199710-0	Enveloppes imprimées	Printed envelopes
30199711-7	Enveloppes à fenêtre imprimées	Printed window envelopes
30199712-4	Enveloppes sans fenêtre imprimées	Printed non-window envelopes
30199713-1	Enveloppes pour radiographies imprimées	Printed X-ray envelopes
30199720-3	Papier à lettres	Notepaper
30199730-6	Cartes de visite	Business cards
30199731-3	Porte-cartes professionnelles	Business card holders
30199740-9	Papillons	Compliment slips
30199750-2	Coupons	Coupons
30199760-5	Étiquettes	Labels
30199761-2	Étiquettes à codes-barres	Bar-coded labels
30199762-9	Étiquettes pour bagages	Luggage tags
30199763-6	Etiquettes antivol	Theft protection labels
30199770-8	Chèques-repas	Luncheon vouchers
30199780-1	Sous-main	Blotting pads
30199790-4	Tableaux horaires	Timetables
30199791-1	Emplois du temps muraux	Wall planners
30199792-8	Calendriers	Calendars
30199793-5	Supports d'agendas	Diary stands
30200000-1	Matériel et fournitures informatiques	Computer equipment and supplies
30210000-4	Machines de traitement des données (matériel)	Data-processing machines (hardware)
30211000-1	Unité centrale de traitement	Mainframe computer
30211100-2	Superordinateur	Super computer
30211200-3	Matériel pour unité centrale	Mainframe hardware
30211300-4	Plates-formes informatiques	Computer platforms
30211400-5	Configurations informatiques	Computer configurations
30211500-6	Unité centrale de traitement (CPU)	Central processing unit (CPU) or processors
30212000-8	Matériel pour mini-ordinateurs	Minicomputer hardware
30212100-9	Unités centrales pour mini-ordinateurs	Central processing units for minicomputers
30213000-5	Ordinateurs personnels	Personal computers
30213100-6	Ordinateurs portables	Portable computers
30213200-7	Ordinateur tablette	Tablet computer
30213300-8	Ordinateur de bureau	Desktop computer
30213400-9	Unités centrales pour ordinateurs personnels	Central processing units for personal computers
30213500-0	Ordinateurs de poche	Pocket computers
30214000-2	Postes de travail	Workstations
30215000-9	Matériel pour micro-ordinateurs	Microcomputer hardware
30215100-0	Unités centrales pour micro-ordinateurs	Central processing units for microcomputers
30216000-6	Lecteurs magnétiques ou optiques	Magnetic or optical readers
30216100-7	Lecteurs optiques	Optical readers
30216110-0	Scanners informatiques	Scanners for computer use
30216120-3	Matériel de reconnaissance optique de caractères	Optical-character-recognition equipment
30216130-6	Lecteurs de codes-barres	Barcode readers
30216200-8	Lecteurs de cartes magnétiques	Magnetic card readers
30216300-9	Lecteurs de cartes perforées	Punchcard readers
30220000-7	Matériel de cartographie numérique	Digital cartography equipment
30221000-4	Plans cadastraux numériques	Digital cadastral maps
30230000-0	Matériel informatique	Computer-related equipment
30231000-7	Écrans et consoles d'ordinateurs	Computer screens and consoles
30231100-8	Terminaux informatiques	Computer terminals
30231200-9	Consoles	Consoles
30231300-0	Écrans de visualisation	Display screens
30231310-3	Écrans plats	Flat panel displays
30231320-6	Moniteurs à écran tactile	Touch screen monitors
30232000-4	Périphériques (appareils)	Peripheral equipment
30232100-5	Imprimantes et traceurs	Printers and plotters
30232110-8	Imprimantes laser	Laser printers
30232120-1	Imprimantes matricielles	Dot-matrix printers
30232130-4	Imprimantes graphiques couleur	Colour graphics printers
30232140-7	Traceurs	Plotters
30232150-0	Imprimantes à jet d'encre	Inkjet printers
30232600-0	Codeurs	Encoders
30232700-1	Unité centrale de commande	Central controlling unit
30233000-1	Unités de mémoire et de lecture	Media storage and reader devices
30233100-2	Unités de mémoire	Computer storage units
30233110-5	Unités de mémoire à carte magnétique	Magnetic card storage units
30233120-8	Unités de mémoire à bande magnétique	Magnetic tape storage units
30233130-1	Unités de mémoire à disque magnétique	Magnetic disk storage units
30233131-8	Unités de disques souples	Floppy-disk drives
30233132-5	Unités de disque dur	Hard-disk drives
30233140-4	Unités de mémoire à accès sélectif (MAS)	Direct-access storage devices (DASD)
30233141-1	Matrice redondante de disques indépendants (RAID)	Redundant Array of Independent Disk (RAID)
30233150-7	Unités de disque optique	Optical-disk drives
30233151-4	Lecteur et/ou graveur de CD	Compact disk (CD) reader and/or burner
30233152-1	Lecteur et/ou graveur de DVD	Digital versatile disc (DVD) reader and/or burner
30233153-8	Lecteur et/ou graveur de CD et de DVD	Compact disk (CD) and digital versatile disk (DVD) reader and/or burner
30233160-0	Dérouleurs en continu	Tape streamers
30233161-7	Matériel de manipulation de cassettes	Cassette-handling equipment
30233170-3	Carrousels	Carousel units
30233180-6	Dispositifs de stockage à mémoire flash	Flash memory storage devices
30233190-9	Contrôleur de disques	Disk controller
30233300-4	Lecteurs de cartes à puce	Smart card readers
30233310-7	Lecteurs d'empreintes digitales	Fingerprint readers
30233320-0	Lecteurs combinés de cartes à puces et d'empreintes digitales	Combined smart card and fingerprint readers
30234000-8	Supports de mémoire	Storage media
30234100-9	Disque magnétique	Magnetic disk
30234200-0	Disques optiques	Optical disks
30234300-1	Disques compacts (CD)	Compact disks (CDs)
30234400-2	Disques numériques polyvalents (DVD)	Digital versatile disks (DVDs)
30234500-3	Supports de stockage à mémoire	Memory storage media
30234600-4	Mémoire flash	Flash memory
30234700-5	Bandes magnétiques	Magnetic tapes
30236000-2	Matériel informatique divers	Miscellaneous computer equipment
30236100-3	Matériel d'extension de mémoire	Memory-expansion equipment
30236110-6	Mémoire vive (RAM)	Random access memory (RAM)
30236111-3	Mémoire vive dynamique (DRAM)	Dynamic random access memory (DRAM)
30236112-0	Mémoire vive statique (SRAM)	Static random access memory (SRAM)
30236113-7	Mémoire vive dynamique synchrone (SDRAM)	Synchronous dynamic random access memory (SDRAM)
30236114-4	Mémoire vive dynamique en bus (RDRAM)	Rambus dynamic random access memory (RDRAM)
30236115-1	Mémoire vive graphique synchrone (SGRAM)	Synchronous graphic random access memory (SGRAM)
30236120-9	Mémoire morte (ROM)	Read only memory (ROM)
30236121-6	Mémoire morte programmable (PROM)	Programmable read only memory (PROM)
30236122-3	Mémoire morte reprogrammable (EPROM)	Erasable programmable read only memory (EPROM)
30236123-0	Mémoire morte reprogrammable électroniquement (EEPROM)	Electronically erasable programmable read only memory (EEPROM)
30236200-4	Matériel de traitement de données	Data-processing equipment
30237000-9	Pièces, accessoires et fournitures pour ordinateurs	Parts, accessories and supplies for computers
30237100-0	Parties et pièces d'ordinateurs	Parts of computers
30237110-3	Interfaces de réseau	Network interfaces
30237120-6	Bornes d'entrée	Computer ports
30237121-3	Ports infrarouges de série	Serial infrared ports
30237130-9	Cartes informatiques	Computer cards
30237131-6	Cartes électroniques	Electronic cards
30237132-3	Bus série universel (USB)	Universal Serial Bus (USB) Interfaces
30237133-0	Adaptateurs et interfaces PCMCIA (Personal Computer Memory Card International Association)	Personal Computer Memory Card International Association (PCMCIA) adaptors and interfaces
30237134-7	Cartes accélératrices graphiques	Graphic accelerator cards
30237135-4	Cartes d'interface réseau	Network interfaces cards
30237136-1	Cartes audio	Audio cards
30237140-2	Cartes mères	Motherboards
30237200-1	Accessoires informatiques	Computer accessories
30237210-4	Écrans antireflet	Anti-glare screens
30237220-7	Tapis de souris	Mousepads
30237230-0	Caches	Caches
30237240-3	Caméra web	Web camera
30237250-6	Accessoires de nettoyage pour ordinateur	Computer cleaning accessories
30237251-3	Kits de nettoyage pour ordinateur	Computer cleaning kits
30237252-0	Aspirateurs pneumatiques pressurisés	Pressurised air dusters
30237253-7	Housses pour matériel informatique	Dust covers for computer equipment
30237260-9	Arbres de montage mural pour moniteurs	Monitor wall mount arms
30237270-2	Mallettes de transport d'ordinateur portable	Portable computer carrying cases
30237280-5	Accessoires d'alimentation	Power supply accessories
30237290-8	Appuie-poignets pour clavier	Keyboard wrist rests
30237295-3	Protège-claviers	Keyguards
30237300-2	Fournitures informatiques	Computer supplies
30237310-5	Cartouches de polices de caractères pour imprimantes	Font cartridges for printers
30237320-8	Disquettes	Diskettes
30237330-1	Cartouches de bandes audionumériques (DAT)	Digital Audio Tape (DAT) cartridges
30237340-4	Cartouches de bandes linéaires numériques (DLT)	Digital Linear Tape (DLT) cartridges
30237350-7	Chargeurs de données	Data cartridges
30237360-0	Cartouches de bandes linéaires ouvertes (LTO)	Linear Tape-Open (LTO) cartridges
30237370-3	Cartouches d'enregistrement	Recording cartridges
30237380-6	CD-ROM	CD-ROM
30237400-3	Accessoires de saisie de données	Data entry accessories
30237410-6	Souris d'ordinateur	Computer mouse
30237420-9	Manches à balai	Joysticks
30237430-2	Photostyles	Light pens
30237440-5	Boules de commande	Trackballs
30237450-8	Tablettes graphiques	Graphics tablets
30237460-1	Claviers d'ordinateurs	Computer keyboards
30237461-8	Claviers programmables	Programmable keyboards
30237470-4	Claviers braille	Braille pads
30237475-9	Capteurs électriques	Electric sensors
30237480-7	Unités d'entrée	Input units
30238000-6	Matériel d'automatisation de bibliothèque	Library automation equipment
31000000-6	Machines, appareils, équipements et consommables électriques; éclairage	Electrical machinery, apparatus, equipment and consumables; lighting
31100000-7	Moteurs, générateurs et transformateurs électriques	Electric motors, generators and transformers
31110000-0	Moteurs électriques	Electric motors
31111000-7	Adaptateurs	Adapters
31120000-3	Générateurs	Generators
31121000-0	Groupes électrogènes	Generating sets
31121100-1	Groupes électrogènes à moteur à allumage par compression	Generating sets with compression-ignition engines
31121110-4	Convertisseurs	Power converters
31121111-1	Convertisseurs électriques rotatifs	Electric rotary converters
31121200-2	Groupes électrogènes à moteurs à allumage par étincelle	Generating sets with spark-ignition engines
31121300-3	Aérogénérateurs	Wind-energy generators
31121310-6	Éoliennes	Windmills
31121320-9	Turbines éoliennes	Wind turbines
31121330-2	Générateurs à turbines éoliennes	Wind turbine generators
31121331-9	Rotors de turbine	Turbine rotors
31121340-5	Ferme éolienne	Wind farm
31122000-7	Groupes générateurs	Generator units
31122100-8	Piles à combustible	Fuel cells
31124000-1	Générateur à turbine à vapeur et appareillage	Steam-turbine generator and related apparatus
31124100-2	Générateurs à turbines	Turbine generator sets
31124200-3	Appareils de commande de générateurs à turbines	Turbine generator control apparatus
31126000-5	Dynamos	Dynamos
31127000-2	Générateur de secours	Emergency generator
31128000-9	Turbogénérateur	Turbogenerator
31130000-6	Alternateurs	Alternators
31131000-3	Moteurs monophasés	Single-phase motors
31131100-4	Actionneurs	Actuators
31131200-5	Anodes	Anodes
31132000-0	Moteurs polyphasés	Multi-phase motors
31140000-9	Tours de refroidissement	Cooling towers
31141000-6	Refroidisseurs d'eau	Water coolers
31150000-2	Ballast pour lampes ou tubes à décharge	Ballasts for discharge lamps or tubes
31151000-9	Convertisseurs statiques	Static converters
31153000-3	Redresseurs	Rectifiers
31154000-0	Sources d'alimentation électrique ininterruptible	Uninterruptible power supplies
31155000-7	Onduleurs	Inverters
31156000-4	Alimentation interruptible en courant	Interruptible power supplies
31157000-1	Inducteurs	Inductors
31158000-8	Chargeurs	Chargers
31158100-9	Chargeurs de batterie	Battery chargers
31158200-0	Compresseur d'alimentation	Supercharger
31158300-1	Turbocompresseur	Turbocharger
31160000-5	Pièces pour moteurs, générateurs et transformateurs électriques	Parts of electric motors, generators and transformers
31161000-2	Pièces pour moteurs et générateurs électriques	Parts for electrical motors and generators
31161100-3	Systèmes d'excitation	Excitation systems
31161200-4	Systèmes de refroidissement de gaz	Gas cooling systems
31161300-5	Rotors de générateurs	Generator rotors
31161400-6	Systèmes d'eau primaire	Primary water systems
31161500-7	Systèmes d'huile d'étanchéité	Seal oil systems
31161600-8	Systèmes d'eau de refroidissement de stators	Stator cooling water systems
31161700-9	Pièces de générateurs de vapeur	Parts of steam generators
31161800-0	Pièces pour générateurs de gaz	Parts of gas generators
31161900-1	Systèmes de réglage de tension	Voltage-control systems
31162000-9	Pièces de transformateurs, d'inducteurs et de convertisseurs statiques	Parts of transformers, inductors and static converters
31162100-0	Pièces de condenseurs	Parts of condensers
31170000-8	Transformateurs	Transformers
31171000-5	Transformateurs à diélectrique liquide	Liquid dielectric transformers
31172000-2	Transformateurs de tension	Voltage transformers
31173000-9	Transformateur de mesure	Instrument transformer
31174000-6	Transformateurs d'alimentation	Power supply transformers
31200000-8	Appareils de distribution et de commande électriques	Electricity distribution and control apparatus
31210000-1	Appareils électriques de commutation ou de protection de circuits électriques	Electrical apparatus for switching or protecting electrical circuits
31211000-8	Tableaux et boîtes à fusibles	Boards and fuse boxes
31211100-9	Tableaux de commande électriques	Boards for electrical apparatus
31211110-2	Tableaux de contrôle	Control panels
31211200-0	Boîtes à fusibles	Fuse boxes
31211300-1	Fusibles	Fuses
31211310-4	Coupe-circuits	Cut-outs
31211320-7	Blocs à fusibles	Fuse blocks
31211330-0	Fils fusibles	Fuse wires
31211340-3	Douilles de fusibles	Fuse clips
31212000-5	Disjoncteurs	Circuit breakers
31212100-6	Disjoncteurs suspendus	Overhead circuit breakers
31212200-7	Testeurs de circuits	Circuit testers
31212300-8	Coupe-circuits magnétiques	Magnetic circuit breakers
31212400-9	Coupe-circuits miniatures	Miniature circuit breakers
31213000-2	Équipement de distribution	Distribution equipment
31213100-3	Boîtes de distribution	Distribution boxes
31213200-4	Transformateurs de distribution	Distribution transformers
31213300-5	Boîtiers de distribution par câble	Cable distribution cabinet
31213400-6	Système de distribution	Distribution system
31214000-9	Appareillage de commutation	Switchgear
31214100-0	Interrupteurs	Switches
31214110-3	Sectionneurs	Isolating switches
31214120-6	Interrupteur de mise à la terre	Earthing switch
31214130-9	Interrupteurs de sécurité	Safety switches
31214140-2	Commandes d'intensité d'éclairage	Dimmer switches
31214150-5	Interrupteurs à tambour	Drum switches
31214160-8	Interrupteurs à pression	Pressure switches
31214170-1	Interrupteurs à lÉvier	Toggle switches
31214180-4	Interrupteurs à glissière	Slide switches
31214190-7	Interrupteurs de fin de course	Limit switches
31214200-1	Déconnecteur	Switch disconnector
31214300-2	Appareillage de commutation pour l'extérieur	Outdoor switching installations
31214400-3	Sectionneur à fusible	Fuse switch disconnector
31214500-4	Tableaux électriques	Electric switchboards
31214510-7	Tableaux de distribution	Distribution switchboards
31214520-0	Tableau moyenne tension	Medium-voltage switchboards
31215000-6	Limiteurs de tension	Voltage limiters
31216000-3	Parafoudre	Lightning arrestors
31216100-4	Équipement de protection contre la foudre	Lightning-protection equipment
31216200-5	Paratonnerre	Lightning conductors
31217000-0	Limiteurs de surcharge	Surge suppressors
31218000-7	Barres omnibus	Busbars
31219000-4	Boîtiers de protection	Protection boxes
31220000-4	Composants de circuits électriques	Electrical circuit components
31221000-1	Relais électriques	Electrical relays
31221100-2	Relais de puissance	Power relays
31221200-3	Relais polyvalents	General purpose relays
31221300-4	Relais à douille	Socket relays
31221400-5	Relais à tension alternative	Alternating voltage relays
31221500-6	Relais au mercure	Mercury relays
31221600-7	Relais retardés	Time relays
31221700-8	Relais de surcharge	Overload relays
31223000-5	Douilles	Lamp-holders
31224000-2	Connexions et éléments de contact	Connections and contact elements
31224100-3	Fiches et prises de courant	Plugs and sockets
31224200-4	Connecteurs coaxiaux	Coaxial connectors
31224300-5	Boîtes de raccordement	Connection boxes
31224400-6	Câbles de connexion	Connection cables
31224500-7	Bornes	Terminals
31224600-8	Atténuateurs	Dimmers
31224700-9	Boîtes de jonction	Junction boxes
31224800-0	Kits de raccordement de câbles	Cable joining kits
31224810-3	Câbles prolongateurs	Extension cables
31230000-7	Pièces pour appareils de distribution ou de commande électrique	Parts of electricity distribution or control apparatus
31300000-9	Fils et câbles isolés	Insulated wire and cable
31310000-2	Canalisations	Mains
31311000-9	Connexions de réseau	Mains connections
31320000-5	Câbles de distribution électrique	Power distribution cables
31321000-2	Lignes électriques	Electricity power lines
31321100-3	Lignes électriques aériennes	Overhead power lines
31321200-4	Câble basse et moyenne tension	Low- and medium-voltage cable
31321210-7	Câble basse tension	Low-voltage cable
31321220-0	Câble moyenne tension	Medium-voltage cable
31321300-5	Câble haute tension	High-voltage cable
31321400-6	Câble subaquatique	Underwater cable
31321500-7	Câble sous-marin	Submarine cable
31321600-8	Câble blindé	Shielded cable
31321700-9	Câble de signalisation	Signalling cable
31330000-8	Câbles coaxiaux	Coaxial cable
31340000-1	Accessoires de câble, isolés	Insulated cable accessories
31341000-8	Bobines de câbles, isolées	Insulated cable reels
31342000-5	Embranchements de câbles, isolés	Insulated cable junctions
31343000-2	Jonctions de câbles, isolées	Insulated cable joints
31344000-9	Serre-garnitures de câbles, isolées	Insulated cable glands
31350000-4	Conducteurs électriques pour données et contrôle	Electric conductors for data and control purposes
31351000-1	Conducteurs électriques pour systèmes de contrôle d'accès	Electric conductors for access control systems
31400000-0	Accumulateurs, piles et batteries primaires	Accumulators, primary cells and primary batteries
31410000-3	Piles primaires	Primary cells
31411000-0	Piles alcalines	Alkaline batteries
31420000-6	Batteries primaires	Primary batteries
31421000-3	Batteries au plomb	Lead batteries
31422000-0	Groupes de batteries	Battery packs
31430000-9	Accumulateurs électriques	Electric accumulators
31431000-6	Accumulateurs au plomb	Lead-acid accumulators
31432000-3	Accumulateurs au nickel-cadmium	Nickel-cadmium accumulators
31433000-0	Accumulateurs au nickel-fer	Nickel-iron accumulators
31434000-7	Accumulateurs au lithium	Lithium accumulators
31440000-2	Batteries	Batteries
31500000-1	Appareils d'éclairage et lampes électriques	Lighting equipment and electric lamps
31510000-4	Lampes électriques à incandescence	Electric filament lamps
31511000-1	Phares scellés	Sealed-beam lamp units
31512000-8	Lampes à incandescence à halogène	Tungsten halogen filament lamps
31512100-9	Ampoules halogène, linéaires	Halogen bulbs, linear
31512200-0	Ampoules halogène, bicontact	Halogen bulbs, bi-pin
31512300-1	Ampoules halogène, dichroïques	Halogen bulbs, dichroic
31514000-2	Lampes à décharge	Discharge lamps
31515000-9	Émetteurs ultraviolets	Ultraviolet lamps
31516000-6	Émetteurs infrarouges	Infrared lamps
31517000-3	Lampes à arc	Arc lamps
31518000-0	Feux de signalisation	Signalling lights
31518100-1	Projecteurs	Floodlights
31518200-2	Matériel d'éclairage de secours	Emergency lighting equipment
31518210-5	Lampes-tempête	Stormlights
31518220-8	Bâton lumineux	Light stick
31518300-3	Luminaires de toiture	Rooflights
31518500-5	Lampes à vapeur de mercure	Mercury-vapour lamps
31518600-6	Projecteurs orientables	Searchlights
31519000-7	Lampes à incandescence et lampes au néon	Incandescent and neon lamps
31519100-8	Lampes à incandescence	Incandescent lamps
31519200-9	Lampes au néon	Neon lamps
31520000-7	Lampes et appareils d'éclairage	Lamps and light fittings
31521000-4	Lampes	Lamps
31521100-5	Lampes de bureau	Desk lamps
31521200-6	Lampadaires	Floor-standing lamps
31521300-7	Lampes électriques portatives	Portable electric lamps
31521310-0	Avertisseurs lumineux	Warning lights
31521320-3	Torches	Torches
31521330-6	Lampes électriques portatives rechargeables	Rechargeable portable electric lamps
31522000-1	Lampes décoratives pour arbres de Noël	Christmas tree lights
31523000-8	Enseignes et plaques indicatrices lumineuses	Illuminated signs and nameplates
31523100-9	Enseignes au néon	Advertising neon lights
31523200-0	Panneaux à messages permanents	Permanent message signs
31523300-1	Plaques indicatrices lumineuses	Illuminated nameplates
31524000-5	Plafonniers ou appliques murales	Ceiling or wall light fittings
31524100-6	Appareils d'éclairage à fixer au plafond	Ceiling light fittings
31524110-9	Scialytiques	Operating-theatre lamps
31524120-2	Plafonniers	Ceiling lights
31524200-7	Accessoires d'appliques murales	Wall light fittings
31524210-0	Appliques murales	Wall lights
31527000-6	Spots	Spotlights
31527200-8	Éclairage extérieur	Exterior lights
31527210-1	Lanternes	Lanterns
31527260-6	Systèmes d'éclairage	Lighting systems
31527270-9	Éclairage de quai	Platforms lighting
31527300-9	Éclairage domestique	Domestic lights
31527400-0	Eclairages sous-marin	Underwater lights
31530000-0	Pièces de lampes et d'appareils d'éclairage	Parts of lamps and lighting equipment
31531000-7	Ampoules	Light bulbs
31531100-8	Tubes d'éclairage	Electric tubes
31532000-4	Pièces de lampes et accessoires d'éclairage	Parts of lamps and light fittings
31532100-5	Lampes à tube	Tube lamps
31532110-8	Lampes à tube fluorescent	Fluorescent tube lamps
31532120-1	Lampes à tube fluorescent compactes	Compact fluorescent tube lamps
31532200-6	Lampes annulaires	Ring lamps
31532210-9	Lampes annulaires fluorescentes	Fluorescent ring lamps
31532300-7	Lampes globe	Globe lamps
31532310-0	Lampes globe fluorescentes compactes	Compact fluorescent globe lamps
31532400-8	Douilles de lampes	Lamps sockets
31532500-9	Interrupteurs de lampes	Lamp starters
31532510-2	Interrupteurs de lampes fluorescentes	Starters for fluorescent lamps
31532600-0	Bobines de réactance de lampes	Lamp reactors
31532610-3	Bobines de réactance de lampes fluorescentes	Reactors for fluorescent lamps
31532700-1	Écran protecteur de lampe	Lamp covers
31532800-2	Bras de lampe	Lamp arms
31532900-3	Lampes fluorescentes	Fluorescent lights
31532910-6	Tubes fluorescents	Fluorescent tubes
31532920-9	Ampoules et lampes fluorescentes	Bulbs and fluorescent lamps
31600000-2	Matériel électrique	Electrical equipment and apparatus
31610000-5	Matériel électrique pour moteurs et véhicules	Electrical equipment for engines and vehicles
31611000-2	Jeux de câblage	Wiring sets
31612000-9	Câblage électrique préassemblé pour moteurs	Electrical wiring looms for engines
31612200-1	Moteurs de démarrage	Starter motors
31612300-2	Matériel électrique de signalisation pour moteurs	Electrical signalling equipment for engines
31612310-5	Clignotants	Blinkers
31620000-8	Appareils de signalisation acoustique ou optique	Sound or visual signalling apparatus
31625000-3	Avertisseurs d'effraction et d'incendie	Burglar and fire alarms
31625100-4	Systèmes de détection d'incendie	Fire-detection systems
31625200-5	Systèmes d'alarme incendie	Fire-alarm systems
31625300-6	Systèmes avertisseurs d'effraction	Burglar-alarm systems
31630000-1	Aimants	Magnets
31640000-4	Machines et appareils à usage spécifique	Machines and apparatus with individual functions
31642000-8	Appareils de détection électronique	Electronic detection apparatus
31642100-9	Détecteurs de tubes métalliques	Detection apparatus for metal pipes
31642200-0	Détecteurs de mines	Detection apparatus for mines
31642300-1	Détecteurs de matières plastiques	Detection apparatus for plastics
31642400-2	Détecteurs d'objets non métalliques	Detection apparatus for non-metallic objects
31642500-3	Détecteurs de bois	Detection apparatus for timber
31643000-5	Accélérateurs de particules	Particle accelerators
31643100-6	Accélérateurs linéaires	Linear accelerators
31644000-2	Enregistreurs de données divers	Miscellaneous data recorders
31645000-9	Billards électriques	Pinball machines
31650000-7	Pièces isolantes	Insulating fittings
31651000-4	Ruban isolant	Electrical tape
31660000-0	Électrodes au carbone	Carbon electrodes
31670000-3	Pièces électriques de machines ou d'appareils	Electrical parts of machinery or apparatus
31671000-0	Enveloppes de verre et tubes cathodiques	Glass envelopes and cathode-ray tubes
31671100-1	Enveloppes en verre	Glass envelopes
31671200-2	Tubes cathodiques	Cathode-ray tubes
31680000-6	Fournitures et accessoires électriques	Electrical supplies and accessories
31681000-3	Accessoires électriques	Electrical accessories
31681100-4	Contacts électriques	Electrical contacts
31681200-5	Pompes électriques	Electric pumps
31681300-6	Circuits électriques	Electrical circuits
31681400-7	Composants électriques	Electrical components
31681410-0	Matériels électriques	Electrical materials
31681500-8	Rechargeurs	Rechargers
31682000-0	Approvisionnement en électricité	Electricity supplies
31682100-1	Coffres électriques	Electricity boxes
31682110-4	Couvercles de coffret de branchement	Electricity box covers
31682200-2	Tableaux d'instruments	Instrument panels
31682210-5	Instruments et équipement de commande et de contrôle	Instrumentation and control equipment
31682220-8	Tables de mixage	Mixing panels
31682230-1	Panneaux à écran graphique	Graphic display panels
31682300-3	Équipement moyenne tension	Medium-voltage equipment
31682310-6	Panneaux moyenne tension	Medium-voltage panels
31682400-4	Équipement électrique aérien	Overhead electrical equipment
31682410-7	Supports de câbles aériens	Overhead cable carriers
31682500-5	Équipement électrique de secours	Emergency electricity equipment
31682510-8	Systèmes électriques de secours	Emergency power systems
31682520-1	Systèmes d'arrêt d'urgence	Emergency shutdown systems
31682530-4	Alimentation électrique de secours	Emergency power supplies
31682540-7	Équipement de sous-station	Substation equipment
31700000-3	Fournitures électroniques, électromécaniques et électrotechniques	Electronic, electromechanical and electrotechnical supplies
31710000-6	Équipement électronique	Electronic equipment
31711000-3	Fournitures électroniques	Electronic supplies
31711100-4	Composants électroniques	Electronic components
31711110-7	Émetteurs-récepteurs	Transceivers
31711120-0	Transducteurs	Transducers
31711130-3	Résistances	Resistors
31711131-0	Résistances électriques	Electrical resistors
31711140-6	Électrodes	Electrodes
31711150-9	Condensateurs électriques	Electrical capacitors
31711151-6	Condensateurs fixes	Fixed capacitors
31711152-3	Condensateurs variables ou réglables	Variable or adjustable capacitors
31711154-0	Batteries de condensateurs	Capacitor banks
31711155-7	Réseaux de condensateurs	Capacitor networks
31711200-5	Tableaux indicateurs électroniques	Electronic scoreboards
31711300-6	Systèmes électroniques d'enregistrement des temps	Electronic timekeeping systems
31711310-9	Pointeuse	System for recording attendance
31711400-7	Valves et tubes	Valves and tubes
31711410-0	Tubes cathodiques pour récepteurs de télévision	Cathode-ray television picture tubes
31711411-7	Tubes pour caméras de télévision	Television camera tubes
31711420-3	Tubes et équipement pour hyperfréquences	Microwave tubes and equipment
31711421-0	Magnétrons	Magnetrons
31711422-7	Équipement à hyperfréquences	Microwave equipment
31711423-4	Équipement hertzien	Microwave radio equipment
31711424-1	Klystrons	Klystrons
31711430-6	Tubes électroniques	Valve tubes
31711440-9	Tubes de récepteur ou d'amplificateur	Receiver or amplifier valves and tubes
31711500-8	Pièces pour assemblages électroniques	Parts of electronic assemblies
31711510-1	Pièces pour condensateurs électriques	Parts of electrical capacitors
31711520-4	Pièces pour résistances électriques, rhéostats et potentiomètres	Parts of electrical resistors, rheostats and potentiometers
31711530-7	Pièces pour valves et tubes électroniques	Parts of electronic valves and tubes
31712000-0	Machines et appareils microélectroniques et microsystèmes	Microelectronic machinery and apparatus and microsystems
31712100-1	Machines et appareils microélectroniques	Microelectronic machinery and apparatus
31712110-4	Circuits intégrés et microassemblages électroniques	Electronic integrated circuits and microassemblies
31712111-1	Cartes téléphoniques	Phone cards
31712112-8	Cartes SIM	SIM cards
31712113-5	Cartes à circuits intégrés	Cards containing integrated circuits
31712114-2	Circuits intégrés électroniques	Integrated electronic circuits
31712115-9	Microassemblages	Microassemblies
31712116-6	Microprocesseurs	Microprocessors
31712117-3	Boîtiers de circuits intégrés	Integrated circuit packages
31712118-0	Supports ou montures de circuits intégrés	Integrated circuit sockets or mounts
31712119-7	Capots de circuits intégrés	Integrated circuit lids
31712200-2	Microsystèmes	Microsystems
31712300-3	Circuits imprimés	Printed circuits
31712310-6	Cartes de circuits imprimés garnies	Populated printed circuit boards
31712320-9	Cartes de circuits imprimés non garnies	Unpopulated printed circuit boards
31712330-2	Semi-conducteurs	Semiconductors
31712331-9	Cellules photovoltaïques	Photovoltaic cells
31712332-6	Thyristors	Thyristors
31712333-3	Diacs	Diacs
31712334-0	Triacs	Triacs
31712335-7	Coupleurs optiques	Optical coupled isolators
31712336-4	Oscillateurs à quartz	Crystal oscillators
31712340-5	Diodes	Diodes
31712341-2	Diodes électroluminescentes	Light-emitting diodes
31712342-9	Diodes micro-ondes ou diodes à petits signaux	Microwave or small signal diodes
31712343-6	Diodes Zener	Zener diodes
31712344-3	Diodes Schottky	Schottky diodes
31712345-0	Diodes tunnel	Tunnel diodes
31712346-7	Diodes photosensibles	Photosensitive diodes
31712347-4	Diodes de puissance ou diodes solaires	Power or solar diodes
31712348-1	Diodes laser	Laser diodes
31712349-8	Diodes à radiofréquence (RF)	Radio frequency (RF) diodes
31712350-8	Transistors	Transistors
31712351-5	Transistors photosensibles	Photo sensitive transistors
31712352-2	Transistors à effet de champ (FET)	Field effect transistors (FET)
31712353-9	Transistors à effet de champ à oxdes métalliques (MOSFET)	Metal oxide field effect transistors (MOSFET)
31712354-6	Puces à transistor	Transistor chips
31712355-3	Transistors bipolaires darlington ou transistors à radiofréquence (RF)	Bipolar darlington or radio frequency (RF) transistors
31712356-0	Transistors unijonction	Unijunction transistors
31712357-7	Transistors bipolaires à grille isolée (IGBT)	Insulated gate bipolar transistors (IGBT)
31712358-4	Transistors à effet de champ à jonction (JFET)	Junction field effect transistors (JFET)
31712359-1	Transistors bipolaires à jonction (BJT)	Bipolar junction transistors (BJT)
31712360-1	Cristaux piézoélectriques montés	Mounted piezo-electric crystals
31720000-9	Équipement électromécanique	Electromechanical equipment
31730000-2	Équipement électrotechnique	Electrotechnical equipment
31731000-9	Fournitures électrotechniques	Electrotechnical supplies
31731100-0	Modules	Modules
32000000-3	Équipements et appareils de radio, de télévision, de communication, de télécommunication et équipements connexes	Radio, television, communication, telecommunication and related equipment
32200000-5	Appareils émetteurs de radiotéléphonie, de radiotélégraphie, de radiodiffusion et de télévision	Transmission apparatus for radiotelephony, radiotelegraphy, radio broadcasting and television
32210000-8	Matériel de radiodiffusion et de télévision	Broadcasting equipment
32211000-5	Matériel de production pour radiodiffusion et télévision	Broadcast production equipment
32220000-1	Appareils émetteurs de télévision sans appareils récepteurs	Television transmission apparatus without reception apparatus
32221000-8	Radiobalises	Radio beacons
32222000-5	Appareils de codage de signaux vidéo	Video-signal coding machines
32223000-2	Appareils de transmission vidéo	Video transmission apparatus
32224000-9	Appareils émetteurs de télévision	Television transmission apparatus
32230000-4	Appareils émetteurs de radio avec appareils récepteurs	Radio transmission apparatus with reception apparatus
32231000-1	Appareils de télévision en circuit fermé	Closed-circuit television apparatus
32232000-8	Matériel de visioconférence	Video-conferencing equipment
32233000-5	Postes d'amplification de fréquences radio	Radio-frequency booster stations
32234000-2	Caméras de télévision en circuit fermé	Closed-circuit television cameras
32235000-9	Système de surveillance en circuit fermé	Closed-circuit surveillance system
32236000-6	Radiotéléphones	Radio telephones
32237000-3	Talkies-walkies	Walkie-talkies
32240000-7	Caméras de télévision	Television cameras
32250000-0	Téléphones mobiles	Mobile telephones
32251000-7	Téléphones de voiture	Car telephones
32251100-8	Ensembles mains-libres	Hands-free set
32252000-4	Téléphones GSM	GSM telephones
32252100-5	Téléphones mobiles mains-libres	Hands-free mobile telephones
32252110-8	Téléphones mobiles mains-libres (sans fil)	Hands-free mobile telephones (wireless)
32260000-3	Matériel de transmission de données	Data-transmission equipment
32270000-6	Appareils de transmission numérique	Digital transmission apparatus
32300000-6	Récepteurs de télévision et de radio et appareils d'enregistrement ou de reproduction du son ou de l'image	Television and radio receivers, and sound or video recording or reproducing apparatus
32310000-9	Récepteurs de radiodiffusion	Radio broadcast receivers
32320000-2	Matériel de télévision et matériel audiovisuel	Television and audio-visual equipment
32321000-9	Matériel de projection télévisée	Television projection equipment
32321100-0	Appareils pour films et vidéo	Film equipment
32321200-1	Équipement audiovisuel	Audio-visual equipment
32321300-2	Matériel audiovisuel	Audio-visual materials
32322000-6	Équipement multimédia	Multimedia equipment
32323000-3	Moniteurs vidéo	Video monitors
32323100-4	Moniteurs vidéo couleur	Colour video monitors
32323200-5	Moniteurs vidéo monochrome	Monochrome video monitors
32323300-6	Matériel vidéo	Video equipment
32323400-7	Matériel de reproduction vidéo	Video-playback equipment
32323500-8	Système de surveillance vidéo	Video-surveillance system
32324000-0	Récepteurs de télévision	Televisions
32324100-1	Récepteurs de télévision couleur	Colour televisions
32324200-2	Récepteurs de télévision monochrome	Monochrome televisions
32324300-3	Matériel de télévision	Television equipment
32324310-6	Antennes satellitaires	Satellite antennas
32324400-4	Antennes de télévision	Television aerials
32324500-5	Syntoniseurs vidéo	Video tuners
32324600-6	Décodeurs de télévision numérique	Digital-TV boxes
32330000-5	Appareils d'enregistrement et de reproduction audio et vidéo	Apparatus for sound, video-recording and reproduction
32331000-2	Plateaux pour phonographes	Turntables
32331100-3	Tourne-disques	Record players
32331200-4	Lecteurs de cassettes	Cassette players
32331300-5	Appareils de reproduction audio	Sound-reproduction apparatus
32331500-7	Enregistreurs	Recorders
32331600-8	Lecteur MP3	MP3 player
32332000-9	Enregistreurs à bande magnétique	Magnetic tape recorders
32332100-0	Dictaphones	Dictating machines
32332200-1	Répondeurs téléphoniques	Telephone-answering machines
32332300-2	Enregistreurs de son	Sound recorders
32333000-6	Appareils d'enregistrement ou de reproduction vidéo	Video recording or reproducing apparatus
32333100-7	Magnétoscopes	Video recorders
32333200-8	Caméscopes	Video camcorders
32333300-9	Appareils de reproduction vidéophonique	Video-reproducing apparatus
32333400-0	Lecteurs vidéo	Video players
32340000-8	Micros et haut-parleurs	Microphones and loudspeakers
32341000-5	Micros	Microphones
32342000-2	Haut-parleurs	Loudspeakers
32342100-3	Casques d'écoute	Headphones
32342200-4	Écouteurs	Earphones
32342300-5	Microphones et haut-parleurs	Microphones and speaker sets
32342400-6	Dispositifs acoustiques	Acoustic devices
32342410-9	Matériel de sonorisation	Sound equipment
32342411-6	Mini-haut-parleurs	Mini speakers
32342412-3	Enceintes	Speakers
32342420-2	Tables de mixage en studio	Studio mixing console
32342430-5	Système de compression de la parole	Speech-compression system
32342440-8	Système de messagerie vocale	Voice-mail system
32342450-1	Enregistreurs de voix	Voice recorders
32343000-9	Amplificateurs	Amplifiers
32343100-0	Amplificateurs d'audiofréquences	Audio-frequency amplifiers
32343200-1	Mégaphones	Megaphones
32344000-6	Appareils récepteurs de radiotéléphonie ou de radiotélégraphie	Reception apparatus for radiotelephony or radiotelegraphy
32344100-7	Récepteurs portables d'appel et de radiomessagerie	Portable receivers for calling and paging
32344110-0	Système d'enregistrement de voix	Voice-logging system
32344200-8	Récepteurs radio	Radio receivers
32344210-1	Matériel radio	Radio equipment
32344220-4	Récepteurs de radiomessagerie	Radio pagers
32344230-7	Stations radio	Radio stations
32344240-0	Relais hertzien	Radio tower
32344250-3	Installations radio	Radio installations
32344260-6	Équipement radio et de multiplexage	Radio and multiplex equipment
32344270-9	Système de commande radio et téléphonique	Radio and telephone control system
32344280-2	Radios portables	Portable radios
32350000-1	Pièces pour matériel audio et vidéo	Parts of sound and video equipment
32351000-8	Accessoires pour matériel audio et vidéo	Accessories for sound and video equipment
32351100-9	Matériel de montage vidéo	Video-editing equipment
32351200-0	Écrans	Screens
32351300-1	Accessoires pour matériel audio	Audio equipment accessories
32351310-4	Cassettes audio	Audio cassettes
32352000-5	Antennes et réflecteurs	Aerials and reflectors
32352100-6	Pièces pour matériel radio et radar	Parts of radio and radar equipment
32352200-7	Pièces détachées et accessoires pour radars	Radar spare parts and accessories
32353000-2	Enregistrements sonores	Sound recordings
32353100-3	Disques	Records
32353200-4	Cassettes musicales	Music cassettes
32354000-9	Films	Film products
32354100-0	Films de radiologie	Radiology film
32354110-3	Films radiographiques	X-ray film
32354120-6	Film diazo	Blue diazo film
32354200-1	Films cinématographiques	Cinematographic film
32354300-2	Pellicules photographiques	Photographic film
32354400-3	Pellicules à développement instantané	Instant-print film
32354500-4	Films vidéo	Video films
32354600-5	Cassettes vidéo	Video cassettes
32354700-6	Bandes vidéo	Video tapes
32354800-7	Pellicule rétractable	Cling film
32360000-4	Matériel d'interphonie	Intercom equipment
32400000-7	Réseaux	Networks
32410000-0	Réseau local	Local area network
32411000-7	Réseau en anneau à jeton	Token-ring network
32412000-4	Réseau de communications	Communications network
32412100-5	Réseau de télécommunications	Telecommunications network
32412110-8	Réseau internet	Internet network
32412120-1	Réseau intranet	Intranet network
32413000-1	Réseau intégré	Integrated network
32413100-2	Routeurs	Network routers
32415000-5	Réseau éthernet	Ethernet network
32416000-2	Réseau RNIS	ISDN network
32416100-3	Réseau ISDX	ISDX network
32417000-9	Réseaux multimédia	Multimedia networks
32418000-6	Réseau radio	Radio network
32420000-3	Matériel de réseau	Network equipment
32421000-0	Câblage de réseau	Network cabling
32422000-7	Composants de réseau	Network components
32423000-4	Nœuds de réseau	Network hubs
32424000-1	Infrastructure de réseau	Network infrastructure
32425000-8	Système d'exploitation de réseau	Network operating system
32426000-5	Système de publication sur réseau	Network publishing system
32427000-2	Système de réseau	Network system
32428000-9	Extension de réseau	Network upgrade
32429000-6	Matériel de réseau téléphonique	Telephone network equipment
32430000-6	Réseau à grande distance	Wide area network
32440000-9	Matériel de télémétrie et équipement terminal	Telemetry and terminal equipment
32441000-6	Matériel de télémétrie	Telemetry equipment
32441100-7	Système de surveillance télémétrique	Telemetry surveillance system
32441200-8	Matériel de télémétrie et de commande	Telemetry and control equipment
32441300-9	Système de télématique	Telematics system
32442000-3	Équipement terminal	Terminal equipment
32442100-4	Plaquettes de connexion	Terminal boards
32442200-5	Boîtes de connexion	Terminal boxes
32442300-6	Émulateurs de terminal	Terminal emulators
32442400-7	Blocs terminaux	Termination blocks
32500000-8	Matériel de télécommunications	Telecommunications equipment and supplies
32510000-1	Système de télécommunications sans fil	Wireless telecommunications system
32520000-4	Câbles et matériel de télécommunications	Telecommunications cable and equipment
32521000-1	Câbles de télécommunications	Telecommunications cable
32522000-8	Équipements de télécommunications	Telecommunications equipment
32523000-5	Infrastructures de télécommunications	Telecommunications facilities
32524000-2	Système de télécommunications	Telecommunications system
32530000-7	Matériel de communication par satellite	Satellite-related communications equipment
32531000-4	Matériel de transmission d'informations par satellite	Satellite communications equipment
32532000-1	Antennes paraboliques	Satellite dishes
32533000-8	Stations terrestres de satellites	Satellite earth stations
32534000-5	Plates-formes satellitaires	Satellite platforms
32540000-0	Standards téléphoniques	Switchboards
32541000-7	Matériel de standard téléphonique	Switchboard equipment
32542000-4	Tableaux de commutation téléphonique	Switchboard panels
32543000-1	Commutateurs téléphoniques	Telephone switchboards
32544000-8	Matériel PABX	PABX equipment
32545000-5	Systèmes PABX	PABX systems
32546000-2	Matériel de commutation téléphonique numérique	Digital switching equipment
32546100-3	Standards téléphoniques numériques	Digital switchboards
32547000-9	Standards téléphoniques à vide	Vacuum switchboards
32550000-3	Matériel téléphonique	Telephone equipment
32551000-0	Câbles téléphoniques et matériel connexe	Telephone cables and associated equipment
32551100-1	Raccordements téléphoniques	Telephone connections
32551200-2	Centraux téléphoniques	Telephone exchanges
32551300-3	Casques d'écoute téléphonique	Telephone headsets
32551400-4	Réseau téléphonique	Telephone network
32551500-5	Câbles téléphoniques	Telephone cables
32552000-7	Appareils électriques pour téléphonie ou télégraphie par fil	Electrical apparatus for line telephony or line telegraphy
32552100-8	Combinés téléphoniques	Telephone sets
32552110-1	Téléphones sans fil	Cordless telephones
32552120-4	Postes téléphoniques de secours	Emergency telephones
32552130-7	Téléphones publics	Public telephones
32552140-0	Matériel téléphonique pour cabines publiques	Payphone equipment
32552150-3	Téléphones pour malvoyants	Telephones for visually-impaired
32552160-6	Téléphones pour malentendants	Telephones for hearing-impaired
32552200-9	Téléimprimeurs	Teleprinters
32552300-0	Appareils de commutation téléphonique ou télégraphique	Telephonic or telegraphic switching apparatus
32552310-3	Centraux téléphoniques numériques	Digital telephone exchanges
32552320-6	Multiplexeurs	Multiplexers
32552330-9	Appareils de commutation téléphonique	Telephone switching apparatus
32552400-1	Appareils de conversion de signaux audibles	Audio-frequency signal conversion apparatus
32552410-4	Modems	Modems
32552420-7	Convertisseur de fréquence	Frequency converter
32552430-0	Matériel de codage	Coding equipment
32552500-2	Appareils télétexte	Teletext apparatus
32552510-5	Terminaux vidéotexte	Videotext terminals
32552520-8	Télex	Telex equipment
32552600-3	Interphones	Entrance telephones
32553000-4	Pièces détachées pour appareils électriques téléphoniques ou télégraphiques	Parts of electrical telephonic or telegraphic apparatus
32560000-6	Matériaux à fibres optiques	Fibre-optic materials
32561000-3	Connexions à fibres optiques	Fibre-optic connections
32562000-0	Câbles à fibres optiques	Optical-fibre cables
32562100-1	Câbles à fibres optiques pour la transmission d'informations	Optical-fibre cables for information transmission
32562200-2	Câbles de télécommunications à fibres optiques	Optical telecommunication cables
32562300-3	Câbles à fibres optiques pour la transmission de données	Optical-fibre cables for data transmission
32570000-9	Matériel de communications	Communications equipment
32571000-6	Infrastructure de communications	Communications infrastructure
32572000-3	Câbles de communications	Communications cable
32572100-4	Câble de communications à conducteurs électriques multiples	Communications cable with multiple electrical conductors
32572200-5	Câble de communications à conducteurs coaxiaux	Communications cable with coaxial conductors
32572300-6	Câble de communications à usage spécifique	Communications cable for special applications
32573000-0	Système de commande de communications	Communications control system
32580000-2	Équipement de traitement de données	Data equipment
32581000-9	Matériel de communication de données	Data-communications equipment
32581100-0	Câble de transmission de données	Data-transmission cable
32581110-3	Câble de transmission de données à conducteurs électriques multiples	Data-transmission cable with multiple electrical conductors
32581120-6	Câble de transmission de données à conducteurs coaxiaux	Data-transmission cable with coaxial conductors
32581130-9	Câble de transmission de données à usage spécifique	Data-transmission cable for special applications
32581200-1	Matériel de fax	Fax equipment
32581210-4	Accessoires et composants pour matériel de fax	Accessories and components for fax equipment
32582000-6	Supports de données	Data carriers
32583000-3	Supports de données et de voix	Data and voice media
32584000-0	Supports d'informations	Data-bearing media
33000000-0	Matériels médicaux, pharmaceutiques et produits de soins personnnels	Medical equipments, pharmaceuticals and personal care products
33100000-1	Équipements médicaux	Medical equipments
33110000-4	Matériel d'imagerie à usages médical, dentaire et vétérinaire	Imaging equipment for medical, dental and veterinary use
33111000-1	Appareils de radiographie	X-ray devices
33111100-2	Table de radiologie	X-ray table
33111200-3	Postes de travail de radiologie	X-ray workstations
33111300-4	Machines à développer radiologiques	X-ray processing devices
33111400-5	Fluoroscopes	X-ray fluoroscopy devices
33111500-6	Radiographie dentaire	Dental X-ray
33111600-7	Instruments de radiographie	Radiography devices
33111610-0	Unité de résonance magnétique	Magnetic resonance unit
33111620-3	Gamma caméras	Gamma cameras
33111640-9	Thermographes	Thermographs
33111650-2	Appareils de mammographie	Mammography devices
33111660-5	Ostéodensitomètres	Bone densitometers
33111700-8	Salle d'angiographie	Angiography room
33111710-1	Fournitures pour l'angiographie	Angiography supplies
33111720-4	Appareils d'angiographie	Angiography devices
33111721-1	Appareils d'angiographie numérique	Digital angiography devices
33111730-7	Fournitures pour l'angioplastie	Angioplasty supplies
33111740-0	Appareils d'angioplastie	Angioplasty devices
33111800-9	Système de radiodiagnostic	Diagnostic X-ray system
33112000-8	Matériel d'imagerie échographique, ultrasonore et Doppler	Echo, ultrasound and doppler imaging equipment
33112100-9	Détecteur échocardiographique	Ultrasonic heart detector
33112200-0	Échographe	Ultrasonic unit
33112300-1	Scanographes ultrasoniques	Ultrasound scanners
33112310-4	Doppler couleur	Colour-flow doppler
33112320-7	Appareils Doppler	Doppler equipment
33112330-0	Échoencéphalographes	Echoencephalographs
33112340-3	Échocardiographes	Echocardiographs
33113000-5	Matériel d'imagerie à résonance magnétique	Magnetic resonance imaging equipment
33113100-6	Scanographes à résonance magnétique	Magnetic resonance scanners
33113110-9	Scanographes à résonance magnétique nucléaire	Nuclear magnetic resonance scanners
33114000-2	Appareils de spectroscopie	Spectroscopy devices
33115000-9	Appareils de tomographie	Tomography devices
33115100-0	Tomodensitomètres	CT scanners
33115200-1	Tomographes axiaux transverses couplés avec un ordinateur	CAT scanners
33120000-7	Systèmes d'enregistrement et appareils d'exploration	Recording systems and exploration devices
33121000-4	Système d'enregistrement ambulatoire de longue durée	Long term ambulatory recording system
33121100-5	Électroencéphalographes	Electro-encephalographs
33121200-6	Appareils de scintigraphie	Scintigraphy devices
33121300-7	Électromyographes	Electromyographs
33121400-8	Audiomètres	Audiometers
33121500-9	Électrocardiogramme	Electrocardiogram
33122000-1	Équipement d'ophthalmologie	Ophthalmology equipment
33123000-8	Matériel pour exploration cardio-vasculaire	Cardiovascular devices
33123100-9	Tensiomètre	Tensiometer
33123200-0	Appareils d'électrocardiographie	Electrocardiography devices
33123210-3	Système de surveillance cardiaque	Cardiac-monitoring devices
33123220-6	Angiocardiographie	Cardio-angiography devices
33123230-9	Cardiographes	Cardiographs
33124000-5	Équipements et matériels de diagnostic et de radiodiagnostic	Diagnostics and radiodiagnostic devices and supplies
33124100-6	Appareils de diagnostic	Diagnostic devices
33124110-9	Systèmes de diagnostic	Diagnostic systems
33124120-2	Appareils de diagnostic à ultrasons	Diagnostic ultrasound devices
33124130-5	Fournitures pour diagnostic	Diagnostic supplies
33124131-2	Bandelettes réactives	Reagent strips
33124200-7	Équipements de radiodiagnostic	Radiodiagnostic devices
33124210-0	Matériels de radiodiagnostic	Radiodiagnostic supplies
33125000-2	Matériel pour exploration urologique	Urology, exploration devices
33126000-9	Équipement pour stomatologie	Stomatology devices
33127000-6	Équipement pour immuno-analyse	Immuno-analysis devices
33128000-3	Laser médical autre que chirurgical	Medical laser other than for surgery
33130000-0	Instruments et appareils de dentisterie et de ses sous-spécialités	Dental and subspecialty instruments and devices
33131000-7	Instruments dentaires	Dental hand instrument
33131100-8	Instruments de chirurgie dentaire	Dental surgical instrument
33131110-1	Pinces, brosses, écarteurs et brunissoirs dentaires	Dental nippers, brushes, retractors and burnishers
33131111-8	Pinces dentaires	Dental nippers
33131112-5	Brosses dentaires	Dental operative brushes
33131113-2	Écarteurs dentaires	Dental retractors
33131114-9	Brunissoirs dentaires	Dental burnishers
33131120-4	Instruments de cryochirurgie dentaire, jauges de profondeur, élévateurs et excavateurs dentaires	Dental cryosurgical, gauges, elevators and excavators
33131121-1	Instruments de cryochirurgie dentaire	Dental cryosurgical units
33131122-8	Jauges de profondeur dentaire	Dental depth gauges
33131123-5	Élévateurs dentaires	Dental elevators
33131124-2	Excavateurs dentaires	Dental excavators
33131130-7	Protections de doigt à usage dentaire et daviers	Dental fingers protectors and forceps
33131131-4	Protections de doigt à usage dentaire	Dental fingers protectors
33131132-1	Daviers	Dental forceps
33131140-0	Miroirs dentaires et alésoirs dentaires	Dental mirrors and reamers
33131141-7	Miroirs dentaires	Dental mirrors
33131142-4	Alésoirs dentaires	Dental reamers
33131150-3	Poinçons pour apex de la racine dentaire, instruments à détartrer et échelles dentaires	Dental root tip picks, scalers and scale
33131151-0	Poinçons pour apex de la racine dentaire	Dental root tip picks
33131152-7	Instruments à détartrer	Dental scalers
33131153-4	Échelles dentaires	Dental scale
33131160-6	Ciseaux et bistouris dentaires	Dental scissors and knives
33131161-3	Ciseaux dentaires	Dental scissors
33131162-0	Bistouris dentaires	Dental knives
33131170-9	Spatules dentaires, brucelles et spatules pour cire dentaire	Dental spatulas, tweezers and wax carvers
33131171-6	Spatules dentaires	Dental spatulas
33131172-3	Brucelles dentaires	Dental tweezers
33131173-0	Spatules pour cire dentaire	Dental wax carvers
33131200-9	Aiguilles dentaires à suture	Dental suture needle
33131300-0	Instruments dentaires à usage unique	Dental disposable instrument
33131400-1	Sonde dentaire	Dental probe
33131500-2	Instrument d'extraction	Dental extraction instrument
33131510-5	Forets dentaires	Dental drills
33131600-3	Instrument d'obturation	Dental filling instrument
33132000-4	Implant utilisé en odontostomatologie	Dental implant
33133000-1	Petit matériel pour empreintes dentaires	Dental impression accessories
33134000-8	Petit matériel d'endodontie	Endodontics accessories
33135000-5	Dispositifs orthodontiques	Orthodontic devices
33136000-2	Instrument rotatif et abrasif	Rotary and abrasive instrument
33137000-9	Petit matériel de prophylaxie dentaire	Dental prophylaxis accessories
33138000-6	Produits pour prothèses et rebasage	Prosthodontic and relining products
33138100-7	Dentiers	Dentures
33140000-3	Consommables médicaux	Medical consumables
33141000-0	Consommables médicaux autres que chimiques à usage unique et consommables hématologiques	Disposable non-chemical medical consumables and haematological consumables
33141100-1	Pansements; clips, sutures, ligatures	Dressings; clip, suture, ligature supplies
33141110-4	Pansements	Dressings
33141111-1	Pansements adhésifs	Adhesive dressings
33141112-8	Sparadraps	Plasters
33141113-4	Bandages	Bandages
33141114-2	Gaze à usage médical	Medical gauze
33141115-9	Ouate médicale	Medical wadding
33141116-6	Tampons et compresses	Dressing packs
33141117-3	Ouate	Cotton wool
33141118-0	Compresses de gaze	Wipes
33141119-7	Compresses	Compresses
33141120-7	Clips, sutures, ligatures	Clip, suture, ligature supplies
33141121-4	Sutures chirurgicales	Surgical sutures
33141122-1	Agrafes chirurgicales	Surgical staples
33141123-8	Collecteurs d'aiguilles	Sharps containers
33141124-5	Collecteurs d'instruments pointus et tranchants	Sharps pads
33141125-2	Matériel de suture chirurgical	Material for surgical sutures
33141126-9	Ligatures	Ligatures
33141127-6	Hémostatiques résorbables	Absorbable haemostatics
33141128-3	Aiguilles à sutures	Needles for sutures
33141200-2	Cathéters	Catheters
33141210-5	Cathéters à ballonnet	Balloon catheters
33141220-8	Canules	Cannulae
33141230-1	Dilatateur	Dilator
33141240-4	Accessoires de cathéter	Catheter accessories
33141300-3	Dispositifs de ponction veineuse et de prélèvement sanguin	Venepuncture, blood sampling devices
33141310-6	Seringues	Syringes
33141320-9	Aiguilles à usage médical	Medical needles
33141321-6	Aiguilles d'anesthésie	Anesthesia needles
33141322-3	Aiguilles à usage artériel	Arterial needles
33141323-0	Aiguilles de biopsie	Biopsy needles
33141324-7	Aiguilles de dialyse	Dialysis needles
33141325-4	Aiguillles à fistule	Fistula needles
33141326-1	Aiguilles de radiologie	Radiology procedural needles
33141327-8	Aiguilles ventilées	Vented needles
33141328-5	Aiguilles de péridurale	Epidural needles
33141329-2	Aiguillles d'amniocentèse	Amniocentesia needles
33141400-4	Coupe-fil métallique et bistouri; gants de chirurgie	Wire-cutter and bistoury; surgical gloves
33141410-7	Coupe-fil métallique et bistouri	Wire-cutter and bistoury
33141411-4	Bistouris et lames	Scalpels and blades
33141420-0	Gants de chirurgie	Surgical gloves
33141500-5	Consommables hématologiques	Haematological consumables
33141510-8	Produits sanguins	Blood products
33141520-1	Dérivés plasmatiques	Plasma extracts
33141530-4	Coagulants sanguins	Blood coagulants
33141540-7	Albumine	Albumin
33141550-0	Héparine	Heparin
33141560-3	Organes humains	Human organs
33141570-6	Sang humain	Human blood
33141580-9	Sang animal	Animal blood
33141600-6	Collecteur et poches, drainage et kits	Collector and collection bags, drainage and kits
33141610-9	Poches	Collection bag
33141613-0	Poches à sang	Blood bags
33141614-7	Poches à plasma	Plasma bags
33141615-4	Poches à urine	Bags for urine
33141620-2	Trousses médicales	Medical kits
33141621-9	Kit d'incontinence	Incontinence kit
33141622-6	Kits de prévention du sida	AIDS-prevention kits
33141623-3	Kits de secours	First-aid boxes
33141624-0	Kits d'administration	Administration sets
33141625-7	Kits de diagnostic	Diagnostic kits
33141626-4	Kits de dosage	Dosage kits
33141630-5	Filtres à plasma sanguin	Blood plasma filters
33141640-8	Drain	Drain
33141641-5	Sondes	Probes
33141642-2	Accessoires de drain	Drain accessories
33141700-7	Fournitures orthopédiques	Orthopaedic supplies
33141710-0	Béquilles	Crutches
33141720-3	Aides à la marche	Walking aids
33141730-6	Minerves	Surgical collars
33141740-9	Chaussures orthopédiques	Orthopaedic footwear
33141750-2	Articulations artificielles	Artificial joints
33141760-5	Attelles	Splints
33141770-8	Appareils pour fractures, broches et plaques	Fracture appliances, pins and plates
33141800-8	Consommables dentaires	Dental consumables
33141810-1	Produits d'obturation dentaire	Dental filling materials
33141820-4	Dents	Teeth
33141821-1	Dents artificielles en céramique	Porcelain teeth
33141822-8	Dents artificielles en résine acrylique	Acrylic teeth
33141830-7	Fond de cavité en ciment	Cement base
33141840-0	Hémostatique dentaire	Dental haemostatic
33141850-3	Produits d'hygiène dentaire	Dental hygiene products
33141900-9	Lancettes à saigner	Blood lancets
33150000-6	Appareils de radiothérapie, de mécanothérapie, d'électrothérapie et de physiothérapie	Radiotherapy, mechanotherapy, electrotherapy and physical therapy devices
33151000-3	Appareils et fournitures pour radiothérapie	Radiotherapy devices and supplies
33151100-4	Appareils de gammathérapie	Gamma therapy devices
33151200-5	Appareils de radiothérapie	X-ray therapy devices
33151300-6	Spectrographes	Spectrographs
33151400-7	Fournitures pour radiothérapie	Radiotherapy supplies
33152000-0	Incubateurs	Incubators
33153000-7	Lithotriteur	Lithotripter
33154000-4	Appareils de mécanothérapie	Mechanotherapy devices
33155000-1	Équipement de physiothérapie	Physical therapy devices
33156000-8	Matériel pour tests psychologiques	Psychology testing devices
33157000-5	Oxygénothérapie et assistance respiratoire	Gas-therapy and respiratory devices
33157100-6	Masques pour gaz médicaux	Medical gas masks
33157110-9	Masque pour oxygénothérapie	Oxygen mask
33157200-7	Kits d'oxygène	Oxygen kits
33157300-8	Tentes à oxygène	Oxygen tents
33157400-9	Respirateurs médicaux	Medical breathing devices
33157500-0	Caissons hyperbares	Hyperbaric chambers
33157700-2	Barboteur pour oxygénothérapie	Blow bottle
33157800-3	Dispositif d'administration d'oxygène	Oxygen administration unit
33157810-6	Installation d'oxygénothérapie	Oxygen therapy unit
33158000-2	Thérapie électrique, électromagnétique et mécanique	Electrical, electromagnetic and mechanical treatment
33158100-3	Système électromagnétique	Electromagnetic unit
33158200-4	Équipement pour électrothérapie	Electrotherapy devices
33158210-7	Stimulateur	Stimulator
33158300-5	Équipement ultraviolet à usage médical	Ultraviolet medical devices
33158400-6	Matériel de thérapie mécanique	Mechanical therapy unit
33158500-7	Équipement infrarouge à usage médical	Infrared medical devices
33159000-9	Système de chimie clinique	Clinical chemistry system
33160000-9	Techniques opératoires	Operating techniques
33161000-6	Installation d'électrochirurgie	Electrosurgical unit
33162000-3	Appareils et instruments pour bloc opératoire	Operating theatre devices and instruments
33162100-4	Équipement pour bloc opératoire	Operating-theatre devices
33162200-5	Instruments pour bloc opératoire	Operating-theatre instruments
33163000-0	Tente à usage médical	Tent for medical use
33164000-7	Équipement pour cœlioscopie	Coelioscopy devices
33164100-8	Colposcope	Colposcope
33165000-4	Équipement pour cryochirurgie et cryothérapie	Cryosurgical and cryotherapy devices
33166000-1	Équipements et instruments pour dermatologie	Dermatological devices
33167000-8	Éclairage opératoire	Surgical lights
33168000-5	Appareils d'endoscopie et d'endochirurgie	Endoscopy, endosurgery devices
33168100-6	Endoscopes	Endoscopes
33169000-2	Instruments de chirurgie	Surgical instruments
33169100-3	Laser chirurgical	Surgical laser
33169200-4	Paniers à usage chirurgical	Surgical baskets
33169300-5	Plateaux à usage chirurgical	Surgical trays
33169400-6	Conteneurs à usage chirurgical	Surgical containers
33169500-7	Systèmes de suivi et de traçabilité chirurgicaux	Surgical tracking and tracing systems
33170000-2	Anesthésie et réanimation	Anaesthesia and resuscitation
33171000-9	Instruments d'anesthésie et de réanimation	Instruments for anaesthesia and resuscitation
33171100-0	Instruments pour l'anesthésie	Instruments for anaesthesia
33171110-3	Masque d'anesthésie-réanimation	Anaesthesia mask
33171200-1	Instruments de réanimation	Instruments for resuscitation
33171210-4	Masque laryngé d'anesthésie-réanimation	Resuscitation mask
33171300-2	Kits ou ensembles pour péridurale	Epidural kits or packs
33172000-6	Appareils d'anesthésie et de réanimation	Anaesthesia and resuscitation devices
33172100-7	Appareils d'anesthésie	Anaesthesia devices
33172200-8	Appareils de réanimation	Resuscitation devices
33180000-5	Assistance fonctionnelle	Functional support
33181000-2	Appareils de suppléance rénale	Renal support devices
33181100-3	Appareils d'hémodialyse	Haemodialysis devices
33181200-4	Filtres pour dialyse	Dialysis filters
33181300-5	Moniteur individuel pour hémodialyse	Haemodialysis individual monitor
33181400-6	Multiposte pour hémodialyse	Haemodialysis multiposition
33181500-7	Consommables rénaux	Renal consumables
33181510-0	Fluide rénal	Renal fluid
33181520-3	Consommables pour dialyse rénale	Renal dialysis consumables
33182000-9	Appareils de suppléance cardiaque	Cardiac support devices
33182100-0	Défibrillateur	Defibrillator
33182200-1	Système de stimulation cardiaque	Cardiac stimulation devices
33182210-4	Stimulateur cardiaque	Pacemaker
33182220-7	Valves cardiaques	Cardiac valve
33182230-0	Ventricule	Ventricle
33182240-3	Pièces et accessoires pour stimulateurs cardiaques	Parts and accessories for pacemakers
33182241-0	Piles pour stimulateurs cardiaques	Batteries for pacemakers
33182300-2	Appareils et instruments de chirurgie cardiaque	Cardiac surgery devices
33182400-3	Radiologie cardiaque	Cardiac X-ray system
33183000-6	Suppléance orthopédique	Orthopaedic support devices
33183100-7	Implants orthopédiques	Orthopaedic implants
33183200-8	Prothèses orthopédiques	Orthopaedic prostheses
33183300-9	Matériel d'ostéosynthèse	Osteosynthesis devices
33184000-3	Prothèses	Artificial parts of the body
33184100-4	Implants chirurgicaux	Surgical implants
33184200-5	Prothèses vasculaires	Vascular prostheses
33184300-6	Prothèses cardiaques	Artificial parts of the heart
33184400-7	Implants mammaires	Breast prostheses
33184410-0	Prothèses mammaires internes	Internal breast prostheses
33184420-3	Prothèses mammaires externes	External breast prostheses
33184500-8	Endoprothèses coronariennes	Coronary endoprostheses
33184600-9	Yeux artificiels	False eyes
33185000-0	Prothèses auditives	Hearing aids
33185100-1	Pièces et accessoires pour prothèses auditives	Parts and accessories for hearing aids
33185200-2	Implant cochléaire	Cochlear implant
33185300-3	Implant ORL	Otolaryngology implant
33185400-4	Larynx artificiel	Larynx artificial
33186000-7	Circulation extracorporelle (CEC)	Extracorporeal circulatory unit
33186100-8	Oxygénateur	Oxygenator
33186200-9	Chauffage du sang et des fluides	Blood and fluid warming
33190000-8	Appareils et instruments médicaux divers	Miscellaneous medical devices and products
33191000-5	Dispositifs de stérilisation, de désinfection et d'hygiène	Sterilisation, disinfection and hygiene devices
33191100-6	Stérilisateur	Steriliser
33191110-9	Autoclaves	Autoclaves
33192000-2	Mobilier médical	Medical furniture
33192100-3	Lits médicaux	Beds for medical use
33192110-6	Lits orthopédiques	Orthopaedic beds
33192120-9	Lits d'hôpital	Hospital beds
33192130-2	Lits à moteur	Motorised beds
33192140-5	Divans d'examen psychiatrique	Psychiatric couches
33192150-8	Lits spécialisés	Therapy beds
33192160-1	Chariots-brancards	Stretchers
33192200-4	Tables médicales	Medical tables
33192210-7	Tables d'examen	Examination tables
33192230-3	Tables d'opération	Operating tables
33192300-5	Mobilier médical, excepté lits et tables	Medical furniture except beds and tables
33192310-8	Dispositifs de traction et de suspension pour lits médicaux	Traction or suspension devices for medical beds
33192320-1	Porte-urinaux	Urine-bottle holders
33192330-4	Potences de transfusion	Transfusion pods
33192340-7	Mobilier pour bloc opératoire, excepté tables	Operating theatre furniture except tables
33192350-0	Mobilier pour cultures à des fins médicales	Medical cultivation cabinet
33192400-6	Unités dentaires	Dental workstations
33192410-9	Fauteuils dentaires	Dental chairs
33192500-7	Éprouvettes	Test tubes
33192600-8	Matériels de levage pour le secteur des soins de santé	Lifting equipment for health care sector
33193000-9	Véhicules pour handicapés physiques, fauteuils roulants et dispositifs assimilés	Invalid carriages, wheelchairs and associated devices
33193100-0	Véhicules pour handicapés physiques et fauteuils roulants	Invalid carriages and wheelchairs
33193110-3	Véhicules pour handicapés physiques	Invalid carriages
33193120-6	Fauteuils roulants	Wheelchairs
33193121-3	Fauteuils roulants à énergie motrice	Motorised wheelchairs
33193200-1	Pièces et acccessoires de véhicules pour handicapés physiques et de fauteuils roulants	Parts and accessories for invalid carriages and wheelchairs
33193210-4	Pièces et acccessoires de véhicules pour handicapés physiques	Parts and accessories for invalid carriages
33193211-1	Moteurs de véhicules pour handicapés physiques	Motors for invalid carriages
33193212-8	Dispositifs de direction de véhicules pour handicapés physiques	Steering devices for invalid carriages
33193213-5	Dispositifs de commande de véhicules pour handicapés physiques	Control devices for invalid carriages
33193214-2	Châssis de véhicules pour handicapés physiques	Chassis for invalid carriages
33193220-7	Pièces et accessoires pour fauteuils roulants	Parts and accessories for wheelchairs
33193221-4	Coussins pour fauteuils roulants	Wheelchair cushions
33193222-1	Bâtis de fauteuils roulants	Wheelchair frames
33193223-8	Sièges pour fauteuils roulants	Wheelchair seats
33193224-5	Roues de fauteuils roulants	Wheelchair wheels
33193225-2	Pneus pour chaises roulantes	Wheelchair tyres
33194000-6	Appareils et instruments de transfusion et de perfusion	Devices and instruments for transfusion and infusion
33194100-7	Appareils et instruments pour perfusion	Devices and instruments for infusion
33194110-0	Pompes à perfusion	Infusion pumps
33194120-3	Fournitures pour perfusion	Infusion supplies
33194200-8	Appareils et instruments pour transfusion	Devices and instruments for transfusion
33194210-1	Appareils de transfusion sanguine	Blood-transfusion devices
33194220-4	Matériels de transfusion sanguine	Blood-transfusion supplies
33195000-3	Système de surveillance des patients	Patient-monitoring system
33195100-4	Moniteurs	Monitors
33195110-7	Moniteurs respiratoires	Respiratory monitors
33195200-5	Poste central de surveillance	Central monitoring station
33196000-0	Aides médicales	Medical aids
33196100-1	Équipement pour personnes âgées	Devices for the elderly
33196200-2	Équipement pour handicapés	Devices for the disabled
33197000-7	Matériel informatique à usage médical	Medical computer equipment
33198000-4	Articles en papier à usage hospitalier	Hospital paper articles
33198100-5	Compresses en papier	Paper compresses
33198200-6	Sachets ou enveloppes en papier pour stérilisation	Paper sterilisation pouches or wraps
33199000-1	Vêtements pour personnel médical	Medical clothing
33600000-6	Produits pharmaceutiques	Pharmaceutical products
33610000-9	Médicaments des voies digestives et du métabolisme	Medicinal products for the alimentary tract and metabolism
33611000-6	Médicaments contre les troubles liés à l'hyperacidité	Medicinal products for acid related disorders
33612000-3	Médicaments contre les troubles gastro-intestinaux fonctionnels	Medicinal products for functional gastrointestinal disorders
33613000-0	Laxatifs	Laxatives
33614000-7	Antidiarrhéiques, anti-inflammatoires et anti-infectieux intestinaux	Antidiarrhoeals, intestinal anti-inflammatory/anti-infective agents
33615000-4	Médicaments du diabète	Medicinal products used in diabetes
33615100-5	Insuline	Insulin
33616000-1	Vitamines	Vitamins
33616100-2	Provitamines	Provitamins
33617000-8	Suppléments minéraux	Mineral supplements
33620000-2	Médicaments du sang, des organes hématopoïétiques et du système cardio-vasculaire	Medicinal products for the blood, blood-forming organs and the cardiovascular system
33621000-9	Médicaments du sang et des organes hématopoïétiques	Medicinal products for the blood and blood-forming organs
33621100-0	Antithrombotiques	Antithrombotic agents
33621200-1	Antihémorragiques	Antihaemorrhagics
33621300-2	Préparations antianémiques	Antianaemic preparations
33621400-3	Substituts de plasma sanguin et solutions pour perfusions	Blood substitutes and perfusion solutions
33622000-6	Médicaments du système cardio-vasculaire	Medicinal products for the cardiovascular system
33622100-7	Médicaments utilisés en cardiologie	Cardiac therapy medicinal products
33622200-8	Antihypertenseurs	Antihypertensives
33622300-9	Diurétiques	Diuretics
33622400-0	Vasculoprotecteurs	Vasoprotectives
33622500-1	Antihémorroïdaires à usage topique	Antihaemorrhoidals for topical use
33622600-2	Bêta-bloquants	Beta-blocking agents
33622700-3	Inhibiteurs calciques	Calcium channel blockers
33622800-4	Médicaments agissant sur le système rénine-angiotensine	Agents acting on the renin-angiotensin system
33630000-5	Médicaments utilisés en dermatologie et pour le système squelettique et musculaire	Medicinal products for dermatology and the musculo-skeletal system
33631000-2	Médicaments utilisés en dermatologie	Medicinal products for dermatology
33631100-3	Antifongiques à usage dermatologique	Antifungals for dermatological use
33631110-6	Acides salicyliques	Salicylic acids
33631200-4	Émollients et protecteurs	Emollients and protectives
33631300-5	Médicaments contre le psoriasis	Antipsoriatics
33631400-6	Antibiotiques et médicaments chimiothérapeutiques à usage dermatologique	Antibiotics and chemotherapeutics for dermatological use
33631500-7	Corticostéroïdes à usage dermatologique et préparations dermatologiques	Corticosteroids for dermatological use and dermatological preparations
33631600-8	Antiseptiques et désinfectants	Antiseptics and disinfectants
33631700-9	Préparations antiacnéiques	Anti-acne preparations
33632000-9	Médicaments du système squelettique et musculaire	Medicinal products for the musculo-skeletal system
33632100-0	Anti-inflammatoires et antirhumatismaux	Anti-inflammatory and anti-rheumatic products
33632200-1	Myorelaxants	Muscle relaxants
33632300-2	Préparations contre la goutte	Antigout preparations
33640000-8	Médicaments du système génito-urinaire et hormones	Medicinal products for the genitourinary system and hormones
33641000-5	Médicaments du système génito-urinaire et hormones sexuelles	Medicinal products for the genitourinary system and sex hormones
33641100-6	Anti-infectieux et antiseptiques gynécologiques	Gynaecological anti-infectives and antiseptics
33641200-7	Autres médicaments gynécologiques	Other gynaecologicals
33641300-8	Hormones sexuelles et modulateurs de la fonction génitale	Sex hormones and modulators of the genital system
33641400-9	Contraceptifs	Contraceptives
33641410-2	Contraceptifs oraux	Oral contraceptives
33641420-5	Contraceptifs chimiques	Chemical contraceptives
33642000-2	Préparations hormonales systémiques, hormones sexuelles exclues	Systemic hormonal preparations, excl. sex hormones
33642100-3	Hormones hypophysaires, hypothalamiques et analogues	Pituitary, hypothalamic hormones and analogues
33642200-4	Corticostéroïdes à usage systémique	Corticosteroids for systemic use
33642300-5	Thérapeutique thyroïdienne	Thyroid therapy medicinal products
33650000-1	Anti-infectieux généraux à usage systémique, vaccins, antinéoplasiques et immunomodulateurs	General anti-infectives for systemic use, vaccines, antineoplastic and immunodulating agents
33651000-8	Anti-infectieux généraux à usage systémique	General anti-infectives for systemic use and vaccines
33651100-9	Antibactériens à usage systémique	Antibacterials for systemic use
33651200-0	Antimycosiques à usage systémique	Antimycotics for systemic use
33651300-1	Antimycobactériens	Antimycobacterials
33651400-2	Antiviraux à usage systémique	Antivirals for systemic use
33651500-3	Immun-sérums et immunoglobulines	Immune sera and immunoglobulins
33651510-6	Antisérums	Antisera
33651520-9	Immunoglobulines	Immunoglobulins
33651600-4	Vaccins	Vaccines
33651610-7	Vaccins antidiphtérie, anticoqueluche et antitétanos	Diphtheria-pertussis-tetanus vaccines
33651620-0	Vaccins antidiphtérie et antitétanos	Diphtheria-tetanus vaccines
33651630-3	Vaccins BCG (secs)	BCG vaccines (dried)
33651640-6	Vaccins ROR (rougeole, oreillons, rubéole)	Measles-mumps-rubella vaccines
33651650-9	Vaccins antityphus	Typhus vaccines
33651660-2	Vaccins antigrippe	Influenza vaccines
33651670-5	Vaccins antipolio	Polio vaccines
33651680-8	Vaccins antihépatite B	Hepatitis B vaccines
33651690-1	Vaccins à usage vétérinaire	Vaccines for veterinary medicine
33652000-5	Antinéoplasiques et immunomodulateurs	Antineoplastic and immunomodulating agents
33652100-6	Antinéoplasiques	Antineoplastic agents
33652200-7	Thérapeutique endocrine	Endocrine therapy medicinal products
33652300-8	Immunosuppresseurs	Immunosuppressive agents
33660000-4	Médicaments du système nerveux et des organes sensoriels	Medicinal products for the nervous system and sensory organs
33661000-1	Médicaments du système nerveux	Medicinal products for the nervous system
33661100-2	Anesthésiques	Anaesthetics
33661200-3	Analgésiques	Analgesics
33661300-4	Antiépileptiques	Antiepileptics
33661400-5	Antiparkinsoniens	Anti-Parkinson medicinal products
33661500-6	Psycholeptiques	Psycholeptics
33661600-7	Psychoanaleptiques	Psychoanaleptics
33661700-8	Autres médicaments du système nerveux	Other nervous system medicinal products
33662000-8	Médicaments des organes sensoriels	Medicinal products for sensory organs
33662100-9	Médicaments ophtalmologiques	Ophthalmologicals
33670000-7	Médicaments du système respiratoire	Medicinal products for the respiratory system
33673000-8	Médicaments contre les maladies obstructives des voies respiratoires	Medicinal products for obstructive airway diseases
33674000-5	Médicaments de la toux et du rhume	Cough and cold preparations
33675000-2	Antihistaminiques à usage systémique	Antihistamines for systemic use
33680000-0	Articles de pharmacie	Pharmaceutical articles
33681000-7	Tétines, téterelles et articles similaires pour nourrissons	Teats, nipple shields and similar articles for babies
33682000-4	Dalles en caoutchouc	Rubber tiles
33683000-1	Butoirs en caoutchouc	Rubber cushioning
33690000-3	Médicaments divers	Various medicinal products
33691000-0	Produits antiparasitaires, insecticides et insectifuges	Antiparasitic products, insecticides and repellents
33691100-1	Antiprotozoaires	Antiprotozoals
33691200-2	Antihelminthiques	Anthelmintics
33691300-3	Médicaments contre les ectoparasites, y compris scabicides, insecticides et insectifuges	Ectoparasiticides, incl. scabicides, insecticides and repellents
33692000-7	Solutions médicamenteuses	Medical solutions
33692100-8	Solutions pour infusions	Infusion solutions
33692200-9	Produits de nutrition parentérale	Parenteral nutrition products
33692210-2	Solutions d'alimentation parentérale	Parenteral feeding solutions
33692300-0	Produits d'alimentation entérale	Enteral feeds
33692400-1	Solutions pour perfusions	Perfusion solutions
33692500-2	Solutions injectables	Injectable solutions
33692510-5	Liquides intraveineux	Intravenous fluids
33692600-3	Solutions galéniques	Galenical solutions
33692700-4	Solutions de glucose	Glucose solutions
33692800-5	Solutions de dialyse	Dialysis solutions
33693000-4	Tous les autres produits thérapeutiques	Other therapeutic products
33693100-5	Toxines	Toxins
33693200-6	Succédanés de nicotine	Nicotine substitutes
33693300-7	Traitement de l'addiction	Addiction treatment
33694000-1	Agents diagnostiques	Diagnostic agents
33695000-8	Tous les autres produits non thérapeutiques	All other non-therapeutic products
33696000-5	Réactifs et produits de contraste	Reagents and contrast media
33696100-6	Réactifs de groupage sanguin	Blood-grouping reagents
33696200-7	Réactifs pour analyses de sang	Blood-testing reagents
33696300-8	Réactifs chimiques	Chemical reagents
33696400-9	Réactifs isotopiques	Isotopic reagents
33696500-0	Réactifs de laboratoire	Laboratory reagents
33696600-1	Réactifs d'électrophorèse	Reagents for electrophoresis
33696700-2	Réactifs d'urologie	Urological reagents
33696800-3	Produits de contraste à usage radiologique	X-ray contrast media
33697000-2	Préparations médicales, excepté consommables dentaires	Medical preparations excluding dental consumables
33697100-3	Préparations pour lavements	Enema preparations
33697110-6	Ciments de reconstruction osseuse	Bone reconstruction cements
33698000-9	Produits à usage clinique	Clinical products
33698100-0	Cultures microbiologiques	Microbiological cultures
33698200-1	Glandes et leurs extraits	Glands and their extracts
33698300-2	Substances peptiques	Peptic substances
33700000-7	Produits de soins personnels	Personal care products
33710000-0	Parfums, produits de toilette et condoms	Perfumes, toiletries and condoms
33711000-7	Parfums et produits de toilette	Perfumes and toiletries
33711100-8	Eaux de toilette	Toilet waters
33711110-1	Déodorants	Deodorants
33711120-4	Antisudoraux	Antiperspirants
33711130-7	Eaux de Cologne	Colognes
33711140-0	Fragrances	Fragrances
33711150-3	Eau de rose	Rose water
33711200-9	Produits de maquillage	Make-up preparations
33711300-0	Produits de manucure ou de pédicure	Manicure or pedicure preparations
33711400-1	Produits de beauté	Beauty products
33711410-4	Coton-Tiges	Cotton buds
33711420-7	Kits de maquillage	Makeup kits
33711430-0	Serviettes personnelles à jeter	Disposable personal wipes
33711440-3	Pommade pour les lèvres	Lip balm
33711450-6	Tatouages	Tattoos
33711500-2	Produits de soins de la peau	Skin-care products
33711510-5	Produits de protection solaire	Sun protection products
33711520-8	Gels de bain	Bath gels
33711530-1	Bonnets de douche	Shower caps
33711540-4	Crèmes ou lotions parapharmaceutiques	Para-pharmaceutical creams or lotions
33711600-3	Préparation et articles capillaires	Hair preparations and articles
33711610-6	Shampooings	Shampoos
33711620-9	Peignes	Combs
33711630-2	Perruques	Wigs
33711640-5	Nécessaires de toilette	Vanity kits
33711700-4	Articles et préparations pour hygiène orale ou dentaire	Articles and preparations for oral or dental hygiene
33711710-7	Brosses à dents	Toothbrushes
33711720-0	Dentifrice	Toothpaste
33711730-3	Cure-dents	Toothpicks
33711740-6	Bain de bouche	Mouthwash
33711750-9	Bains de bouche rafraîchissants	Mouth fresheners
33711760-2	Fil dentaire	Dental floss
33711770-5	Anneau dentaire, tétine, sucette	Infant soother, pacifier and dummy
33711780-8	Pastilles de produit de nettoyage pour appareils dentaires	Denture cleaning tablets
33711790-1	Kits d'hygiène dentaire	Dental kits
33711800-5	Produits de rasage	Shaving preparations
33711810-8	Crèmes à raser	Shaving creams
33711900-6	Savon	Soap
33712000-4	Préservatifs	Condoms
33713000-1	Produits de soin pour les pieds	Foot care products
33720000-3	Rasoirs et trousses de manucure ou de pédicure	Razors and manicure or pedicure sets
33721000-0	Rasoirs	Razors
33721100-1	Lames de rasoir	Razor blades
33721200-2	Rasoirs électriques	Shavers
33722000-7	Trousses de manucure ou de pédicure	Manicure or pedicure sets
33722100-8	Trousses de manucure	Manicure sets
33722110-1	Accessoires de manucure	Manicure implements
33722200-9	Trousses de pédicure	Pedicure sets
33722210-2	Accessoires de pédicure	Pedicure implements
33722300-0	Barrettes	Barrettes
33730000-6	Produits pour le soin des yeux et verres correcteurs	Eye care products and corrective lenses
33731000-3	Verres de contact	Contact lenses
33731100-4	Verres correcteurs	Corrective lenses
33731110-7	Lentilles intra-oculaires	Intraocular lenses
33731120-0	Verres de lunettes	Spectacle lenses
33732000-0	Lotions pour verres de contact	Contact lenses lotions
33733000-7	Lunettes de soleil	Sunglasses
33734000-4	Lunettes	Spectacles
33734100-5	Montures de lunettes et logements d'oculaires	Frames and mountings for spectacles
33734200-6	Verre à lunettes	Glass for spectacles
33735000-1	Lunettes masques	Goggles
33735100-2	Lunettes de protection	Protective goggles
33735200-3	Montures et logements d'oculaires de lunettes de protection	Frames and mountings for goggles
33740000-9	Produits de soins pour mains et ongles	Hand and nails care products
33741000-6	Produits de soins pour mains	Hand care products
33741100-7	Produits nettoyants pour les mains	Hand cleaner
33741200-8	Lotions pour mains ou lotions corporelles	Hand or body lotions
33741300-9	Produits désinfectants pour les mains	Hand sanitizer
33742000-3	Produits de soins pour les ongles	Nail care products
33742100-4	Coupe-ongles	Nail clippers
33742200-5	Vernis à ongles	Nail polish
33750000-2	Produits de soins pour bébés	Baby care products
33751000-9	Langes jetables	Disposable nappies
33752000-6	Coussinets d'allaitement	Nursing pad
33760000-5	Papier hygiénique, mouchoirs, essuie-mains et serviettes de table	Toilet paper, handkerchiefs, hand towels and serviettes
33761000-2	Papier hygiénique	Toilet paper
33762000-9	Mouchoirs en papier	Paper handkerchiefs
33763000-6	Essuie-mains en papier	Paper hand towels
33764000-3	Serviettes de table en papier	Paper serviettes
33770000-8	Articles en papier à usage sanitaire	Paper sanitary
33771000-5	Produits en papier à usage sanitaire	Sanitary paper products
33771100-6	Serviettes hygiéniques ou tampons	Sanitary towels or tampons
33771200-7	Couches en papier	Paper napkin liners
33772000-2	Articles jetables en papier	Disposable paper products
33790000-4	Verrerie de laboratoire, d'hygiène ou de pharmacie	Laboratory, hygienic or pharmaceutical glassware
33791000-1	Verrerie d'hygiène	Hygienic glassware
33792000-8	Verrerie de pharmacie	Pharmaceutical glassware
33793000-5	Verrerie de laboratoire	Laboratory glassware
33900000-9	Équipement et fournitures pour autopsie et à usage mortuaire	Post-mortem and mortuary equipment and supplies
33910000-2	Instruments et fournitures pour dissection	Pathology dissection instruments and supplies
33911000-9	Ciseaux pour autopsie	Autopsy scissors
33912000-6	Trousses de dissection pour autopsie	Autopsy dissection kits
33912100-7	Pinces à dissection pour autopsie	Autopsy dissection forceps
33913000-3	Sondes de localisation de balles pour autopsie	Autopsy bullet probes
33914000-0	Fils, aiguilles et agrafes pour incision pour autopsie	Post-mortem thread, needles or incision clips
33914100-1	Fils pour autopsie	Post-mortem thread
33914200-2	Aiguilles pour autopsie	Post-mortem needles
33914300-3	Agrafes pour incision, pour autopsie	Post-mortem incision clips
33915000-7	Sondes canelées pour autopsie	Autopsy vein directors
33916000-4	Lames ou accessoires de scie pour autopsie	Autopsy saw blades or accessories
33916100-5	Scies pour autopsie	Autopsy saws
33917000-1	Planches ou blocs de dissection	Dissection boards or pads
33918000-8	Trousses pour instruments ou accessoires de chirurgie pour autopsie	Cases for post-mortem surgical instruments or accessories
33919000-5	Trousses enroulables pour instruments ou accessoires pour autopsie	Instrument rolls for post-mortem surgical instruments or accessories
33920000-5	Équipement et fournitures pour autopsie	Autopsy equipment and supplies
33921000-2	Collecteurs de poussières d'os	Bone dust collectors
33922000-9	Housses de transport de corps	Cadaver transport bags
33923000-6	Repose-têtes, plans durs ou balances suspendues pour autopsie	Autopsy head rests, body boards or hanging scales
33923100-7	Repose-têtes pour autopsie	Autopsy head rests
33923200-8	Plans durs pour autopsie	Autopsy body boards
33923300-9	Balances suspendues pour autopsie	Autopsy hanging scales
33924000-3	Kits maladies infectieuse pour autopsie	Autopsy infectious disease kits
33925000-0	Etiquettes ou bracelets d'identification pour autopsie	Post-mortem identification tags or bracelets
33926000-7	Aspirateurs à liquides ou tubulures pour autopsie	Autopsy fluid collection vacuum aspirators or tubing
33927000-4	Thermomètres rectaux pour autopsie	Post-mortem rectal thermometers
33928000-1	Redresseurs de doigts pour autopsie	Post-mortem finger straighteners
33929000-8	Kits de reconstitution des tissus	Cadaver tissue builder kits
33930000-8	Mobilier pour autopsie	Autopsy furniture
33931000-5	Stations de travail ou accessoires pour autopsie macroscopique	Autopsy grossing workstations or accessories
33932000-2	Éviers ou accessoires pour autopsie	Autopsy sinks or accessories
33933000-9	Tables pour autopsie ou accessoires	Autopsy tables or accessories
33933100-0	Tables d'autopsie	Autopsy tables
33934000-6	Tables ou accessoires pour nécropsie	Necropsy tables or accessories
33935000-3	Tables de dissection ou accessoires pour dissection d'animaux	Post-mortem animal dissection tables or accessories
33936000-0	Stations de travail ou accessoires pour embaumement	Embalming workstations or accessories
33937000-7	Stations de travail pour autopsie avec dispositif d'évacuation des liquides corporels ou accessoires	Autopsy downdraft workstations or accessories
33940000-1	Équipement et fournitures de transport et de conservation des cadavres	Cadaver transport and storage equipment and supplies
33941000-8	Casiers de conservation des cadavres	Cadaver storage racks
33942000-5	Dispositifs de transport de cadavres	Cadaver carriers
33943000-2	Chariots élévateurs pour les cadavres	Cadaver scissor lift trolleys
33944000-9	Armoires réfrigérées ou congélateurs pour morgue	Morgue cabinet refrigerators or freezers
33945000-6	Chambres froides pour morgue	Morgue walk in refrigerators
33946000-3	Chariots pour autopsie	Autopsy carts
33947000-0	Plateaux pour cadavres	Cadaver trays
33948000-7	Élévateurs ou dispositifs de transfert pour cadavres	Cadaver lifter or transfer devices
33949000-4	Conteneurs de transport des corps	Body transport containers
33950000-4	Équipement et fournitures cliniques médico-légales	Clinical forensics equipment and supplies
33951000-1	Matériel de prise d'empreintes digitales pour autopsie	Post-mortem fingerprint or impression materials
33952000-8	Masques antiputréfaction	Transport equipment and auxiliary products to transportation
33953000-5	Kits ou fournitures de dépistage sanguin pour autopsie	Post-mortem blood detection kits or supplies
33954000-2	Kits de prélèvement d'éléments biologiques	Biological evidence collection kits
33960000-7	Équipement et fournitures pour embaumement	Embalming equipment and supplies
33961000-4	Injecteurs pour cavités pour embaumement	Embalming cavity injectors
33962000-1	Tubes de drainage de veine pour embaumement	Embalming vein drainage tubes
33963000-8	Traitements chimiques ou fluides pour embaumement	Embalming fluids or chemical treatments
33964000-5	Tubes pour injecteur d'embaumement	Embalming injecting tubes
33965000-2	Éviers ou accessoires pour embaumement	Embalming sinks or accessories
33966000-9	Kits d'embaumement	Embalming kits
33967000-6	Aiguilles d'injecteur pour embaumement	Embalming injector needles
33968000-3	Couvre-yeux	Eye caps
33970000-0	Matériel et fournitures mortuaires	Mortuary equipment and supplies
33971000-7	Tenues mortuaires	Mortuary outfits
33972000-4	Packs mortuaires	Mortuary packs
33973000-1	Housses mortuaires	Mortuary wraps
33974000-8	Aspirateurs à usage mortuaire	Mortuary aspirators
33975000-5	Agents de durcissement à usage mortuaire	Mortuary hardening compounds
34000000-7	Équipement de transport et produits auxiliaires pour le transport	Transport equipment and auxiliary products to transportation
34100000-8	Véhicules à moteur	Motor vehicles
34110000-1	Voitures particulières	Passenger cars
34111000-8	Breaks et berlines	Estate and saloon cars
34111100-9	Breaks	Estate cars
34111200-0	Berlines	Saloon cars
34113000-2	Véhicules à quatre roues motrices	4-wheel-drive vehicles
34113100-3	Jeeps	Jeeps
34113200-4	Véhicules tout terrain	All-terrain vehicles
34113300-5	Quatre-quatre	Off-road vehicles
34114000-9	Véhicules à usage spécial	Specialist vehicles
34114100-0	Véhicules de secours	Emergency vehicles
34114110-3	Véhicules de sauvetage	Rescue vehicles
34114120-6	Véhicules à usage paramédical	Paramedic vehicles
34114121-3	Ambulances	Ambulances
34114122-0	Véhicules de transport de patients	Patient-transport vehicles
34114200-1	Voitures de police	Police cars
34114210-4	Fourgons cellulaires	Prisoner-transport vehicles
34114300-2	Véhicules pour services d'assistance sociale	Welfare vehicles
34114400-3	Minibus	Minibuses
34115000-6	Autres véhicules particuliers	Other passenger cars
34115200-8	Véhicules à moteur pour le transport de moins de dix personnes	Motor vehicles for the transport of fewer than 10 persons
34115300-9	Véhicules de transport d'occasion	Second-hand transport vehicles
34120000-4	Véhicules à moteur servant au transport de dix personnes ou plus	Motor vehicles for the transport of 10 or more persons
34121000-1	Autobus et cars	Buses and coaches
34121100-2	Autobus publics	Public-service buses
34121200-3	Autobus articulés	Articulated buses
34121300-4	Autobus à impériale	Double-decker buses
34121400-5	Autobus à plancher surbaissé	Low-floor buses
34121500-6	Autocars	Coaches
34130000-7	Véhicules à moteur servant au transport de marchandises	Motor vehicles for the transport of goods
34131000-4	Camionnettes à espace ouvert à l'arrière (pick-up)	Pick-ups
34132000-1	Traîneaux à moteur	Motor sledges
34133000-8	Camions articulés	Articulated trucks
34133100-9	Camions-citernes	Tankers
34133110-2	Camions-citernes à essence	Fuel-tanker trucks
34134000-5	Camions à carrosserie ouverte et à plate-forme	Flatbed and Tipper trucks
34134100-6	Camions à carrosserie ouverte	Flatbed trucks
34134200-7	Camions à benne basculante	Tipper trucks
34136000-9	Fourgons intégrés	Vans
34136100-0	Fourgonnettes	Light vans
34136200-1	Fourgons tôlés	Panel vans
34137000-6	Véhicules d'occasion servant au transport de marchandises	Second-hand goods vehicles
34138000-3	Tracteurs routiers	Road tractor units
34139000-0	Châssis	Chassis
34139100-1	Châssis-cabines	Chassis cabs
34139200-2	Châssis avec carrosseries	Chassis bodies
34139300-3	Châssis complets	Complete chassis
34140000-0	Poids lourds	Heavy-duty motor vehicles
34142000-4	Camions-grues et camions à plate-forme élévatrice	Crane and dumper trucks
34142100-5	Camions à plate-forme élévatrice	Elevator-platforms trucks
34142200-6	Bacs-chargeurs	Skip loaders
34142300-7	Tombereaux	Dumper trucks
34143000-1	Véhicules de service hivernal	Winter-maintenance vehicles
34144000-8	Véhicules automobiles à usage spécifique	Special-purpose motor vehicles
34144100-9	Tours de forage mobiles	Mobile drilling derricks
34144200-0	Véhicules des services de secours	Vehicles for the emergency services
34144210-3	Véhicules de lutte contre l'incendie	Firefighting vehicles
34144211-0	Camions de lutte contre l'incendie à échelle pivotante	Turntable-ladder trucks
34144212-7	Fourgons pompe-tonne	Water-tender vehicles
34144213-4	Véhicules d'incendie	Fire engines
34144220-6	Dépanneuses	Breakdown vehicles
34144300-1	Ponts mobiles	Mobile bridges
34144400-2	Véhicules d'entretien routier	Road-maintenance vehicles
34144410-5	Camions de vidange	Gully emptiers
34144420-8	Saleuses	Salt spreaders
34144430-1	Balayeuses	Road-sweeping vehicles
34144431-8	Balayeuses aspiratrices	Suction-sweeper vehicles
34144440-4	Gravillonneuses	Gritter vehicles
34144450-7	Arroseuses de voirie	Sprinkler vehicles
34144500-3	Véhicules pour ordures et eaux usées	Vehicles for refuse and sewage
34144510-6	Véhicules pour ordures	Vehicles for refuse
34144511-3	Bennes à ordures	Refuse-collection vehicles
34144512-0	Véhicules de compactage des ordures ménagères	Refuse-compaction vehicles
34144520-9	Camions-citernes pour eaux usées	Sewage tankers
34144700-5	Véhicules utilitaires	Utility vehicles
34144710-8	Chargeurs sur roues	Wheeled loaders
34144730-4	Véhicules d'avitaillement	Aircraft-refuelling vehicles
34144740-7	Tracteurs d'avions	Aircraft-towing vehicles
34144750-0	Porte-charges	Cargo carriers
34144751-7	Chariots-cavaliers	Straddle carriers
34144760-3	Bibliobus	Mobile library vehicles
34144800-6	Caravanes résidentielles	Mobile homes
34144900-7	Véhicules électriques	Electric vehicles
34144910-0	Autobus électriques	Electric buses
34150000-3	Simulateurs	Simulators
34151000-0	Simulateurs de conduite	Driving simulators
34152000-7	Simulateurs de formation	Training simulators
34200000-9	Carrosseries, remorques ou semi-remorques de véhicules	Vehicle bodies, trailers or semi-trailers
34210000-2	Carrosseries de véhicules	Vehicle bodies
34211000-9	Carrosseries d'autobus, carrosseries d'ambulances et carrosseries de véhicules servant au transport de marchandises	Bus bodies, ambulance bodies and vehicle bodies for goods vehicles
34211100-9	Carrosseries d'autobus	Bus bodies
34211200-9	Carrosseries d'ambulances	Ambulance bodies
34211300-9	Carrosseries de véhicules servant au transport de marchandises	Vehicle bodies for goods vehicles
34220000-5	Remorques, semi-remorques et conteneurs mobiles	Trailers, semi-trailers and mobile containers
34221000-2	Conteneurs mobiles à usage spécifique	Special-purpose mobile containers
34221100-3	Unités mobiles de secours	Mobile incident units
34221200-4	Unités mobiles d'intervention d'urgence	Mobile emergency units
34221300-5	Unité d'intervention en cas d'accident chimique	Chemical incident unit
34223000-6	Remorques et semi-remorques	Trailers and semi-trailers
34223100-7	Semi-remorques	Semi-trailers
34223200-8	Avitailleurs	Bowsers
34223300-9	Remorques	Trailers
34223310-2	Remorques à usage général	General-purpose trailers
34223320-5	Remorques pour le transport de chevaux	Horsebox trailers
34223330-8	Unités mobiles sur remorques	Mobile units on trailers
34223340-1	Remorques-citernes	Tanker trailers
34223350-4	Remorques à échelle pivotante	Turntable-ladder trailers
34223360-7	Remorques d'avitaillement	Refuelling trailers
34223370-0	Remorques à benne basculante	Tipper trailers
34223400-0	Remorques et semi-remorques de type caravane	Caravan-type trailers and semi-trailers
34224000-3	Pièces détachées pour remorques, semi-remorques et autres véhicules	Parts of trailers, semi-trailers and other vehicles
34224100-4	Pièces pour remorques et semi-remorques	Parts of trailers and semi-trailers
34224200-5	Pièces pour autres véhicules	Parts of other vehicles
34300000-0	Pièces détachées et accessoires pour véhicules et moteurs de véhicules	Parts and accessories for vehicles and their engines
34310000-3	Moteurs et pièces de moteurs (véhicules)	Engines and engine parts
34311000-0	Moteurs (véhicules)	Engines
34311100-1	Moteurs à combustion interne pour véhicules à moteur et motocycles	Internal-combustion engines for motor vehicles and motorcycles
34311110-4	Moteurs à allumage par étincelles	Spark-ignition engines
34311120-7	Moteurs à allumage par compression	Compression-ignition engines
34312000-7	Pièces de moteurs	Engine parts
34312100-8	Courroies de ventilateur	Fan belts
34312200-9	Bougies d'allumage	Spark plugs
34312300-0	Radiateurs pour véhicules	Vehicle radiators
34312400-1	Pistons	Pistons
34312500-2	Joints d'étanchéité	Gaskets
34312600-3	Bandes convoyeuses en caoutchouc	Rubber conveyor belts
34312700-4	Courroies de transmission en caoutchouc	Rubber transmission belts
34320000-6	Pièces de rechange mécaniques, excepté moteurs et parties de moteurs	Mechanical spare parts except engines and engine parts
34321000-3	Essieux et boîtes de vitesses	Axles and gearboxes
34321100-4	Essieux	Axles
34321200-5	Boîtes de vitesses	Gearboxes
34322000-0	Freins et pièces de freins	Brakes and brake parts
34322100-1	Équipements de freins	Brake equipment
34322200-2	Freins à disque	Disc brakes
34322300-3	Garnitures de frein	Brake linings
34322400-4	Plaquettes de frein	Brake pads
34322500-5	Mâchoires de frein	Brake shoes
34324000-4	Roues, pièces détachées et accessoires	Wheels, parts and accessories
34324100-5	Matériel d'équilibrage des roues	Wheel-balancing equipment
34325000-1	Silencieux et tuyaux d'échappement	Silencers and exhaust pipes
34325100-2	Silencieux	Silencers
34325200-3	Tuyaux d'échappement	Exhaust pipes
34326000-8	Vérins pour véhicules, embrayages et pièces connexes	Vehicle jacks, clutches and associated parts
34326100-9	Embrayages et pièces d'embrayages	Clutches and associated parts
34326200-0	Vérins pour véhicules	Vehicle jacks
34327000-5	Volants, colonnes et boîtiers de direction	Steering wheels, columns and boxes
34327100-6	Volants	Steering wheels
34327200-7	Colonnes et boîtiers de direction	Columns and boxes
34328000-2	Bancs d'essai, kits de conversion de véhicules et ceintures de sécurité	Test benches, vehicle conversion kits and seat belts
34328100-3	Bancs d'essai	Test benches
34328200-4	Kits de conversion de véhicules	Vehicle conversion kits
34328300-5	Ceintures de sécurité	Seat belts
34330000-9	Pièces de rechanges pour poids lourds, camionnettes et automobiles	Spare parts for goods vehicles, vans and cars
34350000-5	Pneus pour charges légères et lourdes	Tyres for heavy/light-duty vehicles
34351000-2	Pneus pour charges légères	Light-duty tyres
34351100-3	Pneus pour voitures	Tyres for motor cars
34352000-9	Pneus pour fortes charges	Heavy-duty tyres
34352100-0	Pneus pour camions	Tyres for trucks
34352200-1	Pneus pour autobus	Tyres for buses
34352300-2	Pneus pour véhicules agricoles	Agrarian tyres
34360000-8	Sièges pour aéronefs civils	Seats for civil aircraft
34370000-1	Sièges pour véhicules à moteur	Seats for motor vehicles
34390000-7	Accessoires pour tracteurs	Tractor accessories
34400000-1	Motos, bicyclettes et side-cars	Motorcycles, bicycles and sidecars
34410000-4	Motos	Motorcycles
34411000-1	Pièces détachées et accessoires pour motos	Parts and accessories for motorcycles
34411100-2	Side-cars	Motorcycle sidecars
34411110-5	Pièces détachées et accessoires pour side-cars	Parts and accessories for motorcycle sidecars
34411200-3	Pneus pour motocycles	Tyres for motorcycles
34420000-7	Scooters et cycles à moteur auxiliaire	Motor scooters and cycles with auxiliary motors
34421000-7	Scooters	Motor scooters
34422000-7	Cycles à moteur auxiliaire	Cycles with auxiliary motors
34430000-0	Bicyclettes	Bicycles
34431000-7	Bicyclettes sans moteur	Non-motorised bicycles
34432000-4	Pièces détachées et accessoires pour bicyclettes	Parts and accessories for bicycles
34432100-5	Pneus pour bicyclettes	Tyres for bicycles
34500000-2	Navires et bateaux	Ships and boats
34510000-5	Navires	Ships
34511100-3	Patrouilleurs maritimes	Marine patrol vessels
34512000-9	Navires et bâtiments similaires servant au transport de personnes ou de marchandises	Ships and similar vessels for the transport of persons or goods
34512100-0	Ferry-boats	Ferry boats
34512200-1	Paquebots de croisière	Cruise ships
34512300-2	Vraquiers	Bulk carriers
34512400-3	Cargos	Cargo ships
34512500-4	Navires de marchandises	Goods vessels
34512600-5	Navires porte-conteneurs	Container carriers
34512700-6	Navires transrouliers	Ro-Ro vessels
34512800-7	Navires-citernes	Tanker ships
34512900-8	Transbordeurs pour voitures	Car carriers
34512950-3	Navires frigorifiques	Refrigerated vessels
34513000-6	Navires de pêche, navires de sauvetage et autres navires spécialisés	Fishing, emergency and other special vessels
34513100-7	Navires de pêche	Fishing vessels
34513150-2	Navires-usines	Factory ships
34513200-8	Remorqueurs	Tug boats
34513250-3	Dragues	Dredgers
34513300-9	Docks de mer flottants	Seagoing floating docks
34513350-4	Navires supports de plongée	Dive-support vessels
34513400-0	Grues flottantes	Floating cranes
34513450-5	Navires de production	Production vessels
34513500-1	Navires d'exploration sismique	Seismic survey vessels
34513550-6	Navires hydrographes	Survey vessels
34513600-2	Navires de lutte antipollution	Pollution-control vessels
34513650-7	Bateaux de service d'incendie	Fire vessels
34513700-3	Bateaux de sauvetage	Rescue vessels
34513750-8	Bateaux-phares	Light vessels
34514000-3	Plates-formes de forage ou de production, flottantes ou submersibles	Floating or submersible drilling or production platforms
34514100-4	Navires de forage	Drillships
34514200-5	Plates-formes de forage autoélévatrices	Jack-up rigs
34514300-6	Tours de forage pour plates-formes	Platforms drilling rigs
34514400-7	Plates-formes de forage flottantes	Floating drilling platforms
34514500-8	Installation de production flottante	Floating production facility
34514600-9	Tours de forage semi-submersibles	Semi-submersible rigs
34514700-0	Plate-forme mobile	Mobile platforms
34514800-1	Plate-forme offshore	Offshore platforms
34514900-2	Plates-formes de forage	Drilling platforms
34515000-0	Structures flottantes	Floating structures
34515100-1	Bouées de marquage	Marker buoys
34515200-2	Radeaux pneumatiques	Inflatable rafts
34516000-7	Défenses d'accostage	Marine fenders
34520000-8	Bateaux	Boats
34521000-5	Bateaux spécialisés	Specialised boats
34521100-6	Vedettes de surveillance	Surveillance boats
34521200-7	Vedettes de patrouille douanière	Customs patrol boats
34521300-8	Vedettes de patrouille de police	Police patrol boats
34521400-9	Canots de sauvetage	Lifeboats
34522000-2	Bateaux de plaisance et de sport	Pleasure and sporting boats
34522100-3	Bateaux à voile	Sailing boats
34522150-8	Catamarans	Catamaran sailing boats
34522200-4	Embarcations de sauvetage	Rescue dinghies
34522250-9	Petits voiliers	Sailing dinghies
34522300-5	Petites embarcations	Small craft
34522350-0	Canots en fibres de verre	Fibreglass dinghies
34522400-6	Canots semi-rigides	Semi-rigid dinghies
34522450-1	Embarcations pneumatiques	Inflatable craft
34522500-7	Canots pneumatiques	Rubber dinghies
34522550-2	Canoës	Canoes
34522600-8	Embarcations à rames	Rowing boats
34522700-9	Bateaux à pédales	Pedal boats
34600000-3	Locomotives et matériel roulant de chemin de fer et de tramway et pièces détachées	Railway and tramway locomotives and rolling stock and associated parts
34610000-6	Locomotives et tenders de chemin de fer	Rail locomotives and tenders
34611000-3	Locomotives	Locomotives
34612000-0	Tenders de locomotives et funiculaires	Locomotive tenders and cable cars
34612100-1	Tenders	Locomotive tenders
34612200-2	Funiculaires	Cable cars
34620000-9	Matériel roulant	Rolling stock
34621000-6	Véhicules d'entretien ou de services des voies ferrées, et wagons de marchandises	Railway maintenance or service vehicles, and railway freight wagons
34621100-7	Wagons de marchandises	Railway freight wagons
34621200-8	Véhicules d'entretien ou de service des voies ferrées	Railway maintenance or service vehicles
34622000-3	Voitures de chemin de fer et de tramway, trolleybus	Railway and tramway passenger coaches, and trolleybuses
34622100-4	Voitures de tramway	Tramway passenger coaches
34622200-5	Voitures de chemin de fer	Railway passenger coaches
34622300-6	Trolleybus	Trolleybuses
34622400-7	Voitures à voyageurs	Railway carriages
34622500-8	Fourgons à bagages et fourgons spéciaux	Luggage vans and special-purpose vans
34630000-2	Pièces détachées pour locomotives ou matériel ferroviaire roulant, équipement de commande et de contrôle du trafic ferroviaire	Parts of railway or tramway locomotives or rolling stock; railways traffic-control equipment
34631000-9	Pièces détachées pour locomotives ou matériel ferroviaire roulant	Parts of locomotives or rolling stock
34631100-0	Roues monobloc	Monobloc wheels
34631200-1	Tampons de choc et barres de traction	Buffers and drawgear
34631300-2	Sièges pour matériel ferroviaire roulant	Rolling-stock seats
34631400-3	Essieux, pneus et autres pièces détachées pour locomotives ou matériel ferroviaire roulant	Wheel axles and tyres and other parts of locomotives or rolling stock
34632000-6	Équipement de commande et de contrôle du trafic ferroviaire	Railways traffic-control equipment
34632100-7	Signalisation mécanique	Mechanical signalling
34632200-8	Équipement électrique de signalisation de chemin de fer	Electrical signalling equipment for railways
34632300-9	Installations électriques de chemin de fer	Electrical installations for railways
34640000-5	Éléments automobiles	Automotive elements
34700000-4	Aéronefs et spationefs	Aircraft and spacecraft
34710000-7	Hélicoptères, aéronefs, spationefs et autres aéronefs à moteur	Helicopters, aeroplanes, spacecraft and other powered aircraft
34711000-4	Hélicoptères et avions	Helicopters and aeroplanes
34711100-5	Avions	Aeroplanes
34711110-8	Avions à voilure fixe	Fixed-wing aircrafts
34711200-6	Aéronefs sans pilote	Non-piloted aircraft
34711300-7	Aéronefs pilotés	Piloted aircraft
34711400-8	Aéronefs à usage spécifique	Special-purpose aircraft
34711500-9	Hélicoptères	Helicopters
34712000-1	Spationefs, satellites et dispositifs de lancement	Spacecraft, satellites and launch vehicles
34712100-2	Spationefs	Spacecraft
34712200-3	Satellites	Satellites
34712300-4	Dispositifs de lancement de spationefs	Spacecraft launchers
34720000-0	Ballons, dirigeables et autres aéronefs non motorisés	Balloons, dirigibles and other non-powered aircraft
34721000-7	Planeurs	Gliders
34721100-8	Deltaplane	Hang-gliders
34722000-4	Ballons et dirigeables	Balloons and dirigibles
34722100-5	Ballons	Balloons
34722200-6	Dirigeables	Dirigibles
34730000-3	Pièces détachées pour aéronefs, spationefs et hélicoptères	Parts for aircraft, spacecraft and helicopters
34731000-0	Pièces détachées pour aéronefs	Parts for aircraft
34731100-1	Moteurs d'aéronefs	Aircraft engines
34731200-2	Turboréacteurs	Turbojets
34731300-3	Turbopropulseurs	Turbopropellers
34731400-4	Moteurs à réaction	Jet engines
34731500-5	Pièces détachées pour moteurs d'aéronefs	Parts for aircraft engines
34731600-6	Pièces pour turboréacteurs ou turbopropulseurs	Parts for turbojets or turbopropellers
34731700-7	Pièces détachées pour hélicoptères	Parts for helicopters
34731800-8	Pneus pour avions	Tyres for aircraft
34740000-6	Équipements, appareils d'entraînement, simulateurs et pièces pour aéronefs et spationefs	Aircraft or spacecraft equipment, trainers, simulators and associated parts
34741000-3	Équipement pour aéronefs	Aircraft equipment
34741100-4	Dispositifs de lancement d'aéronefs	Aircraft-launching gear
34741200-5	Systèmes de catapultage d'aéronefs	Aircraft catapult systems
34741300-6	Dispositifs d'arrêt de plate-forme d'appontage	Deck-arresting gear
34741400-7	Simulateurs de vol	Flight simulators
34741500-8	Appareils au sol d'entraînement au vol	Ground flying trainer
34741600-9	Sachets pour mal de l'air	Air-sickness bags
34900000-6	Équipement de transport et pièces détachées divers	Miscellaneous transport equipment and spare parts
34910000-9	Charrettes à chevaux ou à bras, autres véhicules nonautomoteurs, chariots à bagages et pièces détachées diverses	Horse or hand-drawn carts, other non-mechanically-propelled vehicles, baggage carts and miscellaneous spare parts
34911000-6	Charrettes à chevaux ou à bras et autres véhicules nonautomoteurs	Horse or hand-drawn carts and other non-mechanically-propelled vehicles
34911100-7	Chariots à bras	Trolleys
34912000-3	Chariots à bagages	Baggage carts
34912100-4	Poussettes	Pushchairs
34913000-0	Pièces détachées diverses	Miscellaneous spare parts
34913100-1	Pneus usagés	Used tyres
34913200-2	Pneus rechapés	Retreaded tyres
34913300-3	Pare-chocs	Fenders
34913400-4	Montres pour véhicules	Clocks for vehicles
34913500-5	Serrures pour véhicules	Vehicle locks
34913510-8	Cadenas pour bicyclettes	Bicycle locks
34913600-6	Hélices de bateau	Ship propellers
34913700-7	Échelles pour véhicules de lutte contre l'incendie	Firefighting vehicle ladders
34913800-8	Ancres	Anchors
34920000-2	Équipement routier	Road equipment
34921000-9	Équipement d'entretien routier	Road-maintenance equipment
34921100-0	Balayeuses de routes	Road sweepers
34921200-1	Balayeuses de pistes	Runway sweepers
34922000-6	Matériel de marquage routier	Road-marking equipment
34922100-7	Marquage routier	Road markings
34922110-0	Billes de verre pour marquage routier	Glass beads for road marking
34923000-3	Équipement de contrôle de la circulation routière	Road traffic-control equipment
34924000-0	Panneaux à messages variables	Variable message signs
34926000-4	Équipement de contrôle des parcs de stationnement	Car park control equipment
34927000-1	Équipement de péage	Toll equipment
34927100-2	Sel de déneigement	Road salt
34928000-8	Mobilier routier	Road furniture
34928100-9	Glissières de sécurité	Crash barriers
34928110-2	Séparateurs de voies	Road barriers
34928120-5	Composants de barrières	Barrier components
34928200-0	Clôtures	Fences
34928210-3	Poteaux en bois	Wooden posts
34928220-6	Éléments de clôture	Fencing components
34928230-9	Barrière antibruit	Noise fence
34928300-1	Barrières de sécurité	Safety barriers
34928310-4	Clôtures de protection	Safety fencing
34928320-7	Garde-corps	Guardrails
34928330-0	Dispositifs pare-avalanche	Paravalanche devices
34928340-3	Barrières pare-neige	Snow fences
34928400-2	Mobilier urbain	Urban furniture
34928410-5	Balises	Marker posts
34928420-8	Avertisseurs lumineux de danger	Road-danger lamps
34928430-1	Cônes de sécurité	Beacons
34928440-4	Poteaux d'arrêt d'autobus	Bus-stop posts
34928450-7	Bornes lumineuses	Bollards
34928460-0	Cônes routiers	Road cones
34928470-3	Fléchage	Signage
34928471-0	Matériel de signalisation	Sign materials
34928472-7	Poteaux de signalisation	Sign posts
34928480-6	Conteneurs et poubelles de déchets	Waste and rubbish containers and bins
34928500-3	Équipement d'éclairage public	Street-lighting equipment
34928510-6	Lampadaires d'éclairage public	Street-lighting columns
34928520-9	Réverbères	Lampposts
34928530-2	Lampes d'éclairage public	Street lamps
34929000-5	Matériaux de construction autoroutière	Highway materials
34930000-5	Équipement maritime	Marine equipment
34931000-2	Équipement pour port	Harbour equipment
34931100-3	Installations d'amarrage	Docking installations
34931200-4	Passerelles d'embarquement des passagers pour navires	Passenger boarding bridges for ships
34931300-5	Échelles mobiles pour l'embarquement des passagers pour navires	Passenger boarding stairs for ships
34931400-6	Simulateurs de passerelle d'embarquement	Ship bridge simulators
34931500-7	Équipement de contrôle du trafic maritime	Vessel traffic control equipment
34932000-9	Systèmes radars	Radar sets
34933000-6	Matériel de navigation	Navigation equipment
34934000-3	Pales d'hélices	Propeller blades
34940000-8	Équipement ferroviaire	Railway equipment
34941000-5	Rails et accessoires	Rails and accessories
34941100-6	Barres	Rods
34941200-7	Rails de chemin de fer	Track rails
34941300-8	Rails de tramway	Tramline
34941500-0	Pièces d'entretoisement	Crossheads
34941600-1	Jonctions de voies	Crossovers
34941800-3	Lames d'aiguilles de chemin de fer	Railway points
34942000-2	Équipement de signalisation	Signalling equipment
34942100-3	Poteaux indicateurs	Signal posts
34942200-4	Boîtiers de signalisation	Signalling boxes
34943000-9	Système de surveillance de la marche des trains	Train-monitoring system
34944000-6	Système de réchauffage des aiguillages	Points heating system
34945000-3	Machines d'alignement des voies	Track-alignment machinery
34946000-0	Matériaux de construction ferroviaire et fournitures	Railway-track construction materials and supplies
34946100-1	Matériaux de construction ferroviaire ferrées	Railway-track construction materials
34946110-4	Rails	Rails
34946120-7	Matériaux ferroviaires	Railway materials
34946121-4	Éclisses et selles de rail	Fishplates and sole plates
34946122-1	Contre-rails	Check rails
34946200-2	Matériaux de construction de voies ferrées	Railway-track construction supplies
34946210-5	Rails d'alimentation en courant	Current-conducting rails
34946220-8	Lames d'aiguille, cœurs de croisement, tringles de manœuvre d'aiguille et pièces de croisement	Switch blades, crossing frogs, point rods and crossing pieces
34946221-5	Lames d'aiguille	Switch blades
34946222-2	Cœurs de croisement	Crossing frogs
34946223-9	Tringles de manœuvre d'aiguille	Point rods
34946224-6	Pièces de croisement	Crossing pieces
34946230-1	Crapauds ferroviaires, plaques d'écartement et traverses	Rail clips, bedplates and ties
34946231-8	Crapauds ferroviaires	Rail clips
34946232-5	Plaques d'écartement et traverses	Bedplates and ties
34946240-4	Sièges et cale-sièges	Chairs and chair wedges
34947000-7	Traverses et pièces pour traverses	Sleepers and parts of sleepers
34947100-8	Traverses	Sleepers
34947200-9	Pièces pour traverses	Parts of sleepers
34950000-1	Structures porteuses	Loadbearing equipment
34951000-8	Plates-formes d'accès	Access platforms
34951200-0	Équipement de manipulation des boues	Sludge-handling equipment
34951300-1	Installation de dessication des boues	Sludge-drier installation
34952000-5	Dispositifs de levage de plate-forme hydraulique	Hydraulic-platforms hoists
34953000-2	Passerelles d'accès	Access ramps
34953100-3	Passerelles pour ferry	Ferry ramps
34953300-5	Passerelles pour passagers	Passenger walkway
34954000-9	Passerelles de service	Gantries
34955000-6	Dock flottant	Floating dock
34955100-7	Unité de stockage flottante	Floating storage unit
34960000-4	Équipement aéroportuaire	Airport equipment
34961000-1	Système de manutention des bagages	Baggage-handling system
34961100-2	Équipement de manutention des bagages	Baggage-handling equipment
34962000-8	Équipement de contrôle du trafic aérien	Air-traffic control equipment
34962100-9	Équipement de tour de contrôle	Control tower equipment
34962200-0	Contrôle du trafic aérien	Air-traffic control
34962210-3	Simulation du contrôle du trafic aérien	Air-traffic control simulation
34962220-6	Systèmes de contrôle du trafic aérien	Air-traffic control systems
34962230-9	Formation au contrôle du trafic aérien	Air-traffic control training
34963000-5	Système d'atterrissage aux instruments (ILS)	Instrument Landing System (ILS)
34964000-2	Radiophare d'alignement omnidirectionnel VHF Doppler (DVOR)	Doppler VHF Omni direction Range (DVOR)
34965000-9	Appareil de mesure des distances (DME)	Distance Measuring Equipment (DME)
34966000-6	Radiogoniomètre et radiophare non directionnel	Radio Direction Finder and Non-Directional Beacon
34966100-7	Radiogoniomètre (RDF)	Radio Direction Finder (RDF)
34966200-8	Radiophare non directionnel (NDB)	Non-Directional Beacon (NDB)
34967000-3	Système de communication aéroportuaire (COM)	Airport Communication System (COM)
34968000-0	Système de surveillance d'aéroport et système d'éclairage	Airport Surveillance System and Lighting System
34968100-1	Système de surveillance d'aéroport (SUR)	Airport Surveillance System (SUR)
34968200-2	Système d'éclairage aéroportuaire	Airport Lighting System (PAPI)
34969000-7	Passerelles et échelles mobiles d'embarquement des passagers pour avions	Passenger boarding bridges and stairs for aircraft
34969100-8	Passerelles d'embarquement des passagers pour avions	Passenger boarding bridges for aircraft
34969200-9	Échelles mobiles d'embarquement des passagers pour avions	Passenger boarding stairs for aircraft
34970000-7	Équipement de surveillance de la circulation	Traffic-monitoring equipment
34971000-4	Caméras de contrôle de la vitesse	Speed camera equipment
34972000-1	Système de mesure du flux de la circulation	Traffic-flow measuring system
34980000-0	Billets de transport	Transport tickets
34990000-3	Équipement de contrôle, de sécurité, de signalisation et d'éclairage	Control, safety, signalling and light equipment
34991000-0	Projecteurs d'intervention extérieure	Field operating lights
34992000-7	Panneaux de signalisation et panneaux de signalisation lumineux	Signs and illuminated signs
34992100-8	Panneaux de signalisation lumineux	Illuminated traffic signs
34992200-9	Panneaux de signalisation routière	Road signs
34992300-0	Indicateurs de rues	Street signs
34993000-4	Éclairage public	Road lights
34993100-5	Éclairage de tunnel	Tunnel lighting
34994000-1	Signalisation et éclairage maritimes	Lighting for ship guidance and illumination
34994100-2	Signalisation et éclairage de navigation fluviale	Lighting for river guidance and illumination
34995000-8	Balisage et éclairage d'aérodrome	Lighting for aircraft guidance and illumination
34996000-5	Équipement de commande et de contrôle, de sécurité ou de signalisation des routes	Control, safety or signalling equipment for roads
34996100-6	Feux de circulation	Traffic lights
34996200-7	Équipement de commande et de contrôle, de sécurité ou de signalisation des voies navigables	Control, safety or signalling equipment for inland waterways
34996300-8	Équipement de commande et de contrôle, de sécurité ou de signalisation de parking	Control, safety or signalling equipment for parking facilities
34997000-2	Équipement de commande et de contrôle, de sécurité ou de signalisation d'aéroport	Control, safety or signalling equipment for airports
34997100-3	Enregistreurs de vol	Flight recorders
34997200-4	Éclairage d'aéroport	Airport lighting
34997210-7	Feux de balisage de piste	Runway lights
34998000-9	Équipement de commande et de contrôle, de sécurité ou de signalisation d'installations portuaires	Control, safety or signalling equipment for port installations
34999000-6	Générateurs de signaux, séparateurs de signal d'antenne et machines de galvanoplastie	Signal generators, aerial signal splitters and electroplating machines
34999100-7	Générateurs de signaux	Signal generators
34999200-8	Séparateurs de signal d'antenne	Aerial signal splitters
34999300-9	Machines de galvanoplastie	Electroplating machines
34999400-0	Maquettes	Scale models
34999410-3	Maquettes d'avions	Aircraft scale models
34999420-6	Maquettes de bateaux	Boat scale models
35000000-4	Équipement de sécurité, de lutte contre l'incendie, de police et de défense	Security, fire-fighting, police and defence equipment
35100000-5	Matériel de secours et de sécurité	Emergency and security equipment
35110000-8	Équipement de lutte contre l'incendie, de sauvetage et de sécurité	Firefighting, rescue and safety equipment
35111000-5	Matériel de lutte contre l'incendie	Firefighting equipment
35111100-6	Appareils respiratoires pour la lutte contre l'incendie	Breathing apparatus for firefighting
35111200-7	Équipement de lutte contre l'incendie	Firefighting materials
35111300-8	Appareils extincteurs	Fire extinguishers
35111310-1	Mousse pour extincteurs	Foam packages
35111320-4	Extincteurs portatifs	Portable fire-extinguishers
35111400-9	Équipement d'évacuation en cas d'incendie	Fire escape equipment
35111500-0	Système d'extinction d'incendie	Fire suppression system
35111510-3	Outillage pour l'extinction d'incendie	Fire suppression hand tools
35111520-6	Mousse d'extinction d'incendie ou composés similaires	Fire suppression foam or similar compounds
35112000-2	Équipement de sauvetage et d'urgence	Rescue and emergency equipment
35112100-3	Mannequins d'entraînement pour les urgences	Emergency training dolls
35112200-4	Douche de sécurité	Emergency shower
35112300-5	Douche oculaire	Eye shower
35113000-9	Matériel de sécurité	Safety equipment
35113100-0	Équipement de sécurité de site	Site-safety equipment
35113110-0	Système de protection de réacteurs nucléaires	Nuclear-reactor protection system
35113200-1	Équipement de protection nucléaire, biologique, chimique et radiologique	Nuclear, biological, chemical and radiological protection equipment
35113210-4	Équipement de sûreté nucléaire	Nuclear safety equipment
35113300-2	Installations de sécurité	Safety installations
35113400-3	Vêtements de protection et de sécurité	Protective and safety clothing
35113410-6	Vêtements de protection biologique et chimique	Garments for biological or chemical protection
35113420-9	Vêtements de protection radiologique et nucléaire	Nuclear and radiological protection clothing
35113430-2	Gilets de protection	Safety vests
35113440-5	Gilets réfléchissants	Reflective vests
35113450-8	Vêtements ou ponchos de protection	Protective coats or ponchos
35113460-1	Chaussettes ou articles de bonneterie de protection	Protective socks or hosiery
35113470-4	Chemises ou pantalons de protection	Protective shirts or pants
35113480-7	Serre-poignets de protection	Protective wristbands
35113490-0	Blouses de protection	Protective frock
35120000-1	Systèmes et appareils de surveillance et de sécurité	Surveillance and security systems and devices
35121000-8	Équipement de sécurité	Security equipment
35121100-9	Vibreurs (sonores)	Buzzers
35121200-0	Détecteur de fausse monnaie	Detector for forged money
35121300-1	Accessoires de sécurité	Security fittings
35121400-2	Sacs de sécurité	Security bags
35121500-3	Joints	Seals
35121600-4	Marques	Tags
35121700-5	Systèmes d'alarme	Alarm systems
35121800-6	Miroirs de sécurité convexes	Convex security mirrors
35121900-7	Détecteurs de radar	Radar detectors
35123000-2	Équipement d'identification du site	Site-identification equipment
35123100-3	Système à cartes magnétiques	Magnetic-card system
35123200-4	Équipement pour horaires flexibles	Flexible-working-hours equipment
35123300-5	Système de chronométrage	Timekeeping system
35123400-6	Badges d'identification	Identification badges
35123500-7	Systèmes vidéo d'identification	Video identification systems
35124000-9	Détecteurs de métal	Metal detectors
35125000-6	Système de surveillance	Surveillance system
35125100-7	Capteurs	Sensors
35125110-0	Capteurs biométriques	Biometric sensors
35125200-8	Système de chronométrage ou système d'enregistrement du temps de travail	Time control system or working time recorder
35125300-2	Caméras de sécurité	Security cameras
35126000-3	Équipement de lecture des codes-barres	Bar code scanning equipment
35200000-6	Équipement de police	Police equipment
35210000-9	Cibles de tir	Targets for shooting practice
35220000-2	Équipement antiémeutes	Anti-riot equipment
35221000-9	Canons à eau	Water cannons
35230000-5	Menottes	Handcuffs
35240000-8	Sirènes	Sirens
35250000-1	Répulsifs pour chiens	Repellents for canine attack
35260000-4	Signalisation de police	Police signs
35261000-1	Panneaux d'information	Information panels
35261100-2	Panneaux indicateurs à messages variables	Changing message indicator panels
35262000-8	Équipement de signalisation de carrefour	Crossing control signalling equipment
35300000-7	Armes, munitions et pièces associées	Weapons, ammunition and associated parts
35310000-0	Armes diverses	Miscellaneous weapons
35311000-7	Epées, machettes, baïonnettes et lances	Swords, cutlasses, bayonets and lances
35311100-8	Épées	Swords
35311200-9	Machettes	Cutlasses
35311300-0	Baïonnettes	Bayonets
35311400-1	Lances	Lances
35312000-4	Pistolets à gaz	Gas guns
35320000-3	Armes à feu	Firearms
35321000-0	Armes à feu légères	Light firearms
35321100-1	Pistolets	Hand guns
35321200-2	Fusils	Rifles
35321300-3	Mitrailleuses	Machine guns
35322000-7	Artillerie	Artillery
35322100-8	Artillerie antiaérienne	Anti-aircraft
35322200-9	Artillerie automotrice	Self-propelled artillery
35322300-0	Artillerie tractée	Towed artillery
35322400-1	Mortiers	Mortars
35322500-2	Obusier	Howitzer
35330000-6	Munitions	Ammunition
35331000-3	Munitions d'armes à feu et de guerre	Ammunition for firearms and warfare
35331100-4	Balles	Bullets
35331200-5	Obus	Shells
35331300-3	Grenades	Grenades
35331400-7	Mines terrestres	Land mines
35331500-8	Cartouches	Cartridges
35332000-0	Munitions de guerre navale	Ammunition for naval warfare
35332100-1	Torpilles	Torpedoes
35332200-2	Mines marines	Sea mines
35333000-7	Munitions de guerre aérienne	Ammunition for aerial warfare
35333100-8	Bombes	Bombs
35333200-9	Roquettes	Rockets
35340000-9	Pièces pour armes à feu et munitions	Parts of firearms and ammunition
35341000-6	Pièces pour armes à feu légères	Parts of light firearms
35341100-7	Accessoires de tuyauterie en bronze à canon	Gunmetal pipe fittings
35342000-3	Pièces de lance-roquettes	Parts of rocket launchers
35343000-0	Pièces pour mortiers	Parts of mortars
35400000-8	Véhicules militaires et pièces connexes	Military vehicles and associated parts
35410000-1	Véhicules blindés militaires	Armoured military vehicles
35411000-8	Chars de combat	Battle tanks
35411100-9	Chars de combat lourds	Main battle tanks
35411200-0	Chars de combat légers	Light battle tanks
35412000-5	Véhicules blindés de combat	Armoured combat vehicles
35412100-6	Véhicules de combat d'infanterie	Infantry fighting vehicles
35412200-7	Véhicules blindés de transport de troupes	Armoured personnel carriers
35412300-8	Véhicules blindés de transport d'armes	Armoured weapon carriers
35412400-9	Véhicules de reconnaissance et de patrouille	Reconnaissance and patrol vehicles
35412500-0	Véhicules de commandement et de liaison	Command and liaison vehicles
35420000-4	Pièces de véhicules militaires	Parts of military vehicles
35421000-1	Pièces mécaniques de rechange pour véhicules militaires	Mechanical spare parts for military vehicles
35421100-2	Moteurs et pièces de moteur pour véhicules militaires	Engines and engine parts for military vehicles
35422000-8	Pièces électroniques et électriques de rechange pour véhicules militaires	Electronic and electrical spare parts for military vehicles
35500000-9	Navires de guerre et pièces connexes	Warships and associated parts
35510000-2	Navires de guerre	Warships
35511000-9	Navire de combat de surface	Surface combatant
35511100-0	Porte-avions	Aircraft carriers
35511200-1	Destroyers et frégates	Destroyers and frigates
35511300-2	Corvettes et patrouilleurs	Corvettes and patrol boats
35511400-3	Engins et navires amphibies	Amphibious crafts and ships
35512000-6	Sous-marins	Submarines
35512100-7	Sous-marin stratégique à propulsion nucléaire	Strategic submarine nuclear fuelled
35512200-8	Sous-marin d'attaque à propulsion nucléaire	Attack submarine nuclear fuelled
35512300-9	Sous-marin d'attaque à propulsion diesel	Attack submarine diesel fuelled
35512400-0	Submersibles sans équipage	Unmanned underwater vehicles
35513000-3	Mouilleurs de mines et navires auxiliaires	Mine warfare and auxiliary ships
35513100-4	Chasseurs de mines/dragueurs de mines	Mine hunter/minesweeper
35513200-5	Navire de recherche auxiliaire	Auxiliary research vessel
35513300-6	Navire auxiliaire de recherche du renseignement	Auxiliary intelligence collection vessel
35513400-7	Navires hôpital/cargo/pétrolier/ro-ro auxiliaires	Auxiliary hospital; cargo; tanker; ro-ro vessel
35520000-5	Pièces pour navires de guerre	Parts for warships
35521000-2	Pièces de rechange pour coque et pièces mécaniques pour navires de guerre	Hull and mechanical spare parts for warships
35521100-3	Moteur et pièces de moteur pour navires de guerre	Engines and engine parts for warships
35522000-9	Pièces électroniques et électriques de rechange pour navires de guerre	Electronic and electrical spare parts for warships
35600000-0	Avions, missiles et spationefs militaires	Military aircrafts, missiles and spacecrafts
35610000-3	Avions militaires	Military aircrafts
35611100-1	Avions de combat	Fighter aircrafts
35611200-2	Chasseurs-bombardiers/Avions d'attaque au sol	Fighter-bomber/ground attack aircrafts
35611300-3	Bombardiers	Bomber aircrafts
35611400-4	Avions militaires de transport	Military transport aircrafts
35611500-5	Avions d'entraînement	Training aircrafts
35611600-6	Avions de patrouille maritime	Maritime patrol aircrafts
35611700-7	Avions ravitailleurs	Tanker aircrafts
35611800-8	Avions de reconnaissance	Reconnaissance aircrafts
35612100-8	Hélicoptères de combat	Combat helicopters
35612200-9	Hélicoptères de lutte anti-sous-marine	Anti submarine warfare helicopters
35612300-0	Hélicoptères de soutien	Support helicopters
35612400-1	Hélicoptères militaires de transport	Military transport helicopters
35612500-2	Hélicoptères de recherche et de sauvetage	Search and rescue helicopters
35613000-4	Véhicules aériens sans pilote	Unmanned aerial vehicles
35613100-5	Véhicules aériens de combat sans pilote	Unmanned combat aerial vehicles
35620000-6	Missiles	Missiles
35621000-3	Missiles stratégiques	Strategic missiles
35621100-4	Missiles stratégiques antibalistiques	Strategic anti-ballistic missiles
35621200-5	Missiles balistiques intercontinentaux	Inter continental ballistic missiles
35621300-6	Missiles balistiques lancés par sous-marin	Submarine launched ballistic missiles
35621400-7	Missiles balistiques à portée intermédiaire	Intermediate range ballistic missiles
35622000-0	Missiles tactiques	Tactical missiles
35622100-1	Missiles air-air	Air-to-air missiles
35622200-2	Missiles sol-air	Air-to-ground missiles
35622300-3	Missiles antinavire	Anti-ship missiles
35622400-4	Roquettes anti-sous-marin	Anti-submarines rockets
35622500-5	Missiles tactiques antibalistiques	Tactical anti-ballistic missiles
35622600-6	Missiles guidés antichar	Anti-tank guided missiles
35622700-7	Missiles surface-air	Surface-to-air missiles
35623000-7	Missiles de croisière	Cruise missiles
35623100-8	Missiles de croisière lancés par air/à partir du sol/à partir de la mer	Air/ground/sea launched cruise missiles
35630000-9	Spationefs militaires	Military spacecrafts
35631000-6	Satellites militaires	Military satellites
35631100-7	Satellites de communication	Communication satellites
35631200-8	Satellites d'observation	Observation satellites
35631300-9	Satellites de navigation	Navigation satellites
35640000-2	Pièces pour équipement aérospatial militaire	Parts for military aerospace equipment
35641000-9	Pièces de rechange structurelles et mécaniques pour équipement aérospatial militaire	Structure and mechanical spare parts for military aerospace equipment
35641100-0	Moteurs et pièces de moteur pour équipement aérospatial militaire	Engines and engine parts for military aerospace equipment
35642000-7	Pièces de rechange électriques et électroniques pour équipement aérospatial militaire	Electronic and electrical spare parts for military aerospace equipment
35700000-1	Systèmes électroniques militaires	Military electronic systems
35710000-4	Systèmes de commandement, de contrôle, de communication et d'informatique	Command, control, communication and computer systems
35711000-1	Systèmes de commandement, de contrôle et de communication	Command, control, communication systems
35712000-8	Systèmes tactiques de commandement, de contrôle et de communication	Tactical command, control and communication systems
35720000-7	Renseignement, surveillance, acquisition d'objectifs et reconnaissance	Intelligence, surveillance, target acquisition and reconnaissance
35721000-4	Système de renseignement électronique	Electronic intelligence system
35722000-1	Radar	Radar
35723000-8	Radar de défense aérienne	Air defence radar
35730000-0	Systèmes de guerre électronique et contre-mesures	Electronic warfare systems and counter measures
35740000-3	Simulateurs de combat	Battle simulators
35800000-2	Équipement individuel et de soutien	Individual and support equipment
35810000-5	Équipement individuel	Individual equipment
35811100-3	Uniformes de pompiers	Fire-brigade uniforms
35811200-4	Uniformes de police	Police uniforms
35811300-5	Uniformes militaires	Military uniforms
35812000-9	Uniformes de combat	Combat uniforms
35812100-0	Vestes de camouflage	Camouflage jackets
35812200-1	Tenues de combat	Combat suits
35812300-2	Équipements de combat	Combat gear
35813000-6	Casques militaires	Military helmets
35813100-7	Couvre-casques	Helmet covers
35814000-3	Masques à gaz	Gas masks
35815000-0	Vêtements pare-balles	Garments for anti-ballistic protection
35815100-1	Gilets pare-balles	Bullet-proof vests
35820000-8	Équipement de soutien	Support equipment
35821000-5	Drapeaux	Flags
35821100-6	Mât porte-drapeau	Flagpole
37000000-8	Instruments de musique, articles de sport, jeux, jouets, articles pour artisanat, articles pour travaux artistiques et accessoires	Musical instruments, sport goods, games, toys, handicraft, art materials and accessories
37300000-1	Instruments de musique et pièces pour instruments de musique	Musical instruments and parts
37310000-4	Instruments de musique	Musical instruments
37311000-1	Instruments à clavier	Keyboard instruments
37311100-2	Pianos	Pianos
37311200-3	Accordéons	Accordions
37311300-4	Orgues musicaux	Musical organs
37311400-5	Célestas	Celestas
37312000-8	Instruments à vent en cuivre	Brass instruments
37312100-9	Trompettes	Trumpets
37312200-0	Trombones	Trombones
37312300-1	Soubassophones	Sousaphones
37312400-2	Saxophones	Saxophones
37312500-3	Sifflet	Whistle
37312600-4	Bugles	Bugles
37312700-5	Saxhorns, bugles à pistons	Saxhorns
37312800-6	Mellophones	Mellophones
37312900-7	Cors alto, baryton, flugel et français	Alto, baritone, flugel and French horns
37312910-0	Cors alto	Alto horns
37312920-3	Cors baryton	Baritone horns
37312930-6	Cors flugel	Flugel horns
37312940-9	Cors français	French horns
37313000-5	Instruments à cordes	String instruments
37313100-6	Clavecins	Harpsichords
37313200-7	Clavicordes	Clavichords
37313300-8	Guitares	Guitars
37313400-9	Violons	Violins
37313500-0	Harpes	Harps
37313600-1	Banjos	Banjos
37313700-2	Mandolines	Mandolins
37313800-3	Violoncelles	Violoncellos
37313900-4	Basses	Basses
37314000-2	Instruments à vent	Wind instruments
37314100-3	Clarinettes	Clarinets
37314200-4	Hautbois	Oboes
37314300-5	Cornets et flûtes musicales	Musical cornets and flutes
37314310-8	Cornets musicaux	Musical cornets
37314320-1	Flûtes musicales	Musical flutes
37314400-6	Piccolos	Piccolos
37314500-7	Cornemuse	Bagpipes
37314600-8	Harmonicas	Harmonicas
37314700-9	Mirlitons	Kazoos
37314800-0	Cors anglais	English horns
37314900-1	Ocarinas	Ocarinas
37315000-9	Instruments de musique à amplificateur électrique	Electrically amplified musical instruments
37315100-0	Synthétiseurs	Synthesisers
37316000-6	Instruments à percussion	Percussion instruments
37316100-7	Cymbales	Cymbals
37316200-8	Cloches	Bells (instrument)
37316300-9	Tambourins	Tambourines
37316400-0	Castagnettes	Castanets
37316500-1	Tambours	Drums (instrument)
37316600-2	Xylophones	Xylophones
37316700-3	Vibraphones	Vibraphones
37320000-7	Pièces et accessoires pour instruments de musique	Parts and accessories of musical instruments
37321000-4	Accessoires pour instruments de musique	Accessories of musical instruments
37321100-5	Métronomes	Metronomes
37321200-6	Anches	Reeds
37321300-7	Accessoires pour instruments à cordes	Accessories for stringed instruments
37321400-8	Cordes ou médiators pour instrument	Instrument strings or picks
37321500-9	Accessoires pour instruments à percussion	Percussion instrument accessory
37321600-0	Sacoches, étuis ou accessoires pour instruments de musique	Musical instrument pouches or cases or accessories
37321700-1	Trépieds ou porte-partitions pour instruments de musique	Musical instrument stands or sheet holders
37322000-1	Pièces pour instruments de musique	Parts of musical instruments
37322100-2	Chevilles	Tuning pins
37322200-3	Boîtes ou mécanismes à musique	Music boxes or mechanisms
37322300-4	Embouchures	Mouthpieces
37322400-5	Sourdines	Mutes
37322500-6	Diapasons droits	Tuning bars
37322600-7	Baguettes de chef d'orchestre	Conductors' batons
37322700-8	Support rembourré pour piccolo	Piccolo pads
37400000-2	Articles et équipements de sport	Sports goods and equipment
37410000-5	Équipements de sports de plein air	Outdoor sports equipment
37411000-2	Équipement d'hiver	Winter equipments
37411100-3	Équipement de ski et de planches à ski	Skiing and snowboarding equipment
37411110-6	Bottes de ski	Ski boots
37411120-9	Skis	Skis
37411130-2	Bâtons de ski	Ski poles
37411140-5	Fixations	Bindings
37411150-8	Planches à ski	Snowboards
37411160-1	Tenues de ski	Skiing outfits
37411200-4	Équipement de patinage et de hockey sur glace	Skating and ice hockey equipment
37411210-7	Rondelles de hockey	Hockey pucks
37411220-0	Patins à glace	Ice skates
37411230-3	Cannes de hockey	Hockey sticks
37411300-5	Vêtements et équipements polaires	Arctic clothing and equipment
37412000-9	Équipements de sports nautiques	Water-sports equipment
37412100-0	Skis nautiques	Water skis
37412200-1	Appareil respiratoire autonome de plongée et de snorkeling	Scuba and snorkelling gear
37412210-4	Compensateurs	Buoyancy compensators
37412220-7	Bouteilles d'air comprimé	Scuba tanks
37412230-0	Détendeurs	Scuba regulators
37412240-3	Instruments ou accessoires de plongée	Diving instruments or accessories
37412241-0	Appareils respiratoires pour la plongée	Breathing apparatus for diving
37412242-7	Tenues de plongée	Diving wear
37412243-4	Combinaisons d'immersion	Immersion suits
37412250-6	Masques, palmes ou tubas	Masks, fins or snorkels
37412260-9	Combinaisons de plongée	Wetsuits
37412270-2	Combinaisons étanches	Dry suits
37412300-2	Équipement et accessoires pour le surf et la natation	Surf and swim equipment and accessories
37412310-5	Planches à skis, kneeboards ou boogieboards	Wakeboards, kneeboards or boogieboards
37412320-8	Équipement pour planche à voile	Windsurfing equipment
37412330-1	Planches de surf	Surfboards
37412340-4	Lunettes ou palmes de natation	Swim goggles or swim fins
37412350-7	Équipement pour parapente	Parasailing equipment
37413000-6	Articles de chasse et de pêche	Articles for hunting or fishing
37413100-7	Articles de pêche	Fishing tackle
37413110-0	Cannes à pêche	Fishing rods
37413120-3	Ligne de pêche	Fishing line
37413130-6	Moulinets de pêche	Fishing reels
37413140-9	Leurres de pêche	Fishing lures
37413150-2	Appâts de pêche	Fishing bait
37413160-5	Plombs de pêche	Fishing weights or sinkers
37413200-8	Articles de chasse	Hunting products
37413210-1	Appeaux	Animal calls
37413220-4	Appelants	Sporting decoys
37413230-7	Ball-traps	Sporting traps
37413240-0	Canon d'arme à feu	Gun barrel
37414000-3	Articles de camping	Camping goods
37414100-4	Matelas de camping	Sleeping pads
37414200-5	Bacs à glace	Ice chests
37414300-6	Trousses de réparation de tentes	Tent repair kits
37414600-9	Réchauds de camping	Camping or outdoor stoves
37414700-0	Glacières	Drink coolers
37414800-1	Combinaisons de survie	Survival suits
37415000-0	Équipements d'athlétisme	Athletics equipment
37416000-7	Équipements de loisirs	Leisure equipment
37420000-8	Équipements de gymnastique	Gymnasium equipment
37421000-5	Tapis de gymnastique	Gymnasium mats
37422000-2	Barres ou poutres de gymnastique	Gymnastic bars or beams
37422100-3	Barres de gymnastique	Gymnastic bars
37422200-4	Poutres de gymnastique	Gymnastic beams
37423000-9	Cordes, anneaux ou espaliers de gymnastique	Gymnastic ropes or rings or climbing accessories
37423100-0	Cordes de gymnastique	Gymnastic ropes
37423200-1	Anneaux de gymnastique	Gymnastic rings
37423300-2	Espaliers de gymnastique	Gymnastic climbing accessories
37424000-6	Équipements de saut gymnastique	Gymnastic vaulting equipment
37425000-3	Trampolines de gymnastique	Gymnastic trampolines
37426000-0	Équipement pour le travail de l'équilibre	Balance equipment
37430000-1	Équipement de boxe	Boxing equipment
37431000-8	Rings de boxe	Boxing rings
37432000-5	Sacs de sable	Punching bags
37433000-2	Gants de boxe	Boxing gloves
37440000-4	Équipement de culture physique	Fitness equipments
37441000-1	Équipement d'entraînement pour l'aérobique	Aerobic training equipment
37441100-2	Tapis d'exercice	Treadmills
37441200-3	Simulateur d'escalier	Stair climbers
37441300-4	Vélos d'exercice	Stationary bicycles
37441400-5	Rameurs	Rowing machines
37441500-6	Cordes à sauter	Jump ropes
37441600-7	Trampolines d'exercice	Exercise trampolines
37441700-8	Ballons d'exercice	Exercise balls
37441800-9	Équipement de step	Step aerobic equipment
37441900-0	Appareils elliptiques	Cross trainers
37442000-8	Équipement d'haltérophilie et de musculation	Weight and resistance training equipment
37442100-8	Haltères	Dumbbells
37442200-8	Barres à disques	Barbells
37442300-8	Machines de musculation des membres inférieurs et supérieurs	Lower and upper body resistance machines
37442310-4	Machines de musculation des membres inférieurs	Lower body resistance machines
37442320-7	Machines de musculation des membres supérieurs	Upper body resistance machines
37442400-8	Bancs et supports de poids	Weight benches or racks
37442500-8	Poids d'exercice	Fitness weights
37442600-8	Machines de Pilates	Pilates machines
37442700-8	Appareil pour musculation des mains	Grip strengtheners
37442800-8	Bandes et tubes de résistance	Resistance bands and tubes
37442810-9	Bandes de résistance	Resistance bands
37442820-2	Tubes de résistance	Resistance tubes
37442900-8	Appareils multigym	Multi gyms
37450000-7	Équipement pour sports de plein air et sur courts	Field and court sports equipment
37451000-4	Équipements pour sports de plein air	Field sports equipment
37451100-5	Balles de base-ball	Baseballs
37451110-8	Écrans arrière ou clôture pour le base-ball	Baseball backstops or fences
37451120-1	Bases de base-ball	Baseball bases
37451130-4	Battes de base-ball	Baseball bats
37451140-7	Aides à la frappe pour le base-ball	Baseball batting aids
37451150-0	Gants de base-ball	Baseball gloves
37451160-3	Protections pour le base-ball ou le softball	Baseball or softball protective gear
37451200-6	Hockey sur gazon	Field hockey equipment
37451210-9	Balles de hockey sur gazon	Field hockey balls
37451220-2	Crosses de hockey sur gazon	Field hockey sticks
37451300-7	Ballons de football américain	Footballs
37451310-0	Traîneaux de blocage pour le football américain	Football blocking sleds
37451320-3	Tees de tir pour le football américain	Football kicking tees
37451330-6	Mannequins d'entraînement pour le football américain	Football tackling dummies
37451340-9	Équipement pour le football au drapeau (flag-football)	Flag football gear
37451400-8	Balles du jeu de crosse	Lacrosse balls
37451500-9	Bâtons du jeu de crosse	Lacrosse sticks
37451600-0	Lance-balles automatiques	Pitching machines
37451700-1	Ballons de football	Soccer balls
37451710-4	Matériel de marquage des terrains de football	Soccer field marking equipment
37451720-7	Équipement de protection pour le football	Soccer protective equipment
37451730-0	Dispositifs d'entraînement pour le football	Soccer training aids
37451800-2	Balles de softball	Softballs
37451810-5	Battes de softball	Softball bats
37451820-8	Gants de softball	Softball gloves
37451900-3	Ballons de handball	Handballs
37451920-9	Équipements scolaires pour le handball	Team handball school sets
37452000-1	Équipement pour sports de raquette et sur courts	Racquet and court sports equipment
37452100-2	Équipement de badminton	Badminton equipment
37452110-5	Volants de badminton	Badminton birdies or shuttlecocks
37452120-8	Raquettes de badminton	Badminton rackets
37452200-3	Ballons de basket-ball	Basketballs
37452210-6	Ensemble complet de basket-ball	Basketball complete game systems
37452300-4	Équipement de protection pour le hockey en salle	Floor hockey protective equipment
37452400-5	Balles, grips et cordes pour le racquetball	Racquetball balls, grips and strings
37452410-8	Balles de racquetball	Racquetball balls
37452420-1	Grips de racquetball	Racquetball grips
37452430-4	Cordes de racquetball	Racquetball strings
37452500-6	Raquettes de racquetball	Racquetball rackets
37452600-7	Équipement de squash	Squash equipment
37452610-0	Balles de squash	Squash balls
37452620-3	Raquettes de squash	Squash racquets
37452700-8	Équipement de tennis	Tennis equipment
37452710-1	Balles de tennis	Tennis balls
37452720-4	Matériel de court de tennis	Tennis court equipment
37452730-7	Raquettes de tennis	Tennis racquets
37452740-0	Aides à l'entraînement pour le tennis	Tennis training aids
37452800-9	Balles et piquets de spirobole	Tether balls and poles
37452810-2	Balles de spirobole	Tether balls
37452820-5	Piquets de spirobole	Tether poles
37452900-0	Ballons de volley-ball	Volleyballs
37452910-3	Normes de volley-ball applicables aux gymnases	Volleyball gymnasium standards
37452920-6	Stockage des ballons et des filets de volley-ball	Volleyball storage for balls or nets
37453000-8	Équipement d'athlétisme	Track sports equipment
37453100-9	Javelots	Javelins
37453200-0	Sautoir	Jumping bars
37453300-1	Disque	Discus
37453400-2	Poids à lancer	Shotputs
37453500-3	Perches à sauter	Vaulting poles
37453600-4	Haies	Hurdles
37453700-5	Témoins	Batons
37460000-0	Équipement pour jeux de tir et de table	Target and table games and equipments
37461000-7	Équipement pour jeux de table	Table games and equipment
37461100-8	Tables pour hockey sur coussins d'air ou accessoires	Air hockey tables or accessories
37461200-9	Baby-foot	Foosballs
37461210-2	Joueurs de rechange pour baby-foot	Foosball replacement players
37461220-5	Tables de baby-foot	Foosball tables
37461300-0	Queues de billard	Pool cues
37461400-1	Équipement de jeu de palets	Shuffleboard equipment
37461500-2	Table de tennis	Tennis tables
37461510-5	Balles de tennis de table	Table tennis balls
37461520-8	Raquettes de tennis de table	Table tennis paddles
37462000-4	Jeux de tir et équipement	Target games and equipment
37462100-5	Équipement de tir à l'arc	Archery equipments
37462110-8	Bracelet pour le tir à l'arc	Archery arm guards
37462120-1	Flèches de tir à l'arc	Archery arrows
37462130-4	Écrans arrière pour le tir à l'arc	Archery backstops
37462140-7	Cordes pour le tir à l'arc	Archery bow strings
37462150-0	Arcs	Archery bows
37462160-3	Gants d'archer	Archery gloves
37462170-6	Cibles sur pied pour le tir à l'arc	Archery target stands
37462180-9	Cibles pour le tir à l'arc	Archery targets
37462200-6	Fléchettes	Darts
37462210-9	Cibles à fléchettes	Dart boards
37462300-7	Cibles à lancer	Throwing targets
37462400-8	Équipement de tir au pigeon	Trapshooting equipment
37470000-3	Équipements pour le golf et le jeu de quilles	Golf and bowling equipments
37471000-0	Équipement de golf	Golf equipment
37471100-1	Sacs de golf	Golf bags
37471200-2	Balles de golf	Golf balls
37471300-3	Clubs de golf	Golf clubs
37471400-4	Tees de golf	Golf tees
37471500-5	Housses pour clubs de golf	Golf club head covers
37471600-6	Gants de golf	Golf gloves
37471700-7	Assujettisseurs de mottes	Divot fixers
37471800-8	Télémètres de golf	Golfscopes
37471900-9	Aide au putting	Golf putting partner
37472000-7	Équipements pour le jeu de quilles	Bowling equipments
37480000-6	Machines ou appareils pour l'équipement de loisir	Machinery or apparatus for leisure equipment
37481000-3	Machines d'entretien de la glace	Ice maintenance machines
37482000-0	Tableaux d'affichage pour les informations sportives	Sports information billboards
37500000-3	Jeux et jouets; attractions foraines	Games and toys; fairground amusements
37510000-6	Poupées	Dolls
37511000-3	Maisons de poupées	Doll houses
37512000-0	Pièces ou accessoires pour poupées	Doll parts or accessories
37513000-7	Marionnettes	Puppets
37513100-8	Théâtres de marionnettes	Puppet theatres
37520000-9	Jouets	Toys
37521000-6	Instruments de musique en jouets	Toy musical instruments
37522000-3	Jouets à roues	Wheeled toys
37523000-0	Puzzles	Puzzles
37524000-7	Jeux	Games
37524100-8	Jeux éducatifs	Educational games
37524200-9	Jeux de table	Board games
37524300-0	Jeux classiques	Classic games
37524400-1	Jeux coopératifs	Collaborative games
37524500-2	Jeux de stratégie	Strategy games
37524600-3	Jeux de mémoire	Memory games
37524700-4	Accessoires de jeux	Game accessories
37524800-5	Jeux de loto	Lotto games
37524810-8	Formulaire de loterie	Lottery formulary
37524900-6	Kits de jeux	Game kits
37525000-4	Ballonnets et ballons	Toy balloons and balls
37526000-1	Seaux-jouets	Toy pails
37527000-8	Trains et véhicules-jouets, petits trains et petites voitures	Toy trains and vehicles
37527100-9	Petits trains	Toy trains
37527200-0	Petites voitures	Toy vehicles
37528000-5	Armes-jouets	Toy weapons
37529000-2	Jouets gonflables et à enfourcher	Inflatable and riding toys
37529100-3	Jouets gonflables	Inflatable toys
37529200-4	Jouets à enfourcher	Riding toys
37530000-2	Articles pour fêtes foraines, jeux de société ou jeux de salon	Articles for funfair, table or parlour games
37531000-9	Jeux de cartes	Playing cards
37532000-6	Jeux vidéo	Video games
37533000-3	Billards	Billiards
37533100-4	Boules de billard	Billiard balls
37533200-5	Craie de billard	Billiard chalk
37533300-6	Queues de billard	Billiard cue tips
37533400-7	Triangles de billard	Billiard racks
37533500-8	Tables de billard	Billiard tables
37534000-0	Jeux à pièces de monnaie ou à jetons	Coin- or disc-operated games
37535000-7	Manèges, balançoires, stands de tir et autres attractions foraines	Roundabouts, swings, shooting galleries and other fairground amusements
37535100-8	Balançoires	Swings
37535200-9	Équipements pour terrain de jeux	Playground equipment
37535210-2	Balançoires pour terrain de jeux	Playground swings
37535220-5	Matériels à grimper pour terrain de jeux	Playground climbing apparatus
37535230-8	Manèges pour terrain de jeux	Playground merry go rounds
37535240-1	Toboggans pour terrain de jeux	Playground slides
37535250-4	Balançoires à bascules pour terrain de jeux	Playground see saws
37535260-7	Tunnels pour terrain de jeux	Playground tunnels
37535270-0	Bacs à sable pour terrain de jeux	Playground sandboxes
37535280-3	Gradins pour terrain de jeux	Playground bleachers
37535290-6	Équipement pour l'escalade ou le grimper à la corde	Wall and rope climbing equipment
37535291-3	Équipement pour l'escalade	Wall climbing equipment
37535292-0	Équipement pour le grimper à la corde	Rope climbing equipment
37540000-5	Machines de jeu	Gambling machines
37800000-6	Fournitures pour travaux d'artisanat et travaux artistiques	Handicraft and art supplies
37810000-9	Fournitures pour travaux d'artisanat	Handicraft supplies
37820000-2	Fournitures pour travaux artistiques	Art supplies
37821000-9	Pinceaux d'art	Artists' brushes
37822000-6	Plumes à dessin	Drawing pens
37822100-7	Crayons de couleur	Crayons
37822200-8	Fusain	Drawing charcoal
37822300-9	Craies	Chalks
37822400-0	Pastels	Pastels
37823000-3	Papier simili-sulfurisé et autres articles en papier	Greaseproof paper and other paper items
37823100-4	Papier simili-sulfurisé	Greaseproof paper
37823200-5	Papier-calque	Tracing paper
37823300-6	Papier cristal	Glassine paper
37823400-7	Papier transparent ou papier translucide	Transparent or translucent paper
37823500-8	Papier couché et papier d'artisanat	Art and craft paper
37823600-9	Papier à dessin	Drawing paper
37823700-0	Papier pour cartographie	Paper for maps
37823800-1	Papier et carton multicouches	Multi-ply paper and paperboard
37823900-2	Papier kraft	Kraftliner
38000000-5	Équipements de laboratoire, d'optique et de précision (excepté les lunettes)	Laboratory, optical and precision equipments (excl. glasses)
38100000-6	Instruments de navigation et de météorologie	Navigational and meteorological instruments
38110000-9	Instruments de navigation	Navigational instruments
38111000-6	Matériel de radiogoniométrie	Direction-finding equipment
38111100-7	Compas	Compasses
38111110-0	Accessoires pour compas	Compass accessories
38112000-3	Sextants	Sextants
38112100-4	Systèmes de positionnement à capacité globale (GPS ou équivalent)	Global navigation and positioning systems (GPS or equivalent)
38113000-0	Sonars	Sonars
38114000-7	Sondeurs à écho	Echo sounders
38115000-4	Radars	Radar apparatus
38115100-5	Matériel de surveillance radar	Radar surveillance equipment
38120000-2	Instruments de météorologie	Meteorological instruments
38121000-9	Anémomètres	Anemometers
38122000-6	Baromètres	Barometers
38123000-3	Enregistreurs de précipitations ou d'évaporation	Precipitation or evaporation recorders
38124000-0	Appareils de radiosondage	Radiosonde apparatus
38125000-7	Pluviographes	Rainfall recorders
38126000-4	Appareils d'observation en surface	Surface observing apparatus
38126100-5	Appareils d'observation en surface des précipitations ou de l'évaporation	Precipitation or evaporation surface observing apparatus
38126200-6	Appareils d'observation en surface des radiations solaires	Solar radiation surface observing apparatus
38126300-7	Appareils d'observation en surface des températures ou de l'humidité	Temperature or humidity surface observing apparatus
38126400-8	Appareils d'observation en surface des vents	Wind surface observing apparatus
38127000-1	Stations météorologiques	Weather stations
38128000-8	Accessoires pour instruments météorologiques	Meteorology instrument accessories
38200000-7	Instruments géologiques et géophysiques	Geological and geophysical instruments
38210000-0	Boussoles de géologue	Geological compasses
38220000-3	Appareils de prospection géologique	Geological prospecting apparatus
38221000-0	Systèmes d'information géographique (GIS ou équivalent)	Geographic information systems (GIS or equivalent)
38230000-6	Instruments géophysiques électromagnétiques	Electromagnetic geophysical instruments
38240000-9	Instruments géophysiques de mesure de la gravité	Gravity geophysical instruments
38250000-2	Instruments géophysique de mesure de la polarité induite (IP)	Induced polarization IP geophysical instruments
38260000-5	Instruments géophysiques de magnétomètrie	Magnetometer geophysical instruments
38270000-8	Instruments géophysiques pour la mesure de la résistivité	Resistivity geophysical instruments
38280000-1	Gravimètres	Gravimeters
38290000-4	Instruments et matériels de télémétrie, d'hydrographie, d'océanographie et d'hydrologie	Surveying, hydrographic, oceanographic and hydrological instruments and appliances
38291000-1	Appareils de télémétrie	Telemetry apparatus
38292000-8	Instruments d'hydrographie	Hydrographic instruments
38293000-5	Matériel de sismologie	Seismic equipment
38294000-2	Théodolites	Theodolites
38295000-9	Matériel de topographie	Topography equipment
38296000-6	Instruments de géodésie	Surveying instruments
38300000-8	Instruments de mesure	Measuring instruments
38310000-1	Balances de précision	Precision balances
38311000-8	Balances électroniques et accessoires	Electronic scales and accessories
38311100-9	Balances analytiques électroniques	Electronic analytical balances
38311200-0	Balances techniques électroniques	Electronic technical balances
38311210-3	Masses d'étalonnage	Calibration weights
38320000-4	Tables de dessin	Drafting tables
38321000-1	Machines de dessin	Drafting machines
38322000-8	Pantographes	Pantographs
38323000-5	Règles à calcul	Slide rules
38330000-7	Instruments à main pour la mesure de longueurs	Hand-held instruments for measuring length
38331000-4	Équerres	Squares
38340000-0	Instruments de mesure de grandeurs	Instruments for measuring quantities
38341000-7	Appareils de mesure du rayonnement	Apparatus for measuring radiation
38341100-8	Enregistreurs à faisceaux d'électrons	Electron-beam recorders
38341200-9	Dosimètres de rayonnement	Radiation dosimeters
38341300-0	Instruments de mesure de grandeurs électriques	Instruments for measuring electrical quantities
38341310-3	Ampèremètres	Ammeters
38341320-6	Voltmètres	Voltmeters
38341400-1	Compteurs Geiger	Geiger counters
38341500-2	Système de surveillance de la contamination	Contamination-monitoring devices
38341600-3	Moniteurs de rayonnement	Radiation monitors
38342000-4	Oscilloscopes	Oscilloscopes
38342100-5	Oscillographes	Oscillographs
38343000-1	Restauration	Error-monitoring equipment
38344000-8	Système de surveillance de la pollution	Pollution-monitoring devices
38400000-9	Instruments de contrôle de propriétés physiques	Instruments for checking physical characteristics
38410000-2	Instruments de comptage	Metering instruments
38411000-9	Hydromètres	Hydrometers
38412000-6	Thermomètres	Thermometers
38413000-3	Pyromètres	Pyrometers
38414000-0	Hygromètres	Hygrometers
38415000-7	Psychromètres	Psychrometers
38416000-4	PHmètres	PH meters
38417000-1	Thermocouples	Thermocouples
38418000-8	Calorimètres	Calorimeters
38420000-5	Instruments de mesure du débit, du niveau et de la pression de liquides ou de gaz	Instruments for measuring flow, level and pressure of liquids and gases
38421000-2	Débitmètres	Flow-measuring equipment
38421100-3	Compteurs à eau	Water meters
38421110-6	Débitmètres	Flowmeters
38422000-9	Matériel de mesure du niveau	Level-measuring equipment
38423000-6	Matériel de mesure de la pression	Pressure-measuring equipment
38423100-7	Indicateurs de pression	Pressure gauges
38424000-3	Matériel de mesure et de contrôle	Measuring and control equipment
38425000-0	Équipement pour mécanique des fluides	Fluid mechanics equipment
38425100-1	Manomètres	Manometers
38425200-2	Viscosimètres	Viscosimeters
38425300-3	Indicateurs de profondeur	Depth indicators
38425400-4	Appareils d'estimation des structures	Structure estimation apparatus
38425500-5	Appareil d'estimation des forces	Strength estimation apparatus
38425600-6	Pycnomètres	Pycnometers
38425700-7	Instruments de mesure de la tension superficielle	Surface tension measuring instruments
38425800-8	Densitomètres	Densitometers
38426000-7	Coulomètres	Coulometers
38427000-4	Fluxmètres	Fluxmeters
38428000-1	Rhéomètres	Rheometers
38429000-8	Rotamètres	Rotameters
38430000-8	Appareils de détection et d'analyse	Detection and analysis apparatus
38431000-5	Appareils de détection	Detection apparatus
38431100-6	Détecteurs de gaz	Gas-detection apparatus
38431200-7	Détecteurs de fumée	Smoke-detection apparatus
38431300-8	Détecteurs d'erreurs	Fault detectors
38432000-2	Appareils d'analyses	Analysis apparatus
38432100-3	Analyseurs de gaz	Gas-analysis apparatus
38432200-4	Chromatographes	Chromatographs
38432210-7	Chromatographes à gaz	Gas chromatographs
38432300-5	Analyseurs de fumée	Smoke-analysis apparatus
38433000-9	Spectromètres	Spectrometers
38433100-0	Spectromètre de masse	Mass spectrometer
38433200-1	Matériel de mesure des émissions	Emission measurement equipment
38433210-4	Spectromètre à émission	Emission spectrometer
38433300-2	Analyseur de spectre	Spectrum analyser
38434000-6	Analyseurs	Analysers
38434100-7	Analyseurs d'expansion	Expansion analysers
38434200-8	Matériel de mesure du son	Sound-measuring equipment
38434210-1	Sonomètres	Sonometers
38434220-4	Analyseurs de la vitesse du son	Sound velocity analyzers
38434300-9	Matériel de mesure du bruit	Noise-measuring equipment
38434310-2	Décibelmètres	Decibel meter
38434400-0	Analyseurs de vibrations	Vibration analysers
38434500-1	Analyseurs biochimiques	Biochemical analysers
38434510-4	Cytomètres	Cytometers
38434520-7	Analyseurs de sang	Blood analysers
38434530-0	Analyseurs de lait	Milk analysers
38434540-3	Matériel biomédical	Biomedical equipment
38434550-6	Compte-globules	Blood-cell counters
38434560-9	Analyseur de chimie	Chemistry analyser
38434570-2	Analyseurs d'hématologie	Haematology analysers
38434580-5	Analyseurs d'immunologie	Immunoassay analysers
38435000-3	Détecteurs de fluides	Apparatus for detecting fluids
38436000-0	Agitateurs et accessoires	Shakers and accessories
38436100-1	Agitateurs mécaniques	Mechanical shakers
38436110-4	Corbeille pour flacons Erlenmeyer pour agitateurs	Erlenmeyer flask basket for shakers
38436120-7	Pinces à flacons Erlenmeyer pour agitateurs	Erlenmeyer flask clamps for shakers
38436130-0	Supports pour entonnoirs de séparation	Stands for separating funnels
38436140-3	Porte-pinces à flacons Erlenmeyer pour agitateurs	Platform for Erlenmeyer flask clamps for shakers
38436150-6	Porte-boîtes de Petri pour agitateurs	Petri dish stand for shakers
38436160-9	Porte-éprouvettes pour agitateurs	Test tube stand for shakers
38436170-2	Adaptateur pour flacons pour agitateurs	Flask adaptor for shakers
38436200-2	Évaporateurs rotatifs	Rotating evaporators
38436210-5	Écran protecteur pour évaporateurs rotatifs	Protective shield for rotating evaporators
38436220-8	Capteur de température d'ébullition pour évaporateurs rotatifs	Boiling temperature sensor for rotating evaporators
38436230-1	Régulateur de pression pour évaporateurs rotatifs	Pressure regulator for rotating evaporators
38436300-3	Agitateurs d'incubation	Incubating shakers
38436310-6	Plaques chauffantes	Heating plates
38436320-9	Plaques chauffantes pour flacons	Heating plates for flasks
38436400-4	Agitateurs magnétiques	Magnetic shakers
38436410-7	Thermorégulateurs pour agitateurs mécaniques avec plaques chauffantes	Thermal regulators for mechanical shakers with heating plates
38436500-5	Mélangeurs mécaniques	Mechanical stirrers
38436510-8	Aubes pour mélangeurs mécaniques	Blade impellers for mechanical stirrers
38436600-6	Homogénéisateurs à immersion	Immersion homogenisers
38436610-9	Instruments de dispersion pour homogénéisateurs à immersion	Dispersing instruments for immersion homogenisers
38436700-7	Désintégrateurs à ultrasons	Ultrasound disintegrators
38436710-0	Sondes pour désintégrateurs à ultrasons	Probes for ultrasound disintegrators
38436720-3	Convertisseurs pour désintégrateurs à ultrasons	Converters for ultrasound disintegrators
38436730-6	Chambres à débit continu pour désintégrateurs à ultrasons	Continuous-flow chambers for ultrasound disintegrators
38436800-8	Homogénéisateurs à lames rotatives	Rotating blade homogenizers
38437000-7	Pipettes de laboratoire et accessoires	Laboratory pipettes and accessories
38437100-8	Pipettes	Pipettes
38437110-1	Embouts de pipettes	Pipette tips
38437120-4	Porte-pipettes	Pipette stands
38500000-0	Appareils de contrôle et d'essai	Checking and testing apparatus
38510000-3	Microscopes	Microscopes
38511000-0	Microscopes électroniques	Electron microscopes
38511100-1	Microscopes électroniques à balayage	Scanning electron microscopes
38511200-2	Microscopes électroniques à transmission	Transmission electron microscope
38512000-7	Microscopes ioniques et monoculaires	Ion and molecular microscopes
38512100-8	Microscopes ioniques	Ion microscopes
38512200-9	Microscopes moléculaires	Molecular microscopes
38513000-4	Microscopes inversés et métallurgiques	Inverted and metallurgical microscopes
38513100-5	Microscopes inversés	Inverted microscopes
38513200-6	Microscopes métallurgiques	Metallurgical microscopes
38514000-1	Microscopes à fond noir et microscopes à sonde à balayage	Darkfield and scanning probe microscopes
38514100-2	Microscopes à fond noir	Darkfield microscopes
38514200-3	Microscopes à sonde à balayage	Scanning probe microscopes
38515000-8	Microscopes polarisants et microscopes à fluorescence	Fluorescent and polarising microscopes
38515100-9	Microscopes polarisants	Polarising microscopes
38515200-0	Microscope à fluorescence	Fluorescent microscopes
38516000-5	Microscopes composés monoculaires et/ou binoculaires	Monocular and/or binocular light compound microscopes
38517000-2	Microscopes acoustiques et microscopes à projection	Acoustic and projection microscopes
38517100-3	Microscopes acoustiques	Acoustic microscopes
38517200-4	Microscopes à projection	Projection microscopes
38518000-9	Microscopes à grand champ, microscopes stéréoscopiques ou microscopes à dissection	Wide field, stereo or dissecting light microscopes
38518100-0	Microscopes à grand champ	Wide field microscopes
38518200-1	Microscopes stéréoscopiques ou microscopes à dissection	Stereo or dissecting light microscopes
38519000-6	Composés divers pour microscopes	Miscellaneous compounds for microscopes
38519100-7	Illuminateurs pour microscopes	Illuminators for microscopes
38519200-8	Objectifs pour microscopes	Microscope objectives
38519300-9	Accessoires photo ou vidéo pour microscopes	Photo or video attachments for microscopes
38519310-2	Accessoires photo pour microscopes	Photo attachments for microscopes
38519320-5	Accessoires vidéo pour microscopes	Video attachments for microscopes
38519400-0	Platines porte-objet automatisées pour microscopes	Automated microscope stages
38519500-1	Ampoules de rechange pour microscope de laboratoire	Laboratory microscope replacement bulbs
38519600-2	Oculaires, condensateurs, collecteurs, platines porte-objet et housses de microscope	Microscope eyepieces, condensers, collectors, tubes, stages and covers
38519610-5	Oculaires de microscope	Microscope eyepieces
38519620-8	Condensateurs de microscope	Microscope condensers
38519630-1	Collecteurs de microscope	Microscope collectors
38519640-4	Tubes de microscope	Microscope tubes
38519650-7	Platines porte-objet de microscope	Microscope stages
38519660-0	Housses de microscope	Microscope covers
38520000-6	Scanners	Scanners
38521000-3	Scintigraphes à pression	Pressure scanners
38522000-0	Scintigraphes chromatographiques	Chromatographic scanners
38527100-6	Dosimètres à chambre d'ionisation	Ionization chamber dosimeters
38527200-7	Dosimètres	Dosimeters
38527300-8	Systèmes standard de dosimétrie secondaire	Secondary standard dosimetry systems
38527400-9	Dosimètres de fantômes	Phantom dosimeters
38530000-9	Diffractographes	Diffraction apparatus
38540000-2	Machines et appareils d'essai et de mesure	Machines and apparatus for testing and measuring
38541000-9	Testeurs de soudabilité	Solderability testers
38542000-6	Appareils d'essai servo-hydrauliques	Servo-hydraulic test apparatus
38543000-3	Matériel de détection de gaz	Gas-detection equipment
38544000-0	Détecteurs de stupéfiants	Drug detection apparatus
38545000-7	Kits d'analyse de gaz	Gas-testing kits
38546000-4	Système de détection d'explosifs	Explosives detection system
38546100-5	Détecteurs de bombes	Bomb detectors
38547000-1	Système de dosimétrie	Dosimetry system
38548000-8	Instruments pour véhicules	Instruments for vehicles
38550000-5	Compteurs	Meters
38551000-2	Compteurs d'énergie	Energy meters
38552000-9	Compteurs électroniques	Electronic meters
38553000-6	Compteurs magnétiques	Magnetic meters
38554000-3	Compteurs d'électricité	Electricity meters
38560000-8	Compteurs de production	Production counters
38561000-5	Compte-tours	Revolution counters
38561100-6	Indicateurs de vitesse pour véhicules	Speed indicators for vehicles
38561110-9	Tachymètres	Tachometers
38561120-2	Compteurs de taxi	Taxi meters
38562000-2	Stroboscopes	Stroboscopes
38570000-1	Instruments et appareils de réglage et de contrôle	Regulating and controlling instruments and apparatus
38571000-8	Limiteurs de vitesse	Speed limiters
38580000-4	Appareils utilisant les rayonnements et destinés à des usages autres que médicaux	Non-medical equipment based on the use of radiations
38581000-1	Équipement de scanning pour le contrôle des bagages	Baggage-scanning equipment
38582000-8	Équipement de contrôle aux rayons X	X-ray inspection equipment
38600000-1	Instruments d'optique	Optical instruments
38620000-7	Matériel de polarisation	Polarising material
38621000-4	Appareils à fibres optiques	Fibre-optic apparatus
38622000-1	Miroirs	Mirrors
38623000-8	Filtres optiques	Optical filters
38624000-5	Dispositifs d'aide optique	Optical aids
38630000-0	Instruments d'astronomie et d'optique	Astronomical and optical instruments
38631000-7	Jumelles	Binoculars
38632000-4	Lunettes de vision nocturne	Nightglasses
38633000-1	Lunettes de visée	Telescopic sights
38634000-8	Microscopes optiques	Optical microscopes
38635000-5	Télescopes	Telescopes
38636000-2	Instruments d'optique spécialisés	Specialist optical instruments
38636100-3	Lasers	Lasers
38636110-6	Lasers industriels	Industrial lasers
38640000-3	Dispositifs à cristaux liquides	Liquid crystal devices
38641000-0	Périscopes	Periscopes
38650000-6	Matériel de photographie	Photographic equipment
38651000-3	Appareils photographiques	Cameras
38651100-4	Objectifs photographiques	Camera lenses
38651200-5	Corps d'appareils photographiques	Camera bodies
38651300-6	Appareils de reproduction pour la préparation de plaques ou de cylindres d'impression	Cameras for preparing printing plates or cylinders
38651400-7	Appareils photographiques à développement instantané	Instant print cameras
38651500-8	Caméras cinématographiques	Cinematographic cameras
38651600-9	Appareils photographiques numériques	Digital cameras
38652000-0	Projecteurs cinématographiques	Cinematographic projectors
38652100-1	Appareils de projection	Projectors
38652110-4	Projecteurs de diapositives	Slide projectors
38652120-7	Vidéoprojecteurs	Video projectors
38652200-2	Agrandisseurs	Enlargers
38652300-3	Réducteurs	Reducers
38653000-7	Appareils pour laboratoires photographiques	Apparatus for photographic laboratories
38653100-8	Flashes	Flashlights
38653110-1	Ampoules de flash	Photographic flashbulbs
38653111-8	Cubes flashes	Photographic flashcubes
38653200-9	Agrandisseurs photographiques	Photographic enlargers
38653300-0	Appareils et matériel de développement de pellicules photographiques	Apparatus and equipment for developing film
38653400-1	Écrans de projection	Projection screens
38654000-4	Matériel pour microfilms et microfiches	Microfilm and microfiche equipment
38654100-5	Matériel pour microfilms	Microfilm equipment
38654110-8	Lecteurs de microfilms	Microfilm readers
38654200-6	Matériel pour microfiches	Microfiche equipment
38654210-9	Lecteurs de microfiches	Microfiche readers
38654300-7	Matériel pour microformes	Microform equipment
38654310-0	Lecteurs de microformes	Microform readers
38700000-2	Horloges de pointage et compteurs similaires; parcmètres	Time registers and the like; parking meters
38710000-5	Horloges de pointage	Time registers
38720000-8	Horodateurs	Time recorders
38730000-1	Parcmètres	Parking meters
38731000-8	Compteurs à jetons	Token meters
38740000-4	Minuteurs	Process timers
38750000-7	Interrupteurs horaires	Time switches
38800000-3	Équipement de commande des processus industriels et matériel de télécommande	Industrial process control equipment and remote-control equipment
38810000-6	Équipement de commande des processus industriels	Industrial process control equipment
38820000-9	Matériel de télécommande	Remote-control equipment
38821000-6	Appareils de radiotélécommande	Radio remote-control apparatus
38822000-3	Sirènes télécommandées	Remote-control siren devices
38900000-4	Instruments divers d'évaluation ou de test	Miscellaneous evaluation or testing instruments
38910000-7	Matériel de vérification et de test d'hygiène	Hygiene monitoring and testing equipment
38911000-4	Kits pour prélèvement manuels sur écouvillon	Manual swab test kits
38912000-1	Kits pour prélèvement automatiques sur écouvillon	Automated swab test kits
38920000-0	Équipement pour grains et aliments pour animaux	Seed and feed equipment
38921000-7	Analyseurs de grains	Grain analysers
38922000-4	Compteurs de grains	Seed counters
38923000-1	Analyseurs d'aliments	Feed analysers
38930000-3	Instruments de mesure de l'humidité	Humidity and moisture measuring instruments
38931000-0	Appareils de contrôle de l'humidité et de la température	Temperature humidity testers
38932000-7	Appareils de mesure de l'humidité	Moisture meters
38940000-6	Instruments d'évaluation nucléaire	Nuclear evaluation instruments
38941000-7	Compteurs alpha	Alpha counters
38942000-7	Compteurs alpha beta	Alpha beta counters
38943000-7	Compteurs beta	Beta counters
38944000-7	Compteurs beta gamma	Beta gamma counters
38945000-7	Compteurs gamma	Gamma counters
38946000-7	Kilovoltmètres	KVP meters
38947000-7	Microanalyseurs de rayons X	X-ray microanalysers
38950000-9	Matériel pour réaction en chaîne à la polymérase (PCR)	Polymerase Chain Reaction (PCR) equipment
38951000-6	Matériel pour réaction en chaîne à la polymérase en temps réel (RT-PCR)	Real-time Polymerase Chain Reaction (PCR) equipment
38960000-2	Éthylotest antidémarrage	Alcohol ignition lock
38970000-5	Simulateur de recherche, d'essai et scientifique et technique	Research, testing and scientific technical simulator
39000000-2	Meubles (y compris les meubles de bureau), aménagements, appareils électroménagers (à l'exclusion de l'éclairage) et produits de nettoyage	Furniture (incl. office furniture), furnishings, domestic appliances (excl. lighting) and cleaning products
39100000-3	Mobilier	Furniture
39110000-6	Sièges, chaises et articles assimilés, et pièces connexes	Seats, chairs and related products, and associated parts
39111000-3	Sièges	Seats
39111100-4	Sièges pivotants	Swivel seats
39111200-5	Sièges de théâtre	Theatre seats
39111300-6	Sièges éjectables	Ejector seats
39112000-0	Chaises	Chairs
39112100-1	Chaises de salle à manger	Dining chairs
39113000-7	Sièges et chaises divers	Miscellaneous seats and chairs
39113100-8	Fauteuils	Armchairs
39113200-9	Canapés	Settees
39113300-0	Banquettes	Bench seats
39113400-1	Chaises longues	Deck chairs
39113500-2	Tabourets	Stools
39113600-3	Bancs	Benches
39113700-4	Repose-pieds	Footrests
39114000-4	Éléments de sièges	Parts of seats
39114100-5	Rembourrage	Upholstering
39120000-9	Tables, armoires, bureaux et bibliothèques	Tables, cupboards, desk and bookcases
39121000-6	Bureaux et tables	Desks and tables
39121100-7	Bureaux	Desks
39121200-8	Tables	Tables
39122000-3	Armoires et bibliothèques	Cupboards and bookcases
39122100-4	Armoires	Cupboards
39122200-5	Bibliothèques	Bookcases
39130000-2	Mobilier de bureau	Office furniture
39131000-9	Rayonnages de bureau	Office shelving
39131100-0	Rayonnages d'archives	Archive shelving
39132000-6	Systèmes de classement	Filing systems
39132100-7	Armoires de classement	Filing cabinets
39132200-8	Meubles fichiers	Card-index cabinets
39132300-9	Dossiers suspendus	Hanging files
39132400-0	Systèmes de carrousels	Carousel systems
39132500-1	Chariots de bureau	Office trolleys
39133000-3	Présentoirs	Display units
39134000-0	Mobilier informatique	Computer furniture
39134100-1	Tables pour ordinateurs	Computer tables
39135000-7	Tables de tri	Sorting tables
39135100-8	Casiers de tri	Sorting frames
39136000-4	Porte-manteaux	Coat hangers
39137000-1	Adoucisseurs d'eau	Water softeners
39140000-5	Mobilier de maison	Domestic furniture
39141000-2	Mobilier et agencement de cuisine	Kitchen furniture and equipment
39141100-3	Étagères	Shelves
39141200-4	Plans de travail	Worktops
39141300-5	Placards	Cabinets
39141400-6	Cuisines équipées	Fitted kitchens
39141500-7	Hottes d'aspiration	Fume cupboards
39142000-9	Mobilier de jardin	Garden furniture
39143000-6	Mobilier de chambre à coucher, mobilier de salle à manger et mobilier de salle de séjour	Bedroom, dining room and living-room furniture
39143100-7	Mobilier de chambre à coucher	Bedroom furniture
39143110-0	Lits, literie et tissus d'ameublement spéciaux	Beds and bedding and specialist soft furnishings
39143111-7	Sommiers	Mattress supports
39143112-4	Matelas	Mattresses
39143113-1	Tissus spéciaux d'ameublement	Specialist soft furnishings
39143114-8	Couvertures chauffantes	Electric blankets
39143115-5	Alèses en caoutchouc	Rubber sheets
39143116-2	Lits d'enfant	Cots
39143120-3	Mobilier de chambre à coucher autre que lits et literie	Bedroom furniture, other than beds and beddings
39143121-0	Armoires-penderies	Wardrobes
39143122-7	Commodes	Chests of drawers
39143123-4	Tables de chevet	Bedside tables
39143200-8	Mobilier de salle à manger	Dining-room furniture
39143210-1	Tables de salle à manger	Dining tables
39143300-9	Mobilier de séjour	Living-room furniture
39143310-2	Tables basses	Coffee tables
39144000-3	Mobilier de salle de bains	Bathroom furniture
39145000-0	Accessoires pour caves à vin	Wine cellar fixtures
39150000-8	Mobilier et équipements divers	Miscellaneous furniture and equipment
39151000-5	Mobilier divers	Miscellaneous furniture
39151100-6	Râteliers	Racking
39151200-7	Établis	Work benches
39151300-8	Mobilier modulaire	Modular furniture
39152000-2	Rayonnages mobiles	Mobile bookshelves
39153000-9	Mobilier de salle de conférence	Conference-room furniture
39153100-0	Porte-livres	Bookstands
39154000-6	Équipements d'exposition	Exhibition equipment
39154100-7	Stands d'exposition	Exhibition stands
39155000-3	Mobilier de bibliothèque	Library furniture
39155100-4	Équipements de bibliothèque	Library equipment
39156000-0	Mobilier d'accueil et de réception	Lounge and reception-area furniture
39157000-7	Éléments de meubles	Parts of furniture
39160000-1	Mobilier scolaire	School furniture
39161000-8	Mobilier pour jardin d'enfants	Kindergarten furniture
39162000-5	Matériel d'enseignement	Educational equipment
39162100-6	Matériel pédagogique	Teaching equipment
39162110-9	Fournitures scolaires	Teaching supplies
39162200-7	Matériels et appareils de formation	Training aids and devices
39170000-4	Mobilier de magasin	Shop furniture
39171000-1	Vitrines	Display cases
39172000-8	Comptoirs	Counters
39172100-9	Comptoirs de distribution de repas	Servery counters
39173000-5	Unités de stockage	Storage units
39174000-2	Enseignes de magasin	Shop signs
39180000-7	Mobilier de laboratoire	Laboratory furniture
39181000-4	Paillasses de laboratoire	Laboratory benching
39190000-0	Papier peint et autres revêtements	Wallpaper and other coverings
39191000-7	Revêtements muraux à base de papier ou de carton	Paper- or paperboard-based wall coverings
39191100-8	Papier peint	Wallpaper
39192000-4	Revêtements muraux en textile	Textile wall coverings
39193000-1	Revêtements de sol à base de papier ou de carton	Paper- or paperboard-based floor coverings
39200000-4	Aménagements	Furnishing
39220000-0	Équipement de cuisine, articles de maison, articles ménagers et fournitures de restauration	Kitchen equipment, household and domestic items and catering supplies
39221000-7	Équipement de cuisine	Kitchen equipment
39221100-8	Ustensiles de cuisine	Kitchenware
39221110-1	Vaisselle	Crockery
39221120-4	Tasses et verres	Cups and glasses
39221121-1	Tasses	Cups
39221122-8	Petites tasses	Cuplets
39221123-5	Verres à boire	Drinking glasses
39221130-7	Récipients pour aliments	Food containers
39221140-0	Bidons à eau	Water canteens
39221150-3	Récipients isothermes	Vacuum flasks
39221160-6	Plateaux	Trays
39221170-9	Égouttoirs	Drying racks
39221180-2	Ustensiles de cuisson	Cooking utensils
39221190-5	Égouttoirs à vaisselle	Plate racks
39221200-9	Vaisselle de table	Tableware
39221210-2	Assiettes	Plates
39221220-5	Plats	Dishes
39221230-8	Soucoupes	Saucers
39221240-1	Bols	Bowls
39221250-4	Décanteuses	Decanters
39221260-7	Gamelles en fer blanc	Mess tins
39222000-4	Fournitures pour restauration	Catering supplies
39222100-5	Fournitures jetables pour restauration	Disposable catering supplies
39222110-8	Couteaux et assiettes jetables	Disposable cutlery and plates
39222120-1	Tasses jetables	Disposable cups
39222200-6	Plateaux pour repas	Food trays
39223000-1	Cuillères, fourchettes	Spoons, forks
39223100-2	Cuillères	Spoons
39223200-3	Fourchettes	Forks
39224000-8	Balais et brosses et autres articles de divers types	Brooms and brushes and other articles of various types
39224100-9	Balais	Brooms
39224200-0	Brosses	Brushes
39224210-3	Pinceaux de peintre en bâtiment	Painters' brushes
39224300-1	Balais et brosses et autres produits de nettoyage ménager	Brooms and brushes and other articles for household cleaning
39224310-4	Brosses de toilette	Toilet brushes
39224320-7	Éponges	Sponges
39224330-0	Seaux	Buckets
39224340-3	Poubelles	Bins
39224350-6	Pelles à poussière	Dustpans
39225000-5	Briquets, articles en matières inflammables, articles de pyrotechnie, allumettes et combustibles liquides ou gaz combustibles liquéfiés	Lighters, articles of combustible materials, pyrotechnics, matches and liquid or liquefied gas fuels
39225100-6	Briquets	Cigarette lighters
39225200-7	Alliages pyrophoriques	Pyrophoric alloys
39225300-8	Allumettes	Matches
39225400-9	Gaz pour briquets	Gas fuels for lighters
39225500-0	Articles de pyrotechnie	Pyrotechnics
39225600-1	Bougies	Candles
39225700-2	Bouteille, bocaux et flacons	Bottles, jars and phials
39225710-5	Bouteilles	Bottles
39225720-8	Bocaux	Jars
39225730-1	Flacons	Phials
39226000-2	Bonbonnes, casiers à bouteilles, fioles et bobines	Carboys, bottle cases, flasks and bobbins
39226100-3	Casiers à bouteilles	Bottle cases
39226200-4	Bonbonnes et fioles	Carboys and flasks
39226210-7	Bonbonnes	Carboys
39226220-0	Fioles	Flasks
39226300-5	Bobines	Spools or bobbins
39227000-9	Aiguilles à coudre et à tricoter, et dés à coudre	Sewing and knitting needles, and thimbles
39227100-0	Aiguilles à coudre ou à tricoter	Sewing needles or knitting needles
39227110-3	Aiguilles à coudre	Sewing needles
39227120-6	Aiguilles à tricoter	Knitting needles
39227200-1	Dés à coudre	Thimbles
39230000-3	Produit à usage spécial	Special-purpose product
39234000-1	Caisses à compost	Compost boxes
39235000-8	Jetons	Tokens
39236000-5	Cabines de peinture	Spray booths
39237000-2	Bornes de neige	Snow poles
39240000-6	Coutellerie	Cutlery
39241000-3	Couteaux et ciseaux	Knives and scissors
39241100-4	Couteaux	Knives
39241110-7	Couteaux de table	Table knives
39241120-0	Couteaux de cuisine	Cooks' knives
39241130-3	Couteaux universels	Utility knives
39241200-5	Ciseaux	Scissors
39254000-7	Horlogerie	Horology
39254100-8	Horloges	Clocks
39254110-1	Réveils	Alarm clocks
39254120-4	Horloges murales	Wall clocks
39254130-7	Verre à horloges	Glass for clocks
39260000-2	Plateaux de réception et matériel de bureau	Delivery trays and desk equipment
39261000-9	Plateaux de réception	Delivery trays
39263000-3	Matériel de bureau	Desk equipment
39263100-4	Accessoires de bureau	Desk sets
39264000-0	Accessoires pour classeurs ou fichiers	Fittings for loose-leaf binders or files
39265000-7	Crochets et œillets	Hooks and eyes
39270000-5	Articles religieux	Religious articles
39290000-1	Aménagements divers	Miscellaneous furnishing
39291000-8	Fournitures pour blanchisserie	Laundry supplies
39292000-5	Ardoises d'écolier et tableaux à écrire ou à dessiner ou instruments	School slates or boards with writing or drawing surfaces or instruments
39292100-6	Tableaux noirs	Blackboards
39292110-9	Éponges à effacer pour tableaux noirs	Erasers for blackboards
39292200-7	Ardoises d'écolier	Writing slates
39292300-8	Instruments de dessin	Drawing instruments
39292400-9	Instruments d'écriture	Writing instruments
39292500-0	Règles	Rulers
39293000-2	Produits artificiels	Artificial products
39293100-3	Fruits artificiels	Artificial fruit
39293200-4	Fleurs artificielles	Artificial flowers
39293300-5	Gazon artificiel	Artificial grass
39293400-6	Pelouse artificielle	Artificial lawn
39293500-7	Bijouterie de fantaisie	Imitation jewellery
39294000-9	Appareils et équipement de démonstration	Apparatus and equipment designed for demonstrational purposes
39294100-0	Produits d'information et de promotion	Information and promotion products
39295000-6	Parapluies et parasols, cannes et cannes-sièges	Umbrellas and sunshades; walking sticks and seat sticks
39295100-7	Parasols	Sunshades
39295200-8	Parapluies	Umbrellas
39295300-9	Cannes-sièges	Seat sticks
39295400-0	Cannes de marche	Walking sticks
39295500-1	Pièces, garnitures et accessoires de parapluies, parasols, cannes et articles similaires	Parts, trimmings and accessories of umbrellas, sunshades, walking sticks and similar articles
39296000-3	Articles funéraires	Funeral supplies
39296100-4	Cercueils	Coffins
39297000-0	Fournitures de caserne	Barracks supplies
39298000-7	Statuettes, ornements, cadres pour photographies ou images et miroirs	Statuettes, ornaments; photograph or picture frames, and mirrors
39298100-8	Cadres pour photographies	Photograph frames
39298200-9	Cadres pour images	Picture frames
39298300-0	Vases	Flower bowls
39298400-1	Statuettes	Statuettes
39298500-2	Ornements	Ornaments
39298600-3	Globes	Globes
39298700-4	Trophées	Trophies
39298800-5	Aquariums	Aquariums
39298900-6	Éléments décoratifs divers	Miscellaneous decoration items
39298910-9	Arbre de Noël	Christmas tree
39299000-4	Verrerie	Glassware
39299100-5	Ampoules en verre	Glass ampoules
39299200-6	Verre de sécurité	Safety glass
39299300-7	Miroirs en verre	Glass mirrors
39300000-5	Équipement divers	Miscellaneous equipment
39310000-8	Équipement de restauration	Catering equipment
39311000-5	Petit matériel de restauration	Light catering equipment
39312000-2	Matériel pour la préparation des aliments	Food-preparation equipment
39312100-3	Machines à couper la viande	Meat slicers
39312200-4	Matériel de cantine	Canteen equipment
39313000-9	Équipement hôtelier	Hotel equipment
39314000-6	Équipement de cuisine industrielle	Industrial kitchen equipment
39315000-3	Équipement de restaurant	Restaurant equipment
39330000-4	Matériel de désinfection	Disinfection equipment
39340000-7	Équipement de réseau à gaz	Gas network equipment
39341000-4	Équipement pour pression du gaz	Gas pressure equipment
39350000-0	Équipement de réseau d'assainissement	Sewerage works equipment
39360000-3	Matériel de scellement	Sealing equipment
39370000-6	Installations de distribution d'eau	Water installations
39500000-7	Articles textiles	Textile articles
39510000-0	Articles textiles ménagers	Textile household articles
39511000-7	Couvertures et plaids	Blankets and travelling rugs
39511100-8	Couvertures	Blankets
39511200-9	Plaids	Travelling rugs
39512000-4	Linge de lit	Bed linen
39512100-5	Draps	Sheets
39512200-6	Housses de couettes	Duvet covers
39512300-7	Protège-matelas	Mattress covers
39512400-8	Édredons	Eiderdowns
39512500-9	Taies d'oreillers	Pillowcases
39512600-0	Taies de traversins	Bolstercases
39513000-1	Linge de table	Table linen
39513100-2	Nappes	Tablecloths
39513200-3	Serviettes de table	Table napkins
39514000-8	Linge de toilette et de cuisine	Toilet and kitchen linen
39514100-9	Serviettes de toilette	Towels
39514200-0	Torchons	Tea towels
39514300-1	Essuie-mains en rouleau	Roller towels
39514400-2	Distributeurs automatiques de serviettes	Automatic towel dispensers
39514500-3	Gants de toilette	Face cloths
39515000-5	Rideaux, tentures, lambrequins et stores en textile	Curtains, drapes, valances and textile blinds
39515100-6	Rideaux	Curtains
39515110-9	Pare-fumée	Smoke curtains
39515200-7	Tentures	Drapes
39515300-8	Lambrequins	Valances
39515400-9	Stores	Blinds
39515410-2	Stores d'intérieur	Interior blinds
39515420-5	Stores en textile	Textile blinds
39515430-8	Stores vénitiens	Venetian blinds
39515440-1	Jalousies	Vertical blinds
39516000-2	Articles d'ameublement	Furnishing articles
39516100-3	Articles textiles d'ameublement	Soft furnishings
39516110-6	Coussins	Cushions
39516120-9	Oreillers	Pillows
39518000-6	Linge d'hôpital	Hospital linen
39518100-7	Champs opératoires	Operating-theatre drapes
39518200-8	Draps pour salle d'opération	Operating-theatre sheets
39520000-3	Articles textiles confectionnés	Made-up textile articles
39522000-7	Bâches imperméables, voiles pour bateaux, planches à voile ou chars à voile, auvents, stores, tentes et articles de camping	Tarpaulins, sails for boats, sailboards or land craft, awnings, sunblinds, tents and camping goods
39522100-8	Bâches imperméables, auvents et stores	Tarpaulins, awnings and sunblinds
39522110-1	Bâches imperméables	Tarpaulins
39522120-4	Marquises	Awnings
39522130-7	Rideaux pare-soleil	Sunblinds
39522200-9	Toiles de camouflage	Camouflage covers
39522400-1	Voiles	Sails
39522500-2	Articles de camping en textile	Textile camping goods
39522510-5	Matelas pneumatiques	Pneumatic mattresses
39522520-8	Lits de camp	Camp beds
39522530-1	Tentes	Tents
39522540-4	Sacs de couchage	Sleeping bags
39522541-1	Sacs de couchage en plume ou en duvet	Sleeping bags filled with feathers or down
39523000-4	Parachutes	Parachutes
39523100-5	Parachutes dirigeables	Dirigible parachutes
39523200-6	Rotochutes	Rotochutes
39525000-8	Articles textiles manufacturés divers	Miscellaneous manufactured textile articles
39525100-9	Chiffons à poussière	Dusters
39525200-0	Éléments filtrants en tissu	Filter elements of cloth
39525300-1	Gilets de sauvetage	Life jackets
39525400-2	Couvertures ignifuges	Fire blankets
39525500-3	Moustiquaires	Mosquito nets
39525600-4	Torchons à vaisselle	Dishcloths
39525700-5	Ceintures de sauvetage	Life belts
39525800-6	Torchons de nettoyage	Cleaning cloths
39525810-9	Torchons à polir	Polishing cloths
39530000-6	Tapis, paillassons et carpettes	Carpets, mats and rugs
39531000-3	Tapis	Carpets
39531100-4	Revêtement de sol à points noués	Knotted carpeting
39531200-5	Revêtement de sol tissé	Woven carpeting
39531300-6	Revêtement de sol touffeté	Tufted carpeting
39531310-9	Dalles de moquette	Carpet tiles
39531400-7	Revêtement de sol en textile	Carpeting
39532000-0	Paillassons	Mats
39533000-7	Carpettes	Rugs
39534000-4	Revêtement de sol industriel en textile	Industrial carpeting
39540000-9	Cordages, cordes, ficelles et filets divers	Miscellaneous cordage, rope, twine and netting
39541000-6	Cordage, corde, ficelle et filets	Cordage, rope, twine and netting
39541100-7	Ficelles, cordages et câbles	Twine, cordage and rope
39541110-0	Corde	Rope
39541120-3	Cordage	Cordage
39541130-6	Cordon	String
39541140-9	Ficelle	Twine
39541200-8	Filets en textile	Textile nets
39541210-1	Filets à mailles nouées	Knotted nets
39541220-4	Élingues	Slings
39542000-3	Chiffons	Rags
39550000-2	Articles en non-tissé	Non-woven articles
39560000-5	Articles textiles divers	Miscellaneous textile articles
39561000-2	Tulle, dentelle, rubanerie, passementerie et broderie	Tulle, lace, narrow-woven fabrics, trimmings and embroidery
39561100-3	Rubanerie, passementerie	Narrow-woven fabrics; trimmings
39561110-6	Ruban	Ribbon
39561120-9	Bande textile	Textile tape
39561130-2	Étiquettes et badges en textile	Textile labels and badges
39561131-9	Étiquettes en textile	Textile labels
39561132-6	Badges en textile	Textile badges
39561133-3	Insignes	Insignia
39561140-5	Passementerie d'ornement	Ornamental trimmings
39561141-2	Galons	Braids
39561142-9	Épaulettes	Epaulettes
39561200-4	Tissu à mailles	Net fabrics
39562000-9	Feutre	Felt
39563000-6	Textile de rembourrage, fils, tissus et articles textiles utilisés à des fins techniques	Textile wadding, yarns, fabrics and articles for technical uses
39563100-7	Rembourrage textile	Textile wadding
39563200-8	Fil métallisé	Metallised yarn
39563300-9	Tissu de fils métalliques	Woven fabrics of metal thread
39563400-0	Tissu imprégné, enduit ou recouvert	Impregnated, coated or covered textile fabrics
39563500-1	Articles textiles à usage technique	Textile articles for technical uses
39563510-4	Tuyaux en textile	Textile hosepiping
39563520-7	Bandes convoyeuses en textile	Textile conveyor belts
39563530-0	Conduites d'aération	Ventilation ducting
39563600-2	Produits textiles matelassés	Quilted textile products
39700000-9	Appareils ménagers	Domestic appliances
39710000-2	Appareils ménagers électriques	Electrical domestic appliances
39711000-9	Appareils électrodomestiques pour la cuisine	Electrical domestic appliances for use with foodstuffs
39711100-0	Réfrigérateurs et congélateurs	Refrigerators and freezers
39711110-3	Réfrigérateurs-congélateurs	Refrigerator-freezers
39711120-6	Congélateurs	Freezers
39711121-3	Congélateurs-bahuts	Chest-type freezers
39711122-0	Congélateurs ménagers	Household freezers
39711123-7	Congélateurs-armoires	Upright-type freezers
39711124-4	Congélateurs industriels	Industrial freezers
39711130-9	Réfrigérateurs	Refrigerators
39711200-1	Machines pour la préparation des aliments	Food processors
39711210-4	Robots ménagers	Food blenders
39711211-1	Mixeurs pour aliments	Food mixers
39711300-2	Appareils électrothermiques	Electrothermic appliances
39711310-5	Cafetières électriques	Electric coffee makers
39711320-8	Théières électriques	Electric tea makers
39711330-1	Grille-pain électriques	Electric toasters
39711340-4	Chauffe-plats	Plate warmers
39711350-7	Gaufriers	Waffle irons
39711360-0	Fours	Ovens
39711361-7	Fours électriques	Electric ovens
39711362-4	Fours à micro-ondes	Microwave ovens
39711400-3	Rôtissoires, plaques de cuisson, plaques chauffantes et réchauds	Roasters, hobs, hotplates and boiling rings
39711410-6	Rôtissoires	Roasters
39711420-9	Foyers de cuisson	Hobs
39711430-2	Plaques de cuisson	Hotplates
39711440-5	Réchauds	Boiling rings
39711500-4	Ouvre-boîtes	Can openers
39712000-6	Appareils électrodomestiques pour soins corporels	Electrical domestic appliances for use with the human body
39712100-7	Tondeuses à cheveux	Hair clippers
39712200-8	Appareils de coiffure	Hairdressing appliances
39712210-1	Sèche-cheveux	Hair dryers
39712300-9	Sèche-mains	Hand-drying apparatus
39713000-3	Appareils électrodomestiques de nettoyage; fers à repasser	Electrical domestic appliances for cleaning; smoothing irons
39713100-4	Lave-vaisselle	Dishwashing machines
39713200-5	Lave-linge et sèche-linge	Clothes-washing and drying machines
39713210-8	Lave-linge et sèche-linge combinés	Washer/dryers
39713211-5	Unité de séchage et de pressage	Drying and pressing unit
39713300-6	Compacteurs d'ordures ménagères	Rubbish compactors
39713400-7	Machines d'entretien des sols	Floor-maintenance machines
39713410-0	Machines de nettoyage des sols	Floor-cleaning machines
39713420-3	Cireuses	Floor polishers
39713430-6	Aspirateurs	Vacuum cleaners
39713431-3	Accessoires pour aspirateurs	Accessories for vacuum cleaners
39713500-8	Fers à repasser électriques	Electric irons
39713510-1	Fers à vapeur	Steam irons
39714000-0	Hottes de ventilation ou de recyclage	Ventilating or recycling hoods
39714100-1	Aérateurs	Ventilators
39714110-4	Ventilateurs d'aspiration	Extraction ventilators
39715000-7	Chauffe-eau et chauffage de bâtiment; équipement de plomberie	Water heaters and heating for buildings; plumbing equipment
39715100-8	Distributeurs électriques d'eau chaude ou chauffe-eau à accumulation et thermoplongeurs	Electric instantaneous or storage water heaters and immersion heaters
39715200-9	Équipement de chauffage	Heating equipment
39715210-2	Matériel de chauffage central	Central-heating equipment
39715220-5	Résistances de chauffage électrique	Electric heating resistors
39715230-8	Appareils électriques de chauffage au sol	Electric soil-heating apparatus
39715240-1	Appareils électriques de chauffage des locaux	Electric space-heating apparatus
39715300-0	Équipement de plomberie	Plumbing equipment
39716000-4	Pièces pour appareils électroménagers	Parts of electrical domestic appliances
39717000-1	Ventilateurs et appareils de conditionnement d'air	Fans and air-conditioning appliances
39717100-2	Ventilateurs	Fans
39717200-3	Appareils de conditionnement d'air	Air-conditioning appliances
39720000-5	Appareils ménagers non électriques	Non-electric domestic appliances
39721000-2	Appareils ménagers de cuisson ou de chauffage	Domestic cooking or heating equipment
39721100-3	Appareils ménagers de cuisson	Domestic cooking appliances
39721200-4	Réfrigérateurs à gaz	Gas refrigerators
39721300-5	Réchauffeurs d'air ou distributeurs d'air chaud non électriques	Non-electric air heaters or hot air-distributors
39721310-8	Réchauffeurs d'air	Air heaters
39721320-1	Déshydrateurs d'air	Air dryers
39721321-8	Séchoirs à air comprimé	Compressed-air dryers
39721400-6	Chauffe-eau instantanés ou à accumulation non électriques	Instantaneous or storage non-electric water heaters
39721410-9	Appareils à gaz	Gas appliances
39721411-6	Radiateurs à gaz	Gas heaters
39722000-9	Pièces pour poêles, cuisinières, chauffe-plats et appareils ménagers	Parts of stoves, cookers, plate warmers and domestic appliances
39722100-0	Pièces pour poêles	Parts of stoves
39722200-1	Pièces pour cuisinières	Parts of cookers
39722300-2	Pièces pour chauffe-plats	Parts of plate warmers
39800000-0	Produits de nettoyage et produits à polir	Cleaning and polishing products
39810000-3	Préparations odoriférantes et cires	Odoriferous preparations and waxes
39811000-0	Parfums et désodorisants d'intérieur	Preparations for perfuming or deodorising rooms
39811100-1	Désodorisants d'intérieur	Air freshener
39811110-4	Appareils distributeurs de désodorisants d'intérieur	Air freshener dispensers
39811200-2	Produits d'assainissement de l'air	Air sanitisers
39811300-3	Désodorisants	Deodorisers
39812000-7	Cirages et crèmes	Polishes and creams
39812100-8	Produits d'entretien des sols	Floor polishes
39812200-9	Produits d'entretien des chaussures	Shoe polishes
39812300-0	Cires à encaustiquer	Polishing waxes
39812400-1	Sciures de balayage	Sweeping compounds
39812500-2	Agents d'étanchéité	Sealants
39813000-4	Pâtes et poudres à récurer	Scouring pastes and powders
39820000-6	Agents organiques tensioactifs	Organic surface-active agents
39821000-3	Produits nettoyants à l'ammoniac	Ammonia cleaners
39822000-0	Produits nettoyants à la soude caustique	Caustic cleaners
39830000-9	Produits de nettoyage	Cleaning products
39831000-6	Préparations nettoyantes	Washing preparations
39831100-7	Dispersants	Oil dispersant
39831200-8	Détergents	Detergents
39831210-1	Détergents pour lave-vaisselle	Dishwasher detergents
39831220-4	Agents dégraissants	Degreasing agents
39831230-7	Digesteurs de graisses	Grease digesters
39831240-0	Agents nettoyants	Cleaning compounds
39831250-3	Solutions de rinçage	Rinsing solutions
39831300-9	Produits nettoyants pour sols	Floor cleaners
39831400-0	Produits nettoyants pour écrans	Screen cleaners
39831500-1	Produits nettoyants pour automobiles	Automotive cleaners
39831600-2	Produits nettoyants pour les toilettes	Toilet cleaners
39831700-3	Distributeur de savon automatique	Automatic soap dispensers
39832000-3	Produits pour lave-vaisselle	Dishwashing products
39832100-4	Poudre pour lave-vaisselle	Dishwashing powder
39833000-0	Produits antipoussière	Anti-dust products
39834000-7	Solutions de nettoyage pour bijoux	Jewellery cleaning solutions
41000000-9	Eau collectée et purifiée	Collected and purified water
41100000-0	Eau brute	Natural water
41110000-3	Eau potable	Drinking water
41120000-6	Eau non potable	Non-drinking water
42000000-6	Machines industrielles	Industrial machinery
42100000-0	Machines de production et d'utilisation de la puissance mécanique	Machinery for the production and use of mechanical power
42110000-3	Turbines et moteurs	Turbines and motors
42111000-0	Moteurs (puissance motrice)	Motors
42111100-1	Moteurs hors-bord pour propulsion navale	Outboard motors for marine propulsion
42112000-7	Installations de turbines	Turbine installations
42112100-8	Turbines à vapeur d'eau	Steam turbines
42112200-9	Turbines hydrauliques	Hydraulic turbines
42112210-2	Roues hydrauliques	Water wheels
42112300-0	Turbines à gaz	Gas turbines
42112400-1	Équipements de turbines	Turbine equipment
42112410-4	Instruments pour turbines	Turbine instruments
42113000-4	Pièces pour turbines	Parts of turbines
42113100-5	Pièces pour turbines à vapeur d'eau	Parts of steam turbines
42113110-8	Plaques d'assise	Base plates
42113120-1	Caissons	Casings
42113130-4	Systèmes de refroidissement à air avec condensateurs	Condenser air-cooling systems
42113150-0	Systèmes à huile lubrifiante	Lubricating oil systems
42113160-3	Séparateurs d'humidité	Moisture separators
42113161-0	Déshumidificateurs	Dehumidifiers
42113170-6	Dispositifs rotatifs	Rotary equipment
42113171-3	Rotors	Rotors
42113172-0	Lames	Blades
42113190-2	Vireurs	Turning gear
42113200-6	Pièces pour turbines hydrauliques	Parts of hydraulic turbines
42113300-7	Pièces pour turbines à gaz	Parts of gas turbines
42113310-0	Systèmes d'admission d'air	Air-inlet systems
42113320-3	Module d'injection à gaz	Gas-injection module
42113390-4	Systèmes à gaz combustibles	Fuel-gas systems
42113400-8	Pièces pour roues hydrauliques	Parts of water wheels
42120000-6	Pompes et compresseurs	Pumps and compressors
42121000-3	Machines et moteurs hydrauliques ou pneumatiques	Hydraulic or pneumatic power engines and motors
42121100-4	Cylindres hydrauliques ou pneumatiques	Hydraulic or pneumatic cylinders
42121200-5	Moteurs hydrauliques (véhicules)	Hydraulic power engines
42121300-6	Moteurs pneumatiques (véhicules)	Pneumatic power engines
42121400-7	Moteurs hydrauliques (puissance motrice)	Hydraulic power motors
42121500-8	Moteurs pneumatiques (puissance motrice)	Pneumatic power motors
42122000-0	Pompes	Pumps
42122100-1	Pompes à liquides	Pumps for liquids
42122110-4	Pompes pour la lutte contre l'incendie	Pumps for firefighting
42122120-7	Dispositifs de ravitaillement d'hélicoptères	Helicopter refuelling package
42122130-0	Pompes à eau	Water pumps
42122160-9	Pompes de refroidissement	Cooling pumps
42122161-6	Pompes à eau de refroidissement	Cooling-water pumps
42122170-2	Pompes à huile	Lubricating pumps
42122180-5	Pompes à essence	Fuel pumps
42122190-8	Pompes à béton	Concrete pumps
42122200-2	Pompes à mouvement rectiligne alternatif pour liquides	Reciprocating positive-displacement pumps for liquids
42122210-5	Groupes hydrauliques	Hydraulic power packs
42122220-8	Pompes à eaux d'égouts	Sewage pumps
42122230-1	Pompes de dosage	Dosing pumps
42122300-3	Surpresseurs à liquides	Pressure boosters for liquids
42122400-4	Pompes centrifuges et élévateurs à liquides	Centrifugal pumps and liquid elevators
42122410-7	Pompes à usage médical	Pumps for medical use
42122411-4	Pompes à usage nutritionnel	Nutritional pumps
42122419-0	Pompes pour perfusion	Perfusion pumps
42122420-0	Élévateurs à liquides	Liquid elevators
42122430-3	Pompes centrifuges	Centrifugal pumps
42122440-6	Pompes rotatives	Rotary pumps
42122450-9	Pompes à vide	Vacuum pumps
42122460-2	Pompes à air	Air pumps
42122480-8	Pompes à roue	Impeller pumps
42122500-5	Pompes de laboratoire et accessoires	Laboratory pumps and accessories
42122510-8	Pompes péristaltiques	Peristaltic pumps
42123000-7	Compresseurs	Compressors
42123100-8	Compresseurs à gaz	Gas compressors
42123200-9	Compresseurs rotatifs	Rotary compressors
42123300-0	Compresseurs pour équipements frigorifiques	Compressors for refrigerating equipment
42123400-1	Compresseurs d'air	Air compressors
42123410-4	Compresseurs d'air portés	Mounted air compressors
42123500-2	Turbocompresseurs	Turbo-compressors
42123600-3	Compresseurs à mouvement rectiligne alternatif	Reciprocating displacement compressors
42123610-6	Dispositif à air comprimé	Compressed-air package
42123700-4	Compresseurs centrifuges	Centrifugal compressors
42123800-5	Compresseurs pour aviation civile	Compressors for use in civil aircraft
42124000-4	Pièces pour pompes, compresseurs, machines ou moteurs	Parts of pumps, compressors, engines or motors
42124100-5	Pièces pour machines ou moteurs	Parts of engines or motors
42124130-4	Pièces pour machines pneumatiques	Parts of pneumatic engines
42124150-0	Pièces pour machines ou moteurs hydrauliques	Parts of hydraulic power engines or motors
42124170-6	Pièces pour moteurs à réaction	Parts of reaction engines
42124200-6	Pièces pour pompes ou élévateurs à liquides	Parts of pumps or liquid elevators
42124210-9	Pièces pour pompes à essence, pompes à main et pompes à béton	Parts of fuel, hand and concrete pumps
42124211-6	Pièces pour pompes à essence	Parts of fuel pumps
42124212-3	Pièces pour pompes à main	Parts of hand pumps
42124213-0	Pièces pour pompes à béton	Parts of concrete pumps
42124220-2	Pièces pour pompes à mouvement rectiligne alternatif	Parts of reciprocating positive-displacement pumps
42124221-9	Pièces pour groupes hydrauliques	Parts of hydraulic power packs
42124222-6	Pièces pour pompes de dosage	Parts of dosing pumps
42124230-5	Pièces pour pompes à mouvement rectiligne rotatif	Parts of rotary positive-displacement pumps
42124290-3	Pièces pour pompes centrifuges	Parts of centrifugal pumps
42124300-7	Pièces pour pompes à air ou à vide, compresseurs d'air ou à gaz	Parts of air or vacuum pumps, of air or gas compressors
42124310-0	Pièces pour pompes à air	Parts of air pumps
42124320-3	Pièces pour pompes à vide	Parts of vacuum pumps
42124330-6	Pièces pour compresseurs d'air	Parts of air compressors
42124340-9	Pièces pour compresseurs à gaz	Parts of gas compressors
42130000-9	Robinets, vannes et dispositifs similaires	Taps, cocks, valves and similar appliances
42131000-6	Robinets et vannes	Taps, cocks and valves
42131100-7	Vannes définies selon leur fonction	Valves defined by function
42131110-0	Vannes pour radiateurs de chauffage central	Central-heating radiator valves
42131120-3	Robinets-vannes	Sluice valves
42131130-6	Régulateurs de température	Temperature regulators
42131140-9	Soupapes de détente, de régulation, de retenue ou de sûreté	Pressure-reducing, control, check or safety valves
42131141-6	Soupapes de détente	Pressure-reducing valves
42131142-3	Soupapes de régulation	Control valves
42131143-0	Vannes de maîtrise des crues	Flood-control valves
42131144-7	Vannes de commande de processus	Process-control valves
42131145-4	Soupapes de retenue	Check valves
42131146-1	Clapets de non-retour	Non-return valves
42131147-8	Soupapes de sécurité	Safety valves
42131148-5	Soupapes d'arrêt	Stop valves
42131150-2	Vannes de colonnes montantes	Standpipe valves
42131160-5	Hydrants	Hydrants
42131170-8	Robinets de bouteilles de gaz	Gas-cylinder outlet valves
42131200-8	Vannes définies selon leur fabrication	Valves defined by construction
42131210-1	Vannes à pâte	Knife valves
42131220-4	Vannes de conduites forcées	Penstock valves
42131230-7	Robinets à vanne	Gate valves
42131240-0	Robinets à soupape	Globe valves
42131250-3	Vannes à pointeau	Needle valves
42131260-6	Robinets à tournant sphérique	Ball valves
42131270-9	Robinets à boisseau	Plug valves
42131280-2	Robinets à papillon	Butterfly valves
42131290-5	Robinets à membrane	Diaphragm valves
42131291-2	Tiroirs de distribution	Sliding valves
42131292-9	Soupapes à clapet	Flap valves
42131300-9	Arbres de Noël et autres assemblages de vannes	Christmas trees and other assemblies of valves
42131310-2	Arbres de Noël de forage	Oilrig Christmas trees
42131320-5	Manifolds de duses	Choke manifolds
42131390-6	Assemblages de vannes	Assemblies of valves
42131400-0	Robinets ou vannes pour installations sanitaires	Sanitary taps, cocks
42132000-3	Pièces pour robinets et vannes	Parts of taps and valves
42132100-4	Commandes de soupapes	Valve actuators
42132110-7	Commandes de soupapes électriques	Electric valve actuators
42132120-0	Commandes de soupapes hydrauliques	Hydraulic valve actuators
42132130-3	Commandes de soupapes pneumatiques	Pneumatic valve actuators
42132200-5	Pièces pour robinets	Tap parts
42132300-6	Pièces pour vannes	Valve parts
42140000-2	Engrenages, éléments d'engrenage et d'entraînement	Gears, gearing and driving elements
42141000-9	Engrenages, éléments d'engrenage et d'entraînement cylindriques	Plain gears, gearing and driving elements
42141100-0	Arbres de transmission, arbres à cames et vilebrequins	Transmission, cam- and crank- shafts
42141110-3	Arbres de transmission	Transmission shafts
42141120-6	Arbres à cames	Camshafts
42141130-9	Vilebrequins	Crankshafts
42141200-1	Boîtes de roulements	Bearing housings
42141300-2	Engrenages	Gears and gearing
42141400-3	Volants et poulies	Flywheels and pulleys
42141410-6	Treuils	Winches
42141500-4	Embrayages	Clutches
42141600-5	Palans	Pulley blocks
42141700-6	Accouplements d'arbres	Shaft couplings
42141800-7	Joints cardan	Universal joints
42142000-6	Pièces pour éléments d'engrenage et d'entraînement	Parts of gearing and driving elements
42142100-7	Pièces pour éléments d'engrenage	Parts of gearing elements
42142200-8	Pièces pour éléments d'entraînement	Parts of driving elements
42150000-5	Réacteurs nucléaires et pièces détachées	Nuclear reactors and parts
42151000-2	Réacteurs nucléaires	Nuclear reactors
42152000-9	Pièces détachées de réacteurs nucléaires	Parts of nuclear reactors
42152100-0	Systèmes de refroidissement du réacteur	Reactor-cooling systems
42152200-1	Pièces détachées de cuves de réacteurs nucléaires	Parts of nuclear-reactor vessels
42160000-8	Installations de chaudières	Boiler installations
42161000-5	Appareils de production d'eau chaude	Hot-water boilers
42162000-2	Chaudières génératrices de vapeur	Steam-generating boilers
42163000-9	Générateurs de vapeur	Steam generators
42164000-6	Installations auxiliaires pour chaudières	Auxiliary plant for use with boilers
42165000-3	Condenseurs de vapeur	Steam condensers
42200000-8	Machines utilisées pour le traitement des aliments, des boissons et du tabac et pièces accessoires	Machinery for food, beverage and tobacco processing and associated parts
42210000-1	Machines de traitement des aliments, des boissons et du tabac	Food, beverage and tobacco-processing machinery
42211000-8	Machines de laiterie	Dairy machinery
42211100-9	Écrémeuses centrifuges	Centrifugal cream separators
42212000-5	Machines de traitement des céréales ou des légumes secs	Machinery for processing cereals or dried vegetables
42213000-2	Machines utilisées dans la fabrication de boissons alcoolisées ou à base de fruits	Machinery used in the manufacture of alcoholic or fruit beverages
42214000-9	Fours de cuisson, séchoirs pour produits agricoles et matériel de cuisson ou de chauffage	Cooking ovens, dryers for agricultural products and equipment for cooking or heating
42214100-0	Fours de cuisson	Cooking ovens
42214110-3	Grils	Grills
42214200-1	Séchoirs pour produits agricoles	Dryers for agricultural products
42215000-6	Machines pour la préparation ou la fabrication industrielle d'aliments ou de boissons	Machinery for the industrial preparation or manufacture of food or drink
42215100-7	Machines à couper les aliments	Food-cutting machines
42215110-0	Machines à trancher le pain	Bread-slicing machines
42215120-3	Machines à trancher le lard	Bacon slicers
42215200-8	Machines de traitement des aliments	Food-processing machinery
42215300-9	Machines pour la fabrication des pâtes alimentaires	Pasta-making machines
42216000-3	Machines de traitement du tabac	Machinery for processing tobacco
42220000-4	Pièces pour machines de traitement des aliments, des boissons et du tabac	Parts of machinery for food, beverage and tobacco processing
42221000-1	Pièces pour machines de traitement des aliments	Parts of machinery for food processing
42221100-2	Pièces pour machines de laiterie	Parts of dairy machinery
42221110-5	Pièces pour trayeuses	Parts of milking machines
42222000-8	Pièces pour machines de traitement des boissons	Parts of machinery for beverage processing
42223000-5	Pièces pour machines de traitement du tabac	Parts of machinery for tobacco processing
42300000-9	Fourneaux, incinérateurs et fours industriels ou de laboratoire	Industrial or laboratory furnaces, incinerators and ovens
42310000-2	Brûleurs pour l'alimentation des foyers	Furnace burners
42320000-5	Incinérateurs de déchets	Waste incinerators
42330000-8	Fours de fusion	Smelting furnaces
42340000-1	Fours à usages non domestiques	Non-domestic ovens
42341000-8	Fours industriels	Commercial ovens
42350000-4	Fours crématoires	Cremators
42390000-6	Pièces pour brûleurs, fourneaux ou fours	Parts of furnace burners, furnaces or ovens
42400000-0	Matériel de levage et de manutention et pièces détachées	Lifting and handling equipment and parts
42410000-3	Matériel de levage et de manutention	Lifting and handling equipment
42411000-0	Palans et treuils	Pulley tackle and hoists
42412000-7	Machines d'extraction, treuils à usage souterrain et cabestans	Pithead winding gear, winches for underground use, and capstans
42412100-8	Machines d'extraction et treuils à usage souterrain	Pithead winding gear and winches for use underground
42412110-1	Machines d'extraction	Pithead winding gear
42412120-4	Treuils à usage souterrain	Winches for use underground
42412200-9	Cabestans	Capstans
42413000-4	Crics et appareils de levage pour véhicules	Jacks and vehicle hoists
42413100-5	Systèmes de levage intégrés	Built-in jacking systems
42413200-6	Vérins hydrauliques	Hydraulic jacks
42413300-7	Vérins pneumatiques	Pneumatic jacks
42413400-8	Vérins mécaniques	Mechanical jacks
42413500-9	Appareils de levage pour véhicules	Vehicle hoists
42414000-1	Grues, portiques mobiles et chariots équipés d'une grue	Cranes, mobile lifting frames and works trucks fitted with a crane
42414100-2	Grues	Cranes
42414110-5	Grues portuaires	Harbour cranes
42414120-8	Grues de quai	Quayside cranes
42414130-1	Grues empileuses	Stacker cranes
42414140-4	Grues à conteneurs	Container cranes
42414150-7	Grues à tour	Tower cranes
42414200-3	Ponts roulants	Overhead travelling cranes
42414210-6	Grue roulante	Travelling crane
42414220-9	Portique roulant	Traversing bridge
42414300-4	Portiques de levage	Portal jib cranes
42414310-7	Portiques mobiles	Mobile lifting frames
42414320-0	Grues sur portique	Pedestal jib cranes
42414400-5	Grues montées sur véhicule	Vehicle-mounted cranes
42414410-8	Grues pour camions	Cranes for trucks
42414500-6	Ponts-grues	Bridge cranes
42415000-8	Chariots élévateurs, chariots de manutention, tracteurs à plate-forme utilisés dans les gares	Forklift trucks, works trucks, railway-station platforms tractors
42415100-9	Chariots élévateurs	Lifting trucks
42415110-2	Chariot élévateurs	Forklift trucks
42415200-0	Chariots de manutention	Works trucks
42415210-3	Chariots équipés de matériel de manutention	Works trucks fitted with handling equipment
42415300-1	Tracteurs à plate-forme utilisés dans les gares	Railway-station platforms tractors
42415310-4	Engins de transport indépendants	Free-steered vehicles (FSVS)
42415320-7	Équipement pour véhicules de secours	Equipment for emergency vehicles
42416000-5	Ascenseurs, skips, monte-charges, escaliers mécaniques et trottoirs roulants	Lifts, skip hoists, hoists, escalators and moving walkways
42416100-6	Ascenseurs	Lifts
42416110-9	Dispositifs de levage pour baignoire	Bath lifts
42416120-2	Monte-charges	Goods lifts
42416130-5	Dispositifs mécaniques de levage	Mechanical lifts
42416200-7	Skips	Skip hoists
42416210-0	Dispositifs de levage de bennes	Bin-lifts
42416300-8	Dispositifs de levage	Hoists
42416400-9	Escaliers mécaniques	Escalators
42416500-0	Trottoirs roulants	Moving walkways
42417000-2	Élévateurs et convoyeurs	Elevators and conveyors
42417100-3	Élévateurs ou convoyeurs pneumatiques	Pneumatic elevators or conveyors
42417200-4	Convoyeurs	Conveyors
42417210-7	Élévateurs ou transporteurs à godets à action continue	Bucket-type, continuous-action elevators or conveyors
42417220-0	Élévateurs ou transporteurs à courroie à action continue	Belt-type continuous-action elevators or conveyors
42417230-3	Convoyeurs blindés de taille pour mines	Armoured-faced conveyors (AFCS) for mining
42417300-5	Équipement pour transporteur	Conveyor equipment
42417310-8	Bandes convoyeuses	Conveyor belts
42418000-9	Machines de levage, manutention, chargement ou déchargement	Lifting, handling, loading or unloading machinery
42418100-0	Pousse-wagons et chariots-transbordeurs de mine	Mine-wagon pushers and locomotive or wagon traversers
42418200-1	Monorails ou remonte-pentes	Monorail or ski-lift equipment
42418210-4	Monorail suspendu	Overhead monorail equipment
42418220-7	Télésièges	Chairlifts
42418290-8	Remonte-pentes	Ski-lift equipment
42418300-2	Matériel d'enlèvement de torchères	Flare tip removal equipment
42418400-3	Carrousels de stockage et de recherche	Carousel storage and retrieval machines
42418500-4	Équipement mécanique de manutention	Mechanical handling equipment
42418900-8	Machines de chargement ou de manutention	Loading or handling machinery
42418910-1	Matériel de chargement	Loading equipment
42418920-4	Matériel de déchargement	Unloading equipment
42418930-7	Chariots à prise latérale	Sideloaders
42418940-0	Matériel de manutention de conteneurs	Container-handling equipment
42419000-6	Pièces pour matériel de levage et de manutention	Parts of lifting and handling equipment
42419100-7	Pièces pour grues	Parts of cranes
42419200-8	Pièces pour chariots de manutention	Parts of works trucks
42419500-1	Pièces pour ascenseurs, skips ou escaliers mécaniques	Parts of lift, skip hoists or escalators
42419510-4	Pièces pour ascenseurs	Parts of lifts
42419520-7	Pièces pour skips	Parts of skip hoists
42419530-0	Pièces pour escaliers mécaniques	Parts of escalators
42419540-3	Pièces pour trottoirs roulants	Parts of moving walkways
42419800-4	Pièces pour transporteurs	Parts of conveyors
42419810-7	Pièces pour convoyeurs à bande	Parts of belt conveyors
42419890-1	Pièces pour convoyeurs à godets	Parts of bucket conveyors
42419900-5	Pièces pour machines d'extraction et autre matériel de levage ou de manutention	Parts of winding gear and other lifting or handling equipment
42420000-6	Godets, pelles, grappins et grips pour grues ou excavateurs	Buckets, shovels, grabs and grips for cranes or excavators
42500000-1	Matériel de réfrigération et de ventilation	Cooling and ventilation equipment
42510000-4	Échangeurs de chaleur, matériel de climatisation et de réfrigération et matériel de filtration	Heat-exchange units, air-conditioning and refrigerating equipment, and filtering machinery
42511000-1	Échangeurs de chaleur et appareils de liquéfaction de l'air ou d'autres gaz	Heat-exchange units and machinery for liquefying air or other gases
42511100-2	Échangeurs de chaleur	Heat-exchange units
42511110-5	Pompes à chaleur	Heat pumps
42511200-3	Appareils de liquéfaction de l'air ou d'autres gaz	Machinery for liquefying air or other gases
42512000-8	Installations de climatisation	Air-conditioning installations
42512100-9	Machines de climatisation de type fenêtre	Window air-conditioning machines
42512200-0	Machines de climatisation de type mural	Wall air-conditioning machines
42512300-1	Unités de climatisation	HVAC packages
42512400-2	Appareils de climatisation pour véhicules	Vehicle air conditioners
42512500-3	Pièces pour machines de climatisation	Parts of air-conditioning machines
42512510-6	Registres	Dampers
42512520-9	Volets d'aération	Louvres
42513000-5	Matériel de réfrigération et de congélation	Refrigerating and freezing equipment
42513100-6	Matériel de congélation	Freezing equipment
42513200-7	Matériel de réfrigération	Refrigerating equipment
42513210-0	Présentoirs frigorifiques	Refrigerated showcases
42513220-3	Comptoirs frigorifiques	Refrigerated counters
42513290-4	Matériel industriel de réfrigération	Commercial refrigerating equipment
42514000-2	Machines et appareils de filtration ou de purification des gaz	Machinery and apparatus for filtering or purifying gases
42514200-4	Épurateurs électrostatiques d'air et de gaz	Electrostatic air and gas cleaners
42514300-5	Appareils de filtration	Filtering apparatus
42514310-8	Filtres à air	Air filters
42514320-1	Filtres à gaz	Gas filters
42515000-9	Chaudière de chauffage urbain	District heating boiler
42520000-7	Matériel de ventilation	Ventilation equipment
42521000-4	Matériel de désenfumage	Smoke-extraction equipment
42522000-1	Ventilateurs à usages non domestiques	Non-domestic fans
42522100-2	Pièces pour ventilateurs	Parts of fans
42530000-0	Pièces pour matériel de réfrigération et de congélation et pompes à chaleur	Parts of refrigerating and freezing equipment and heat pumps
42531000-7	Pièces pour matériel de réfrigération	Parts of refrigerating equipment
42532000-4	Pièces pour matériel de congélation	Parts of freezing equipment
42533000-1	Pièces pour pompes à chaleur	Parts of heat pumps
42600000-2	Machines-outils	Machine tools
42610000-5	Machines-outils à laser et centres d'usinage	Machine tools operated by laser and machining centres
42611000-2	Machines-outils à usage spécifique	Special-purpose machine tools
42612000-9	Centre d'usinage	Machining centre
42612100-0	Centre d'usinage à broche horizontale	Horizontal-spindle machining centre
42612200-1	Centre d'usinage à broche verticale	Vertical-spindle machining centre
42620000-8	Tours, machines à aléser et à fraiser	Lathes, boring and milling machine tools
42621000-5	Tours	Lathes
42621100-6	Tour CNC	CNC lathe
42622000-2	Machines à fileter ou à tarauder	Threading or tapping machines
42623000-9	Fraiseuses	Milling machines
42630000-1	Machines-outils pour le travail des métaux	Metal-working machine tools
42631000-8	Machines-outils de finissage des métaux	Machine tools for finishing metals
42632000-5	Machines à commande numérique pour le travail des métaux	Numerically-controlled machines for metal
42633000-2	Machines à cintrer, à plier, à dresser ou à aplanir	Bending, folding, straightening or flattening machines
42634000-9	Machines à forger	Forging machines
42635000-6	Machines à estamper	Die-stamping machines
42636000-3	Presses	Presses
42636100-4	Presses hydrauliques	Hydraulic presses
42637000-0	Machines-outils à percer, à aléser ou à fraiser les métaux	Machine tools for drilling, boring or milling metal
42637100-1	Machines-outils à percer les métaux	Machine tools for drilling metal
42637200-2	Machines-outils à aléser les métaux	Machine tools for boring metal
42637300-3	Machines-outils à fraiser les métaux	Machine tools for milling metal
42638000-7	Centre d'usinage pour le travail des métaux	Metal-working machining centre
42640000-4	Machines-outils à travailler les matériaux durs, excepté les métaux	Machine tools for working hard materials except metals
42641000-1	Machines-outils pour le travail de la pierre, de la céramique, du béton ou du verre	Machine tools for working stone, ceramics, concrete or glass
42641100-2	Machines-outils pour le travail de la pierre	Machine tools for working stone
42641200-3	Machines-outils pour le travail de la céramique	Machine tools for working ceramics
42641300-4	Machines-outils pour le travail du béton	Machine tools for working concrete
42641400-5	Machines-outils pour le travail du verre	Machine tools for working glass
42642000-8	Machines-outils pour le travail du bois, de l'os, du liège, du caoutchouc dur ou du plastique dur	Machine tools for working wood, bone, cork, hard rubber or hard plastics
42642100-9	Machines-outils pour le travail du bois	Machine tools for working wood
42642200-0	Machines-outils pour le travail de l'os	Machine tools for working bone
42642300-1	Machines-outils pour le travail du liège	Machine tools for working cork
42642400-2	Machines-outils pour le travail du caoutchouc dur	Machine tools for working hard rubber
42642500-3	Machines-outils pour le travail du plastique dur	Machine tools for working hard plastics
42650000-7	Outils à main pneumatiques ou à moteur	Pneumatic or motorised hand tools
42651000-4	Outils à main pneumatiques	Pneumatic hand tools
42652000-1	Outils à main électromécaniques	Hand-held electromechanical tools
42660000-0	Outils pour le brasage tendre, le brasage fort et le soudage, machines et matériel pour la trempe superficielle et la projection à chaud	Soldering, brazing and welding tools, surface tempering and hot-spraying machines and equipment
42661000-7	Matériel de brasage tendre et de brasage fort	Soldering and brazing equipment
42661100-8	Matériel de brasage tendre	Soldering equipment
42661200-9	Matériel de brasage fort	Brazing equipment
42662000-4	Matériel de soudage	Welding equipment
42662100-5	Matériel de soudage électrique	Electric welding equipment
42662200-6	Matériel de soudage non électrique	Non-electric welding equipment
42663000-1	Machines pour la trempe superficielle	Surface tempering machines
42664000-8	Matériel de fusion	Fusion equipment
42664100-9	Matériel de fusion pour plastique	Fusion equipment for plastics
42665000-5	Machines de projection métallique	Metal-spraying machinery
42670000-3	Pièces et accessoires de machines-outils	Parts and accessories of machine tools
42671000-0	Supports pour outils	Tool holders
42671100-1	Porte-outils de laboratoire	Laboratory tool carriers
42671110-4	Porte-éprouvettes pour bains	Test tube racks for baths
42672000-7	Porte-pièces pour machines-outils	Machine-tool work holders
42673000-4	Appareils diviseurs spéciaux pour machines-outils	Machine-tool dividing special attachments
42674000-1	Pièces et accessoires de machines-outils pour le travail des métaux	Parts and accessories for metal-working machine tools
42675000-8	Pièces et accessoires de machines-outils pour le travail des matériaux durs	Parts and accessories for hard material-working machine tools
42675100-9	Pièces pour scies articulées	Parts of chain saws
42676000-5	Pièces pour outils à main	Parts of hand tools
42677000-2	Pièces pour outils pneumatiques	Parts of pneumatic tools
42700000-3	Machines pour l'industrie du textile, de l'habillement et du cuir	Machinery for textile, apparel and leather production
42710000-6	Machines pour l'industrie textile	Machinery for textiles
42711000-3	Machines de traitement de matières textiles synthétiques	Machines for processing man-made textile materials
42712000-0	Métiers à filer le textile	Textile spinning machines
42713000-7	Métiers à tisser	Weaving machines
42714000-4	Machines à tricoter	Knitting machines
42715000-1	Machines à coudre	Sewing machines
42716000-8	Machines à laver, machines de nettoyage à sec et sèche-linge de blanchisserie	Laundry washing, dry-cleaning and drying machines
42716100-9	Installation de lavage	Washing installation
42716110-2	Matériel de lavage	Washing equipment
42716120-5	Machines à laver	Washing machines
42716130-8	Machines de nettoyage à sec	Dry-cleaning machines
42716200-0	Sèche-linge	Drying machines
42717000-5	Matériel de repassage et de pliage du linge	Linen ironing and folding equipment
42717100-6	Matériel de pliage du linge	Linen folding equipment
42718000-2	Machines de finissage textile	Textile-finishing machinery
42718100-3	Machines à repasser	Ironing machines
42718200-4	Presses à repasser	Ironing presses
42720000-9	Pièces pour machines de l'industrie du textile et de l'habillement	Parts of machinery for textile and apparel production
42800000-4	Machines de fabrication du papier ou du carton	Machinery for paper or paperboard production
42810000-7	Pièces pour machines de fabrication du papier ou du carton	Parts of machinery for paper or paperboard production
42900000-5	Machines diverses à usage général et à usage spécial	Miscellaneous general and special-purpose machinery
42910000-8	Appareils de distillation, de filtration ou de rectification	Distilling, filtering or rectifying apparatus
42912000-2	Machines et appareils de filtration ou de purification de liquides	Liquid filtering or purifying machinery and apparatus
42912100-3	Machines et appareils de filtration de liquides	Machinery and apparatus for filtering liquids
42912110-6	Appareils de filtration des boues de forage	Drilling-mud filtering apparatus
42912120-9	Hydrocyclones	Hydrocyclone machinery
42912130-2	Appareils de filtration ou de purification de boissons	Apparatus for filtering or purifying beverages
42912300-5	Machines et appareils de filtration ou de purification de l'eau	Machinery and apparatus for filtering or purifying water
42912310-8	Appareils de filtration de l'eau	Water filtration apparatus
42912320-1	Appareils de désaération	De-aeration apparatus
42912330-4	Appareils de purification de l'eau	Water-purifying apparatus
42912340-7	Appareils de dessalement	Desalination apparatus
42912350-0	Matériel pour installation de filtration	Filtration plant equipment
42913000-9	Filtres à huile, filtres à essence et filtres à air	Oil, petrol and air-intake filters
42913300-2	Filtres à huile	Oil filters
42913400-3	Filtres à essence	Petrol filters
42913500-4	Filtres à aspiration d'air	Air-intake filters
42914000-6	Matériel de recyclage	Recycling equipment
42920000-1	Machines de nettoyage de bouteilles, machines d'emballage, de pesage et de pulvérisation	Machinery for cleaning bottles, packing and weighing and spraying machinery
42921000-8	Machines de nettoyage, de remplissage, d'emballage ou de conditionnement de bouteilles ou autres récipients	Machinery for cleaning, filling, packing or wrapping bottles or other containers
42921100-9	Machines de nettoyage ou de séchage de bouteilles ou autres récipients	Machinery for cleaning or drying bottles or other containers
42921200-0	Machines de remplissage ou de fermeture de bouteilles, de boîtes ou autres récipients	Machinery for filling or closing bottles, cans or other containers
42921300-1	Machines d'emballage ou de conditionnement	Packing or wrapping machinery
42921310-4	Machines de cerclage	Strapping machines
42921320-7	Machines d'emballage	Packaging machines
42921330-0	Machines de conditionnement	Wrapping machines
42923000-2	Machines de pesage et balances	Weighing machinery and scales
42923100-3	Machines de pesage	Weighing machinery
42923110-6	Balances	Balances
42923200-4	Bascules	Scales
42923210-7	Balances de magasin	Shop scales
42923220-0	Bascules continues	Scales for continuous weighing of goods
42923230-3	Balances de vérification	Checkweigher scales
42924200-1	Machines à jet de vapeur ou de sable	Steam or sand blasting machines
42924300-2	Matériel de pulvérisation	Spraying equipment
42924310-5	Pistolets marqueurs	Spray guns
42924700-6	Appareils mécaniques de projection, de dispersion ou de pulvérisation	Mechanical appliances for projecting, dispersing or spraying
42924710-9	Appareils de dispersion de gaz	Gas-dispersing apparatus
42924720-2	Matériel de décontamination	Decontamination equipment
42924730-5	Appareils de nettoyage à eau sous pression	Pressurised water cleaning apparatus
42924740-8	Appareils de nettoyage à haute pression	High-pressure cleaning apparatus
42924790-3	Appareils de désodorisation	Odour-masking apparatus
42930000-4	Centrifugeuses, machines de calandrage ou distributeurs automatiques	Centrifuges, calendering or vending machines
42931000-1	Centrifugeuses	Centrifuges
42931100-2	Centrifugeuse de laboratoire et accessoires	Laboratory centrifuges and accessories
42931110-5	Centrifugeuses fixées au plancher	Floor-model centrifuges
42931120-8	Centrifugeuses de table	Tabletop centrifuges
42931130-1	Réducteurs pour centrifugeuses	Inserts for centrifuges
42931140-4	Équipement rotatif pour centrifugeuses	Rotary equipment for centrifuges
42932000-8	Machines de calandrage	Calendering machines
42932100-9	Machines à laminer	Rolling machines
42933000-5	Distributeurs automatiques	Vending machines
42933100-6	Distributeurs automatiques d'articles d'hygiène	Sanitary vending machines
42933200-7	Distributeurs automatiques de timbres	Stamp-vending machines
42933300-8	Distributeurs automatiques de produits	Automatic goods-vending machines
42940000-7	Machines pour le traitement thermique de matériaux	Machinery for the heat treatment of materials
42941000-4	Machines pour le traitement thermique de gaz	Machinery for the heat treatment of gas
42942000-1	Fours et accessoires	Ovens and accessories
42942200-3	Étuves à vide	Vacuum ovens
42943000-8	Bains thermostatiques et accessoires	Thermostatic baths and accessories
42943100-9	Bobines de réfrigération	Refrigeration coils
42943200-0	Bains ultrasoniques	Ultrasonic baths
42943210-3	Thermostats à immersion	Immersion thermostats
42943300-1	Refroidisseurs à immersion	Immersion coolers
42943400-2	Circulateurs réfrigérés et circulateurs réfrigérés/chauffants	Refrigerated and refrigerated/heating circulators
42943500-3	Refroidisseurs/recycleurs	Recirculating coolers
42943600-4	Circulateurs à haute température	High-temperature circulators
42943700-5	Circulateurs chauffants	Heating circulators
42943710-8	Couvercles de bains	Bath covers
42950000-0	Pièces pour machines à usage général	Parts of general-purpose machinery
42952000-4	Pièces pour centrifugeuses	Parts of centrifuges
42953000-1	Pièces pour machines de calandrage	Parts of calendering machines
42954000-8	Pièces pour machines à laminer	Parts of rolling machines
42955000-5	Pièces pour machines de filtrage	Parts of filtering machinery
42956000-2	Pièces pour machines de purification	Parts of purifying machinery
42957000-9	Pièces pour machines de pulvérisation	Parts of spraying machines
42958000-6	Poids pour machines de pesage	Weights for weighing machines
42959000-3	Lave-vaisselle à usage non ménager	Non-domestic dishwashing machines
42960000-3	Systèmes de commande et de contrôle, équipement d'impression et de graphisme, matériel bureautique et matériel de traitement de l'information	Command and control system, printing, graphics, office automation and information-processing equipment
42961000-0	Système de commande et de contrôle	Command and control system
42961100-1	Système de contrôle des accès	Access control system
42961200-2	Système Scada ou équivalent	Scada or equivalent system
42961300-3	Système de localisation de véhicules	Vehicle location system
42961400-4	Système d'expédition	Dispatch system
42962000-7	Équipement d'impression et de graphisme	Printing and graphics equipment
42962100-8	Système d'impression sur feuille	Film printing system
42962200-9	Presse à imprimer	Printing press
42962300-0	Postes de travail graphique	Graphics workstations
42962400-1	Hectographes	Hectographs
42962500-2	Machines à graver	Engraving machines
42963000-4	Presse à monnaie	Coin press
42964000-1	Matériel bureautique	Office automation equipment
42965000-8	Matériel de traitement de l'information	Information-processing equipment
42965100-9	Système de gestion d'entrepôt	Warehouse management system
42965110-2	Système de dépôt	Depot system
42967000-2	Unité de contrôle	Controller unit
42967100-3	Unité de commande à distance numérique	Digital remote-control unit
42968000-9	Distributeurs	Dispensers
42968100-0	Distributeurs de boissons	Drinks dispensers
42968200-1	Distributeurs d'articles d'hygiène	Sanitary dispensing machines
42968300-2	Dérouleurs de papier hygiénique	Toilet-roll dispenser system
42970000-6	Pièces pour lave-vaisselle et machines de nettoyage, de remplissage, d'emballage ou de conditionnement	Parts of dishwashing machines and of machines for cleaning, filling, packing or wrapping
42971000-3	Pièces pour lave-vaisselle	Parts of dishwashing machines
42972000-0	Pièces pour machines de nettoyage	Parts of cleaning machines
42973000-7	Pièces pour machines de remplissage	Parts of filling machines
42974000-4	Pièces pour machines d'emballage	Parts of packing machines
42975000-1	Pièces pour machines de conditionnement	Parts of wrapping machines
42980000-9	Générateurs de gaz	Gas generators
42981000-6	Générateurs d'ozone	Ozone generators
42990000-2	Machines diverses à usage spécifique	Miscellaneous special-purpose machinery
42991000-9	Machines à papier, d'imprimerie et de reliure et parties de machines	Paper, printing and bookbinding machinery and parts
42991100-0	Machines à relier	Bookbinding machinery
42991110-3	Machines à brocher	Book-sewing machinery
42991200-1	Machines à imprimer	Printing machinery
42991210-4	Machines d'impression offset	Offset printing machinery
42991220-7	Machines de composition	Typesetting machinery
42991230-0	Imprimantes de tickets	Ticket printers
42991300-2	Système de photocomposition	Photocomposing system
42991400-3	Séchoirs pour bois, pâte à papier, papier ou carton	Dryers for wood, paper pulp, paper or paperboard
42991500-4	Pièces pour machines à imprimer ou à relier	Parts of printing or bookbinding machinery
42992000-6	Matériel électrique à usage spécifique	Special-purpose electrical goods
42992100-7	Cage de Faraday	Faraday cage
42992200-8	Chambre anéchoïde	Anechoic chamber
42992300-9	Absorbant électromagnétique	Electromagnetic absorbent material
42993000-3	Machines pour l'industrie chimique	Chemical industry machinery
42993100-4	Chlorateurs	Chlorinators
42993200-5	Installation de dosage	Dosing plant
42994000-0	Machines pour le travail du caoutchouc ou du plastique	Machinery for working rubber or plastics
42994100-1	Machines pour la fabrication de fenêtres et encadrements en plastique	Machines for the production of plastic windows and frames
42994200-2	Machines pour le travail du plastique	Machinery for working plastics
42994220-8	Accessoires pour le contrecollage	Lamination accessories
42994230-1	Contrecolleuses	Laminators
42995000-7	Machines à nettoyer diverses	Miscellaneous cleaning machines
42995100-8	Tunnel de lavage	Tunnel washer
42995200-9	Machines à nettoyer les plages	Beach cleaning machines
42996000-4	Machines de traitement des eaux usées	Machinery for the treatment of sewage
42996100-5	Dilacérateurs	Comminutors
42996110-8	Dilacérateurs pour le traitement des eaux usées	Macerators for the treatment of sewage
42996200-6	Presses à eaux usées	Sewage presses
42996300-7	Racloirs	Scrapers
42996400-8	Mélangeurs	Mixer units
42996500-9	Filtres à eaux usées	Sewage screens
42996600-0	Matériel d'oxygénation	Oxygenation equipment
42996700-1	Précipitateurs	Precipitators
42996800-2	Lits de sédimentation	Sedimentation beds
42996900-3	Équipement de traitement des boues	Sludge-processing equipment
42997000-1	Matériel pour pipelines	Pipeline machinery
42997100-2	Machines d'inspection de la surface intérieure de pipelines	Machines for inspecting the internal surface of pipelines
42997200-3	Machines de nettoyage de la surface intérieure de pipelines	Machines for cleaning the internal surface of pipelines
42997300-4	Robots industriels	Industrial robots
42998000-8	Système de levage de palettes	Pallet-picking system
42998100-9	Système de récupération de palettes	Pallet-retrieving system
42999000-5	Aspirateurs et cireuses à usage non ménager	Non-domestic vacuum cleaners and floor polishers
42999100-6	Aspirateurs à usage non ménager	Non-domestic vacuum cleaners
42999200-7	Cireuses à usage non ménager	Non-domestic floor polishers
42999300-8	Pièces pour aspirateurs à usage non ménager	Parts of non-domestic vacuum cleaners
42999400-9	Pièces pour cireuses à usage non ménager	Parts of non-domestic floor polishers
43000000-3	Équipement minier, équipement pour l'exploitation de carrières, matériel de construction	Machinery for mining, quarrying, construction equipment
43100000-4	Équipement minier	Mining equipment
43120000-0	Haveuses à charbon ou à roche, tunneliers et machines de forage ou de fonçage	Coal or rock cutters and tunnelling machinery, and boring or sinking machinery
43121000-7	Machines de forage de puits	Well-drilling machinery
43121100-8	Outils d'exploitation des têtes de puits	Wellhead running tools
43121200-9	Connecteurs de colonnes montantes	Riser connector apparatus
43121300-0	Matériel d'achèvement de puits	Well-completion equipment
43121400-1	Matériel d'intervention sur puits	Well-intervention equipment
43121500-2	Matériel d'essais de puits	Well-testing equipment
43121600-3	Appareils pour bloc obturateur de puits (BOP)	Blowout prevention (BOP) apparatus
43122000-4	Haveuses à charbon ou à roche	Coal or rock-cutting machinery
43123000-1	Tunneliers	Tunnelling machinery
43124000-8	Machines de percement	Boring machinery
43124100-9	Taupes	Moles
43124900-7	Matériel de forage de roches	Rock-drilling equipment
43125000-5	Machines de fonçage	Sinking machinery
43130000-3	Matériel de forage	Drilling equipment
43131000-0	Plates-formes de production offshore	Offshore production platforms
43131100-1	Matériel offshore	Offshore equipment
43131200-2	Unité de forage offshore	Offshore drilling unit
43132000-7	Matériel de forage pétrolier	Oil drilling equipment
43132100-8	Machines de forage	Drilling machinery
43132200-9	Tour de forage	Drilling rig
43132300-0	Foreuses	Drills
43132400-1	Matériel de tubage	Line equipment
43132500-2	Dispositifs de suspension pour colonne de tubage perdue	Liner hangers
43133000-4	Matériel de plate-forme pétrolière	Oil platform equipment
43133100-5	Unités sur patins	Skid units
43133200-6	Modules montés sur patins	Skid-mounted modules
43134000-1	Machines pour champs de pétrole	Oil-field machinery
43134100-2	Pompes submersibles	Submersible pumps
43135000-8	Équipement sous-marin	Subsea equipment
43135100-9	Systèmes de contrôle sous-marin	Subsea control systems
43136000-5	Équipement de fonds de puits	Downhole equipment
43140000-6	Soutènements miniers mobiles à commande hydraulique	Mobile hydraulic-powered mine roof supports
43200000-5	Machines de terrassement et d'excavation et pièces détachées	Earthmoving and excavating machinery, and associated parts
43210000-8	Machines de terrassement	Earthmoving machinery
43211000-5	Bulldozers	Bulldozers
43212000-2	Bouteurs biais	Angle-dozers
43220000-1	Niveleuses-régleuses et niveleuses-surfaceuses	Graders and levellers
43221000-8	Niveleuses automotrices	Road graders
43230000-4	Machines décapeuses	Scraper machines
43240000-7	Machines à bourrer	Tamping machines
43250000-0	Chargeuses à benne frontale	Front-end shovel loaders
43251000-7	Chargeuses à benne frontale à pelle rétrocaveuse	Front-end shovel loaders with backhoe
43252000-4	Chargeuses à benne frontale sans pelle rétrocaveuse	Front-end shovel loaders without backhoe
43260000-3	Pelles mécaniques, excavateurs, chouleurs et machines de mines	Mechanical shovels, excavators and shovel loaders, and mining machinery
43261000-0	Pelles mécaniques	Mechanical shovels
43261100-1	Chouleurs mécaniques	Mechanical shovel loaders
43262000-7	Machines excavatrices	Excavating machinery
43262100-8	Excavateurs mécaniques	Mechanical excavators
43300000-6	Machines et équipement pour la construction	Construction machinery and equipment
43310000-9	Machines de génie civil	Civil engineering machinery
43311000-6	Sonnettes de battage	Pile drivers
43312000-3	Machines de revêtement routier	Road-surfacing machinery
43312100-4	Engins de nivelage	Planers
43312200-5	Épandeuses de gravillons	Chippers
43312300-6	Machines de pavage	Paving machinery
43312400-7	Rouleaux pour routes	Road rollers
43312500-8	Rouleaux mécaniques	Mechanical rollers
43313000-0	Chasse-neige et balayeuses soufflantes	Snowploughs and snowblowers
43313100-1	Chasse-neige	Snowploughs
43313200-2	Balayeuses soufflantes	Snowblowers
43314000-7	Machines pour l'arrachage des pieux	Pile extractors
43315000-4	Compacteurs	Compacting machinery
43316000-1	Machines pour la pose de câbles	Cable-laying machinery
43320000-2	Équipement de construction	Construction equipment
43321000-9	Matériel de suspension de pont	Bridge-suspension equipment
43322000-6	Matériel de démantèlement	Dismantling equipment
43323000-3	Matériel d'irrigation	Irrigation equipment
43324000-0	Matériel de drainage	Drainage equipment
43324100-1	Équipement de piscine	Equipment for swimming pools
43325000-7	Équipement de parcs et de terrains de jeux	Park and playground equipment
43325100-8	Matériel d'entretien de terrains	Grounds-maintenance equipment
43327000-1	Matériel préfabriqué	Prefabricated equipment
43328000-8	Installations hydrauliques	Hydraulic installations
43328100-9	Matériel hydraulique	Hydraulic equipment
43329000-5	Ensembles d'équipement	Equipment sets
43400000-7	Machines de traitement des minéraux et de formage des moules de fonderie	Mineral-processing and foundry mould-forming machinery
43410000-0	Machines de traitement des minéraux	Mineral-processing machinery
43411000-7	Machines de tri et de criblage	Sorting and screening machines
43412000-4	Mélangeuses de gravier et de bitume	Machines for mixing gravel with bitumen
43413000-1	Mélangeuses de béton ou mortier	Concrete or mortar mixers
43413100-2	Mélangeuses de ciment	Cement mixers
43414000-8	Rectifieuses	Grinding machines
43414100-9	Pulvérisateurs de charbon	Coal pulverising mills
43415000-5	Moules de fonderie	Foundry moulds
43420000-3	Machines de formage des moules de fonderie	Foundry mould-forming machinery
43500000-8	Véhicules à chenilles	Track-laying vehicles
43600000-9	Pièces pour machines pour les industries excavatrices et la construction	Parts of machinery for mining, quarrying and construction
43610000-2	Pièces pour machines de forage	Parts for boring machinery
43611000-9	Pièces pour machines de forage de puits	Parts for well-drilling machinery
43611100-0	Bouchons de support	Bridge plugs
43611200-1	Trépans industriels	Industrial drill bits
43611300-2	Pivots de forage	Drilling jars
43611400-3	Foreurs en fer	Iron roughnecks
43611500-4	Tables rotatives	Rotary tables
43611600-5	Supports de conduites de boues	Mudline suspension equipment
43611700-6	Équipement de raccordement	Tieback equipment
43612000-6	Pièces de machines d'extraction de puits	Parts of well-extraction machinery
43612100-7	Suspensions de cuvelage	Casing hangers
43612200-8	Équipements de suspension pour colonne de tubage perdue	Liner hanger equipment
43612300-9	Tensionneurs de riser de production	Production riser tensioners
43612400-0	Têtes de puits	Wellheads
43612500-1	Équipement de raccordement de riser de production	Production riser tieback equipment
43612600-2	Système de commande de tête de puits	Wellhead control system
43612700-3	Équipement pour têtes de puits	Wellhead equipment
43612800-4	Systèmes de levage d'appareils de forage	Rig-jacking systems
43613000-3	Pièces pour haveuses à charbon ou à roche	Parts of coal or rock cutting machinery
43613100-4	Pièces pour haveuses à charbon	Parts of coal cutting machinery
43613200-5	Pièces pour haveuses à roche	Parts of rock cutting machinery
43614000-0	Pièces pour tunneliers	Parts of tunnelling machinery
43620000-5	Pièces pour machines de traitement de minerais	Parts of mineral-processing machinery
43630000-8	Pièces pour machines de fonçage	Parts of sinking machinery
43640000-1	Pièces pour excavateurs	Parts of excavating machinery
43700000-0	Machines de métallurgie et pièces associées	Machinery for metallurgy and associated parts
43710000-3	Machines à laminer les métaux	Metal-rolling machinery
43711000-0	Pièces pour machines à laminer les métaux	Parts of metal-rolling machinery
43720000-6	Machines à couler	Casting machines
43721000-3	Pièces pour machines à couler	Parts of casting machines
43800000-1	Équipement d'atelier	Workshop equipment
43810000-4	Équipement pour le travail du bois	Woodworking equipment
43811000-1	Ponceuses	Sanding machines
43812000-8	Matériel de sciage	Sawing equipment
43820000-7	Matériel de cordonnerie	Shoe-making equipment
43830000-0	Outils à moteur	Power tools
43840000-3	Matériel de forge	Blacksmiths' equipment
44000000-0	Matériaux et structures de construction; produits auxiliaires pour la construction (à l'exception des appareils électriques)	Construction structures and materials; auxiliary products to construction (except electric apparatus)
44100000-1	Matériaux de construction et articles connexes	Construction materials and associated items
44110000-4	Matériaux de construction	Construction materials
44111000-1	Matériaux de bâtiment	Building materials
44111100-2	Briques	Bricks
44111200-3	Ciment	Cement
44111210-6	Ciment de forage	Drilling cement
44111300-4	Céramique	Ceramics
44111400-5	Peintures et revêtements muraux	Paints and wallcoverings
44111500-6	Isolants et pièces isolantes	Insulators and insulating fittings
44111510-9	Isolants	Insulators
44111511-6	Isolants éléctriques	Electrical insulators
44111520-2	Matériaux d'isolation thermique	Thermal insulating material
44111530-5	Pièces isolantes électriques	Electrical insulating fittings
44111540-8	Verre isolant	Insulating glass
44111600-7	Blocs de pavage	Blocks
44111700-8	Carreaux	Tiles
44111800-9	Mortier (construction)	Mortar (construction)
44111900-0	Dalles en céramique	Ceramic flags
44112000-8	Structures de construction diverses	Miscellaneous building structures
44112100-9	Abris	Shelters
44112110-2	Éléments d'abris	Shelter parts
44112120-5	Sections profilées	Profile sections
44112200-0	Revêtements de sol	Floor coverings
44112210-3	Revêtements de sol rigides	Solid flooring
44112220-6	Faux planchers	False floors
44112230-9	Linoléum	Linoleum
44112240-2	Parquet	Parquet
44112300-1	Cloisons	Partitions
44112310-4	Murs de cloisonnement	Partition walls
44112400-2	Toit	Roof
44112410-5	Charpentes de toit	Roof frames
44112420-8	Soutènements de toit	Roof supports
44112430-1	Fermes de toit	Roof trusses
44112500-3	Matériaux pour toiture	Roofing materials
44112510-6	Bardeaux	Shingles
44112600-4	Isolation acoustique	Sound insulation
44112700-5	Solives	Beams
44113000-5	Matériaux de construction routière	Road-construction materials
44113100-6	Matériaux de pavage	Paving materials
44113120-2	Dalles de pavage	Paving slabs
44113130-5	Pierres de pavage	Paving stones
44113140-8	Cailloux pour l'empierrement des routes	Roadstone
44113200-7	Dalles	Flagstones
44113300-8	Matériaux enrobés	Coated materials
44113310-1	Matériaux routiers enrobés	Coated road materials
44113320-4	Enrobés routiers	Coated roadstone
44113330-7	Produits d'enrobage	Coating materials
44113500-0	Perles de verre	Glass beads
44113600-1	Bitume et asphalte	Bitumen and asphalt
44113610-4	Bitume	Bitumen
44113620-7	Asphalte	Asphalt
44113700-2	Matériaux de réparation routière	Road-repair materials
44113800-3	Matériaux de surfaçage routier	Road-surfacing materials
44113810-6	Enduit superficiel	Surface dressing
44113900-4	Matériaux d'entretien routier	Road-maintenance materials
44113910-7	Matériaux d'entretien routier hivernal	Winter-maintenance materials
44114000-2	Béton	Concrete
44114100-3	Béton prêt à l'emploi	Ready-mixed concrete
44114200-4	Produits en béton	Concrete products
44114210-7	Pieux en béton	Concrete piles
44114220-0	Conduites et raccords en béton	Concrete pipes and fittings
44114250-9	Dalles en béton	Concrete slabs
44115000-9	Infrastructures de bâtiment	Building fittings
44115100-0	Conduits	Ducting
44115200-1	Matériel de plomberie et de chauffage	Plumbing and heating materials
44115210-4	Matériel de plomberie	Plumbing materials
44115220-7	Matériel de chauffage	Heating materials
44115310-5	Volets roulants	Roller-type shutters
44115400-3	Claires-voies	Skylights
44115500-4	Systèmes de pulvérisation d'eau	Sprinkler systems
44115600-5	Monte-personnes d'escalier	Stairlifts
44115700-6	Stores d'extérieur	Exterior blinds
44115710-9	Auvents	Canopies
44115800-7	Aménagements intérieurs de bâtiment	Building internal fittings
44115810-0	Rails pour rideaux et tentures	Curtain rails and hangings
44115811-7	Rails pour rideaux	Curtain rails
44115900-8	Dispositifs de protection contre le soleil	Sun protection devices
44130000-0	Conduites d'égouts	Sewer mains
44131000-7	Chambres à eaux d'égouts	Sewage chambers
44132000-4	Éléments d'aqueducs	Culvert elements
44133000-1	Bouchons en fer ductile	Ductile-iron end caps
44134000-8	Raccords angulaires	Bends
44140000-3	Produits connexes aux matériaux de construction	Products related to construction materials
44141000-0	Canalisation	Conduit
44141100-1	Canalisation électrique	Electric conduit
44142000-7	Charpentes	Frames
44143000-4	Palettes	Pallets
44144000-1	Poteaux (construction)	Posts
44160000-9	Pipelines, tuyauterie, conduites, gainage, tubage et articles connexes	Pipeline, piping, pipes, casing, tubing and related items
44161000-6	Pipelines	Pipelines
44161100-7	Gazoducs	Gas pipelines
44161110-0	Réseaux de distribution de gaz	Gas-distribution network
44161200-8	Canalisations d'eau	Water mains
44161400-0	Pipelines subaquatiques	Underwater pipeline
44161410-3	Pipelines sous-marins	Subsea pipelines
44161500-1	Conduites à haute pression	High-pressure pipeline
44161600-2	Conduites à basse pression	Low-pressure pipeline
44161700-3	Râcleurs de conduites	Pipeline pigs
44161710-6	Dispositifs de lancement de râcleurs	Pig launchers
44161720-9	Dispositifs de réception de râcleurs	Pig receivers
44161730-2	Sas pour râcleurs	Pig traps
44162000-3	Tuyauterie	Piping
44162100-4	Accessoires de tuyauterie	Piping supplies
44162200-5	Conduites de distribution	Distribution piping
44162300-6	Conduites de déversement	Outfall piping
44162400-7	Trous d'homme en grès vitrifié	Vitrified clay manholes
44162500-8	Conduites d'eau potable	Drinking-water piping
44163000-0	Tuyaux et raccords	Pipes and fittings
44163100-1	Conduites	Pipes
44163110-4	Tuyaux d'assèchement	Drainage pipes
44163111-1	Tuyaux de drainage	Drain pipes
44163112-8	Système de drainage	Drainage system
44163120-7	Conduites de chauffage à distance	Distance-heating pipes
44163121-4	Conduites de chauffage	Heating pipes
44163130-0	Canalisations d'égouts	Sewer pipes
44163140-3	Conduites à vapeur et à eau	Steam and water pipes
44163150-6	Conduites basse pression	Low-pressure pipes
44163160-9	Conduites de distribution et accessoires	Distribution pipes and accessories
44163200-2	Raccords de tuyauterie	Pipe fittings
44163210-5	Colliers de serrage pour tuyaux	Pipe clamps
44163230-1	Raccords pour tuyaux	Pipe connectors
44163240-4	Joints de tuyauterie	Pipe joints
44163241-1	Joints isolants	Insulated joints
44164000-7	Gainage et tubage	Casing and tubing
44164100-8	Gainage	Casing
44164200-9	Tubage	Tubing
44164300-0	Matériel tubulaire	Tubular goods
44164310-3	Tubes et raccords	Tubes and fittings
44165000-4	Tuyaux, conduites ascendantes et manchons	Hoses, risers and sleeves
44165100-5	Tuyaux	Hoses
44165110-8	Tuyaux de forage	Drilling hoses
44165200-6	Conduites ascendantes	Risers
44165210-9	Conduites ascendantes souples	Flexible risers
44165300-7	Manchons	Sleeves
44166000-1	Conduites de pétrole à grande distance	Oil country tubular goods
44167000-8	Accessoires de tuyauterie divers	Various pipe fittings
44167100-9	Raccords	Couplings
44167110-2	Brides	Flanges
44167111-9	Adaptateurs de brides	Flange adaptors
44167200-0	Brides et colliers de réparation	Repair clamps and collars
44167300-1	Coudes, pièces en T et accessoires de tuyauterie	Bends, tees and pipe fittings
44167400-2	Coudes	Elbows
44170000-2	Plaques, tôles, bandes et feuilles connexes aux matériaux de construction	Plates, sheets, strip and foil related to construction materials
44171000-9	Plaques (construction)	Plates (construction)
44172000-6	Tôles (construction)	Sheets (construction)
44173000-3	Bandes	Strip
44174000-0	Feuilles	Foil
44175000-7	Panneaux	Panels
44176000-4	Films (construction)	Film
44190000-8	Matériaux de construction divers	Miscellaneous construction materials
44191000-5	Matériaux divers de construction en bois	Miscellaneous construction materials in wood
44191100-6	Contreplaqué	Plywood
44191200-7	Bois stratifié	Laminated wood
44191300-8	Panneaux de particules	Particle board
44191400-9	Panneaux de fibres	Fibreboard
44191500-0	Bois densifié	Densified wood
44191600-1	Panneaux de parquet	Parquet panels
44192000-2	Autres matériaux de construction divers	Other miscellaneous construction materials
44192100-3	Mousse de PVC	PVC foam
44192200-4	Clous	Nails
44200000-2	Produits structurels	Structural products
44210000-5	Structures et pièces structurelles	Structures and parts of structures
44211000-2	Bâtiments préfabriqués	Prefabricated buildings
44211100-3	Bâtiments modulaires préfabriqués	Modular and portable buildings
44211110-6	Cabines	Cabins
44211200-4	Cellules	Cubicles
44211300-5	Hôpital de campagne	Field hospital
44211400-6	Cuisines de campagne	Field kitchens
44211500-7	Serres	Glasshouses
44212000-9	Produits structurels et pièces structurelles, à l'exception des bâtiments préfabriqués	Structural products and parts except prefabricated buildings
44212100-0	Pont	Bridge
44212110-3	Sections de pont	Bridge sections
44212120-6	Structures de pont	Structures of bridges
44212200-1	Tours, mâts en treillis, derricks et pylônes	Towers, lattice masts, derricks and pylons
44212210-4	Derricks	Derricks
44212211-1	Mâts de forage	Drilling derricks
44212212-8	Mâts de forage statiques	Static drilling derricks
44212220-7	Pylônes, poteaux et piquets	Pylons, poles and pickets
44212221-4	Pylônes	Pylons
44212222-1	Pylônes pour lignes électriques	Electricity transmission pylons
44212223-8	Socles pour pylônes	Pylon supports
44212224-5	Poteaux pour lignes électriques aériennes	Poles for carrying overhead lines
44212225-2	Poteaux	Poles
44212226-9	Poteaux électriques	Electricity poles
44212227-6	Piquets	Pickets
44212230-0	Tours en métal	Towers
44212233-1	Châteaux d'eau	Water towers
44212240-3	Poutres	Girders
44212250-6	Mâts	Masts
44212260-9	Pylônes de radio ou de télévision	Radio or television masts
44212261-6	Pylônes de radio	Radio masts
44212262-3	Pylônes de télévision	Television masts
44212263-0	Mâts en treillis	Lattice masts
44212300-2	Structures et pièces	Structures and parts
44212310-5	Échafaudages	Scaffolding
44212311-2	Contre-fiches cintrées	Arch struts
44212312-9	Trépieds cintrés	Arch stilts
44212313-6	Supports	Supports
44212314-3	Brides d'attache pour tuyaux	Pipe-hanging brackets
44212315-0	Équipement pour échafaudages	Equipment for scaffolding
44212316-7	Colliers de serrage cintrés	Arch clips
44212317-4	Structures d'échafaudage	Scaffolding structures
44212318-1	Supports pour tuyauterie	Pipeline supports
44212320-8	Structures diverses	Miscellaneous structures
44212321-5	Abris d'autobus	Bus shelters
44212322-2	Cabines téléphoniques	Telephone booths
44212329-1	Écrans de sécurité	Security screens
44212380-6	Pièces structurelles	Parts of structures
44212381-3	Revêtement métallique	Cladding
44212382-0	Vannes	Floodgates
44212383-7	Portes d'écluse	Lock gates
44212390-9	Écluses de vidange	Sluices
44212391-6	Portes d'écluse de vidange	Sluice gates
44212400-3	Palplanches	Piling
44212410-6	Rideaux de palplanches	Sheet piling
44212500-4	Angles et sections	Angles and sections
44212510-7	Angles	Angles
44212520-0	Sections	Sections
44220000-8	Menuiserie pour la construction	Builders' joinery
44221000-5	Fenêtres, portes et articles connexes	Windows, doors and related items
44221100-6	Fenêtres	Windows
44221110-9	Encadrements de fenêtres	Window frames
44221111-6	Double vitrage	Double-glazed units
44221120-2	Portes-fenêtres	French windows
44221200-7	Portes	Doors
44221210-0	Panneaux de portes	Door blanks
44221211-7	Encadrements de portes	Door frames
44221212-4	Portes moustiquaires	Door screens
44221213-1	Seuils de porte	Door thresholds
44221220-3	Portes coupe-feu	Fire doors
44221230-6	Portes coulissantes	Sliding doors
44221240-9	Portes de garage	Garage doors
44221300-8	Portails	Gates
44221310-1	Portails d'entrée	Access gates
44221400-9	Volets	Shutters
44221500-0	Seuils	Thresholds
44230000-1	Charpenterie pour la construction	Builders' carpentry
44231000-8	Panneaux de clôture prêts à poser	Made-up fencing panels
44232000-5	Poutres de toiture en bois	Timber roof trusses
44233000-2	Escaliers	Staircases
44300000-3	Câble, fil métallique et produits connexes	Cable, wire and related products
44310000-6	Articles en fils métalliques	Wire products
44311000-3	Toron tressé	Stranded wire
44312000-0	Fil de fer pour clôture	Fencing wire
44312300-3	Fil de fer barbelé	Barbed wire
44313000-7	Filet en métal	Metal netting
44313100-8	Clôture en treillis métallique	Wire-mesh fencing
44313200-9	Toile métallique	Wire cloth
44315000-1	Fil machine	Wire rods
44315100-2	Accessoires de soudage	Welding accessories
44315200-3	Matériaux de soudage	Welding materials
44315300-4	Matériaux de brasage tendre ou de brasage fort	Soldering or brazing materials
44315310-7	Matériaux de brasage tendre	Soldering materials
44315320-0	Matériaux de brasage fort	Brazing materials
44316000-8	Quincaillerie	Ironmongery
44316100-9	Enclumes	Anvils
44316200-0	Forge portative	Portable forge
44316300-1	Grilles	Grilles
44316400-2	Articles de quincaillerie	Hardware
44316500-3	Serrurerie	Smiths' wares
44316510-6	Ferronnerie	Blacksmiths' wares
44317000-5	Élingues en fer ou en acier	Iron or steel slings
44318000-2	Conducteurs	Conductors
44320000-9	Câbles et produits connexes	Cable and related products
44321000-6	Câble	Cable
44322000-3	Accessoires pour câble	Cable accessories
44322100-4	Conduites de câble	Cable conduits
44322200-5	Raccords de câbles	Cable connectors
44322300-6	Gaines de câble	Cable ducts
44322400-7	Attaches pour câble	Cable fasteners
44330000-2	Barres, tiges, fils et profilés pour la construction	Bars, rods, wire and profiles used in construction
44331000-9	Barres (construction)	Bars
44332000-6	Tiges	Rods (construction)
44333000-3	Fil métallique	Wire
44334000-0	Profilés	Profiles
44400000-4	Produits fabriqués divers et éléments connexes	Miscellaneous fabricated products and related items
44410000-7	Articles de salle de bains et de cuisine	Articles for the bathroom and kitchen
44411000-4	Appareils sanitaires	Sanitary ware
44411100-5	Robinets	Taps
44411200-6	Baignoires	Baths
44411300-7	Lavabos	Washbasins
44411400-8	Receveurs de douche	Shower basins
44411600-0	Bidets	Bidets
44411700-1	Lunettes, abattants, cuvettes et réservoirs de chasse d'eau de WC	Lavatory seats, covers, bowls and cisterns
44411710-4	Sièges de WC	Lavatory seats
44411720-7	Abattants de WC	Lavatory covers
44411740-3	Cuvettes de WC	Lavatory bowls
44411750-6	Réservoirs de chasse d'eau	Lavatory cisterns
44411800-2	Urinoirs	Urinals
44420000-0	Produits utilisés dans la construction	Goods used in construction
44421000-7	Coffres, cassettes de sûreté et portes blindés ou armés	Armoured or reinforced safes, strongboxes and doors
44421300-0	Coffres-forts	Safes
44421500-2	Portes blindées ou armées	Armoured or reinforced doors
44421600-3	Coffres de valeurs	Safe-deposit lockers
44421700-4	Consignes et coffres	Boxes and lockers
44421710-7	Consignes	Left-luggage lockers
44421720-0	Coffres	Lockers
44421721-7	Coffres à valeurs	Safe-deposit boxes
44421722-4	Coffrets de sécurité	Safety cases
44421780-8	Coffres à documents	Deed boxes
44421790-1	Caisses pour argent liquide	Cash boxes
44422000-4	Boîtes à lettres	Letterboxes
44423000-1	Article divers	Miscellaneous articles
44423100-2	Cloches	Bells
44423200-3	Échelles	Ladders
44423220-9	Escaliers pliants	Folding steps
44423230-2	Escabeaux	Step stools
44423300-4	Équipement de manutention de marchandises	Goods-handling equipment
44423330-3	Plates-formes de manutention de marchandises	Platforms for handling goods
44423340-6	Accessoires en câble pour la manutention de marchandises	Wire-rope accessories for handling goods
44423400-5	Panneaux de signalisation et articles connexes	Signs and related items
44423450-0	Plaques indicatrices	Nameplates
44423460-3	Plaques d'adresse	Address plates
44423700-8	Éléments de trous d'homme	Manhole elements
44423710-1	Couvercles de bouches d'incendie	Surface boxes
44423720-4	Boîtes de délimitation	Boundary boxes
44423730-7	Cadres de trous d'homme	Manhole frames
44423740-0	Couvercles de trous d'homme	Manhole covers
44423750-3	Plaques d'égouts	Drain covers
44423760-6	Couvercles d'accès	Access covers
44423790-5	Barreaux d'échelle en fer pour trous d'homme	Manhole step irons
44423800-9	Poinçons en métal	Metal stamps
44423810-2	Timbres en caoutchouc	Rubber stamps
44423850-4	Formes	Shapes
44423900-0	Anodes sacrifiées	Sacrificial anodes
44424000-8	Coffrets-compteurs et ruban	Meter-housing boxes and tape
44424100-9	Coffrets-compteurs	Meter-housing boxes
44424200-0	Ruban adhésif	Adhesive tape
44424300-1	Bande réfléchissante	Reflective tape
44425000-5	Anneaux, joints, bracelets, baguettes et masses de scellement	Rings, seals, bands, sticks and grout packers
44425100-6	Anneaux élastiques	Elastic rings
44425110-9	Anneaux de renfort autoadhésifs	Self-adhesive reinforcement rings
44425200-7	Joints en caoutchouc	Rubber seals
44425300-8	Bracelets en caoutchouc	Rubber bands
44425400-9	Masses de scellement	Grout packers
44425500-0	Baguettes en plastique	Plastic sticks
44430000-3	Plaques de blindage	Armour plating
44431000-0	Plaques de recouvrement	Cover plates
44440000-6	Paliers de roulement	Bearings
44441000-3	Microbilles	Microbeads
44442000-0	Roulements à rouleaux	Roller bearings
44450000-9	Acier doux	Mild steel
44451000-6	Flans de monnaie	Coin blanks
44452000-3	Boîtes réceptrices de monnaie	Coin boxes
44460000-2	Étançons et étais miniers	Props and mining struts
44461000-9	Étançons	Props
44461100-0	Étançons miniers	Mine props
44462000-6	Étais miniers	Mining struts
44464000-0	Chenilles	Caterpillar tracks
44470000-5	Produits en fonte	Cast-iron products
44480000-8	Équipements divers de protection contre l'incendie	Miscellaneous fire-protection equipment
44481000-5	Échelles à plate-forme	Platforms ladders
44481100-6	Échelles d'incendie	Fire ladders
44482000-2	Dispositifs de protection contre l'incendie	Fire-protection devices
44482100-3	Tuyaux d'incendie	Fire hoses
44482200-4	Bouches d'incendie	Fire hydrants
44500000-5	Outils, serrures, clés, charnières, fermoirs, chaînes et ressorts	Tools, locks, keys, hinges, fasteners, chain and springs
44510000-8	Outils	Tools
44511000-5	Outils à main	Hand tools
44511100-6	Bêches et pelles	Spades and shovels
44511110-9	Bêches	Spades
44511120-2	Pelles	Shovels
44511200-7	Fourches de jardinage	Gardening forks
44511300-8	Pioches, pics, houes, râteaux et râteaux de plage	Mattocks, picks, hoes, rakes and beach rakes
44511310-1	Pioches	Mattocks
44511320-4	Pics	Picks
44511330-7	Houes	Hoes
44511340-0	Râteaux	Rakes
44511341-7	Râteaux de plage	Beach rakes
44511400-9	Haches	Axes
44511500-0	Scies à main	Hand saws
44511510-3	Lames de scies à main	Handsaw blades
44512000-2	Outils à main divers	Miscellaneous hand tools
44512100-3	Burins	Chisels
44512200-4	Pinces	Pliers
44512210-7	Pinces à sertir	Crimping pliers
44512300-5	Marteaux	Hammers
44512400-6	Mâchoires pour fil métallique	Wire grips
44512500-7	Clés de serrage	Spanners
44512600-8	Outils pour travaux routiers	Roadworking tools
44512610-1	Pointes à poinçonner le revêtement routier	Spikes for piercing road surfaces
44512700-9	Limes ou râpes	Files or rasps
44512800-0	Tournevis	Screwdrivers
44512900-1	Trépans, embouts de tournevis et autres accessoires	Drill bits, screwdriver bits and other accessories
44512910-4	Trépans	Drill bits
44512920-7	Embouts de tournevis	Screwdriver bits
44512930-0	Porte-outils	Tool carriers
44512940-3	Boîtes à outils	Tool kits
44513000-9	Outils à pédale	Treadle-operated tools
44514000-6	Manches d'outils et pièces d'outils	Tool handles and tool parts
44514100-7	Manches d'outils	Tool handles
44514200-8	Pièces d'outils	Tool parts
44520000-1	Serrures, clés et charnières	Locks, keys and hinges
44521000-8	Cadenas et serrures divers	Miscellaneous padlocks and locks
44521100-9	Serrures	Locks
44521110-2	Serrures de portes	Door locks
44521120-5	Verrous de sécurité électroniques	Electronic security lock
44521130-8	Verrous de sécurité renforcés	Enhanced security lock
44521140-1	Serrures pour mobilier	Furniture locks
44521200-0	Cadenas et chaînes	Padlocks and chains
44521210-3	Cadenas	Padlocks
44522000-5	Fermoirs, pièces pour serrures et clés	Clasps, lock parts and keys
44522100-6	Fermoirs	Clasps
44522200-7	Clés	Keys
44522300-8	Pièces pour cadenas	Parts of padlocks
44522400-9	Pièces pour serrures	Parts of locks
44523000-2	Charnières, ferrures et raccords	Hinges, mountings and fittings
44523100-3	Charnières	Hinges
44523200-4	Ferrures	Mountings
44523300-5	Raccords	Fittings
44530000-4	Attaches	Fasteners
44531000-1	Attaches filetées	Threaded fasteners
44531100-2	Vis à bois	Wood screws
44531200-3	Crochets à vis ou bagues à pas de vis	Screw hooks or screw rings
44531300-4	Vis autotaraudeuses	Self-tapping screws
44531400-5	Boulons	Bolts
44531500-6	Ensembles de raccordements à brides	Flange jointing sets
44531510-9	Boulons et vis	Bolts and screws
44531520-2	Tire-fonds et vis	Coach bolts and screws
44531600-7	Écrous	Nuts
44531700-8	Articles filetés en fer ou en acier	Iron or steel threaded articles
44532000-8	Attaches non filetées	Non-threaded fasteners
44532100-9	Rivets	Rivets
44532200-0	Rondelles	Washers
44532300-1	Goupilles	Cotter pins
44532400-2	Éclisses en acier	Steel fishplates
44533000-5	Attaches en cuivre	Copper fasteners
44540000-7	Chaînes	Chain
44541000-4	Chaîne à articulations	Articulated chain
44542000-1	Éléments de chaîne	Parts of chain
44550000-0	Ressorts	Springs
44600000-6	Citernes, réservoirs, conteneurs; radiateurs et chaudières de chauffage central	Tanks, reservoirs and containers; central-heating radiators and boilers
44610000-9	Citernes, réservoirs, conteneurs et cuves sous pression	Tanks, reservoirs, containers and pressure vessels
44611000-6	Citernes	Tanks
44611100-7	Cylindres à air	Air cylinders
44611110-0	Cylindres à air comprimé	Compressed-air cylinders
44611200-8	Appareils respiratoires	Breathing apparatus
44611400-0	Réservoirs de stockage	Storage tanks
44611410-3	Réservoirs à huile	Oil-storage tanks
44611420-6	Réservoirs à boues	Sludge-storage tanks
44611500-1	Cuves à eau	Water tanks
44611600-2	Réservoirs	Reservoirs
44612000-3	Bouteilles de gaz liquéfié	Liquefied-gas containers
44612100-4	Bouteilles de gaz	Gas cylinders
44612200-5	Réservoirs à gaz	Gas tanks
44613000-0	Grands conteneurs	Large containers
44613110-4	Silos	Silos
44613200-2	Conteneurs réfrigérés	Refrigerated containers
44613210-5	Citernes à eau	Water chambers
44613300-3	Conteneurs à marchandises standard	Standard freight containers
44613400-4	Conteneurs de stockage	Storage containers
44613500-5	Conteneurs à eau	Water containers
44613600-6	Conteneurs sur roues	Wheeled containers
44613700-7	Bennes à déchets	Refuse skips
44613800-8	Conteneurs à déchets	Containers for waste material
44614000-7	Tonneaux en métal	Casks
44614100-8	Caisses de stockage	Storage bins
44614300-0	Système de stockage de conteneurs	Container storage system
44614310-3	Machines à empiler	Stacking machinery
44615000-4	Cuves sous pression	Pressure vessels
44615100-5	Cuves sous pression en acier	Steel pressure vessels
44616000-1	Fûts en métal	Drums
44616200-3	Fûts de déchets	Waste drums
44617000-8	Boîtiers	Boxes
44617100-9	Cartons	Cartons
44617200-0	Compartiments pour compteurs	Meter housings
44617300-1	Boîtiers préfabriqués	Prefabricated boxes
44618000-5	Conteneurs légers, bouchons, couvercles pour conteneurs, cuves et couvercles	Light containers, corks, tops for containers, vats and lids
44618100-6	Conteneurs légers	Light containers
44618300-8	Bouchons, couvercles pour conteneurs, cuves et couvercles	Corks, stoppers, tops for containers and lids
44618310-1	Bouchons	Corks
44618320-4	Obturateurs à vis	Stoppers
44618330-7	Couvercles pour conteneurs	Tops for containers
44618340-0	Couvercles	Lids
44618350-3	Capsules en plastique	Plastic caps
44618400-9	Boîtes métalliques	Cans
44618420-5	Boîtes pour aliments	Food cans
44618500-0	Cuves	Vats
44619000-2	Autres conteneurs	Other containers
44619100-3	Caisses	Cases
44619200-4	Enrouleurs de câbles	Cable drums
44619300-5	Caisses à claire-voie	Crates
44619400-6	Tonneaux en bois	Barrels
44619500-7	Caisses-palettes	Pallet boxes
44620000-2	Radiateurs et chaudières pour chauffage central et pièces détachées	Central-heating radiators and boilers and parts
44621000-9	Radiateurs et chaudières	Radiators and boilers
44621100-0	Radiateurs	Radiators
44621110-3	Radiateurs pour chauffage central	Central-heating radiators
44621111-0	Radiateurs non électriques pour chauffage central	Non-electrically-heated central-heating radiators
44621112-7	Pièces détachées de radiateurs pour chauffage central	Parts of central-heating radiators
44621200-1	Chaudières	Boilers
44621210-4	Chaudières à eau	Water boilers
44621220-7	Chaudières pour chauffage central	Central-heating boilers
44621221-4	Pièces détachées de chaudières pour chauffage central	Parts of central-heating boilers
44622000-6	Systèmes de récupération de chaleur	Heat-recovery systems
44622100-7	Équipement de récupération de chaleur	Heat-recovery equipment
44800000-8	Peintures, vernis et mastics	Paints, varnishes and mastics
44810000-1	Peintures	Paints
44811000-8	Peinture de marquage routier	Road paint
44812000-5	Peintures à usage artistique	Artists' paints
44812100-6	Émail et peintures transparentes	Enamels and glazes
44812200-7	Peintures à l'huile et à l'eau	Oil and water paints
44812210-0	Peintures à l'huile	Oil paints
44812220-3	Peintures à l'eau	Water paints
44812300-8	Peintures scolaires	Students' paints
44812310-1	Assortiments de couleurs	Colours in sets
44812320-4	Couleurs pour signalisation	Signboard painters' colours
44812400-9	Articles pour peintres et tapissiers	Decorating supplies
44820000-4	Vernis	Varnishes
44830000-7	Mastics, matières de charge, ciment de scellement et diluants	Mastics, fillers, putty and solvents
44831000-4	Mastics, matières de charge, ciment de scellement	Mastics, fillers, putty
44831100-5	Mastics	Mastics
44831200-6	Matières de charge	Fillers
44831300-7	Ciment de scellement	Putty
44831400-8	Coulis de ciment	Grout
44832000-1	Solvants	Solvents
44832100-2	Décapant	Paint stripper
44832200-3	Diluants	Thinners
44900000-9	Pierre de construction, chaux, gypse et ardoise	Stone for construction, limestone, gypsum and slate
44910000-2	Pierre de construction	Stone for construction
44911000-9	Marbre et pierre calcaire de construction	Marble and calcarous building stone
44911100-0	Marbre	Marble
44911200-1	Travertin	Travertine
44912000-6	Pierres de construction diverses	Miscellaneous building stone
44912100-7	Granit	Granite
44912200-8	Grès	Sandstone
44912300-9	Basalte	Basalt
44912400-0	Bordures	Kerbstones
44920000-5	Pierre calcaire, gypse et craie	Limestone, gypsum and chalk
44921000-2	Pierre calcaire et gypse	Limestone and gypsum
44921100-3	Gypse	Gypsum
44921200-4	Chaux	Lime
44921210-7	Chaux en poudre	Powdered lime
44921300-5	Pierre calcaire	Limestone
44922000-9	Craie et dolomie	Chalk and dolomite
44922100-0	Craie	Chalk
44922200-1	Dolomie	Dolomite
44930000-8	Ardoise	Slate
45000000-7	Travaux de construction	Construction work
45100000-8	Travaux de préparation de chantier	Site preparation work
45110000-1	Travaux de démolition de bâtiments et travaux de terrassement	Building demolition and wrecking work and earthmoving work
45111000-8	Travaux de démolition, travaux de préparation et de dégagement de chantier	Demolition, site preparation and clearance work
45111100-9	Travaux de démolition	Demolition work
45111200-0	Travaux de préparation et de dégagement de chantier	Site preparation and clearance work
45111210-3	Travaux de démolition à l'explosif et travaux de déblaiement consécutifs	Blasting and associated rock-removal work
45111211-0	Travaux de démolition à l'explosif	Blasting work
45111212-7	Travaux de déblaiement	Rock-removal work
45111213-4	Travaux de dégagement de chantier	Site-clearance work
45111214-1	Travaux d'enlèvement de gravats	Blast-clearing work
45111220-6	Travaux de débroussaillage	Scrub-removal work
45111230-9	Travaux de stabilisation des sols	Ground-stabilisation work
45111240-2	Travaux d'assèchement des sols	Ground-drainage work
45111250-5	Travaux d'étude géotechnique	Ground investigation work
45111260-8	Travaux de préparation de sites miniers	Site-preparation work for mining
45111290-7	Travaux préparatoires de viabilité	Primary works for services
45111291-4	Travaux d'aménagement du terrain	Site-development work
45111300-1	Travaux de démantèlement	Dismantling works
45111310-4	Travaux de démantèlement d'installations militaires	Dismantling works for military installations
45111320-7	Travaux de démantèlement d'installations de sécurité	Dismantling works for security installations
45112000-5	Travaux de fouille et de terrassement	Excavating and earthmoving work
45112100-6	Travaux de creusement de tranchées	Trench-digging work
45112200-7	Travaux de décapage de terre	Soil-stripping work
45112210-0	Travaux de décapage de terre végétale	Topsoil-stripping work
45112300-8	Travaux de remblayage et de mise en condition du terrain	Infill and land-reclamation work
45112310-1	Travaux de remblayage	Infill work
45112320-4	Travaux de mise en condition du terrain	Land-reclamation work
45112330-7	Travaux de mise en état du chantier	Site-reclamation work
45112340-0	Travaux de décontamination du sol	Soil-decontamination work
45112350-3	Remise en valeur de terrains vagues	Reclamation of waste land
45112360-6	Travaux de remise en état du terrain	Land rehabilitation work
45112400-9	Travaux d'excavation	Excavating work
45112410-2	Travaux de fossoyage	Grave-digging work
45112420-5	Travaux de fouille en excavation	Basement excavation work
45112440-1	Dressement de talus	Terracing of hillsides
45112441-8	Talutage	Terracing work
45112450-4	Travaux d'excavation sur sites archéologiques	Excavation work at archaeological sites
45112500-0	Travaux de terrassement	Earthmoving work
45112600-1	Déblai-remblai	Cut and fill
45112700-2	Travaux d'aménagement paysager	Landscaping work
45112710-5	Travaux d'aménagement paysager d'espaces verts	Landscaping work for green areas
45112711-2	Travaux d'aménagement paysager de parcs	Landscaping work for parks
45112712-9	Travaux d'aménagement paysager de jardins	Landscaping work for gardens
45112713-6	Travaux d'aménagement paysager de jardins sur les toits	Landscaping work for roof gardens
45112714-3	Travaux d'aménagement paysager de cimetières	Landscaping work for cemeteries
45112720-8	Travaux d'aménagement paysager de terrains de sport et d'aires de loisirs	Landscaping work for sports grounds and recreational areas
45112721-5	Travaux d'aménagement paysager de terrains de golf	Landscaping work for golf courses
45112722-2	Travaux d'aménagement paysager de terrains d'équitation	Landscaping work for riding areas
45112723-9	Travaux d'aménagement paysager de terrains de jeux	Landscaping work for playgrounds
45112730-1	Travaux d'aménagement paysager de routes et d'autoroutes	Landscaping work for roads and motorways
45112740-4	Travaux d'aménagement paysager d'aéroports	Landscaping work for airports
45113000-2	Travaux de chantier	Siteworks
45120000-4	Travaux de sondage et de forage de reconnaissance	Test drilling and boring work
45121000-1	Travaux de sondage expérimental	Test drilling work
45122000-8	Travaux de forage de reconnaissance	Test boring work
45200000-9	Travaux de construction complète ou partielle et travaux de génie civil	Works for complete or part construction and civil engineering work
45210000-2	Travaux de construction de bâtiments	Building construction work
45211000-9	Travaux de construction d'immeubles collectifs et de maisons individuelles	Construction work for multi-dwelling buildings and individual houses
45211100-0	Travaux de construction de maisons	Construction work for houses
45211200-1	Travaux de construction de logements-foyers	Sheltered housing construction work
45211300-2	Travaux de construction complète de maisons	Houses construction work
45211310-5	Travaux de construction de salles de bains	Bathrooms construction work
45211320-8	Travaux de construction de porches	Porches construction work
45211340-4	Travaux de construction d'immeubles collectifs	Multi-dwelling buildings construction work
45211341-1	Travaux de construction d'appartements	Flats construction work
45211350-7	Travaux de construction de bâtiments multifonctionnels	Multi-functional buildings construction work
45211360-0	Travaux de développement urbain	Urban development construction work
45211370-3	Travaux de construction de saunas	Construction works for saunas
45212000-6	Travaux de construction de bâtiments destinés aux loisirs, aux sports, à la culture, à l'hébergement et de restaurants	Construction work for buildings relating to leisure, sports, culture, lodging and restaurants
45212100-7	Construction d'équipements pour les loisirs	Construction work of leisure facilities
45212110-0	Travaux de construction de centres de loisirs	Leisure centre construction work
45212120-3	Travaux de construction de parcs à thèmes	Theme park construction work
45212130-6	Travaux de construction de parcs d'attractions	Amusement park construction work
45212140-9	Installation récréative	Recreation installation
45212150-2	Travaux de construction de cinémas	Cinema construction work
45212160-5	Travaux de construction de casinos	Casino construction work
45212170-8	Travaux de construction de bâtiments de loisirs	Entertainment building construction work
45212171-5	Travaux de construction de centres de divertissements	Entertainment centre construction work
45212172-2	Travaux de construction de centres récréatifs	Recreation centre construction work
45212180-1	Travaux de construction de billetteries	Ticket offices construction work
45212190-4	Ouvrages de protection contre le soleil	Sun-protection works
45212200-8	Travaux de construction d'installations sportives	Construction work for sports facilities
45212210-1	Travaux de construction d'installations sportives monovalentes	Single-purpose sports facilities construction work
45212211-8	Travaux de construction de patinoires	Ice rink construction work
45212212-5	Travaux de construction de piscines	Construction work for swimming pool
45212213-2	Travaux de marquage sportif	Sport markings works
45212220-4	Travaux de construction d'installations sportives polyvalentes	Multi-purpose sports facilities construction work
45212221-1	Travaux de construction d'ouvrages pour terrain de sports	Construction work in connection with structures for sports ground
45212222-8	Travaux de construction de gymnases	Gymnasium construction work
45212223-5	Travaux de construction d'installations de sports d'hiver	Winter-sports facilities construction work
45212224-2	Travaux de construction de stades	Stadium construction work
45212225-9	Travaux de construction de palais des sports	Sports hall construction work
45212230-7	Installation de vestiaires	Installation of changing rooms
45212290-5	Réparation et entretien d'infrastructures sportives	Repair and maintenance work in connection with sports facilities
45212300-9	Travaux de construction de bâtiments à usage artistique et culturel	Construction work for art and cultural buildings
45212310-2	Travaux de construction de bâtiments destinés aux expositions	Construction work for buildings relating to exhibitions
45212311-9	Travaux de construction de galeries d'art	Art gallery construction work
45212312-6	Travaux de construction de parcs des expositions	Exhibition centre construction work
45212313-3	Travaux de construction de musées	Museum construction work
45212314-0	Travaux de construction de monuments historiques ou de mémoriaux	Historical monument or memorial construction work
45212320-5	Travaux de construction de bâtiments destinés aux activités artistiques	Construction work for buildings relating to artistic performances
45212321-2	Travaux de construction d'auditoriums	Auditorium construction work
45212322-9	Travaux de construction de theâtres	Theatre construction work
45212330-8	Travaux de construction de bibliothèques	Library construction work
45212331-5	Travaux de construction de bibliothèques multimédia	Multimedia library construction work
45212340-1	Travaux de construction de salle de conférences	Lecture hall construction work
45212350-4	Bâtiments présentant un intérêt historique ou architectural particulier	Buildings of particular historical or architectural interest
45212351-1	Travaux de construction de monuments préhistoriques	Prehistoric monument construction work
45212352-8	Travaux de construction de monuments industriels	Industrial monument construction work
45212353-5	Travaux de construction de palais	Palace construction work
45212354-2	Travaux de construction de châteaux	Castle construction work
45212360-7	Travaux de construction de bâtiments religieux	Religious buildings construction work
45212361-4	Travaux de construction d'églises	Church construction work
45212400-0	Hôtels et restaurants	Accommodation and restaurant buildings
45212410-3	Travaux de construction de bâtiments destinés à l'hébergement	Construction work for lodging buildings
45212411-0	Travaux de construction d'hôtels	Hotel construction work
45212412-7	Travaux de construction de foyers	Hostel construction work
45212413-4	Travaux de construction de logements pour séjours de courte durée	Short-stay accommodation construction work
45212420-6	Travaux de construction de restaurants et d'établissements similaires	Construction work for restaurants and similar facilities
45212421-3	Travaux de construction de restaurants	Restaurant construction work
45212422-0	Travaux de construction de cantines	Canteen construction work
45212423-7	Travaux de construction de cafétarias	Cafeteria construction work
45212500-1	Transformation de cuisines ou de restaurants	Kitchen or restaurant conversion
45212600-2	Travaux de construction de pavillons	Pavilion construction work
45213000-3	Travaux de construction de locaux commerciaux, d'entrepôts et de bâtiments industriels, de bâtiments liés aux transports	Construction work for commercial buildings, warehouses and industrial buildings, buildings relating to transport
45213100-4	Travaux de construction de locaux commerciaux	Construction work for commercial buildings
45213110-7	Travaux de construction de magasins	Shop buildings construction work
45213111-4	Travaux de construction de centres commerciaux	Shopping centre construction work
45213112-1	Travaux de construction de boutiques	Shop units construction work
45213120-0	Travaux de construction de bureaux de poste	Post office construction work
45213130-3	Travaux de construction de banques	Bank construction work
45213140-6	Travaux de construction de marchés	Market construction work
45213141-3	Travaux de construction de marchés couverts	Covered market construction work
45213142-0	Travaux de construction de marchés à ciel ouvert	Open-air market construction work
45213150-9	Travaux de construction d'immeubles de bureaux	Office block construction work
45213200-5	Travaux de construction d'entrepôts et de bâtiments industriels	Construction work for warehouses and industrial buildings
45213210-8	Entrepôts frigorifiques	Cold-storage installations
45213220-1	Travaux de construction d'entrepôts	Construction work for warehouses
45213221-8	Travaux de construction de dépôts	Warehouse stores construction work
45213230-4	Travaux de construction d'abattoirs	Abattoir construction work
45213240-7	Travaux de construction de bâtiments agricoles	Agricultural buildings construction work
45213241-4	Travaux de construction de granges	Barn construction work
45213242-1	Travaux de construction d'étables	Cowsheds construction work
45213250-0	Travaux de construction de bâtiments industriels	Construction work for industrial buildings
45213251-7	Travaux de construction d'unités industrielles	Industrial units construction work
45213252-4	Travaux de construction d'ateliers	Workshops construction work
45213260-3	Travaux de construction d'entrepôts de marchandises	Stores depot construction work
45213270-6	Travaux de construction de stations de recyclage	Construction works for recycling station
45213280-9	Travaux de construction d'installations de compostage	Construction works for compost facility
45213300-6	Bâtiments liés aux activités de transport	Buildings associated with transport
45213310-9	Travaux de construction de bâtiments liés aux transports routiers	Construction work for buildings relating to road transport
45213311-6	Travaux de construction de gares routières	Bus station construction work
45213312-3	Travaux de construction de parkings à étages	Car park building construction work
45213313-0	Travaux de construction de bâtiments d'aire de services	Service-area building construction work
45213314-7	Travaux de construction de dépôts d'autobus	Bus garage construction work
45213315-4	Travaux de construction d'abris-bus	Bus-stop shelter construction work
45213316-1	Travaux d'installation de passerelles	Installation works of walkways
45213320-2	Travaux de construction de bâtiments liés aux transports ferroviaires	Construction work for buildings relating to railway transport
45213321-9	Travaux de construction de gares de chemin de fer	Railway station construction work
45213322-6	Travaux de construction de terminaux ferroviaires	Rail terminal building construction work
45213330-5	Travaux de construction de bâtiments liés aux transports aériens	Construction work for buildings relating to air transport
45213331-2	Travaux de construction de bâtiments aéroportuaires	Airport buildings construction work
45213332-9	Travaux de construction de tours de contrôle d'aéroport	Airport control tower construction work
45213333-6	Travaux d' installation de comptoirs d'enregistrement d'aéroport	Installation works of airport check-in counters
45213340-8	Travaux de construction de bâtiments liés aux transports par voie d'eau	Construction work for buildings relating to water transport
45213341-5	Travaux de construction de terminaux de ferry	Ferry terminal building construction work
45213342-2	Travaux de construction de terminaux Ro-Ro	Ro-ro terminal construction work
45213350-1	Travaux de construction de bâtiments liés à plusieurs modes de transport	Construction work for buildings relating to various means of transport
45213351-8	Travaux de construction de hangars d'entretien	Maintenance hangar construction work
45213352-5	Travaux de construction de dépôts de service	Service depot construction work
45213353-2	Travaux d'installation de passerelles pour passagers	Installation works of passenger boarding bridges
45213400-7	Installation de locaux pour le personnel	Installation of staff rooms
45214000-0	Travaux de construction d'établissements d'enseignement et de centres de recherche	Construction work for buildings relating to education and research
45214100-1	Travaux de construction de jardins d'enfants	Construction work for kindergarten buildings
45214200-2	Travaux de construction de bâtiments scolaires	Construction work for school buildings
45214210-5	Travaux de construction d'écoles primaires	Primary school construction work
45214220-8	Travaux de construction d'écoles secondaires	Secondary school construction work
45214230-1	Travaux de construction d'écoles spécialisées	Special school construction work
45214300-3	Construction d'établissements d'enseignement supérieur	Construction work for college buildings
45214310-6	Travaux de construction de collèges professionnels	Vocational college construction work
45214320-9	Travaux de construction de collèges techniques	Technical college construction work
45214400-4	Construction de bâtiments universitaires	Construction work for university buildings
45214410-7	Travaux de construction d'instituts polytechniques	Polytechnic construction work
45214420-0	Travaux de construction d'amphithéâtres	Lecture theatre construction work
45214430-3	Travaux de construction de laboratoires de langues	Language laboratory construction work
45214500-5	Travaux de construction de centres de formation continue	Construction work for buildings of further education
45214600-6	Construction de centres de recherche	Construction work for research buildings
45214610-9	Travaux de construction de bâtiments de laboratoire	Laboratory building construction work
45214620-2	Travaux de construction d'équipements de recherche et d'essai	Research and testing facilities construction work
45214630-5	Installations scientifiques	Scientific installations
45214631-2	Travaux d'installation de salles blanches	Installation works of cleanrooms
45214640-8	Travaux de construction de stations météorologiques	Meteorological stations construction work
45214700-7	Travaux de construction de cité universitaire	Construction work for halls of residence
45214710-0	Travaux de construction de halls d'entrée	Entrance hall construction work
45214800-8	Construction d'équipements de formation	Training facilities building
45215000-7	Travaux de construction de bâtiments liés à la santé et aux services sociaux, de crématoriums et de toilettes publiques	Construction work for buildings relating to health and social services, for crematoriums and public conveniences
45215100-8	Travaux de construction de bâtiments liés à la santé	Construction work for buildings relating to health
45215110-1	Travaux de construction de spas	Spa construction work
45215120-4	Travaux de construction de bâtiments médicaux spécialisés	Special medical building construction work
45215130-7	Travaux de construction de cliniques	Clinic construction work
45215140-0	Travaux de construction d'équipements hospitaliers	Hospital facilities construction work
45215141-7	Travaux de construction de salles d'opération	Operating theatre construction work
45215142-4	Travaux de construction d'unités de soins intensifs	Intensive-care unit construction work
45215143-1	Travaux de construction de salles de dépistage et de diagnostic	Diagnostic screening room construction work
45215144-8	Travaux de construction de salles de dépistage	Screening rooms construction work
45215145-5	Travaux de construction de salles de radioscopie	Fluoroscopy room construction work
45215146-2	Travaux de construction de salles de pathologie	Pathology room construction work
45215147-9	Travaux de construction de salles de médecine légale	Forensic room construction work
45215148-6	Travaux de construction de salles de cathétérisme	Catheter room construction work
45215200-9	Construction de bâtiments pour les services sociaux	Construction work for social services buildings
45215210-2	Travaux de construction de foyers et de structures d'accueil à caractère social	Construction work for subsidised residential accommodation
45215212-6	Travaux de construction de maisons de retraite	Retirement home construction work
45215213-3	Travaux de construction de centres de soins	Nursing home construction work
45215214-0	Travaux de construction de foyers résidentiels	Residential homes construction work
45215215-7	Travaux de construction de foyers pour enfants	Children's home construction work
45215220-5	Travaux de construction d'établissements sociaux, excepté foyers et structures d'accueil à caractère social	Construction work for social facilities other than subsidised residential accommodation
45215221-2	Travaux de construction de foyers de jour	Daycare centre construction work
45215222-9	Travaux de construction de centres administratifs	Civic centre construction work
45215300-0	Travaux de construction de crématorium	Construction work for crematoriums
45215400-1	Cimetière	Cemetery works
45215500-2	Toilettes publiques	Public conveniences
45216000-4	Travaux de construction de bâtiments destinés aux institutions d'ordre public ou aux services de secours et de bâtiments militaires	Construction work for buildings relating to law and order or emergency services and for military buildings
45216100-5	Travaux de construction de bâtiments destinés aux institutions d'ordre public ou aux services de secours	Construction work for buildings relating to law and order or emergency services
45216110-8	Travaux de construction de bâtiments destinés aux institutions d'ordre public	Construction work for buildings relating to law and order
45216111-5	Travaux de construction de commissariats de police	Police station construction work
45216112-2	Travaux de construction de tribunaux	Court building construction work
45216113-9	Travaux de construction de prisons	Prison building construction work
45216114-6	Édifices parlementaires et salles de réunion publiques	Parliament and public assembly buildings
45216120-1	Travaux de construction de bâtiments destinés aux services de secours	Construction work for buildings relating to emergency services
45216121-8	Travaux de construction de centres de secours des sapeurs-pompiers	Fire station construction work
45216122-5	Travaux de construction de centres ambulanciers	Ambulance station construction work
45216123-2	Travaux de construction de postes de secours en montagne	Mountain-rescue building construction work
45216124-9	Travaux de construction de postes de secours en mer	Lifeboat station construction work
45216125-6	Travaux de construction de bâtiments des services de secours	Emergency-services building construction work
45216126-3	Travaux de construction de postes de garde-côtes	Coastguard building construction work
45216127-0	Travaux de construction de postes de secours et de sauvetage	Rescue-service station construction work
45216128-7	Travaux de construction de phares	Lighthouse construction work
45216129-4	Abris de protection	Protective shelters
45216200-6	Travaux de construction de bâtiments et d'installations militaires	Construction work for military buildings and installations
45216220-2	Travaux de construction de bunkers militaires	Military bunker construction work
45216230-5	Travaux de construction d'abris militaires	Military shelter construction work
45216250-1	Travaux de construction de défenses en tranchée	Trench defences construction work
45217000-1	Travaux de construction de bâtiments gonflables	Inflatable buildings construction work
45220000-5	Ouvrages d'art et de génie civil	Engineering works and construction works
45221000-2	Travaux de construction de ponts et de tunnels, de puits et de passages souterrains	Construction work for bridges and tunnels, shafts and subways
45221100-3	Travaux de construction de ponts	Construction work for bridges
45221110-6	Travaux de construction de ponts	Bridge construction work
45221111-3	Travaux de construction de ponts routiers	Road bridge construction work
45221112-0	Travaux de construction de ponts de chemin de fer	Railway bridge construction work
45221113-7	Travaux de construction de passerelles pour piétons	Footbridge construction work
45221114-4	Travaux de construction de ponts en fer	Construction work for iron bridges
45221115-1	Travaux de construction de ponts en acier	Construction work for steel bridges
45221117-5	Travaux de construction de ponts à bascule	Weighbridge construction work
45221118-2	Travaux de construction de ponts pour conduites	Pipeline-carrying bridge construction work
45221119-9	Travaux de rénovation de ponts	Bridge renewal construction work
45221120-9	Travaux de construction de viaducs	Viaduct construction work
45221121-6	Travaux de construction de viaducs routiers	Road viaduct construction work
45221122-3	Travaux de construction de viaducs ferroviaires	Railway viaduct construction work
45221200-4	Travaux de construction de tunnels, de puits et de passages souterrains	Construction work for tunnels, shafts and subways
45221210-7	Excavations couvertes ou partiellement couvertes	Covered or partially-covered excavations
45221211-4	Passage inférieur	Underpass
45221213-8	Excavations ferroviaires couvertes ou partiellement couvertes	Covered or partially-covered railway excavations
45221214-5	Excavations routières couvertes ou partiellement couvertes	Covered or partially-covered road excavations
45221220-0	Ponceaux	Culverts
45221230-3	Puits	Shafts
45221240-6	Travaux de construction de tunnels	Construction work for tunnels
45221241-3	Travaux de construction de tunnels routiers	Road tunnel construction work
45221242-0	Travaux de construction de tunnels ferroviaires	Railway tunnel construction work
45221243-7	Travaux de construction de tunnels pour piétons	Pedestrian tunnel construction work
45221244-4	Travaux de construction de tunnels pour canal	Canal tunnel construction work
45221245-1	Travaux de construction de tunnels sous-fluviaux	Under-river tunnel construction work
45221246-8	Travaux de construction de tunnels sous-marins	Undersea tunnel construction work
45221247-5	Percement de tunnels	Tunnelling works
45221248-2	Travaux de construction de revêtements de tunnels	Tunnel linings construction work
45221250-9	Ouvrages souterrains autres que tunnels, puits et passages souterrains	Underground work other than tunnels, shafts and subways
45222000-9	Travaux de construction d'ouvrages de génie civil, excepté ponts, tunnels, puits et passages souterrains	Construction work for engineering works except bridges, tunnels, shafts and subways
45222100-0	Travaux de construction d'usines de traitement des déchets	Waste-treatment plant construction work
45222110-3	Travaux de construction de décharges	Waste disposal site construction work
45222200-1	Travaux de génie militaire	Engineering work for military installations
45222300-2	Travaux de génie pour installations de sécurité	Engineering work for security installations
45223000-6	Travaux de construction d'ouvrages	Structures construction work
45223100-7	Assemblage de structures en métal	Assembly of metal structures
45223110-0	Installation de structures en métal	Installation of metal structures
45223200-8	Ossatures	Structural works
45223210-1	Ossatures métalliques	Structural steelworks
45223220-4	Travaux de gros œuvre	Structural shell work
45223300-9	Travaux de construction de parkings	Parking lot construction work
45223310-2	Travaux de construction de parkings souterrains	Underground car park construction work
45223320-5	Travaux de construction de parkings de dissuasion	Park-and-ride facility construction work
45223400-0	Travaux de construction de stations radar	Radar station construction work
45223500-1	Structures en béton armé	Reinforced-concrete structures
45223600-2	Travaux de construction de chenils	Dog kennels construction work
45223700-3	Travaux de construction d'aires de service	Service area construction work
45223710-6	Travaux de construction d'aires de service d'autoroute	Motorway service area construction work
45223720-9	Travaux de construction de stations-services	Petrol/gas stations construction work
45223800-4	Assemblage et montage de structures préfabriquées	Assembly and erection of prefabricated structures
45223810-7	Constructions préfabriquées	Prefabricated constructions
45223820-0	Éléments et composants préfabriqués	Prefabricated units and components
45223821-7	Éléments préfabriqués	Prefabricated units
45223822-4	Composants préfabriqués	Prefabricated components
45230000-8	Travaux de construction de pipelines, de lignes de communication et d'énergie, d'autoroutes, de routes, d'aérodromes et de voies ferrées; travaux de nivelage	Construction work for pipelines, communication and power lines, for highways, roads, airfields and railways; flatwork
45231000-5	Travaux de construction de pipelines, de lignes de communications et de lignes électriques	Construction work for pipelines, communication and power lines
45231100-6	Travaux généraux de construction pour pipelines	General construction work for pipelines
45231110-9	Travaux de pose de conduites	Pipelaying construction work
45231111-6	Travaux de démontage et de remplacement de pipelines	Pipeline lifting and relaying
45231112-3	Installation de réseau de conduites	Installation of pipe system
45231113-0	Travaux de remplacement de pipelines	Pipeline relaying works
45231200-7	Travaux de construction d'oléoducs et de gazoducs	Construction work for oil and gas pipelines
45231210-0	Travaux de construction d'oléoducs	Construction work for oil pipelines
45231220-3	Travaux de construction de gazoducs	Construction work for gas pipelines
45231221-0	Travaux de construction de canalisations d'alimentation en gaz	Gas supply mains construction work
45231222-7	Gazomètres	Gasholder works
45231223-4	Ouvrages annexes pour la distribution de gaz	Gas distribution ancillary work
45231300-8	Travaux de construction de conduites d'eau et de canalisations d'eaux usées à grande distance	Construction work for water and sewage pipelines
45231400-9	Travaux de construction de lignes électriques	Construction work for electricity power lines
45231500-0	Travaux de canalisations d'air comprimé	Compressed-air pipeline work
45231510-3	Travaux relatifs à des circuits pneumatiques de distribution de courrier	Compressed-air pipeline work for mailing system
45231600-1	Travaux de construction de lignes de communications	Construction work for communication lines
45232000-2	Ouvrages annexes de pipelines et de câbles	Ancillary works for pipelines and cables
45232100-3	Ouvrages annexes pour canalisations d'eau	Ancillary works for water pipelines
45232120-9	Travaux d'irrigation	Irrigation works
45232121-6	Travaux de construction de canalisations d'irrigation	Irrigation piping construction work
45232130-2	Travaux de construction de canalisations d'eaux pluviales	Storm-water piping construction work
45232140-5	Travaux de construction de réseaux de chauffage urbain	District-heating mains construction work
45232141-2	Installations de chauffage	Heating works
45232142-9	Travaux de construction de stations de transfert thermique	Heat-transfer station construction work
45232150-8	Travaux relatifs aux conduites d'alimentation en eau	Works related to water-distribution pipelines
45232151-5	Travaux de remise à neuf de conduites d'eau	Water-main refurbishment construction work
45232152-2	Travaux de construction de stations de pompage	Pumping station construction work
45232153-9	Travaux de construction de châteaux d'eau	Construction work for water towers
45232154-6	Travaux de construction de châteaux d'eau pour l'eau potable	Construction work of elevated tanks for drinking water
45232200-4	Ouvrages annexes pour lignes électriques	Ancillary works for electricity power lines
45232210-7	Construction de lignes aériennes	Overhead line construction
45232220-0	Travaux de construction de sous-stations	Substation construction work
45232221-7	Sous-station de transformation	Transformer substation
45232300-5	Travaux de construction de lignes téléphoniques et de lignes de communications et ouvrages annexes	Construction and ancillary works for telephone and communication lines
45232310-8	Travaux de construction de lignes téléphoniques	Construction work for telephone lines
45232311-5	Lignes téléphoniques pour bornes d'appel d'urgence	Roadside emergency telephone lines
45232320-1	Lignes de télédistribution par câble	Cable broadcasting lines
45232330-4	Montage d'antennes	Erection of aerials
45232331-1	Ouvrages annexes de télédiffusion	Ancillary works for broadcasting
45232332-8	Ouvrages annexes de télécommunications	Ancillary works for telecommunications
45232340-7	Travaux de construction de stations de base de téléphonie mobile	Mobile-telephone base-stations construction work
45232400-6	Travaux de construction d'égouts	Sewer construction work
45232410-9	Travaux d'assainissement	Sewerage work
45232411-6	Travaux de construction de canalisations d'eaux usées	Foul-water piping construction work
45232420-2	Travaux de construction de stations d'épuration des eaux usées	Sewage work
45232421-9	Station de traitement des eaux usées	Sewage treatment works
45232422-6	Station de traitement des boues	Sludge-treatment works
45232423-3	Travaux de construction de stations de pompage des eaux usées	Sewage pumping stations construction work
45232424-0	Travaux de construction d'émissaires	Sewage outfall construction work
45232430-5	Travaux de traitement de l'eau	Water-treatment work
45232431-2	Station de pompage des eaux résiduaires	Wastewater pumping station
45232440-8	Travaux de construction de conduites d'eaux d'égouts	Construction work for sewage pipes
45232450-1	Travaux de construction pour système de drainage	Drainage construction works
45232451-8	Travaux de drainage et travaux de surface	Drainage and surface works
45232452-5	Ouvrages de drainage	Drainage works
45232453-2	Travaux de construction de tuyaux de drainage	Drains construction work
45232454-9	Travaux de construction de bassins d'eaux pluviales	Rain-water basin construction work
45232460-4	Travaux d'installations sanitaires	Sanitary works
45232470-7	Station de transfert des déchets	Waste transfer station
45233000-9	Travaux de construction, de fondation et de revêtement d'autoroutes, de routes	Construction, foundation and surface works for highways, roads
45233100-0	Travaux de construction d'autoroutes, de routes	Construction work for highways, roads
45233110-3	Travaux de construction d'autoroutes	Motorway construction works
45233120-6	Travaux de construction de routes	Road construction works
45233121-3	Travaux de construction de routes principales	Main road construction works
45233122-0	Travaux de construction de rocades	Ring road construction work
45233123-7	Travaux de construction de routes secondaires	Secondary road construction work
45233124-4	Travaux de construction d'artères de grande circulation	Trunk road construction work
45233125-1	Travaux de construction d'intersections de routes	Road junction construction work
45233126-8	Travaux de construction de carrefours dénivelés	Grade-separated junction construction work
45233127-5	Travaux de construction de carrefours en T	T-junction construction work
45233128-2	Travaux de construction de carrefours giratoires	Roundabout construction work
45233129-9	Travaux de construction de routes transversales	Crossroad construction work
45233130-9	Travaux de construction de routes nationales	Construction work for highways
45233131-6	Travaux de construction d'autoroutes aériennes	Construction work for elevated highways
45233139-3	Entretien des routes nationales	Highway maintenance work
45233140-2	Travaux routiers	Roadworks
45233141-9	Travaux d'entretien routier	Road-maintenance works
45233142-6	Travaux de réparation de routes	Road-repair works
45233144-0	Travaux de construction de passages supérieurs	Overpass construction work
45233150-5	Ouvrages de modération du trafic	Traffic-calming works
45233160-8	Chemins et autres aires empierrées	Paths and other metalled surfaces
45233161-5	Travaux de construction de chemins piétonniers	Footpath construction work
45233162-2	Travaux de construction de pistes cyclables	Cycle path construction work
45233200-1	Travaux de revêtement divers	Various surface works
45233210-4	Travaux de revêtement d'autoroutes	Surface work for highways
45233220-7	Travaux de revêtement de routes	Surface work for roads
45233221-4	Travaux de marquage routier	Road-surface painting work
45233222-1	Travaux de pavage et de resurfaçage de chaussées	Paving and asphalting works
45233223-8	Travaux de resurfaçage de chaussées	Carriageway resurfacing works
45233224-5	Travaux de construction de routes à deux chaussées séparées	Dual carriageway construction work
45233225-2	Travaux de construction de routes à chaussée unique	Single carriageway construction work
45233226-9	Travaux de construction de routes d'accès	Access road construction work
45233227-6	Travaux de construction de bretelles	Slip road construction work
45233228-3	Travaux de construction de revêtements de surface	Surface coating construction work
45233229-0	Entretien des accotements	Verge maintenance work
45233250-6	Travaux de revêtements, excepté revêtements de chaussées	Surfacing work except for roads
45233251-3	Travaux de resurfaçage	Resurfacing works
45233252-0	Travaux de revêtement de rues	Surface work for streets
45233253-7	Travaux de revêtement de chemins piétonniers	Surface work for footpaths
45233260-9	Travaux de construction de voies piétonnes	Pedestrian ways construction work
45233261-6	Travaux de construction de passages supérieurs pour piétons	Pedestrian overpass construction work
45233262-3	Travaux de construction de zones piétonnes	Pedestrian zone construction work
45233270-2	Travaux de marquage d'emplacements de parking	Parking-lot-surface painting work
45233280-5	Pose de barrières routières	Erection of road-barriers
45233290-8	Installation de panneaux de signalisation	Installation of road signs
45233291-5	Installation de bollards	Installation of bollards
45233292-2	Installation de dispositifs de sécurité	Installation of safety equipment
45233293-9	Installation de mobilier urbain	Installation of street furniture
45233294-6	Installation de signalisation routière	Installation of road signals
45233300-2	Travaux de fondation d'autoroutes, de routes, de rues et de chemins piétonniers	Foundation work for highways, roads, streets and footpaths
45233310-5	Travaux de fondation d'autoroutes	Foundation work for highways
45233320-8	Travaux de fondation de routes	Foundation work for roads
45233330-1	Travaux de fondation de rues	Foundation work for streets
45233340-4	Travaux de fondation de chemins piétonniers	Foundation work for footpaths
45234000-6	Travaux de construction de voies ferrées et de systèmes de transport par câble	Construction work for railways and cable transport systems
45234100-7	Ouvrages ferroviaires	Railway construction works
45234110-0	Chemin de fer interurbain	Intercity railway works
45234111-7	Travaux de construction de chemins de fer urbain	City railway construction work
45234112-4	Travaux de construction de dépôts ferroviaires	Railway depot construction work
45234113-1	Démolition de voies ferrées	Demolition of tracks
45234114-8	Travaux de construction de remblais de chemin de fer	Railway embankment construction work
45234115-5	Travaux de signalisation ferroviaire	Railway signalling works
45234116-2	Travaux de construction de voies	Track construction works
45234120-3	Ouvrages ferroviaires urbains	Urban railway works
45234121-0	Ouvrages pour le tramway	Tramway works
45234122-7	Ouvrages pour le métro	Underground railway works
45234123-4	Chemin de fer partiellement souterrain	Partially underground railway works
45234124-1	Transport ferroviaire souterrain de passagers	Underground passenger railway transport
45234125-8	Station de métro	Underground railway station
45234126-5	Travaux de construction de lignes de tramway	Tramline construction works
45234127-2	Travaux de construction de dépôts de tramway	Tramway depot construction work
45234128-9	Travaux de construction d'arrêts de tramway	Tramway platforms construction work
45234129-6	Travaux de construction de voies ferrées urbaines	Urban railway track construction works
45234130-6	Travaux de construction de ballasts	Ballast construction works
45234140-9	Travaux de construction des passages à niveau	Level crossing construction works
45234160-5	Travaux de construction de caténaires	Catenary's construction works
45234170-8	Travaux de construction de sous-stations électriques à usage ferroviaire	Locomotive-substations construction works
45234180-1	Travaux de construction d'ateliers de chemin de fer	Construction work for railways workshop
45234181-8	Travaux de construction de postes de sectionnement	Construction work for rail track sectioning cabins
45234200-8	Systèmes de transport par câble	Cable-supported transport systems
45234210-1	Systèmes de transport par câble avec cabines	Cable-supported transport systems with cabins
45234220-4	Travaux de construction de remonte-pente	Construction work for ski lifts
45234230-7	Travaux de construction de télésièges	Construction work for chair lifts
45234240-0	Funiculaire	Funicular railway system
45234250-3	Travaux de construction de téléphériques	Teleferic construction work
45235000-3	Travaux de construction de terrains d'aviation, de pistes d'envol et d'atterrissage et d'aires de manœuvre	Construction work for airfields, runways and manoeuvring surfaces
45235100-4	Travaux de construction d'aéroports	Construction work for airports
45235110-7	Travaux de construction de terrains d'aviation	Construction work for airfields
45235111-4	Travaux de revêtement de terrains d'aviation	Airfield pavement construction work
45235200-5	Travaux de construction de pistes d'envol et d'atterrissage	Runway construction works
45235210-8	Resurfaçage de pistes d'envol et d'atterrissage	Runway resurfacing
45235300-6	Travaux de construction d'aires de manœuvre pour avions	Construction work for aircraft-manoeuvring surfaces
45235310-9	Travaux de construction de pistes de roulement	Taxiway construction work
45235311-6	Travaux de revêtement de pistes de roulement	Taxiway pavement construction work
45235320-2	Travaux de construction d'aires de stationnement pour avions	Construction work for aircraft aprons
45236000-0	Travaux de nivelage	Flatwork
45236100-1	Travaux de nivelage pour équipements sportifs divers	Flatwork for miscellaneous sports installations
45236110-4	Travaux de nivelage de terrains de sports	Flatwork for sports fields
45236111-1	Travaux de nivelage de terrains de golf	Flatwork for golf course
45236112-8	Travaux de nivelage de courts de tennis	Flatwork for tennis court
45236113-5	Travaux de nivelage de champs de courses	Flatwork for racecourse
45236114-2	Travaux de nivelage de pistes	Flatwork for running tracks
45236119-7	Travaux de réparation de terrains de sports	Repair work on sports fields
45236200-2	Travaux de nivelage d'installations récréatives	Flatwork for recreation installations
45236210-5	Travaux de nivelage d'aires de jeu pour enfants	Flatwork for children's play area
45236220-8	Travaux de nivelage de zoos	Flatwork for zoo
45236230-1	Travaux de nivelage de jardins	Flatwork for gardens
45236250-7	Travaux de nivelage de parcs	Flatwork for parks
45236290-9	Travaux de réparation d'espaces de loisir	Repair work on recreational areas
45236300-3	Travaux de nivelage pour cimetières	Flatwork for cemeteries
45237000-7	Travaux de construction de scènes	Stage construction works
45240000-1	Travaux de construction d'ouvrages hydrauliques	Construction work for water projects
45241000-8	Travaux de construction de ports	Harbour construction works
45241100-9	Travaux de construction de quais	Quay construction work
45241200-0	Travaux de construction in situ de terminaux offshore	Offshore terminal in situ construction work
45241300-1	Travaux de construction de jetées	Pier construction work
45241400-2	Travaux de construction de docks	Dock construction work
45241500-3	Travaux de construction de môles	Wharf construction work
45241600-4	Installation de matériel d'éclairage portuaire	Installation of port lighting equipment
45242000-5	Travaux de construction d'installations de loisirs nautiques	Waterside leisure facilities construction work
45242100-6	Travaux de construction d'installations de sports nautiques	Water-sports facilities construction work
45242110-9	Travaux de construction de voies de mise à l'eau	Launchway construction work
45242200-7	Travaux de construction de marinas	Marina construction work
45242210-0	Travaux de construction de ports de plaisance	Yacht harbour construction work
45243000-2	Ouvrages de défense des côtes	Coastal-defence works
45243100-3	Ouvrages de protection des falaises	Cliff-protection works
45243110-6	Travaux de stabilisation des falaises	Cliff-stabilisation works
45243200-4	Travaux de construction de brise-lames	Breakwater construction work
45243300-5	Travaux de construction de digues de mer	Sea wall construction work
45243400-6	Travaux de consolidation des plages	Beach-consolidation works
45243500-7	Travaux de construction d'ouvrages de défense maritimes	Sea defences construction work
45243510-0	Travaux d'endiguement	Embankment works
45243600-8	Travaux de construction de murs de quai	Quay wall construction work
45244000-9	Ouvrages maritimes	Marine construction works
45244100-0	Installations maritimes	Marine installations
45244200-1	Jetées	Jetties
45245000-6	Ouvrages de dragage et de pompage pour installations de traitement des eaux	Dredging and pumping works for water treatment plant installations
45246000-3	Ouvrages de régularisation des cours d'eau et de maîtrise des crues	River regulation and flood control works
45246100-4	Construction de murs de rive	River-wall construction
45246200-5	Travaux de protection des berges	Riverbank protection works
45246400-7	Ouvrages de protection contre les inondations	Flood-prevention works
45246410-0	Entretien de digues	Flood-defences maintenance works
45246500-8	Travaux de construction de promenades	Promenade construction work
45246510-1	Travaux de construction de chemins de planches	Boardwalk construction work
45247000-0	Travaux de construction de barrages, de canaux, de canaux d'irrigation et d'aqueducs	Construction work for dams, canals, irrigation channels and aqueducts
45247100-1	Travaux de construction de voies navigables	Construction work for waterways
45247110-4	Construction de canaux	Canal construction
45247111-1	Travaux de construction de canaux d'irrigation	Irrigation channel construction work
45247112-8	Travaux de construction de canaux de drainage	Drainage canal construction work
45247120-7	Voies navigables, excepté canaux	Waterways except canals
45247130-0	Travaux de construction d'aqueducs	Aqueduct construction work
45247200-2	Travaux de construction de barrages et d'ouvrages fixes similaires	Construction work for dams and similar fixed structures
45247210-5	Travaux de construction de barrages	Dam construction work
45247211-2	Travaux de construction de murs de barrage	Dam wall construction work
45247212-9	Travaux de renforcement de barrage	Dam-reinforcement works
45247220-8	Travaux de construction de déversoirs	Weir construction work
45247230-1	Travaux de construction de digues	Dyke construction work
45247240-4	Travaux de construction de barrages statiques	Static barrage construction work
45247270-3	Travaux de construction de réservoirs	Reservoir construction works
45248000-7	Travaux de construction d'ouvrages hydromécaniques	Construction work for hydro-mechanical structures
45248100-8	Travaux de construction d'écluses de canal	Canal locks construction work
45248200-9	Travaux de construction de cales sèches	Dry docks construction work
45248300-0	Travaux de construction de docks flottants	Construction work for floating docks
45248400-1	Travaux de construction d'appontements	Landing stages construction work
45248500-2	Travaux de construction de barrages mobiles	Movable barrages construction work
45250000-4	Travaux de construction d'usines, d'exploitations minières et d'unités de fabrication et de bâtiments pour l'industrie du pétrole et du gaz	Construction works for plants, mining and manufacturing and for buildings relating to the oil and gas industry
45251000-1	Travaux de construction de centrales électriques et de centrales thermiques	Construction works for power plants and heating plants
45251100-2	Travaux de construction de centrales électriques	Construction work for power plant
45251110-5	Travaux de construction de centrales nucléaires	Nuclear-power station construction work
45251111-2	Travaux de construction d'un réacteur nucléaire	Construction work for nuclear reactors
45251120-8	Travaux de construction de centrales hydroélectriques	Hydro-electric plant construction work
45251140-4	Travaux de construction de centrales thermiques	Thermal power plant construction work
45251141-1	Travaux de construction de centrales géothermiques	Geothermal power station construction work
45251142-8	Travaux de construction de centrales alimentées au bois	Wood-fired power station construction work
45251143-5	Travaux de construction d'unités de production d'air comprimé	Compressed-air generating plant construction work
45251150-7	Travaux de construction de tours de refroidissement	Construction work for cooling towers
45251160-0	Installations à énergie éolienne	Wind-power installation works
45251200-3	Travaux de construction de centrales de chauffage	Heating plant construction work
45251220-9	Travaux de construction de centrales de cogénération	Cogeneration plant construction work
45251230-2	Travaux de construction d'usines génératrices de vapeur	Steam-generation plant construction work
45251240-5	Travaux de construction de centrales de production d'électricité alimentées au gaz de décharge	Landfill-gas electricity generating plant construction work
45251250-8	Travaux de construction de centrales de chauffage urbain	District-heating plant construction work
45252000-8	Travaux de construction de stations de traitement des eaux usées, de stations d'épuration et d'usines d'incinération des ordures ménagères	Construction works for sewage treatment plants, purification plants and refuse incineration plants
45252100-9	Travaux de construction de stations d'épuration	Sewage-treatment plant construction work
45252110-2	Travaux de construction de centrales mobiles	Mobile plant construction work
45252120-5	Travaux de construction d'installations de traitement des eaux	Water-treatment plant construction work
45252121-2	Installations de sédimentation	Sedimentation installations
45252122-9	Digesteurs de boues	Sewage digesters
45252123-6	Installations de criblage	Screening installations
45252124-3	Travaux de dragage et de pompage	Dredging and pumping works
45252125-0	Travaux d'enrochement	Rock-dumping work
45252126-7	Travaux de construction de stations de traitement de l'eau potable	Drinking-water treatment plant construction work
45252127-4	Travaux de construction de stations de traitement des eaux usées	Wastewater treatment plant construction work
45252130-8	Équipement de station d'épuration	Sewage plant equipment
45252140-1	Travaux de construction d'installations de déshydratation des boues	Sludge-dewatering plant construction work
45252150-4	Travaux de construction d'installations de manutention du charbon	Coal-handling plant construction work
45252200-0	Matériel pour installation de purification	Purification plant equipment
45252210-3	Travaux de construction de stations de purification de l'eau	Water purification plant construction work
45252300-1	Travaux de construction d'usines d'incinération des ordures ménagères	Refuse-incineration plant construction work
45253000-5	Travaux de construction d'usines de traitement chimique	Construction work for chemical-processing plant
45253100-6	Travaux de construction d'installations de déminéralisation	Demineralisation plant construction work
45253200-7	Travaux de construction d'installations de désulfuration	Desulphurisation plant construction work
45253300-8	Travaux de construction d'installations de distillation ou de rectification	Distilling or rectifying plant construction work
45253310-1	Travaux de construction d'installations de distillation d'eau	Water-distillation plants construction work
45253320-4	Travaux de construction d'installations de distillation d'alcool	Alcohol-distillation plants construction work
45253400-9	Travaux de construction d'usines pétrochimiques	Construction work for petrochemical plant
45253500-0	Travaux de construction d'usines pharmaceutiques	Construction work for pharmaceutical plant
45253600-1	Travaux de construction d'installations de déionisation	Deionisation plant construction work
45253700-2	Travaux de construction d'installations de digestion	Digestion plant construction work
45253800-3	Travaux de construction d'usines de compostage	Composting plant construction work
45254000-2	Travaux de construction d'exploitations minières et d'unités de fabrication	Construction work for mining and manufacturing
45254100-3	Travaux de construction d'exploitations minières	Construction work for mining
45254110-6	Travaux de construction de bâtiments de puits	Pithead construction work
45254200-4	Travaux de construction d'usines de production	Construction work for manufacturing plant
45255000-9	Travaux de construction pour l'industrie du pétrole et du gaz	Construction work for the oil and gas industry
45255100-0	Travaux de construction de Plates-formes de production	Construction work for production platforms
45255110-3	Travaux de construction de puits d'extraction	Wells construction work
45255120-6	Travaux de construction d'installations pour plate-formes	Platforms facilities construction work
45255121-3	Travaux de construction d'installations de surface	Topside facilities construction work
45255200-1	Travaux de construction de raffineries de pétrole	Oil refinery construction work
45255210-4	Travaux de construction de terminaux pétroliers	Oil terminal construction work
45255300-2	Travaux de construction de terminaux à gaz	Gas terminal construction work
45255400-3	Travaux de montage	Fabrication work
45255410-6	Travaux de montage offshore	Offshore fabrication work
45255420-9	Travaux de montage à terre	Onshore fabrication work
45255430-2	Démolition de Plates-formes pétrolières	Demolition of oil platforms
45255500-4	Travaux de forage et d'exploration	Drilling and exploration work
45255600-5	Intervention au tube enroulé sur puits sous pression	Coiled-tubing wellwork
45255700-6	Travaux de construction d'usines de gazéificaton du charbon	Coal-gasification plant construction work
45255800-7	Travaux de construction d'unités de production de gaz	Gas-production plant construction work
45259000-7	Réparation et entretien d'équipements	Repair and maintenance of plant
45259100-8	Réparation et entretien de station d'épuration	Wastewater-plant repair and maintenance work
45259200-9	Réparation et entretien de station de purification	Purification-plant repair and maintenance work
45259300-0	Réparation et entretien de centrales thermiques	Heating-plant repair and maintenance work
45259900-6	Modernisation d'installations	Plant upgrade work
45260000-7	Travaux de couverture et travaux d'autres corps de métier spécialisés	Roof works and other special trade construction works
45261000-4	Travaux de charpente et de couverture et travaux connexes	Erection and related works of roof frames and coverings
45261100-5	Travaux de charpente	Roof-framing work
45261200-6	Travaux de couverture et de peinture de toiture	Roof-covering and roof-painting work
45261210-9	Travaux de couverture	Roof-covering work
45261211-6	Travaux de couverture en tuiles	Roof-tiling work
45261212-3	Travaux de couverture en ardoises	Roof-slating work
45261213-0	Travaux de couverture métallique	Metal roof-covering work
45261214-7	Travaux de couverture en bardeaux bitumés	Bituminous roof-covering work
45261215-4	Travaux de couverture de panneaux solaires	Solar panel roof-covering work
45261220-2	Travaux de peinture de couverture et autres travaux d'application d'enduits	Roof-painting and other coating work
45261221-9	Travaux de peinture de toiture	Roof-painting work
45261222-6	Travaux de pose d'enduit sur couverture en ciment	Cement roof-coating work
45261300-7	Travaux de garnissage et de pose de gouttières	Flashing and guttering work
45261310-0	Travaux de garnissage	Flashing work
45261320-3	Travaux de pose de gouttières	Guttering work
45261400-8	Travaux de revêtement	Sheeting work
45261410-1	Travaux d'isolation de toiture	Roof insulation work
45261420-4	Travaux d'étanchéification	Waterproofing work
45261900-3	Réparation et entretien de toiture	Roof repair and maintenance work
45261910-6	Réparation de toiture	Roof repair
45261920-9	Travaux d'entretien de toiture	Roof maintenance work
45262000-1	Travaux de corps de métier spécialisés autres que travaux de couverture	Special trade construction works other than roof works
45262100-2	Travaux d'installation d'échafaudages	Scaffolding work
45262110-5	Travaux de démontage d'échafaudages	Scaffolding dismantling work
45262120-8	Travaux de montage d'échafaudages	Scaffolding erection work
45262200-3	Travaux de fondation et forage de puits de captage	Foundation work and water-well drilling
45262210-6	Travaux de fondation	Foundation work
45262211-3	Battage de pieux	Pile driving
45262212-0	Travaux de coffrage	Trench sheeting work
45262213-7	Parois moulées en tranchée	Diaphragm wall technique
45262220-9	Forage de puits de captage	Water-well drilling
45262300-4	Travaux de bétonnage	Concrete work
45262310-7	Travaux de mise en œuvre de béton armé	Reinforced-concrete work
45262311-4	Travaux de gros œuvre en béton	Concrete carcassing work
45262320-0	Ragréages	Screed works
45262321-7	Travaux de chape	Floor-screed works
45262330-3	Travaux de réparation d'ouvrages en béton	Concrete repair work
45262340-6	Travaux d'injection de ciment	Grouting work
45262350-9	Travaux de mise en œuvre de béton non armé	Unreinforced-concrete work
45262360-2	Travaux de cimentation	Cementing work
45262370-5	Travaux d'enrobage de béton	Concrete-coating work
45262400-5	Travaux d'assemblage d'ossatures métalliques	Structural steel erection work
45262410-8	Travaux d'assemblage d'ossatures métalliques de bâtiment	Structural steel erection work for buildings
45262420-1	Travaux d'assemblage d'ossatures métalliques d'ouvrage	Structural steel erection work for structures
45262421-8	Installation de dispositifs d'amarrage en mer	Offshore mooring work
45262422-5	Travaux de forage sous-marin	Subsea drilling work
45262423-2	Travaux de fabrication de ponts	Deck-fabrication work
45262424-9	Travaux de fabrication de modules offshore	Offshore-module fabrication work
45262425-6	Travaux de fabrication de treillis de plate-forme	Jacket-fabrication work
45262426-3	Travaux de fabrication de piles	Pile-fabrication work
45262500-6	Travaux de maçonnerie et de briquetage	Masonry and bricklaying work
45262510-9	Maçonnerie de pierres	Stonework
45262511-6	Taille de pierres	Stone carving
45262512-3	Maçonnerie de pierres de taille	Dressed stonework
45262520-2	Travaux de briquetage	Bricklaying work
45262521-9	Maçonnerie de parement	Facing brickwork
45262522-6	Travaux de maçonnerie	Masonry work
45262600-7	Travaux de construction spécialisés divers	Miscellaneous special-trade construction work
45262610-0	Cheminées industrielles	Industrial chimneys
45262620-3	Murs de soutènement	Supporting walls
45262630-6	Construction de fourneaux	Construction of furnaces
45262640-9	Travaux d'amélioration de l'environnement	Environmental improvement works
45262650-2	Travaux de bardage	Cladding works
45262660-5	Travaux de désamiantage	Asbestos-removal work
45262670-8	Transformation des métaux	Metalworking
45262680-1	Soudage	Welding
45262690-4	Remise en état de bâtiments dégradés	Refurbishment of run-down buildings
45262700-8	Travaux de transformation de bâtiments	Building alteration work
45262710-1	Travaux d'entretien de fresques	Fresco maintenance work
45262800-9	Travaux d'extension de bâtiments	Building extension work
45262900-0	Travaux de balcon	Balcony work
45300000-0	Travaux d'équipement du bâtiment	Building installation work
45310000-3	Travaux d'équipement électrique	Electrical installation work
45311000-0	Travaux de câblage et d'installations électriques	Electrical wiring and fitting work
45311100-1	Travaux de câblage électrique	Electrical wiring work
45311200-2	Travaux d'installations électriques	Electrical fitting work
45312000-7	Travaux d'installation de systèmes d'alarme et d'antennes	Alarm system and antenna installation work
45312100-8	Travaux d'installation de systèmes avertisseurs d'incendie	Fire-alarm system installation work
45312200-9	Travaux d'installation de systèmes avertisseurs d'effraction	Burglar-alarm system installation work
45312300-0	Travaux d'installation d'antennes	Antenna installation work
45312310-3	Installations de paratonnerre	Lightning-protection works
45312311-0	Travaux d'installation de paratonnerre	Lightning-conductor installation work
45312320-6	Travaux d'installation d'antennes de télévision	Television aerial installation work
45312330-9	Travaux d'installation d'antennes radio	Radio aerial installation work
45313000-4	Travaux d'installation d'ascenseurs et d'escaliers mécaniques	Lift and escalator installation work
45313100-5	Travaux d'installation d'ascenseurs	Lift installation work
45313200-6	Travaux d'installation d'escaliers mécaniques	Escalator installation work
45313210-9	Travaux d'installation de trottoirs roulants	Travelator installation work
45314000-1	Installation de matériel de télécommunications	Installation of telecommunications equipment
45314100-2	Installation de centraux téléphoniques	Installation of telephone exchanges
45314120-8	Installation de standards téléphoniques	Installation of switchboards
45314200-3	Installation de lignes téléphoniques	Installation of telephone lines
45314300-4	Installation d'infrastructures de câblage	Installation of cable infrastructure
45314310-7	Installation de câblage	Installation of cable laying
45314320-0	Installation de câblage informatique	Installation of computer cabling
45315000-8	Travaux d'installation de chauffage électrique et d'autres équipements électriques de bâtiment	Electrical installation work of heating and other electrical building-equipment
45315100-9	Installations électrotechniques	Electrical engineering installation works
45315200-0	Travaux relatifs aux turbines	Turbine works
45315300-1	Installations d'alimentation électrique	Electricity supply installations
45315400-2	Installations haute tension	High voltage installation work
45315500-3	Installations moyenne tension	Medium-voltage installation work
45315600-4	Installations basse tension	Low-voltage installation work
45315700-5	Travaux d'installation de postes de sectionnement	Switching station installation work
45316000-5	Travaux d'installation de systèmes d'illumination et de signalisation	Installation work of illumination and signalling systems
45316100-6	Installation d'appareils d'éclairage extérieur	Installation of outdoor illumination equipment
45316110-9	Installation de matériel d'éclairage public	Installation of road lighting equipment
45316200-7	Installation de matériel de signalisation	Installation of signalling equipment
45316210-0	Installation de matériel de contrôle du trafic routier	Installation of traffic monitoring equipment
45316211-7	Installation de panneaux lumineux de signalisation	Installation of illuminated road signs
45316212-4	Installation de feux de circulation	Installation of traffic lights
45316213-1	Installation de balisage	Installation of traffic guidance equipment
45316220-3	Installation de matériel de signalisation aéroportuaire	Installation of airport signalling equipment
45316230-6	Installation de matériel de signalisation portuaire	Installation of port signalling equipment
45317000-2	Autres travaux d'installation électrique	Other electrical installation work
45317100-3	Travaux d'installation électrique de matériel de pompage	Electrical installation work of pumping equipment
45317200-4	Travaux d'installation électrique de transformateurs	Electrical installation work of transformers
45317300-5	Travaux d'installation électrique d'appareils de distribution	Electrical installation work of electrical distribution apparatus
45317400-6	Travaux d'installation électrique de matériel de filtration	Electrical installation work of filtration equipment
45320000-6	Travaux d'isolation	Insulation work
45321000-3	Travaux d'isolation thermique	Thermal insulation work
45323000-7	Travaux d'isolation acoustique	Sound insulation work
45324000-4	Travaux de pose de plaques de plâtre	Plasterboard works
45330000-9	Travaux de plomberie	Plumbing and sanitary works
45331000-6	Travaux d'installation de matériel de chauffage, de ventilation et de climatisation	Heating, ventilation and air-conditioning installation work
45331100-7	Travaux d'installation de chauffage central	Central-heating installation work
45331110-0	Travaux d'installation de chaudières	Boiler installation work
45331200-8	Travaux d'installation de matériel de ventilation et de climatisation	Ventilation and air-conditioning installation work
45331210-1	Travaux d'installation de ventilation	Ventilation installation work
45331211-8	Travaux d'installation de ventilation extérieure	Outdoor ventilation installation work
45331220-4	Travaux d'installation de matériel de climatisation	Air-conditioning installation work
45331221-1	Travaux d'installation de matériel de climatisation partielle de l'air	Partial air-conditioning installation work
45331230-7	Travaux d'installation de matériel de refroidissement	Installation work of cooling equipment
45331231-4	Travaux d'installation de matériel de réfrigération	Installation work of refrigeration equipment
45332000-3	Travaux de plomberie et de pose de conduits d'évacuation	Plumbing and drain-laying work
45332200-5	Travaux d'installation de distribution d'eau	Water plumbing work
45332300-6	Travaux de pose de conduits d'évacuation	Drain-laying work
45332400-7	Travaux d'installation d'appareils sanitaires	Sanitary fixture installation work
45333000-0	Travaux d'installation du gaz	Gas-fitting installation work
45333100-1	Travaux d'installation de régulateurs de gaz	Gas regulation equipment installation work
45333200-2	Travaux d'installation de compteurs à gaz	Gas meter installation work
45340000-2	Travaux d'installation de clôtures, de garde-corps et de dispositifs de sécurité	Fencing, railing and safety equipment installation work
45341000-9	Pose de garde-corps	Erection of railings
45342000-6	Pose de clôtures	Erection of fencing
45343000-3	Travaux d'installation de dispositifs de prévention contre les incendies	Fire-prevention installation works
45343100-4	Travaux d'ignifugation	Fireproofing work
45343200-5	Travaux d'installation de dispositifs d'extinction d'incendie	Firefighting equipment installation work
45343210-8	Travaux d'installation de dispositifs d'extinction d'incendie au CO2	CO2 fire-extinguishing equipment installation work
45343220-1	Travaux d'installation d'extincteurs	Fire-extinguishers installation work
45343230-4	Travaux d'installation de systèmes de pulvérisation d'eau	Sprinkler systems installation work
45350000-5	Installations mécaniques	Mechanical installations
45351000-2	Travaux d'installation en construction mécanique	Mechanical engineering installation works
45400000-1	Travaux de parachèvement de bâtiment	Building completion work
45410000-4	Travaux de plâtrerie	Plastering work
45420000-7	Travaux de menuiserie et de charpenterie	Joinery and carpentry installation work
45421000-4	Travaux de menuiserie	Joinery work
45421100-5	Pose de portes et de fenêtres et d'éléments accessoires	Installation of doors and windows and related components
45421110-8	Pose d'encadrements de portes et de fenêtres	Installation of door and window frames
45421111-5	Pose d'encadrements de portes	Installation of door frames
45421112-2	Pose d'encadrements de fenêtres	Installation of window frames
45421120-1	Pose de seuils	Installation of thresholds
45421130-4	Poses de portes et de fenêtres	Installation of doors and windows
45421131-1	Pose de portes	Installation of doors
45421132-8	Pose de fenêtres	Installation of windows
45421140-7	Pose de menuiseries métalliques, excepté portes et fenêtres	Installation of metal joinery except doors and windows
45421141-4	Travaux de cloisonnement	Installation of partitioning
45421142-1	Installation de volets	Installation of shutters
45421143-8	Travaux d'installation de stores	Installation work of blinds
45421144-5	Travaux d'installation de vélums	Installation work of awnings
45421145-2	Travaux d'installation de volets roulants	Installation work of roller blinds
45421146-9	Mise en place de plafonds suspendus	Installation of suspended ceilings
45421147-6	Installation de grilles	Installation of grilles
45421148-3	Installation de portails	Installation of gates
45421150-0	Travaux d'installation de menuiseries non métalliques	Non-metal joinery installation work
45421151-7	Installation de cuisines équipées	Installation of fitted kitchens
45421152-4	Installation de cloisons	Installation of partition walls
45421153-1	Installation de meubles encastrés	Installation of built-in furniture
45421160-3	Ferrage	Ironmongery work
45422000-1	Travaux de charpenterie	Carpentry installation work
45422100-2	Ouvrages en bois	Woodwork
45430000-0	Revêtement de sols et de murs	Floor and wall covering work
45431000-7	Carrelages	Tiling work
45431100-8	Carrelage de sols	Floor-tiling work
45431200-9	Carrelage mural	Wall-tiling work
45432000-4	Travaux de pose de revêtement de sols et de murs et pose de papiers peints	Floor-laying and covering, wall-covering and wall-papering work
45432100-5	Travaux de pose de revêtements de sols	Floor laying and covering work
45432110-8	Travaux de pose de sols	Floor-laying work
45432111-5	Travaux de pose de revêtements de sols souples	Laying work of flexible floor coverings
45432112-2	Pose de pavage	Laying of paving
45432113-9	Pose de parquets	Parquet flooring
45432114-6	Pavage en bois	Wood flooring work
45432120-1	Travaux d'installation de faux plancher	False floor installation work
45432121-8	Planchers techniques pour salles informatiques	Computer floors
45432130-4	Travaux de revêtements de sols	Floor-covering work
45432200-6	Travaux de pose de revêtements muraux et de papiers peints	Wall-covering and wall-papering work
45432210-9	Travaux de revêtement mural	Wall-covering work
45432220-2	Travaux de pose de papier peint	Wall-papering work
45440000-3	Travaux de peinture et de vitrerie	Painting and glazing work
45441000-0	Travaux de vitrerie	Glazing work
45442000-7	Travaux d'application de revêtements de protection	Application work of protective coatings
45442100-8	Travaux de peinture	Painting work
45442110-1	Travaux de peinture de bâtiments	Painting work of buildings
45442120-4	Travaux de peinture et de revêtement de protection de structures	Painting and protective-coating work of structures
45442121-1	Travaux de peinture de structures	Painting work of structures
45442180-2	Travaux de pose d'une nouvelle couche de peinture	Repainting work
45442190-5	Travaux de décapage	Paint-stripping work
45442200-9	Travaux d'application de revêtements anticorrosion	Application work of anti-corrosive coatings
45442210-2	Travaux de galvanisation	Galvanizing works
45442300-0	Travaux de protection des surfaces	Surface-protection work
45443000-4	Travaux de façade	Facade work
45450000-6	Autres travaux de parachèvement de bâtiment	Other building completion work
45451000-3	Travaux de décoration	Decoration work
45451100-4	Travaux d'ornementation	Ornamentation fitting work
45451200-5	Travaux de lambrissage	Panelling work
45451300-6	Jardins intérieurs	Interior gardens
45452000-0	Travaux de nettoyage extérieur de bâtiments	Exterior cleaning work for buildings
45452100-1	Nettoyage, au sable, des parties extérieures des bâtiments	Blast cleaning work for building exteriors
45453000-7	Travaux de remise en état et de remise à neuf	Overhaul and refurbishment work
45453100-8	Travaux de remise en état	Refurbishment work
45454000-4	Travaux de restructuration	Restructuring work
45454100-5	Travaux de réfection	Restoration work
45500000-2	Location de machines et de matériel de construction et de génie civil avec opérateur	Hire of construction and civil engineering machinery and equipment with operator
45510000-5	Location de grues avec opérateur	Hire of cranes with operator
45520000-8	Location de matériel de terrassement avec opérateur	Hire of earthmoving equipment with operator
48000000-8	Logiciels et systèmes d'information	Software package and information systems
48100000-9	Logiciels pour l'industrie	Industry specific software package
48110000-2	Logiciels de points de vente (POS)	Point of sale (POS) software package
48120000-5	Logiciel de commande vol	Flight control software package
48121000-2	Logiciels de contrôle du trafic aérien	Air traffic control software package
48130000-8	Logiciels de soutien au sol et de test pour l'aviation	Aviation ground support and test software package
48131000-5	Logiciels de support au sol pour l'aviation	Aviation ground support software package
48132000-2	Logiciels de test pour l'aviation	Aviation test software package
48140000-1	Logiciels de contrôle du trafic ferroviaire	Railway traffic control software package
48150000-4	Logiciels de contrôle industriel	Industrial control software package
48151000-1	Système de contrôle informatique	Computer control system
48160000-7	Logiciels de bibliothèque	Library software package
48161000-4	Système de gestion de bibliothèque	Library management system
48170000-0	Logiciels de vérification de conformité	Compliance software package
48180000-3	Logiciels médicaux	Medical software package
48190000-6	Logiciels pédagogiques	Educational software package
48200000-0	Logiciels de réseau d'internet et d'intranet	Networking, Internet and intranet software package
48210000-3	Logiciels de gestion de réseau	Networking software package
48211000-0	Logiciels d'interconnectivité de plates-formes	Platform interconnectivity software package
48212000-7	Logiciels de serveur mémoire à disques	Optical jukebox server software package
48213000-4	Logiciels d'amélioration du système d'exploitation	Operating system enhancement software package
48214000-1	Logiciels de système d'exploitation de réseau	Network operating system software package
48215000-8	Logiciels pour développeurs réseau	Networking developers' software package
48216000-5	Logiciels d'émulation de terminaux pour connectivité au réseau	Network connectivity terminal emulation software package
48217000-2	Logiciels de traitement des transactions	Transaction-processing software package
48217100-3	Logiciels de traitement des transactions d'ordinateur central	Mainframe transaction processing software package
48217200-4	Logiciels de traitement des transaction de mini-ordinateur	Minicomputer transaction processing software package
48217300-5	Logiciels de traitement des transactions de micro-ordinateur	Microcomputer transaction processing software package
48218000-9	Logiciels de gestion des licences	License management software package
48219000-6	Logiciels réseau divers	Miscellaneous networking software package
48219100-7	Logiciel de passerelle	Gateway software package
48219200-8	Logiciels de serveur de disques compacts (CD)	Compact disk (CD) server software package
48219300-9	Logiciels d'administration	Administration software package
48219400-0	Logiciels de serveur de transactions	Transaction server software package
48219500-1	Logiciels de commutation ou de routage	Switch or router software package
48219600-2	Logiciels de multiplexeur	Multiplexer software package
48219700-3	Logiciels de serveur de communications	Communications server software package
48219800-4	Logiciels de passerelle	Bridge software package
48220000-6	Logiciels pour internet et intranet	Internet and intranet software package
48221000-3	Logiciels de navigation sur l'internet	Internet browsing software package
48222000-0	Logiciels de serveur web	Web server software package
48223000-7	Logiciels de courrier électronique	Electronic mail software package
48224000-4	Logiciels d'édition de pages web	Web page editing software package
48300000-1	Logiciels de création de documents, de dessin, de synthèse d'images, de planification et de productivité	Document creation, drawing, imaging, scheduling and productivity software package
48310000-4	Logiciels de création de documents	Document creation software package
48311000-1	Logiciel de gestion des documents	Document management software package
48311100-2	Système de gestion de documents	Document management system
48312000-8	Electronic publishing software package: logiciels de PAO	Electronic publishing software package
48313000-5	Logiciels de reconnaissance optique de caractères (OCR)	Optical-character-recognition (OCR) software package
48313100-6	Système de lecture optique	Optical reading system
48314000-2	Logiciels de reconnaissance vocale	Voice recognition software package
48315000-9	Logiciels de microédition	Desktop-publishing software package
48316000-6	Logiciels de présentation	Presentation software package
48317000-3	Logiciels de traitement de texte	Word-processing software package
48318000-0	Logiciels de scanner	Scanner software package
48319000-7	Vérificateurs orthographiques	Spell checkers
48320000-7	Logiciels de dessin et de synthèse d'images	Drawing and imaging software package
48321000-4	Logiciels de CAO	Computer-aided design (CAD) software package
48321100-5	Système de CAO	Computer-aided design (CAD) system
48322000-1	Logiciels graphiques	Graphics software package
48323000-8	Computer aided manufacturing (CAM) software package: logiciels de PAO	Computer-aided manufacturing (CAM) software package
48324000-5	Logiciels de tracé de diagrammes	Charting software package
48325000-2	Logiciels d'élaboration de formulaires	Form-making software package
48326000-9	Logiciel de cartographie	Mapping software package
48326100-0	Système de cartographie numérique	Digital mapping system
48327000-6	Logiciels de dessin et de peinture	Drawing and painting software package
48328000-3	Logiciels de traitement de l'image	Image-processing software package
48329000-0	Système d'imagerie et d'archivage	Imaging and archiving system
48330000-0	Logiciels de planification et de productivité	Scheduling and productivity software package
48331000-7	Logiciels de gestion de projets	Project management software package
48332000-4	Logiciels de planification	Scheduling software package
48333000-1	Logiciels de gestion des contacts	Contact management software package
48400000-2	Logiciels de transactions commerciales et de transactions personnelles	Business transaction and personal business software package
48410000-5	Logiciels de gestion des investissements et d'établissement des déclarations fiscales	Investment management and tax preparation software package
48411000-2	Logiciels de gestion des investissements	Investment management software package
48412000-9	Logiciels d'établissement des déclarations fiscales	Tax preparation software package
48420000-8	Logiciels de gestion des installations et suites logicielles	Facilities management software package and software package suite
48421000-5	Logiciels de gestion des installations	Facilities management software package
48422000-2	Suites logicielles	Software package suites
48430000-1	Logiciels de gestion des stocks	Inventory management software package
48440000-4	Logiciels d'analyse financière et logiciels comptables	Financial analysis and accounting software package
48441000-1	Logiciels d'analyse financière	Financial analysis software package
48442000-8	Logiciels pour systèmes financiers	Financial systems software package
48443000-5	Logiciels comptables	Accounting software package
48444000-2	Système comptable	Accounting system
48444100-3	Système de facturation	Billing system
48445000-9	Logiciels de gestion de la relation clientèle	Customer Relation Management software package
48450000-7	Logiciels de gestion des temps de travail et des ressources humaines	Time accounting or human resources software package
48451000-4	Logiciels de planification des ressources de l'entreprise	Enterprise resource planning software package
48460000-0	Logiciels analytiques, scientifiques, mathématiques ou prévisionnels	Analytical, scientific, mathematical or forecasting software package
48461000-7	Logiciels analytiques ou scientifiques	Analytical or scientific software package
48462000-4	Logiciels mathématiques ou prévisionnels	Mathematical or forecasting software package
48463000-1	Logiciels statistiques	Statistical software package
48470000-3	Logiciels de vente aux enchères	Auction software package
48480000-6	Logiciels de vente, de marketing et de veille économique	Sales, marketing and business intelligence software package
48481000-3	Logiciels de vente ou de marketing	Sales or marketing software package
48482000-0	Logiciels de veille économique	Business intelligence software package
48490000-9	Logiciels de passation de marchés	Procurement software package
48500000-3	Logiciels de communications et multimédias	Communication and multimedia software package
48510000-6	Logiciels de communications	Communication software package
48511000-3	Logiciels de communication par ordinateur	Desktop communications software package
48512000-0	Logiciels de réponse vocale interactive	Interactive voice response software package
48513000-7	Logiciels de modem	Modem software package
48514000-4	Logiciel de télécommande	Remote access software package
48515000-1	Logiciels de vidéoconférence	Video conferencing software package
48516000-8	Logiciels d'échange	Exchange software package
48517000-5	Logiciels de TI	IT software package
48518000-2	Logiciels d'émulation	Emulation software package
48519000-9	Logiciels de gestion de mémoire	Memory-management software package
48520000-9	Logiciels multimédias	Multimedia software package
48521000-6	Logiciel musical ou d'édition sonore	Music or sound editing software package
48522000-3	Logiciels de clavier virtuel	Virtual keyboard software package
48600000-4	Logiciels de bases de données et d'exploitation	Database and operating software package
48610000-7	Systèmes de bases de données	Database systems
48611000-4	Logiciels de bases de données	Database software package
48612000-1	Système de gestion de bases de données	Database-management system
48613000-8	Gestion électronique de données (GED)	Electronic data management (EDM)
48614000-5	Système de saisie de données	Data-acquisition system
48620000-0	Systèmes d'exploitation	Operating systems
48621000-7	Logiciels de système d'exploitation d'unité centrale	Mainframe operating system software package
48622000-4	Logiciels de système d'exploitation de mini-ordinateur	Minicomputer operating system software package
48623000-1	Logiciels de système d'exploitation de micro-ordinateur	Microcomputer operating system software package
48624000-8	Logiciels de système d'exploitation d'ordinateur personnel	Personal computer (PC) operating system software package
48625000-5	Systèmes d'exploitation de systèmes ouverts	Open systems operating systems
48626000-2	Logiciels de groupage	Clustering software package
48627000-9	Logiciels de système d'exploitation en temps réel	Real-time operating system software package
48628000-9	Architecture microcanal	Micro-channel architecture
48700000-5	Logiciels utilitaires	Software package utilities
48710000-8	Logiciels de copie de sécurité ou de récupération	Backup or recovery software package
48720000-1	Logiciels de codes-barres	Bar coding software package
48730000-4	Logiciels de sécurité	Security software package
48731000-1	Logiciels de sécurité des fichiers	File security software package
48732000-8	Logiciels de sécurité des données	Data security software package
48740000-7	Logiciels de traduction de langues étrangères	Foreign language translation software package
48750000-0	Logiciels de chargement des supports d'enregistrement	Storage media loading software package
48760000-3	Logiciels de protection antivirus	Virus protection software package
48761000-0	Logiciels antivirus	Anti-virus software package
48770000-6	Utilitaires généraux, utilitaires de compression et utilitaires d'impression	General, compression and print utility software package
48771000-3	Utilitaires généraux	General utility software package
48772000-0	Utilitaires de compression	Compression utilities
48773000-7	Utilitaires d'impression	Print utility software package
48773100-8	Logiciels d'impression différée	Print-spooling software package
48780000-9	Logiciels de gestion de système, de stockage et de gestion de contenu	System, storage and content management software package
48781000-6	Logiciels de gestion de systèmes	System management software package
48782000-3	Logiciels de gestion de stockage	Storage management software package
48783000-0	Logiciels de gestion de contenu	Content management software package
48790000-2	Logiciels de vérification des versions	Version checker software package
48800000-6	Systèmes d'information et serveurs	Information systems and servers
48810000-9	Systèmes d'information	Information systems
48811000-6	Système de courrier électronique	E-mail system
48812000-3	Systèmes d'information dans le domaine financier	Financial information systems
48813000-0	Système d'information des passagers	Passenger information system
48813100-1	Tableaux électroniques	Electronic bulletin boards
48813200-2	Système d'information des passagers en temps réel	Real-time passenger information system
48814000-7	Systèmes d'information dans le domaine médical	Medical information systems
48814100-8	Système d'information dans le domaine de l'infirmerie	Nursing information system
48814200-9	Système d'administration relatif aux patients	Patient-administration system
48814300-0	Système de gestion de salles d'opération	Theatre management system
48814400-1	Système d'information clinique	Clinical information system
48814500-2	Système case-mix	Casemix system
48820000-2	Serveurs	Servers
48821000-9	Serveurs de réseau	Network servers
48822000-6	Serveurs informatiques	Computer servers
48823000-3	Serveurs de fichiers	File servers
48824000-0	Serveurs d'imprimantes	Printer servers
48825000-7	Serveurs web	Web servers
48900000-7	Logiciels et systèmes informatiques divers	Miscellaneous software package and computer systems
48910000-0	Logiciels de jeux vidéo, de généalogie et économiseurs d'écran	Computer game software package, family titles and screen savers
48911000-7	Logiciels de jeux vidéo	Computer game software package
48912000-4	Jeux pour la famille	Family titles
48913000-1	Économiseurs d'écran	Screen savers
48920000-3	Logiciels de bureautique	Office automation software package
48921000-0	Système d'automatisation	Automation system
48930000-6	Logiciels de formation et de divertissement	Training and entertainment software package
48931000-3	Logiciels de formation	Training software package
48932000-0	Logiciels de divertissement	Entertainment software package
48940000-9	Logiciels de création de patrons et de calendriers	Pattern design and calendar software package
48941000-6	Logiciels de création de patrons	Pattern design software package
48942000-3	Logiciels de création de calendriers	Calendar software package
48950000-2	Systèmes de localisation de bateaux et systèmes de sonorisation	Boat-location and public address system
48951000-9	Système de localisation de bateaux	Boat-location system
48952000-6	Systèmes de sonorisation	Public address systems
48960000-5	Pilotes et logiciels de système	Drivers and system software package
48961000-2	Pilotes éthernet	Ethernet drivers
48962000-9	Pilotes de cartes graphiques	Graphics card drivers
48970000-8	Logiciels d'imprimerie	Print shop software package
48971000-5	Logiciels de création de carnets d'adresses	Address book making software package
48972000-2	Logiciels d'élaboration d'étiquettes	Label making software package
48980000-1	Langages de programmation et outils	Programming languages and tools
48981000-8	Logiciels de compilation	Compiling software packages
48982000-5	Logiciels de gestion de la configuration	Configuration management software package
48983000-2	Logiciels de développement	Development software package
48984000-9	Outils d'interface utilisateur graphique (GUI)	Graphical user interface (GUI) tools
48985000-6	Langages de programmation	Programming languages
48986000-3	Logiciels d'essai de programmes	Program testing software package
48987000-0	Logiciels de débogage	Debugging software package
48990000-4	Logiciels de tableurs et logiciels de mise à jour	Spreadsheets and enhancement software package
48991000-1	Logiciels de tableurs	Spreadsheet software package
50000000-5	Services de réparation et d'entretien	Repair and maintenance services
50100000-6	Services de réparation et d'entretien de véhicules et d'équipements associés et services connexes	Repair, maintenance and associated services of vehicles and related equipment
50110000-9	Services de réparation et d'entretien de véhicules à moteur et d'équipements connexes	Repair and maintenance services of motor vehicles and associated equipment
50111000-6	Services de gestion, de réparation et d'entretien de parc de véhicules	Fleet management, repair and maintenance services
50111100-7	Services de gestion de parc de véhicules	Vehicle-fleet management services
50111110-0	Services d'assistance pour parc de véhicules	Vehicle-fleet-support services
50112000-3	Services de réparation et d'entretien de voitures	Repair and maintenance services of cars
50112100-4	Services de réparation de voitures	Car repair services
50112110-7	Services de réparation de carrosseries de véhicules	Body-repair services for vehicles
50112111-4	Services de réparation de carrosserie	Panel-beating services
50112120-0	Services de remplacement de pare-brise	Windscreen replacement services
50112200-5	Services d'entretien de voitures	Car maintenance services
50112300-6	Services de lavage de voitures et services similaires	Car-washing and similar services
50113000-0	Services de réparation et d'entretien d'autobus	Repair and maintenance services of buses
50113100-1	Services de réparation d'autobus	Bus repair services
50113200-2	Services d'entretien d'autobus	Bus maintenance services
50114000-7	Services de réparation et d'entretien de camions	Repair and maintenance services of trucks
50114100-8	Services de réparation de camions	Truck repair services
50114200-9	Services d'entretien de camions	Truck maintenance services
50115000-4	Services de réparation et d'entretien de motos	Repair and maintenance services of motorcycles
50115100-5	Services de réparation de motos	Motorcycle repair services
50115200-6	Services d'entretien de motos	Motorcycle maintenance services
50116000-1	Services de réparation et d'entretien de pièces spéciales de véhicules	Maintenance and repair services related to specific parts of vehicles
50116100-2	Services de réparation de systèmes électriques	Electrical-system repair services
50116200-3	Services de réparation et d'entretien de freins et de pièces de freins de véhicules	Repair and maintenance services of vehicle brakes and brake parts
50116300-4	Services de réparation et d'entretien de boîtes de vitesses de véhicules	Repair and maintenance services of vehicle gearboxes
50116400-5	Services de réparation et d'entretien de transmissions de véhicules	Repair and maintenance services of vehicle transmissions
50116500-6	Services de réparation de pneus, y compris montage et équilibrage	Tyre repair services, including fitting and balancing
50116510-9	Services de rechapage de pneus	Tyre-remoulding services
50116600-7	Services de réparation et d'entretien de moteurs de démarrage	Repair and maintenance services of starter motors
50117000-8	Services de conversion et de remise en état de véhicules	Vehicle conversion and reconditioning services
50117100-9	Services de conversion de véhicules à moteur	Motor vehicle conversion services
50117200-0	Services de conversion d'ambulances	Ambulance conversion services
50117300-1	Services de remise en état de véhicules	Reconditioning services of vehicles
50118000-5	Services de secours routier	Automobile emergency road services
50118100-6	Services de dépannage de voitures	Breakdown and recovery services for cars
50118110-9	Services de remorquage de véhicules	Vehicle towing-away services
50118200-7	Services de dépannage de véhicules commerciaux	Breakdown and recovery services for commercial vehicles
50118300-8	Services de dépannage d'autobus	Breakdown and recovery services for buses
50118400-9	Services de dépannage de véhicules à moteur	Breakdown and recovery services for motor vehicles
50118500-0	Services de dépannage de motos	Breakdown and recovery services for motorcycles
50190000-3	Démolition de véhicules	Demolition services of vehicles
50200000-7	Services de réparation, d'entretien et services connexes relatifs au matériel de transport aérien, ferroviaire, routier et maritime	Repair, maintenance and associated services related to aircraft, railways, roads and marine equipment
50210000-0	Services de réparation, d'entretien et services connexes relatifs aux aéronefs et à d'autres équipements	Repair, maintenance and associated services related to aircraft and other equipment
50211000-7	Services de réparation et d'entretien d'aéronefs	Repair and maintenance services of aircraft
50211100-8	Services d'entretien d'aéronefs	Aircraft maintenance services
50211200-9	Services de réparation d'aéronefs	Aircraft repair services
50211210-2	Services de réparation et d'entretien de moteurs d'aéronefs	Repair and maintenance services of aircraft engines
50211211-9	Services d'entretien de moteurs d'aéronefs	Aircraft-engine maintenance services
50211212-6	Services de réparation de moteurs d'aéronefs	Aircraft-engine repair services
50211300-0	Services de remise en état d'aéronefs	Reconditioning services of aircraft
50211310-3	Services de remise en état de moteurs d'aéronefs	Reconditioning services of aircraft engines
50212000-4	Services de réparation et d'entretien d'hélicoptères	Repair and maintenance services of helicopters
50220000-3	Services de réparation, d'entretien et services connexes liés au transport ferroviaire et à d'autres équipements	Repair, maintenance and associated services related to railways and other equipment
50221000-0	Services de réparation et d'entretien de locomotives	Repair and maintenance services of locomotives
50221100-1	Services de réparation et d'entretien de boîtes de transmission de locomotives	Repair and maintenance services of locomotive gearboxes
50221200-2	Services de réparation et d'entretien de transmissions de locomotives	Repair and maintenance services of locomotive transmissions
50221300-3	Services de réparation et d'entretien d'essieux montés de locomotives	Repair and maintenance services of locomotive wheelsets
50221400-4	Services de réparation et d'entretien de freins et de pièces de freins de locomotives	Repair and maintenance services of locomotive brakes and brake parts
50222000-7	Services de réparation et d'entretien de matériel roulant	Repair and maintenance services of rolling stock
50222100-8	Services de réparation et d'entretien d'amortisseurs	Repair and maintenance services of dampers
50223000-4	Services de remise en état de locomotives	Reconditioning services of locomotives
50224000-1	Services de remise en état de matériel roulant	Reconditioning services of rolling stock
50224100-2	Services de remise en état de sièges pour matériel roulant	Reconditioning services of rolling stock seats
50224200-3	Services de remise en état de voitures à voyageurs	Reconditioning services of passenger coaches
50225000-8	Services d'entretien de voies ferrées	Railway-track maintenance services
50229000-6	Démolition de matériel roulant	Demolition of rolling stock
50230000-6	Services de réparation, d'entretien et services connexes relatifs au transport routier et à d'autres équipements	Repair, maintenance and associated services related to roads and other equipment
50232000-0	Entretien d'installations d'éclairage public et de feux de signalisation	Maintenance services of public-lighting installations and traffic lights
50232100-1	Services d'entretien de l'éclairage public	Street-lighting maintenance services
50232110-4	Mise en état d'exploitation d'installations d'éclairage public	Commissioning of public lighting installations
50232200-2	Services d'entretien des installations de signalisation	Traffic-signal maintenance services
50240000-9	Services de réparation, d'entretien et services connexes relatifs au transport maritime et à d'autres équipements	Repair, maintenance and associated services related to marine and other equipment
50241000-6	Services de réparation et d'entretien de bateaux	Repair and maintenance services of ships
50241100-7	Services de réparation de navires	Vessel repair services
50241200-8	Services de réparation de ferrys	Ferry repair services
50242000-3	Services de conversion de bateaux	Conversion services of ships
50243000-0	Démolition de bateaux	Demolition services of ships
50244000-7	Services de remise en état de navires ou de bateaux	Reconditioning services of ships or boats
50245000-4	Services de modernisation de bateaux	Upgrading services of ships
50246000-1	Entretien d'équipement portuaire	Harbour equipment maintenance services
50246100-2	Services de mise en cale sèche	Dry-docking services
50246200-3	Services d'entretien de bouées	Buoy maintenance services
50246300-4	Services de réparation et d'entretien de structures flottantes	Repair and maintenance services of floating structures
50246400-5	Services de réparation et d'entretien de Plates-formes flottantes	Repair and maintenance services of floating platforms
50300000-8	Services de réparation, d'entretien et services connexes relatifs aux ordinateurs personnels, au matériel de bureau, au matériel de télécommunications et au matériel audiovisuel	Repair, maintenance and associated services related to personal computers, office equipment, telecommunications and audio-visual equipment
50310000-1	Maintenance et réparation de machines de bureau	Maintenance and repair of office machinery
50311000-8	Maintenance et réparation de machines comptables de bureau	Maintenance and repair of office accounting machinery
50311400-2	Maintenance et réparation de machines à calculer et de machines comptables	Maintenance and repair of calculators and accounting machinery
50312000-5	Maintenance et réparation de matériel informatique	Maintenance and repair of computer equipment
50312100-6	Maintenance et réparation d'unités centrales	Maintenance and repair of mainframe computers
50312110-9	Maintenance d'unités centrales	Maintenance of mainframe computers
50312120-2	Réparation d'unités centrales	Repair of mainframe computers
50312200-7	Maintenance et réparation de mini-ordinateurs	Maintenance and repair of minicomputers
50312210-0	Maintenance de mini-ordinateurs	Maintenance of minicomputers
50312220-3	Réparation de mini-ordinateurs	Repair of minicomputers
50312300-8	Maintenance et réparation de matériel de réseau informatique	Maintenance and repair of data network equipment
50312310-1	Maintenance de matériel de réseau informatique	Maintenance of data network equipment
50312320-4	Réparation de matériel de réseau informatique	Repair of data network equipment
50312400-9	Maintenance et réparation de micro-ordinateurs	Maintenance and repair of microcomputers
50312410-2	Maintenance de micro-ordinateurs	Maintenance of microcomputers
50312420-5	Réparation de micro-ordinateurs	Repair of microcomputers
50312600-1	Maintenance et réparation de matériel de technologies de l'information	Maintenance and repair of information technology equipment
50312610-4	Maintenance de matériel de technologies de l'information	Maintenance of information technology equipment
50312620-7	Réparation de matériel de technologies de l'information	Repair of information technology equipment
50313000-2	Maintenance et réparation de matériel de reprographie	Maintenance and repair of reprographic machinery
50313100-3	Services de réparation de photocopieurs	Photocopier repair services
50313200-4	Services d'entretien de photocopieurs	Photocopier maintenance services
50314000-9	Services de réparation et d'entretien de télécopieurs	Repair and maintenance services of facsimile machines
50315000-6	Services de réparation et d'entretien de répondeurs téléphoniques	Repair and maintenance services of telephone-answering machines
50316000-3	Maintenance et réparation de distributeurs automatiques de tickets	Maintenance and repair of ticket-issuing machinery
50317000-0	Maintenance et réparation de composteurs de billets	Maintenance and repair of ticket-validation machinery
50320000-4	Services de réparation et d'entretien d'ordinateurs personnels	Repair and maintenance services of personal computers
50321000-1	Services de réparation d'ordinateurs personnels	Repair services of personal computers
50322000-8	Services d'entretien d'ordinateurs personnels	Maintenance services of personal computers
50323000-5	Maintenance et réparation de périphériques d'ordinateur	Maintenance and repair of computer peripherals
50323100-6	Maintenance de périphériques d'ordinateur	Maintenance of computer peripherals
50323200-7	Réparation de périphériques d'ordinateur	Repair of computer peripherals
50324000-2	Services d'assistance pour ordinateurs personnels	Support services of personal computers
50324100-3	Services de maintenance de systèmes	System maintenance services
50324200-4	Services de maintenance préventive	Preventive maintenance services
50330000-7	Services d'entretien de matériel de télécommunications	Maintenance services of telecommunications equipment
50331000-4	Services de réparation et d'entretien de lignes de télécommunications	Repair and maintenance services of telecommunications lines
50332000-1	Services d'entretien d'infrastructures de télécommunications	Telecommunications-infrastructure maintenance services
50333000-8	Services d'entretien de matériel de radiocommunications	Maintenance services of radio-communications equipment
50333100-9	Services de réparation et d'entretien d'émetteurs radio	Repair and maintenance services of radio transmitters
50333200-0	Réparation et entretien d'appareils de radiotéléphonie	Repair and maintenance services of radiotelephony apparatus
50334000-5	Services de réparation et d'entretien de matériel de téléphonie et de télégraphie par fil	Repair and maintenance services of line telephony and line telegraphy equipment
50334100-6	Services de réparation et d'entretien de matériel de téléphonie par fil	Repair and maintenance services of line telephony equipment
50334110-9	Entretien de réseau téléphonique	Telephone network maintenance services
50334120-2	Modernisation de standards téléphoniques	Upgrade services of telephone switching equipment
50334130-5	Services de réparation et d'entretien de standards téléphoniques	Repair and maintenance services of telephone switching apparatus
50334140-8	Services de réparation et d'entretien d'appareils téléphoniques	Repair and maintenance services of telephone sets
50334200-7	Services de réparation et d'entretien de matériel de télégraphie par fil	Repair and maintenance services of line telegraphy equipment
50334300-8	Services de réparation et d'entretien de matériel de télex par fil	Repair and maintenance services of line telex equipment
50334400-9	Entretien de systèmes de communications	Communications system maintenance services
50340000-0	Services de réparation et d'entretien de matériel audiovisuel et d'optique	Repair and maintenance services of audio-visual and optical equipment
50341000-7	Services de réparation et d'entretien de matériel de télévision	Repair and maintenance services of television equipment
50341100-8	Services de réparation et d'entretien de matériel vidéotexte	Repair and maintenance services of videotext equipment
50341200-9	Services de réparation et d'entretien d'émetteurs de télévision	Repair and maintenance services of television transmitters
50342000-4	Services de réparation et d'entretien de matériel audio	Repair and maintenance services of audio equipment
50343000-1	Services de réparation et d'entretien de matériel vidéo	Repair and maintenance services of video equipment
50344000-8	Services de réparation et d'entretien de matériel d'optique	Repair and maintenance services of optical equipment
50344100-9	Services de réparation et d'entretien de matériel photographique	Repair and maintenance services of photographic equipment
50344200-0	Services de réparation et d'entretien de matériel cinématographique	Repair and maintenance services of cinematographic equipment
50400000-9	Services de réparation et d'entretien de matériel médical et de matériel de précision	Repair and maintenance services of medical and precision equipment
50410000-2	Services de réparation et d'entretien d'appareils de mesure, d'essai et de contrôle	Repair and maintenance services of measuring, testing and checking apparatus
50411000-9	Services de réparation et d'entretien d'appareils de mesure	Repair and maintenance services of measuring apparatus
50411100-0	Services de réparation et d'entretien de compteurs à eau	Repair and maintenance services of water meters
50411200-1	Services de réparation et d'entretien de compteurs à gaz	Repair and maintenance services of gas meters
50411300-2	Services de réparation et d'entretien de compteurs d'électricité	Repair and maintenance services of electricity meters
50411400-3	Services de réparation et d'entretien de tachymètres	Repair and maintenance services of tachometers
50411500-4	Services de réparation et d'entretien d'instruments de mesure du temps industriels	Repair and maintenance services of industrial time-measuring equipment
50412000-6	Services de réparation et d'entretien d'appareils d'essai	Repair and maintenance services of testing apparatus
50413000-3	Services de réparation et d'entretien d'appareils de contrôle	Repair and maintenance services of checking apparatus
50413100-4	Services de réparation et d'entretien de matériel de détection de gaz	Repair and maintenance services of gas-detection equipment
50413200-5	Services de réparation et d'entretien d'installations d'extinction d'incendie	Repair and maintenance services of firefighting equipment
50420000-5	Services de réparation et d'entretien de matériel médical et chirurgical	Repair and maintenance services of medical and surgical equipment
50421000-2	Services de réparation et d'entretien de matériel médical	Repair and maintenance services of medical equipment
50421100-3	Services de réparation et d'entretien de chaises roulantes	Repair and maintenance services of wheelchairs
50421200-4	Services de réparation et d'entretien de matériel de radiologie	Repair and maintenance services of X-ray equipment
50422000-9	Services de réparation et d'entretien de matériel chirurgical	Repair and maintenance services of surgical equipment
50430000-8	Services de réparation et d'entretien de matériel de précision	Repair and maintenance services of precision equipment
50431000-5	Services de réparation et d'entretien de montres	Repair and maintenance services of watches
50432000-2	Services de réparation et d'entretien d'horloges	Repair and maintenance services of clocks
50433000-9	Services d'étalonnage	Calibration services
50500000-0	Services de réparation et d'entretien de pompes, de vannes, de robinets, de conteneurs en métal et de machines	Repair and maintenance services for pumps, valves, taps and metal containers and machinery
50510000-3	Services de réparation et d'entretien de pompes, de vannes, de robinets et de conteneurs en métal	Repair and maintenance services of pumps, valves, taps and metal containers
50511000-0	Services de réparation et d'entretien de pompes	Repair and maintenance services of pumps
50511100-1	Services de réparation et d'entretien de pompes à liquide	Repair and maintenance services of liquid pumps
50511200-2	Services de réparation et d'entretien de pompes à gaz	Repair and maintenance services of gas pumps
50512000-7	Services de réparation et d'entretien de vannes	Repair and maintenance services of valves
50513000-4	Services de réparation et d'entretien de robinets	Repair and maintenance services of taps
50514000-1	Services de réparation et d'entretien de conteneurs en métal	Repair and maintenance services of metal containers
50514100-2	Services de réparation et d'entretien de citernes	Repair and maintenance services of tanks
50514200-3	Services de réparation et d'entretien de réservoirs	Repair and maintenance services of reservoirs
50514300-4	Services de réparation de gainage	Sleeving repair services
50530000-9	Services de réparation et d'entretien de machines	Repair and maintenance services of machinery
50531000-6	Services de réparation et d'entretien de machines non électriques	Repair and maintenance services for non-electrical machinery
50531100-7	Services de réparation et d'entretien de chaudières	Repair and maintenance services of boilers
50531200-8	Services d'entretien d'appareils à gaz	Gas appliance maintenance services
50531300-9	Services de réparation et d'entretien de compresseurs	Repair and maintenance services of compressors
50531400-0	Services de réparation et d'entretien de grues	Repair and maintenance services of cranes
50531500-1	Services de réparation et d'entretien de grues derricks	Repair and maintenance services of derricks
50531510-4	Services de démontage de derricks	Derrick-dismantling services
50532000-3	Services de réparation et d'entretien de machines et d'appareils électriques et de matériel connexe	Repair and maintenance services of electrical machinery, apparatus and associated equipment
50532100-4	Services de réparation et d'entretien de moteurs électriques	Repair and maintenance services of electric motors
50532200-5	Services de réparation et d'entretien de transformateurs	Repair and maintenance services of transformers
50532300-6	Services de réparation et d'entretien de générateurs	Repair and maintenance services of generators
50532400-7	Services de réparation et d'entretien de matériel de distribution électrique	Repair and maintenance services of electrical distribution equipment
50600000-1	Services de réparation et d'entretien des matériels de défense et de sécurité	Repair and maintenance services of security and defence materials
50610000-4	Services de réparation et d'entretien du matériel de sécurité	Repair and maintenance services of security equipment
50620000-7	Services de réparation et d'entretien des armes à feu et des munitions	Repair and maintenance services of firearms and ammunition
50630000-0	Services de réparation et d'entretien des véhicules militaires	Repair and maintenance services of military vehicles
50640000-3	Services de réparation et d'entretien des navires de guerre	Repair and maintenance services of warships
50650000-6	Services de réparation et d'entretien des aéronefs, des missiles et des spationefs militaires	Repair and maintenance services of military aircrafts, missiles and spacecrafts
50660000-9	Services de réparation et d'entretien des systèmes électroniques militaires	Repair and maintenance services of military electronic systems
50700000-2	Services de réparation et d'entretien d'installations de bâtiments	Repair and maintenance services of building installations
50710000-5	Services de réparation et d'entretien d'installations électriques et mécaniques de bâtiment	Repair and maintenance services of electrical and mechanical building installations
50711000-2	Services de réparation et d'entretien d'installations électriques de bâtiment	Repair and maintenance services of electrical building installations
50712000-9	Services de réparation et d'entretien d'installations mécaniques de bâtiment	Repair and maintenance services of mechanical building installations
50720000-8	Services de réparation et d'entretien de chauffage central	Repair and maintenance services of central heating
50721000-5	Mise en état d'exploitation d'installations de chauffage	Commissioning of heating installations
50730000-1	Services de réparation et d'entretien de groupes de réfrigération	Repair and maintenance services of cooler groups
50740000-4	Services de réparation et d'entretien d'escaliers mécaniques	Repair and maintenance services of escalators
50750000-7	Services d'entretien d'ascenseurs	Lift-maintenance services
50760000-0	Réparation et entretien de toilettes publiques	Repair and maintenance of public conveniences
50800000-3	Services divers d'entretien et de réparation	Miscellaneous repair and maintenance services
50810000-6	Services de réparation de bijoux	Repair services of jewellery
50820000-9	Services de réparation d'articles en cuir	Repair services of leather personal goods
50821000-6	Services de réparation de bottes	Repair services of boots
50822000-3	Services de réparation de chaussures	Repair services of shoes
50830000-2	Services de réparation de vêtements et d'articles textiles	Repair services of garments and textiles
50840000-5	Services de réparation et d'entretien d'armes et de systèmes d'arme	Repair and maintenance services of weapons and weapon systems
50841000-2	Services de réparation et d'entretien d'armes	Repair and maintenance services of weapons
50842000-9	Services de réparation et d'entretien de systèmes d'arme	Repair and maintenance services of weapon systems
50850000-8	Services de réparation et d'entretien de meubles	Repair and maintenance services of furniture
50860000-1	Services de réparation et d'entretien d'instruments de musique	Repair and maintenance services of musical instruments
50870000-4	Services de réparation et d'entretien d'équipements de terrains de jeux	Repair and maintenance services of playground equipment
50880000-7	Services de réparation et d'entretien de matériel d'hôtellerie et de restauration	Repair and maintenance services of hotel and restaurant equipment
50881000-4	Services de réparation et d'entretien de matériel d'hôtellerie	Repair and maintenance services of hotel equipment
50882000-1	Services de réparation et d'entretien de matériel pour restaurants	Repair and maintenance services of restaurant equipment
50883000-8	Services de réparation et d'entretien de matériel de restauration	Repair and maintenance services of catering equipment
50884000-5	Services de réparation et d'entretien de matériel de camping	Repair and maintenance services of camping equipment
51000000-9	Services d'installation (à l'exception des logiciels)	Installation services (except software)
51100000-3	Services d'installation de matériel électrique et mécanique	Installation services of electrical and mechanical equipment
51110000-6	Services d'installation de matériel électrique	Installation services of electrical equipment
51111000-3	Services d'installation de moteurs électriques, de générateurs et de transformateurs	Installation services of electric motors, generators and transformers
51111100-4	Services d'installation de moteurs électriques	Installation services of electric motors
51111200-5	Services d'installation de générateurs	Installation services of generators
51111300-6	Services d'installation de transformateurs	Installation services of transformers
51112000-0	Services d'installation de matériel de distribution et de commande électriques	Installation services of electricity distribution and control equipment
51112100-1	Services d'installation de matériel de distribution électrique	Installation services of electricity distribution equipment
51112200-2	Services d'installation de matériel de commande électrique	Installation services of electricity control equipment
51120000-9	Services d'installation de matériel mécanique	Installation services of mechanical equipment
51121000-6	Services d'installation de matériel de culture physique (fitness)	Installation services of fitness equipment
51122000-3	Services d'installation de mâts porte-drapeau	Installation services of flagpoles
51130000-2	Services d'installation de générateurs à vapeur, de turbines, de compresseurs et de brûleurs	Installation services of steam generators, turbines, compressors and burners
51131000-9	Services d'installation de générateurs à vapeur	Installation services of steam generators
51133000-3	Services d'installation de turbines	Installation services of turbines
51133100-4	Services d'installation de turbines à gaz	Installation services of gas turbines
51134000-0	Services d'installation de compresseurs	Installation services of compressors
51135000-7	Services d'installation de fourneaux	Installation services of furnaces
51135100-8	Services d'installation de brûleurs	Installation services of burners
51135110-1	Services d'installation d'incinérateurs de déchets	Installation services of waste incinerators
51140000-5	Services d'installation de moteurs	Installation services of engines
51141000-2	Services d'installation de moteurs à essence	Installation services of petrol engines
51142000-9	Services d'installation de moteurs diesel	Installation services of diesel engines
51143000-6	Services d'installation de moteurs de matériel ferroviaire	Installation services of railway engines
51144000-3	Services d'installation de moteurs de véhicules	Installation services of vehicle engines
51145000-0	Services d'installation de moteurs de navires	Installation services of marine engines
51146000-7	Services d'installation de moteurs d'aéronefs	Installation services of aircraft engines
51200000-4	Services d'installation de matériel de mesure, de contrôle, d'essai et de navigation	Installation services of equipment for measuring, checking, testing and navigating
51210000-7	Services d'installation de matériel de mesure	Installation services of measuring equipment
51211000-4	Services d'installation de matériel de mesure du temps	Installation services of time-measuring equipment
51212000-1	Services d'installation de matériel d'enregistrement des présences	Installation services of time register equipment
51213000-8	Services d'installation d'horloges de pointage	Installation services of time recorder equipment
51214000-5	Services d'installation de parcmètres	Installation services of parking meter equipment
51215000-2	Services d'installation de matériel météorologique	Installation services of meteorological equipment
51216000-9	Services d'installation de matériel géologique	Installation services of geological equipment
51220000-0	Services d'installation de matériel de contrôle	Installation services of checking equipment
51221000-7	Services d'installation d'appareils d'enregistrement automatiques pour aéroports	Installation services of automatic airport check-in devices
51230000-3	Services d'installation de matériel d'essai	Installation services of testing equipment
51240000-6	Services d'installation de matériel de navigation	Installation services of navigating equipment
51300000-5	Services d'installation de matériel de communications	Installation services of communications equipment
51310000-8	Services d'installation de matériel radio, de télévision, audio et vidéo	Installation services of radio, television, sound and video equipment
51311000-5	Services d'installation de matériel radio	Installation services of radio equipment
51312000-2	Services d'installation de matériel de télévision	Installation services of television equipment
51313000-9	Services d'installation de matériel audio	Installation services of sound equipment
51314000-6	Services d'installation de matériel vidéo	Installation services of video equipment
51320000-1	Services d'installation d'émetteurs radio et de télévision	Installation services of radio and television transmitters
51321000-8	Services d'installation d'émetteurs radio	Installation services of radio transmitters
51322000-5	Services d'installation d'émetteurs de télévision	Installation services of television transmitters
51330000-4	Services d'installation d'appareils de radiotéléphonie	Installation services of radiotelephony apparatus
51340000-7	Services d'installation de matériel de téléphonie par fil	Installation services of line telephony equipment
51350000-0	Services d'installation de matériel de télégraphie par fil	Installation services of line telegraphy equipment
51400000-6	Services d'installation de matériel médical et chirurgical	Installation services of medical and surgical equipment
51410000-9	Services d'installation de matériel médical	Installation services of medical equipment
51411000-6	Services d'installation de matériel d'imagerie	Installation services of imaging equipment
51412000-3	Services d'installation de matériel de dentisterie et de ses sous-spécialités	Installation services of dental and subspecialty equipment
51413000-0	Services d'installation de matériel de radiothérapie	Installation services of radiotherapy equipment
51414000-7	Services d'installation de matériel de mécanothérapie	Installation services of mechanotherapy equipment
51415000-4	Services d'installation de matériel d'électrothérapie	Installation services of electrotherapy equipment
51416000-1	Services d'installation de matériel de physiothérapie	Installation services of physical therapy equipment
51420000-2	Services d'installation de matériel chirurgical	Installation services of surgical equipment
51430000-5	Services d'installation de matériel de laboratoire	Installation services of laboratory equipment
51500000-7	Services d'installation de machines et d'équipements	Installation services of machinery and equipment
51510000-0	Services d'installation de machines et d'équipements à usage général	Installation services of general-purpose machinery and equipment
51511000-7	Services d'installation de matériel de levage et de manutention, excepté ascenseurs et escaliers mécaniques	Installation services of lifting and handling equipment, except lifts and escalators
51511100-8	Services d'installation de matériel de levage	Installation services of lifting equipment
51511110-1	Services d'installation de grues	Installation services of cranes
51511200-9	Services d'installation de matériel de manutention	Installation services of handling equipment
51511300-0	Services d'installation de nacelles de nettoyage des façades	Installation services of suspended access equipment
51511400-1	Services d'installation de matériel de manutention spécial	Installation services of special conveying systems
51514000-8	Services d'installation de machines diverses à usage général	Installation services of miscellaneous general-purpose machinery
51514100-9	Services d'installation de machines et d'appareils de filtration ou de purification de liquides	Installation services of liquid filtering or purifying machinery and apparatus
51514110-2	Services d'installation de machines et d'appareils de filtration ou de purification de l'eau	Installation services of machinery and apparatus for filtering or purifying water
51520000-3	Services d'installation de machines agricoles et sylvicoles	Installation services of agricultural and forestry machinery
51521000-0	Services d'installation de machines agricoles	Installation services of agricultural machinery
51522000-7	Services d'installation de machines sylvicoles	Installation services of forestry machinery
51530000-6	Services d'installation de machines-outils	Installation services of machine tools
51540000-9	Services d'installation de machines et d'équipements à usage spécifique	Installation services of special-purpose machinery and equipment
51541000-6	Services d'installation de machines utilisées dans les mines, les carrières, la construction et la métallurgie	Installation services of mining, quarrying, construction and metallurgy machinery
51541100-7	Services d'installation de machines utilisées dans les mines	Installation services of mining machinery
51541200-8	Services d'installation de machines utilisées dans les carrières	Installation services of quarrying machinery
51541300-9	Services d'installation de machines utilisées dans la construction	Installation services of construction machinery
51541400-0	Services d'installation de machines utilisées dans la métallurgie	Installation services of metallurgy machinery
51542000-3	Services d'installation de machines de traitement des aliments, des boissons et du tabac	Installation services of food-, beverage- and tobacco-processing machinery
51542100-4	Services d'installation de machines de traitement des aliments	Installation services of food-processing machinery
51542200-5	Services d'installation de machines de traitement des boissons	Installation services of beverage-processing machinery
51542300-6	Services d'installation de machines de traitement du tabac	Installation services of tobacco-processing machinery
51543000-0	Services d'installation de machines pour la fabrication de textile, de vêtements et de cuir	Installation services of textile-, clothing- and leather-production machinery
51543100-1	Services d'installation de machines pour la fabrication textile	Installation services of textile-production machinery
51543200-2	Services d'installation de machines pour la fabrication de vêtements	Installation services of clothing-production machinery
51543300-3	Services d'installation de machines pour la fabrication du cuir	Installation services of leather-production machinery
51543400-4	Services d'installation de machines à laver, de machines de nettoyage à sec et de sèche-linge de blanchisserie	Installation services of laundry washing, dry-cleaning and drying machines
51544000-7	Services d'installation de machines pour la fabrication du papier et du carton	Installation services of paper- and paperboard-production machinery
51544100-8	Services d'installation de machines pour la fabrication du papier	Installation services of paper-production machinery
51544200-9	Services d'installation de machines pour la fabrication du carton	Installation services of paperboard-production machinery
51545000-4	Services d'installation de boîtes à lettres publiques	Installation services of street mailboxes
51550000-2	Services d'installation de systèmes d'arme	Installation services of weapon systems
51600000-8	Services d'installation d'ordinateurs et de matériel de bureau	Installation services of computers and office equipment
51610000-1	Services d'installation d'ordinateurs et de matériel de traitement de l'information	Installation services of computers and information-processing equipment
51611000-8	Services d'installation d'ordinateurs	Installation services of computers
51611100-9	Services d'installation de matériel informatique	Hardware installation services
51611110-2	Services d'installation d'écrans et de tableaux d'affichage des départs et des arrivées d'avions	Installation services of airport real-time departures and arrival display screens or boards
51611120-5	Services d'installation d'écrans et de tableaux d'affichage des départs et des arrivées de trains	Installation services of railway real-time departures and arrival display screens or boards
51612000-5	Services d'installation de matériel de traitement de l'information	Installation services of information-processing equipment
51620000-4	Services d'installation de matériel de bureau	Installation services of office equipment
51700000-9	Services d'installation de matériel de protection contre l'incendie	Installation services of fire protection equipment
51800000-0	Services d'installation de conteneurs en métal	Installation services of metal containers
51810000-3	Services d'installation de citernes	Installation services of tanks
51820000-6	Services d'installation de réservoirs	Installation services of reservoirs
51900000-1	Services d'installation de systèmes de guidage et de commande	Installation services of guidance and control systems
55000000-0	Services d'hôtellerie, de restauration et de commerce au détail	Hotel, restaurant and retail trade services
55100000-1	Services d'hôtellerie	Hotel services
55110000-4	Services d'hébergement hôtelier	Hotel accommodation services
55120000-7	Services de réunions et de conférences organisés dans des hôtels	Hotel meeting and conference services
55130000-0	Autres services d'hôtellerie	Other hotel services
55200000-2	Campings et autre hébergement non hôtelier	Camping sites and other non-hotel accommodation
55210000-5	Services d'hébergement en auberge de jeunesse	Youth hostel services
55220000-8	Services de terrain de camping	Camping-site services
55221000-5	Services d'aire de caravanage	Caravan-site services
55240000-4	Services de centres aérés et de centres de vacances	Holiday centre and holiday home services
55241000-1	Services de centres aérés	Holiday centre services
55242000-8	Services de centres de vacances	Holiday home services
55243000-5	Services de colonies de vacances	Children's holiday-camp services
55250000-7	Services de location de meublés pour des séjours de courte durée	Letting services of short-stay furnished accommodation
55260000-0	Services des wagons-lits	Sleeping-car services
55270000-3	Services prestés par les établissements proposant des chambres avec petit-déjeuner	Services provided by bed and breakfast establishments
55300000-3	Services de restaurant et services de personnel en salle	Restaurant and food-serving services
55310000-6	Services de serveurs de restaurant	Restaurant waiter services
55311000-3	Services de serveurs de restaurant pour clientèle restreinte	Restricted-clientele restaurant waiter services
55312000-0	Services de serveurs de restaurant sans restriction d'accès	Unrestricted-clientele restaurant waiter services
55320000-9	Services de distribution de repas	Meal-serving services
55321000-6	Services de préparation de repas	Meal-preparation services
55322000-3	Services d'élaboration (cuisson) de repas	Meal-cooking services
55330000-2	Services de cafétéria	Cafeteria services
55400000-4	Services de débits de boissons	Beverage-serving services
55410000-7	Services de gestion de bars	Bar management services
55500000-5	Services de cantine et service traiteur	Canteen and catering services
55510000-8	Services de cantine	Canteen services
55511000-5	Services de cantine et autres services de cafétéria pour clientèle restreinte	Canteen and other restricted-clientele cafeteria services
55512000-2	Services de gestion de cantine	Canteen management services
55520000-1	Services traiteur	Catering services
55521000-8	Service traiteur pour ménages	Catering services for private households
55521100-9	Services de repas livrés à domicile	Meals-on-wheels services
55521200-0	Services de livraison de repas	Meal delivery service
55522000-5	Service traiteur pour entreprises de transport	Catering services for transport enterprises
55523000-2	Services traiteur pour autres entreprises ou autres institutions	Catering services for other enterprises or other institutions
55523100-3	Services de restauration scolaire	School-meal services
55524000-9	Service traiteur pour écoles	School catering services
55900000-9	Services de vente au détail	Retail trade services
60000000-8	Services de transport (à l'exclusion du transport des déchets)	Transport services (excl. Waste transport)
60100000-9	Services de transport routier	Road transport services
60112000-6	Services de transport routier public	Public road transport services
60120000-5	Services de taxi	Taxi services
60130000-8	Services spécialisés de transport routier de passagers	Special-purpose road passenger-transport services
60140000-1	Transport non régulier de passagers	Non-scheduled passenger transport
60150000-4	Transport de passagers par véhicules à traction animale	Passenger transport by animal-drawn vehicles
60160000-7	Transport routier postal	Mail transport by road
60161000-4	Services de transport de colis	Parcel transport services
60170000-0	Location de véhicules de transport de personnes avec chauffeur	Hire of passenger transport vehicles with driver
60171000-7	Location de voitures particulières avec chauffeur	Hire of passenger cars with driver
60172000-4	Location d'autobus et d'autocars avec chauffeur	Hire of buses and coaches with driver
60180000-3	Location de véhicules de transport de marchandises avec chauffeur	Hire of goods-transport vehicles with driver
60181000-0	Location de camions avec chauffeur	Hire of trucks with driver
60182000-7	Location de véhicules industriels avec chauffeur	Hire of industrial vehicles with driver
60183000-4	Location de camionnettes avec chauffeur	Hire of vans with driver
60200000-0	Services de transport ferroviaire	Railway transport services
60210000-3	Services de transport ferroviaire public	Public transport services by railways
60220000-6	Transport ferroviaire postal	Mail transport by railway
60300000-1	Services de transport par pipeline	Pipeline transport services
60400000-2	Services de transport aérien	Air transport services
60410000-5	Services de transport aérien régulier	Scheduled air transport services
60411000-2	Services de transport aérien régulier du courrier	Scheduled airmail transport services
60420000-8	Services de transport aérien non régulier	Non-scheduled air transport services
60421000-5	Services de transport aérien non régulier du courrier	Non-scheduled airmail transport services
60423000-9	Services de charter	Air-charter services
60424000-6	Location de matériel de transport aérien avec équipage	Hire of air transport equipment with crew
60424100-7	Location d'aéronefs avec équipage	Hire of aircraft with crew
60424110-0	Location d'aéronefs à voilure fixe avec équipage	Hire of fixed-wing aircraft with crew
60424120-3	Location d'hélicoptères avec équipage	Hire of helicopters with crew
60440000-4	Services aériens et services connexes	Aerial and related services
60441000-1	Services de pulvérisation par voie aérienne	Aerial spraying services
60442000-8	Services de lutte aérienne contre les incendies de forêt	Aerial forest-firefighting services
60443000-5	Services de secours aérien	Air-rescue services
60443100-6	Services aéronavals de sauvetage	Air-sea rescue services
60444000-2	Services d'exploitation d'aéronefs	Aircraft-operation services
60444100-3	Services de pilotage	Pilot services
60445000-9	Services d'exploitation d'avions	Aircraft operating services
60500000-3	Services de transport spatial	Space transport services
60510000-6	Services de lancement de satellites	Satellite launch services
60520000-9	Services de charges utiles expérimentales	Experimental payload services
60600000-4	Services de transport par voie d'eau	Water transport services
60610000-7	Services de transport par ferry	Ferry transport services
60620000-0	Transport de courrier par voie d'eau	Transport by water of mail
60630000-3	Services de navires câbliers	Cable-laying ship services
60640000-6	Opérations de transport maritime	Shipping operations
60650000-9	Location de matériel de transport par voie d'eau avec équipage	Hire of water transport equipment with crew
60651000-6	Location de vaisseaux avec équipage	Hire of vessels with crew
60651100-7	Location de navires de mer avec équipage	Hire of sea-going vessels with crew
60651200-8	Location de bateaux de navigation intérieure avec équipage	Hire of inland waterway vessels with crew
60651300-9	Services de navires antipollution	Anti-pollution ship services
60651400-0	Services de navires transporteurs de charges lourdes	Heavy-lift ship services
60651500-1	Services de navires de secours	Standby ship services
60651600-2	Services de navires de ravitaillement offshore	Offshore supply ship services
60653000-0	Location de bateaux avec équipage	Hire of boats with crew
63000000-9	Services d'appui et services auxiliaires dans le domaine des transports, services des agences de voyages	Supporting and auxiliary transport services; travel agencies services
63100000-0	Services de manutention et d'entreposage de cargaisons	Cargo handling and storage services
63110000-3	Services de manutention de cargaisons	Cargo handling services
63111000-0	Services de manutention de conteneurs	Container handling services
63112000-7	Services de manutention de bagages	Baggage handling services
63112100-8	Services de manutention des bagages des passagers	Passenger baggage handling services
63112110-1	Services de rassemblement des bagages	Baggage collection services
63120000-6	Services de stockage et d'entreposage	Storage and warehousing services
63121000-3	Services de stockage et de récupération	Storage and retrieval services
63121100-4	Services de stockage	Storage services
63121110-7	Services de stockage de gaz	Gas storage services
63122000-0	Services d'entreposage	Warehousing services
63500000-4	Services d'agences de voyages, de voyagistes et d'assistance aux touristes	Travel agency, tour operator and tourist assistance services
63510000-7	Services d'agences de voyages et services similaires	Travel agency and similar services
63511000-4	Organisation de voyages à forfait	Organisation of package tours
63512000-1	Vente de billets de voyages à forfait	Sale of travel tickets and package tours services
63513000-8	Services d'information touristique	Tourist information services
63514000-5	Services de guides touristiques	Tourist guide services
63515000-2	Services de voyages	Travel services
63516000-9	Services de gestion de voyages	Travel management services
63520000-0	Services d'agences de transport	Transport agency services
63521000-7	Services d'agences de transport de marchandises	Freight transport agency services
63522000-4	Services de courtage maritime	Ship brokerage services
63523000-1	Services d'agences portuaires et d'agences d'expédition	Port and forwarding agency services
63524000-8	Services de préparation de documents de transport	Transport document preparation services
63700000-6	Services d'appui dans le domaine des transports terrestres, maritimes et aériens	Support services for land, water and air transport
63710000-9	Services d'appui dans le domaine des transports terrestres	Support services for land transport
63711000-6	Services d'appui dans le domaine des transports ferroviaires	Support services for railway transport
63711100-7	Services de surveillance de la marche des trains	Train monitoring services
63711200-8	Services d'ateliers mobiles	Moving workshops services
63712000-3	Services d'appui dans le domaine des transports routiers	Support services for road transport
63712100-4	Services de gares routières	Bus station services
63712200-5	Services d'exploitation des autoroutes	Highway operation services
63712210-8	Services de péage autoroutier	Highway toll services
63712300-6	Services d'exploitation de ponts et de tunnels	Bridge and tunnel operation services
63712310-9	Services d'exploitation de ponts	Bridge operating services
63712311-6	Services de péage de pont	Bridge toll services
63712320-2	Services d'exploitation de tunnels	Tunnel operation services
63712321-9	Services de péage de tunnel	Tunnel toll services
63712400-7	Services de parc de stationnement	Parking services
63712500-8	Services de pont-bascule	Weighbridge services
63712600-9	Services de ravitaillement de véhicules	Vehicle refuelling services
63712700-0	Services de la circulation routière	Traffic control services
63712710-3	Services de surveillance de la circulation routière	Traffic monitoring services
63720000-2	Services d'appui dans le domaine des transports par voie d'eau	Support services for water transport
63721000-9	Services d'exploitation de ports et de voies navigables et services connexes	Port and waterway operation services and associated services
63721100-0	Services de mise en soute	Bunkering services
63721200-1	Services d'exploitation portuaire	Port operation services
63721300-2	Services d'exploitation des voies navigables	Waterway operation services
63721400-3	Services de ravitaillement de navires	Ship refuelling services
63721500-4	Services d'exploitation de terminaux passagers	Passenger terminal operation services
63722000-6	Services de pilotage de navires	Ship-piloting services
63723000-3	Services d'accostage	Berthing services
63724000-0	Services de navigation	Navigation services
63724100-1	Services de positionnement en mer	Offshore positioning services
63724110-4	Services de positionnement de bateaux-phares	Lightship positioning services
63724200-2	Services de bateaux-phares	Lightship services
63724300-3	Services de positionnement de bouées	Buoy positioning services
63724310-6	Services de balisage	Buoy marking services
63724400-4	Services de phares	Lighthouse services
63725000-7	Services de sauvetage et de renflouage	Salvage and refloating services
63725100-8	Services de sauvetage de navires	Vessel-salvaging services
63725200-9	Services des bateaux de sauvegarde	Standby vessel services
63725300-0	Services de renflouage de navires	Vessel refloating services
63726000-4	Services d'assistance divers dans le domaine des transports par voie d'eau	Miscellaneous water transport support services
63726100-5	Services d'enregistrement des navires	Vessel registration services
63726200-6	Services de navires brise-glaces	Ice-breaking services
63726300-7	Services de stockage en navire	Vessel storage services
63726400-8	Services d'affrètement de navires	Ship chartering services
63726500-9	Services de désarmement de navires	Vessel laying-up services
63726600-0	Services d'exploitation de navires	Ship-operating services
63726610-3	Services de mise à l'eau de navires	Ship-launching services
63726620-6	Services d'engins inhabités télécommandés	ROV services
63726700-1	Services des navires de pêche	Fishing-vessel services
63726800-2	Services des navires de recherche	Research vessel services
63726900-3	Services de bateau manipulateur d'ancre	Anchor handling services
63727000-1	Services de remorquage et de poussage de bateaux	Towing and pushing services of ships
63727100-2	Services de remorquage	Towing services
63727200-3	Services de poussage	Pushing services
63730000-5	Services d'appui dans le domaine des transports aériens	Support services for air transport
63731000-2	Services d'exploitation d'aéroport	Airport operation services
63731100-3	Services de coordination des créneaux aéroportuaires	Airport slot coordination services
63732000-9	Services de contrôle du trafic aérien	Air-traffic control services
63733000-6	Services d'avitaillement	Aircraft refuelling services
63734000-3	Services de hangar	Hangar services
64000000-6	Services des postes et télécommunications	Postal and telecommunications services
64100000-7	Services postaux et services de courrier	Post and courier services
64110000-0	Services postaux	Postal services
64111000-7	Services postaux relatifs aux journaux et aux périodiques	Postal services related to newspapers and periodicals
64112000-4	Services postaux relatifs aux lettres	Postal services related to letters
64113000-1	Services postaux relatifs aux colis	Postal services related to parcels
64114000-8	Services de guichets de bureaux de poste	Post office counter services
64115000-5	Location de boîtes aux lettres	Mailbox rental
64116000-2	Services de poste restante	Post-restante services
64120000-3	Services de courrier	Courier services
64121000-0	Services multimodaux de courrier	Multi-modal courier services
64121100-1	Services de distribution de courrier	Mail delivery services
64121200-2	Services de livraison de colis	Parcel delivery services
64122000-7	Services de courrier et de messagerie interne des administrations	Internal office mail and messenger services
64200000-8	Services de télécommunications	Telecommunications services
64210000-1	Services de téléphonie et de transmission de données	Telephone and data transmission services
64211000-8	Services de cabines téléphoniques publiques	Public-telephone services
64211100-9	Services de téléphonie locale	Local telephone services
64211200-0	Services de téléphonie interurbaine	Long distance telephone services
64212000-5	Services de téléphonie mobile	Mobile-telephone services
64212100-6	Services de messages courts (SMS)	Short Message Service (SMS) services
64212200-7	Services de messagerie améliorés (EMS)	Enhanced Messaging Service (EMS) services
64212300-8	Services de messagerie multimédia (MMS)	Multimedia Message Service (MMS) services
64212400-9	Services WAP (Wireless Application Protocol)	Wireless Application Protocol (WAP) services
64212500-0	Services GPRS (Services généraux de radiocommunication par paquets)	General Packet Radio Services (GPRS) services
64212600-1	Services EDGE (Enhanced Data rates for GSM Evolution)	Enhanced Data for GSM Evolution (EDGE) services
64212700-2	Services UMTS (système de télécommunications mobiles universelles)	Universal Mobile Telephone System (UMTS) services
64212800-3	Services de fourniture de publiphone	Pay phone provider services
64212900-4	Services de fourniture de cartes de téléphone prépayées	Pre-paid phone card provider services
64213000-2	Services des réseaux téléphoniques commerciaux partagés	Shared-business telephone network services
64214000-9	Services des réseaux téléphoniques commerciaux spécialisés	Dedicated-business telephone network services
64214100-0	Services de location de circuits par satellite	Satellite circuit rental services
64214200-1	Services de commutateurs téléphoniques	Telephone switchboard services
64214400-3	Location de lignes terrestres de communication	Communication land-line rental
64215000-6	Services de téléphonie IP	IP telephone services
64216000-3	Services de messagerie et d'information électroniques	Electronic message and information services
64216100-4	Services de messagerie électronique	Electronic message services
64216110-7	Services d'échange de données électroniques	Electronic data exchange services
64216120-0	Services de courrier électronique	Electronic mail services
64216130-3	Services de télex	Telex services
64216140-6	Services de télégraphie	Telegraph services
64216200-5	Services d'information électronique	Electronic information services
64216210-8	Services d'information à valeur ajoutée	Value-added information services
64216300-6	Services de télétexte	Teletext services
64220000-4	Services de télécommunications, excepté téléphone et transmission de données	Telecommunication services except telephone and data transmission services
64221000-1	Services d'interconnexion	Interconnection services
64222000-8	Services de télétravail	Teleworking services
64223000-5	Services de radiomessagerie	Paging services
64224000-2	Services de téléconférence	Teleconferencing services
64225000-9	Services de télécommunications air-sol	Air-to-ground telecommunications services
64226000-6	Services de télématique	Telematics services
64227000-3	Services de télécommunications intégrés	Integrated telecommunications services
64228000-0	Retransmission de programmes de télévision et de radio	Television and radio broadcast transmission services
64228100-1	Retransmission de programmes de télévision	Television broadcast transmission services
64228200-2	Retransmission de programmes de radio	Radio broadcast transmission services
65000000-3	Services publics	Public utilities
65100000-4	Distribution d'eau et services connexes	Water distribution and related services
65110000-7	Distribution d'eau	Water distribution
65111000-4	Distribution d'eau potable	Drinking-water distribution
65120000-0	Exploitation d'une station d'épuration d'eau	Operation of a water-purification plant
65121000-7	Services de déminéralisation de l'eau	Water demineralisation services
65122000-0	Services de dessalement de l'eau	Water desalination services
65123000-3	Services d'adoucissement de l'eau	Water softening services
65130000-3	Exploitation de l'alimentation en eau	Operation of water supplies
65200000-5	Distribution de gaz et services connexes	Gas distribution and related services
65210000-8	Distribution de gaz	Gas distribution
65300000-6	Distribution d'électricité et services connexes	Electricity distribution and related services
65310000-9	Distribution d'électricité	Electricity distribution
65320000-2	Exploitation d'installations électriques	Operation of electrical installations
65400000-7	Autres sources d'approvisionnement en énergie et leur distribution	Other sources of energy supplies and distribution
65410000-0	Exploitation d'une centrale électrique	Operation of a power plant
65500000-8	Services de lecture de compteurs	Meter reading service
66000000-0	Services financiers et d'assurance	Financial and insurance services
66100000-1	Services bancaires et d'investissement	Banking and investment services
66110000-4	Services bancaires	Banking services
66111000-1	Services de banques centrales	Central bank services
66112000-8	Services de dépôts	Deposit services
66113000-5	Services de concession de crédit	Credit granting services
66113100-6	Services de concession de micro-crédits	Micro-credit granting services
66114000-2	Services de leasing financier	Financial leasing services
66115000-9	Services de virements internationaux	International payment transfer services
66120000-7	Services bancaires d'investissement et services connexes	Investment banking services and related services
66121000-4	Services de fusions-acquisitions	Mergers and acquisition services
66122000-1	Services de financement des entreprises et de capital-risque	Corporate finance and venture capital services
66130000-0	Services de courtage et services liés de titres et marchandises	Brokerage and related securities and commodities services
66131000-7	Services de courtage de titres	Security brokerage services
66131100-8	Services d'investissement des fonds de pension	Pension investment services
66132000-4	Services de courtage de marchandises	Commodity brokerage services
66133000-1	Services de traitement d'opérations et services de compensation	Processing and clearing services
66140000-3	Services de gestion de portefeuilles	Portfolio management services
66141000-0	Services de gestion des fonds de pension	Pension fund management services
66150000-6	Services d'administration des marchés financiers	Financial markets administration services
66151000-3	Services de gestion des marchés financiers	Financial market operational services
66151100-4	Services de vente au détail par le biais de marché électronique	Electronic marketplace retailing services
66152000-0	Services de réglementation des marchés financiers	Financial market regulatory services
66160000-9	Services de fiducie et de garde	Trust and custody services
66161000-6	Services de fiducie	Trust services
66162000-3	Services de garde	Custody services
66170000-2	Services de conseils financiers, services de traitement des transactions financières et services de chambres de compensation	Financial consultancy, financial transaction processing and clearing-house services
66171000-9	Services de conseils financiers	Financial consultancy services
66172000-6	Services de traitement des transactions financières et services de chambre de compensation	Financial transaction processing and clearing-house services
66180000-5	Services de change	Foreign exchange services
66190000-8	Services de courtage d'emprunts	Loan brokerage services
66500000-5	Services d'assurance et services de retraite	Insurance and pension services
66510000-8	Services d'assurance	Insurance services
66511000-5	Services d'assurance vie	Life insurance services
66512000-2	Services d'assurances accidents et maladie	Accident and health insurance services
66512100-3	Services d'assurance accidents	Accident insurance services
66512200-4	Services d'assurance maladie	Health insurance services
66512210-7	Services d'assurance maladie volontaire	Voluntary health insurance services
66512220-0	Services d'assurance médicale	Medical insurance services
66513000-9	Services d'assurance défense et recours et service d'assurance tous risques chantier	Legal insurance and all-risk insurance services
66513100-0	Services d'assurance défense et recours	Legal expenses insurance services
66513200-1	Services d'assurance tous risques chantier	Contractor's all-risk insurance services
66514000-6	Services d'assurance fret et services connexes	Freight insurance and Insurance services relating to transport
66514100-7	Services d'assurance transport	Insurance related to Transport
66514110-0	Services d'assurance de véhicules à moteur	Motor vehicle insurance services
66514120-3	Services d'assurance maritime, aérienne et de transports d'autre type	Marine, aviation and other transport insurance services
66514130-6	Services d'assurance de matériel ferroviaire	Railway insurance services
66514140-9	Services d'assurance d'aéronefs	Aircraft insurance services
66514150-2	Services d'assurance de bateaux	Vessel insurance services
66514200-8	Services d'assurance fret	Freight insurance services
66515000-3	Services d'assurance dommages ou pertes	Damage or loss insurance services
66515100-4	Services d'assurance incendie	Fire insurance services
66515200-5	Services d'assurance de biens	Property insurance services
66515300-6	Services d'assurance intempéries et pertes financières	Weather and financial loss insurance services
66515400-7	Services d'assurance intempéries	Weather-related insurance services
66515410-0	Services d'assurance pertes financières	Financial loss insurance services
66515411-7	Services d'assurance pertes pécuniaires	Pecuniary loss insurance services
66516000-0	Services d'assurance responsabilité civile	Liability insurance services
66516100-1	Services d'assurance responsabilité civile automobile	Motor vehicle liability insurance services
66516200-2	Services d'assurance responsabilité civile aviation	Aircraft liability insurance services
66516300-3	Services d'assurance responsabilité civile bateaux	Vessel liability insurance services
66516400-4	Services d'assurance responsabilité civile générale	General liability insurance services
66516500-5	Services d'assurance de responsabilité professionnelle	Professional liability insurance services
66517000-7	Services d'assurance crédit et cautionnement	Credit and surety insurance services
66517100-8	Services d'assurance crédit	Credit insurance services
66517200-9	Services d'assurance cautionnement	Surety insurance services
66517300-0	Services d'assurance gestion des risques	Risk management insurance services
66518000-4	Services de courtage et services d'agence dans le secteur des assurances	Insurance brokerage and agency services
66518100-5	Services de courtage en assurances	Insurance brokerage services
66518200-6	Services d'agences d'assurances	Insurance agency services
66518300-7	Services de règlement des déclarations de sinistre	Insurance claims adjustment services
66519000-1	Services d'assurance d'installations techniques, services d'assurance auxiliaire, services de règlement d'avaries, services de règlement de sinistres, services des actuaires et services d'administration des droits de sauvetage	Engineering, auxiliary, average, loss, actuarial and salvage insurance services
66519100-2	Services d'assurance de plate-forme de pétrole et de gaz	Oil or gas platforms insurance services
66519200-3	Services d'assurance d'installations techniques	Engineering insurance services
66519300-4	Services d'assurance auxiliaire	Auxiliary insurance services
66519310-7	Services de conseil en assurances	Insurance consultancy services
66519400-5	Services de règlement d'avaries	Average adjustment services
66519500-6	Services de règlement des sinistres	Loss adjustment services
66519600-7	Services des actuaires	Actuarial services
66519700-8	Services d'administration des droits de sauvetage	Salvage administration services
66520000-1	Services de retraite	Pension services
66521000-8	Services de retraite individuelle	Individual pension services
66522000-5	Services de retraite collective	Group pension services
66523000-2	Services de conseil en matière de fonds de pension	Pension fund consultancy services
66523100-3	Services d'administration des fonds de pension	Pension fund administration services
66600000-6	Services de trésorerie	Treasury services
66700000-7	Services de réassurance	Reinsurance services
66710000-0	Services de réassurance vie	Life reinsurance services
66720000-3	Services de réassurance accidents et maladie	Accident and health reinsurance services
70000000-1	Services immobiliers	Real estate services
70100000-2	Services immobiliers propres	Real estate services with own property
70110000-5	Services de promotion immobilière	Development services of real estate
70111000-2	Promotion de biens immobiliers à usage résidentiel	Development of residential real estate
70112000-9	Promotion de biens immobiliers à usage non résidentiel	Development of non-residential real estate
70120000-8	Achat et vente de biens immobiliers	Buying and selling of real estate
70121000-5	Services de vente ou d'achat d'immeubles	Building sale or purchase services
70121100-6	Services de vente d'immeubles	Building sale services
70121200-7	Services d'achat d'immeubles	Building purchase services
70122000-2	Services de vente ou d'achat de terrains	Land sale or purchase services
70122100-3	Services de vente de terrains	Land sale services
70122110-6	Services de vente de terrains libres	Vacant-land sale services
70122200-4	Services d'achat de terrains	Land purchase services
70122210-7	Services d'achat de terrains libres	Vacant-land purchase services
70123000-9	Vente de biens immobiliers	Sale of real estate
70123100-0	Vente de biens immobiliers à usage résidentiel	Sale of residential real estate
70123200-1	Vente de biens immobiliers à usage non résidentiel	Sale of non-residential estate
70130000-1	Services de location de biens immobiliers propres	Letting services of own property
70200000-3	Services de crédit-bail ou de location de biens immobiliers propres	Renting or leasing services of own property
70210000-6	Services de crédit-bail ou de location de propriétés résidentielles propres	Residential property renting or leasing services
70220000-9	Services de crédit-bail ou de location de propriétés non résidentielles propres	Non-residential property renting or leasing services
70300000-4	Services d'agence immobilière prestés pour le compte de tiers	Real estate agency services on a fee or contract basis
70310000-7	Services de location ou de vente d'immeubles	Building rental or sale services
70311000-4	Services de location ou de vente d'immeubles à usage résidentiel	Residential building rental or sale services
70320000-0	Services de location ou de vente de terrains	Land rental or sale services
70321000-7	Services de location de terrains	Land rental services
70322000-4	Services de location ou de vente de terrains libres	Vacant-land rental or sale services
70330000-3	Services de gestion de biens immobiliers pour le compte de tiers	Property management services of real estate on a fee or contract basis
70331000-0	Services d'immobilier résidentiel	Residential property services
70331100-1	Services de gestion d'institutions	Institution management services
70332000-7	Services d'immobilier non résidentiel	Non-residential property services
70332100-8	Services de gestion de terrains	Land management services
70332200-9	Services de gestion de biens immobiliers à usage commercial	Commercial property management services
70332300-0	Services relatifs à l'immobilier industriel	Industrial property services
70333000-4	Services de logement	Housing services
70340000-6	Services de multipropriété	Time-sharing services
71000000-8	Services d'architecture, services de construction, services d'ingénierie et services d'inspection	Architectural, construction, engineering and inspection services
71200000-0	Services d'architecture	Architectural and related services
71210000-3	Services de conseil en architecture	Advisory architectural services
71220000-6	Services de création architecturale	Architectural design services
71221000-3	Services d'architecte pour les bâtiments	Architectural services for buildings
71222000-0	Services d'architecte pour la conception d'ouvrages extérieurs	Architectural services for outdoor areas
71222100-1	Services de cartographie des zones urbaines	Urban areas mapping services
71222200-2	Services de cartographie des zones rurales	Rural areas mapping services
71223000-7	Services d'architecte pour des travaux d'extension de bâtiment	Architectural services for building extensions
71230000-9	Services d'organisation de concours d'architecture	Organisation of architectural design contests
71240000-2	Services d'architecture, d'ingénierie et de planification	Architectural, engineering and planning services
71241000-9	Études de faisabilité, service de conseil, analyse	Feasibility study, advisory service, analysis
71242000-6	Préparation du projet et de la conception, estimation des coûts	Project and design preparation, estimation of costs
71243000-3	Projets de plans (systémes et intégration)	Draft plans (systems and integration)
71244000-0	Calcul des coûts, contrôle des coûts	Calculation of costs, monitoring of costs
71245000-7	Plans d'approbation, plans d'exécution et spécifications	Approval plans, working drawings and specifications
71246000-4	Détermination et listage des quantités nécessaires à la construction	Determining and listing of quantities in construction
71247000-1	Supervision des travaux de construction	Supervision of building work
71248000-8	Supervision du projet et documentation	Supervision of project and documentation
71250000-5	Services d'architecture, d'ingénierie et de métrage	Architectural, engineering and surveying services
71251000-2	Services d'architecture et de métrage vérification	Architectural and building-surveying services
71300000-1	Services d'ingénierie	Engineering services
71310000-4	Services de conseil en matière d'ingénierie et de construction	Consultative engineering and construction services
71311000-1	Services de conseil en génie civil	Civil engineering consultancy services
71311100-2	Services d'assistance en génie civil	Civil engineering support services
71311200-3	Services de conseil en matière de systèmes de transport	Transport systems consultancy services
71311210-6	Services de conseil en matière d'autoroutes	Highways consultancy services
71311220-9	Services d'ingénierie autoroutière	Highways engineering services
71311230-2	Services d'ingénierie ferroviaire	Railway engineering services
71311240-5	Services d'ingénierie aéroportuaire	Airport engineering services
71311300-4	Services de conseil en matière d'infrastructure	Infrastructure works consultancy services
71312000-8	Services de conseil en ingénierie de la construction	Structural engineering consultancy services
71313000-5	Services de conseil en ingénierie de l'environnement	Environmental engineering consultancy services
71313100-6	Services de conseil en matière de lutte contre le bruit	Noise-control consultancy services
71313200-7	Services de conseil en insonorisation et en acoustique intérieure	Sound insulation and room acoustics consultancy services
71313400-9	Étude d'impact sur l'environnement pour la construction	Environmental impact assessment for construction
71313410-2	Évaluation des risque et dangers pour la construction	Risk or hazard assessment for construction
71313420-5	Normes environnementales pour la construction	Environmental standards for construction
71313430-8	Indicateurs environnementaux pour la construction	Environmental indicators analysis for construction
71313440-1	Services d'étude d'impact sur l'environnement (EIA) pour la construction	Environmental Impact Assessment (EIA) services for construction
71313450-4	Surveillance environnementale pour la construction	Environmental monitoring for construction
71314000-2	Énergie et services connexes	Energy and related services
71314100-3	Services d'électricité	Electrical services
71314200-4	Services de gestion de l'énergie	Energy-management services
71314300-5	Services de conseil en rendement énergétique	Energy-efficiency consultancy services
71314310-8	Services de physique thermique pour la construction	Heating engineering services for buildings
71315000-9	Installations techniques de bâtiment	Building services
71315100-0	Services de conseil en gros œuvre	Building-fabric consultancy services
71315200-1	Services de conseil en bâtiment	Building consultancy services
71315210-4	Services de conseil en installations techniques de bâtiment	Building services consultancy services
71315300-2	Services de métré de bâtiments	Building surveying services
71315400-3	Services d'inspection et de vérification de bâtiment	Building-inspection services
71315410-6	Inspection du système de ventilation	Inspection of ventilation system
71316000-6	Services de conseil en télécommunications	Telecommunication consultancy services
71317000-3	Services de conseil en protection et contrôle des risques	Hazard protection and control consultancy services
71317100-4	Services de conseil en protection et contrôle en matière d'incendie et d'explosion	Fire and explosion protection and control consultancy services
71317200-5	Services de santé et de sécurité	Health and safety services
71317210-8	Services de conseil en matière de santé et de sécurité	Health and safety consultancy services
71318000-0	Services de conseil et de consultation en ingénierie	Advisory and consultative engineering services
71318100-1	Services pour les techniques d'éclairage naturel et artificiel	Artificial and natural lighting engineering services for buildings
71319000-7	Services de témoins experts	Expert witness services
71320000-7	Services de conception technique	Engineering design services
71321000-4	Services de conception technique des installations mécaniques et électriques de bâtiments	Engineering design services for mechanical and electrical installations for buildings
71321100-5	Services relatifs aux aspects économiques de la construction	Construction economics services
71321200-6	Services de conception des systèmes de chauffage	Heating-system design services
71321300-7	Services de conseil en matière de plomberie	Plumbing consultancy services
71321400-8	Services de conseil en matière de ventilation	Ventilation consultancy services
71322000-1	Services de conception technique pour la construction d'ouvrages de génie civil	Engineering design services for the construction of civil engineering works
71322100-2	Services d'estimatif pour travaux de génie civil	Quantity surveying services for civil engineering works
71322200-3	Services de conception de pipelines	Pipeline-design services
71322300-4	Services de conception de ponts	Bridge-design services
71322400-5	Services de conception de barrages	Dam-design services
71322500-6	Services de conception technique pour installations de transport	Engineering-design services for traffic installations
71323000-8	Services de conception technique pour processus et production industriels	Engineering-design services for industrial process and production
71323100-9	Services de conception de réseaux d'énergie électrique	Electrical power systems design services
71323200-0	Services de conception technique d'usines	Plant engineering design services
71324000-5	Services d'état estimatif	Quantity surveying services
71325000-2	Services de conception de fondations	Foundation-design services
71326000-9	Services auxiliaires de bâtiment	Ancillary building services
71327000-6	Services de conception des structures portantes	Load-bearing structure design services
71328000-3	Services de vérification de la conception des structures portantes	Verification of load-bearing structure design services
71330000-0	Services divers d'ingénierie	Miscellaneous engineering services
71331000-7	Services d'ingénierie en matière de boues de forage	Drilling-mud engineering services
71332000-4	Services d'ingénierie géotechnique	Geotechnical engineering services
71333000-1	Services d'ingénierie mécanique	Mechanical engineering services
71334000-8	Services d'ingénierie mécanique et électrique	Mechanical and electrical engineering services
71335000-5	Études techniques	Engineering studies
71336000-2	Services d'assistance dans le domaine de l'ingénierie	Engineering support services
71337000-9	Services d'ingénierie relatifs à la corrosion	Corrosion engineering services
71340000-3	Services intégrés d'ingénierie	Integrated engineering services
71350000-6	Services scientifiques et techniques dans le domaine de l'ingénierie	Engineering-related scientific and technical services
71351000-3	Services de prospection géologique et géophysique et autre prospection scientifique	Geological, geophysical and other scientific prospecting services
71351100-4	Services de préparation et d'analyse de carottage	Core preparation and analysis services
71351200-5	Services de conseil en géologie et en géophysique	Geological and geophysical consultancy services
71351210-8	Services de conseil géophysique	Geophysical consultancy services
71351220-1	Services de conseil en géologie	Geological consultancy services
71351300-6	Services d'analyses micropaléontologiques	Micropalaeontological analysis services
71351400-7	Services d'interprétation pétrophysique	Petrophysical interpretation services
71351500-8	Services d'étude du sol	Ground investigation services
71351600-9	Services de prévisions météorologiques	Weather-forecasting services
71351610-2	Services de météorologie	Meteorology services
71351611-9	Services de climatologie	Climatology services
71351612-6	Services d'hydrométéorologie	Hydrometeorology services
71351700-0	Services de prospection scientifique	Scientific prospecting services
71351710-3	Services de prospection géophysique	Geophysical prospecting services
71351720-6	Levés géophysiques de sites archéologiques	Geophysical surveys of archaeological sites
71351730-9	Services de prospection géologique	Geological prospecting services
71351800-1	Services topographiques et services de radiesthésie	Topographical and water divining services
71351810-4	Services topographiques	Topographical services
71351811-1	Levés topographiques de sites archéologiques	Topographical surveys of archaeological sites
71351820-7	Services de radiesthésie	Water divining services
71351900-2	Services de géologie, d'océanographie et d'hydrologie	Geology, oceanography and hydrology services
71351910-5	Services de géologie	Geology services
71351911-2	Services de photogéologie	Photogeology services
71351912-9	Services de géologie stratigraphique	Stratigraphic geology services
71351913-6	Services d'exploration géologique	Geological exploration services
71351914-3	Services archéologiques	Archaeological services
71351920-2	Services d'océanographie et d'hydrologie	Oceanography and hydrology services
71351921-2	Services d'océanographie des estuaires	Estuarine oceanography services
71351922-2	Services d'océanographie physique	Physical oceanography services
71351923-2	Services de levés bathymétriques	Bathymetric surveys services
71351924-2	Services d'exploration sous-marine	Underwater exploration services
71352000-0	Services de levés souterrains	Subsurface surveying services
71352100-1	Services de sismique	Seismic services
71352110-4	Services de levés sismographiques	Seismographic surveying services
71352120-7	Services d'acquisition de données sismiques	Seismic data acquisition services
71352130-0	Services de collecte de données sismiques	Seismic data collection services
71352140-3	Services de traitement des données sismiques	Seismic processing services
71352300-3	Services d'enregistrement magnétométrique	Magnetometric surveying services
71353000-7	Services de levés en surface	Surface surveying services
71353100-8	Services de levés hydrographiques	Hydrographic surveying services
71353200-9	Services de levés dimensionnels	Dimensional surveying services
71354000-4	Services d'établissement de cartes	Map-making services
71354100-5	Services de cartographie numérique	Digital mapping services
71354200-6	Services de cartographie aérienne	Aerial mapping services
71354300-7	Services cadastraux	Cadastral surveying services
71354400-8	Services d'hydrographie	Hydrographic services
71354500-9	Services de cartographie maritime	Marine survey services
71355000-1	Services d'arpentage	Surveying services
71355100-2	Services de photogrammétrie	Photogrammetry services
71355200-3	Services d'arpentage cadastral	Ordnance surveying
71356000-8	Services techniques	Technical services
71356100-9	Services de contrôle technique	Technical control services
71356200-0	Services d'assistance technique	Technical assistance services
71356300-1	Services d'appui technique	Technical support services
71356400-2	Services de planification technique	Technical planning services
71400000-2	Services d'urbanisme et d'architecture paysagère	Urban planning and landscape architectural services
71410000-5	Services d'urbanisme	Urban planning services
71420000-8	Services d'architecture paysagère	Landscape architectural services
71421000-5	Services d'architecture des jardins	Landscape gardening services
71500000-3	Services relatifs à la construction	Construction-related services
71510000-6	Services de reconnaissance sur le site	Site-investigation services
71520000-9	Services de conduite des travaux	Construction supervision services
71521000-6	Services de conduite de chantier	Construction-site supervision services
71530000-2	Services de conseil en construction	Construction consultancy services
71540000-5	Services de gestion de la construction	Construction management services
71541000-2	Services de gestion de projets de construction	Construction project management services
71550000-8	Services de travaux de forge	Blacksmith services
71600000-4	Services d'essais techniques, services d'analyses et services de conseil	Technical testing, analysis and consultancy services
71610000-7	Services d'essais et d'analyses de la composition et de la pureté	Composition and purity testing and analysis services
71620000-0	Services d'analyses	Analysis services
71621000-7	Services d'analyse technique ou services de conseil	Technical analysis or consultancy services
71630000-3	Services de contrôle et d'essais techniques	Technical inspection and testing services
71631000-0	Services d'inspection technique	Technical inspection services
71631100-1	Services de contrôle de machines	Machinery-inspection services
71631200-2	Services de contrôle technique automobile	Technical automobile inspection services
71631300-3	Services de contrôle technique de bâtiments	Technical building-inspection services
71631400-4	Services de contrôle technique d'ouvrages de génie civil	Technical inspection services of engineering structures
71631420-0	Services d'inspection dans le domaine de la sécurité maritime	Maritime safety inspection services
71631430-3	Services d'essais d'étanchéité	Leak-testing services
71631440-6	Services de contrôle du débit	Flow-monitoring services
71631450-9	Services d'inspection des ponts	Bridge-inspection services
71631460-2	Services d'inspection des barrages	Dam-inspection services
71631470-5	Service de contrôle des voies ferrées	Railway-track inspection services
71631480-8	Service d'inspection routière	Road-inspection services
71631490-1	Service d'inspection des pistes	Runway-inspection services
71632000-7	Services d'essais techniques	Technical testing services
71632100-8	Services d'essai de vannes	Valve-testing services
71632200-9	Services d'essais non destructifs	Non-destructive testing services
71700000-5	Services de surveillance et de contrôle	Monitoring and control services
71730000-4	Services d'inspection industrielle	Industrial inspection services
71731000-1	Services de contrôle de qualité industriel	Industrial quality control services
71800000-6	Services de conseil en matière d'approvisionnement en eau et services de conseil en matière de déchets	Consulting services for water-supply and waste consultancy
71900000-7	Services de laboratoire	Laboratory services
72000000-5	Services de technologies de l'information, conseil, développement de logiciels, internet et appui	IT services: consulting, software development, Internet and support
72100000-6	Services de conseil en matériel informatique	Hardware consultancy services
72110000-9	Services de conseil en sélection de matériel informatique	Hardware selection consultancy services
72120000-2	Services de conseil en reprise des applications informatiques en cas d'interruption accidentelle	Hardware disaster-recovery consultancy services
72130000-5	Services de conseil en aménagement de site informatique	Computer-site planning consultancy services
72140000-8	Services de conseil en essai d'acceptation de matériel informatique	Computer hardware acceptance testing consultancy services
72150000-1	Services de conseil en audit informatique et services de conseil en matériel informatique	Computer audit consultancy and hardware consultancy services
72200000-7	Services de programmation et de conseil en logiciels	Software programming and consultancy services
72210000-0	Services de programmation de progiciels	Programming services of packaged software products
72211000-7	Services de programmation de systèmes et de logiciels utilitaires	Programming services of systems and user software
72212000-4	Services de programmation de logiciels d'application	Programming services of application software
72212100-0	Services de développement de logiciels spécifiques à l'industrie	Industry specific software development services
72212110-3	Services de développement de logiciels de points de vente (POS)	Point of sale (POS) software development services
72212120-6	Services de développement de logiciels de commande de vol	Flight control software development services
72212121-3	Services de développement de logiciels de contrôle du trafic aérien	Air traffic control software development services
72212130-9	Services de développement de logiciels de soutien au sol et de test pour l'aviation	Aviation ground support and test software development services
72212131-6	Services de développement de logiciels de soutien au sol pour l'aviation	Aviation ground support software development services
72212132-3	Services de développement de logiciels de test pour l'aviation	Aviation test software development services
72212140-2	Services de développement de logiciels de contrôle du trafic ferroviaire	Railway traffic control software development services
72212150-5	Services de développement de logiciels de contrôle industriel	Industrial control software development services
72212160-8	Services de développement de logiciels de bibliothèques	Library software development services
72212170-1	Services de développement de logiciels de vérification de conformité	Compliance software development services
72212180-4	Services de développement de logiciels médicaux	Medical software development services
72212190-7	Services de développement de logiciels pédagogiques	Educational software development services
72212200-1	Services de développement de logiciels de gestion de réseau, d'internet et d'intranet	Networking, Internet and intranet software development services
72212210-4	Services de développement de logiciels de gestion de réseau	Networking software development services
72212211-1	Services de développement de logiciels d'interconnectivité de plates-formes	Platform interconnectivity software development services
72212212-8	Services de développement de logiciels de serveur à mémoire optique à disques	Optical jukebox server software development services
72212213-5	Services de développement de logiciels d'amélioration des systèmes d'exploitation	Operating system enhancement software development services
72212214-2	Services de développement de logiciels de gestion des systèmes d'exploitation réseau	Network operating system software development services
72212215-9	Services de développement de logiciels de développement de réseaux	Networking developers software development services
72212216-6	Services de développement de logiciels d'émulation de terminaux de connectivité au réseau	Network connectivity terminal emulation software development services
72212217-3	Services de développement de logiciels transactionnels	Transaction-processing software development services
72212218-0	Services de développement de logiciels de gestion des licences	License management software development services
72212219-7	Services de développement de logiciels de gestion de réseau divers	Miscellaneous networking software development services
72212220-7	Services de développement de logiciels de gestion d'internet et d'intranet	Internet and intranet software development services
72212221-4	Services de développement de logiciels de navigation sur l'internet	Internet browsing software development services
72212222-1	Services de développement de logiciels de serveurs web	Web server software development services
72212223-8	Services de développement de logiciels de courrier électronique	Electronic mail software development services
72212224-5	Services de développement de logiciels d'édition de pages web	Web page editing software development services
72212300-2	Services de développement de logiciels de création de documents, de dessin, de traitement de l'image, d'ordonnancemennt et de productivité	Document creation, drawing, imaging, scheduling and productivity software development services
72212310-5	Services de développement de logiciels de création de documents	Document creation software development services
72212311-2	Services de développement de logiciels de gestion de documents	Document management software development services
72212312-9	Services de développement de logiciels d'édition électronique	Electronic publishing software development services
72212313-6	Services de développement de logiciels de reconnaissance optique de caractères (OCR)	Optical-character-recognition (OCR) software development services
72212314-3	Services de développement de logiciels de reconnaissance vocale	Voice recognition software development services
72212315-0	Services de développement de logiciels de PAO	Desktop-publishing software development services
72212316-7	Services de développement de logiciels de présentation	Presentation software development services
72212317-4	Services de développement de logiciels de traitement de texte	Word-processing software development services
72212318-1	Services de développement de logiciels de scanner	Scanner software development services
72212320-8	Services de développement de logiciels de dessin et de traitement de l'image	Drawing and imaging software development services
72212321-5	Services de développement de logiciels de conception assistée par ordinateur (CAO)	Computer-aided design (CAD) software development services
72212322-2	Services de développement de logiciels graphiques	Graphics software development services
72212323-9	Services de développement de logiciels de production assistée par ordinateur (PAO)	Computer-aided manufacturing (CAM) software development services
72212324-6	Services de développement de logiciels de tracé de diagrammes	Charting software development services
72212325-3	Services de développement de logiciels d'élaboration de formulaires	Form making software development services
72212326-0	Services de développement de logiciels de cartographie	Mapping software development services
72212327-7	Services de développement de logiciels de dessin et de peinture	Drawing and painting software development services
72212328-4	Services de développement de logiciels de traitement de l'image	Image-processing software development services
72212330-1	Services de développement de logiciels de planification et de productivité	Scheduling and productivity software development services
72212331-8	Services de développement de logiciels de gestion de projet	Project management software development services
72212332-5	Services de développment de logiciels de planification	Scheduling software development services
72212333-2	Services de développement de logiciels de gestion des contacts	Contact management software development services
72212400-3	Services de développement de logiciels transactionnels commerciaux et personnels	Business transaction and personal business software development services
72212410-6	Services de développement de logiciels de gestion des investissements et de préparation de déclarations de revenus	Investment management and tax preparation software development services
72212411-3	Services de développement de logiciels de gestion des investissements	Investment management software development services
72212412-0	Services de développement de logiciels de préparation de déclarations de revenus	Tax preparation software development services
72212420-9	Services de développement de logiciels d'infogérance et services de développement de suites logicielles	Facilities management software development services and software development services suite
72212421-6	Services de développement de logiciels d'infogérance	Facilities management software development services
72212422-3	Services de développement de suites logicielles	Software development services suites
72212430-2	Services de développement de logiciels de gestion des stocks	Inventory management software development services
72212440-5	Services de développement de logiciels d'analyse financière et de logiciels comptables	Financial analysis and accounting software development services
72212441-2	Services de développement de logiciels d'analyse financière	Financial analysis software development services
72212442-9	Services de développement de logiciels financiers	Financial systems software development services
72212443-6	Services de développement de logiciels comptables	Accounting software development services
72212445-0	Services de développement de logiciels de gestion des relations clientèle (CRM)	Customer Relation Management software development services
72212450-8	Services de développement de logiciels d'enregistrement des horaires ou de logiciels de gestion des ressources humaines	Time accounting or human resources software development services
72212451-5	Services de développement de logiciels de planification des ressources de l'entreprise (ERP)	Enterprise resource planning software development services
72212460-1	Services de développement de logiciels analytiques, scientifiques, mathématiques ou prévisionnels	Analytical, scientific, mathematical or forecasting software development services
72212461-8	Services de développement de logiciels analytiques ou scientifiques	Analytical or scientific software development services
72212462-5	Services de développement de logiciels mathématiques ou prévisionnels	Mathematical or forecasting software development services
72212463-2	Services de développement de logiciels statistiques	Statistical software development services
72212470-4	Services de développement de logiciels de vente aux enchères	Auction software development services
72212480-7	Services de développement de logiciels de vente, de marketing et de veille économique	Sales, marketing and business intelligence software development services
72212481-4	Services de développement de logiciels de vente ou de marketing	Sales or marketing software development services
72212482-1	Services de développement de logiciels de veille économique	Business intelligence software development services
72212490-0	Services de développement de logiciels de passation de marchés	Procurement software development services
72212500-4	Services de développement de logiciels de communication et de logiciels multimédia	Communication and multimedia software development services
72212510-7	Services de développement de logiciels de communication	Communication software development services
72212511-4	Services de développement de logiciels de communication de bureau	Desktop communications software development services
72212512-1	Services de développement de logiciels de réponse vocale interactive	Interactive voice response software development services
72212513-8	Services de développement de logiciels pour modem	Modem software development services
72212514-5	Services de développement de logiciels d'accès à distance	Remote access software development services
72212515-2	Services de développement de logiciels de vidéoconférence	Video conferencing software development services
72212516-9	Services de développement de logiciels d'échange	Exchange software development services
72212517-6	Services de développement de logiciels de technologies de l'information	IT software development services
72212518-3	Services de développement de logiciels d'émulation	Emulation software development services
72212519-0	Services de développement de logiciels de gestion de mémoire	Memory-management software development services
72212520-0	Services de développement de logiciels multimédias	Multimedia software development services
72212521-7	Services de développement de logiciels d'édition musicale ou sonore	Music or sound editing software development services
72212522-4	Services de développement de logiciels de clavier virtuel	Virtual keyboard software development services
72212600-5	Services de développement de logiciels de bases de données et de logiciels d'exploitation	Database and operating software development services
72212610-8	Services de développement de logiciels de bases de données	Database software development services
72212620-1	Services de développement de logiciels de système d'exploitation d'unité centrale	Mainframe operating system software development services
72212630-4	Services de développement de logiciels de système d'exploitation de mini-ordinateur	Minicomputer operating system software development services
72212640-7	Services de développement de logiciels de système d'exploitation de micro-ordinateur	Microcomputer operating system software development services
72212650-0	Services de développement de logiciels de système d'exploitation d'ordinateur personnel	Personal computer (PC) operating system software development services
72212660-3	Services de développement de logiciels de groupage	Clustering software development services
72212670-6	Services de développement de logiciels de gestion du système d'exploitation en temps réel	Real time operating system software development services
72212700-6	Services de développement de logiciels utilitaires	Software development services utilities
72212710-9	Services de développement de logiciels de copie de sécurité ou de récupération	Backup or recovery software development services
72212720-2	Services de développement de logiciels de codes-barres	Bar coding software development services
72212730-5	Services de développement de logiciels de sécurité	Security software development services
72212731-2	Services de développement de logiciels de sécurité des fichiers	File security software development services
72212732-9	Services de développement de logiciels de sécurité des données	Data security software development services
72212740-8	Services de développement de logiciels de traduction de langues étrangères	Foreign language translation software development services
72212750-1	Services de développement de logiciels de chargement des supports d'enregistrement	Storage media loading software development services
72212760-4	Services de développement de logiciels de protection contre les virus	Virus protection software development services
72212761-1	Services de développement de logiciels antivirus	Anti-virus software development services
72212770-7	Services de développement de logiciels utilitaires généraux, de compression et d'impression	General, compression and print utility software development services
72212771-4	Services de développement de logiciels utilitaires généraux	General utility software development services
72212772-1	Services de développement de logiciels utilitaires d'impression	Print utility software development services
72212780-0	Services de développement de logiciels de gestion des systèmes, de stockage et de contenu	System, storage and content management software development services
72212781-7	Services de développement de logiciels de gestion des systèmes	System management software development services
72212782-4	Services de développement de logiciels de gestion de stockage	Storage management software development services
72212783-1	Services de développement de logiciels de gestion de contenu	Content management software development services
72212790-3	Services de développement de logiciels de vérifications des versions	Version checker software development services
72212900-8	Services de développement de logiciels divers et systèmes informatiques	Miscellaneous software development services and computer systems
72212910-1	Services de développement de logiciels de jeu vidéo, de jeux pour la famille et d'économiseurs d'écran	Computer game software development services, family titles and screen savers
72212911-8	Services de développement de logiciels de jeux vidéo	Computer game software development services
72212920-4	Services de développement de logiciels de bureautique	Office automation software development services
72212930-7	Services de développement de logiciels de formation et de divertissement	Training and entertainment software development services
72212931-4	Services de développement de logiciels de formation et de divertissement	Training software development services
72212932-1	Services de développement de logiciels de divertissement	Entertainment software development services
72212940-0	Services de développement de logiciels de création de patrons et de gestion des calendriers	Pattern design and calendar software development services
72212941-7	Services de développement de logiciels de création de patrons	Pattern design software development services
72212942-4	Services de développement de logiciels de gestion des calendriers	Calendar software development services
72212960-6	Services de développement de logiciels de gestion des pilotes et de systèmes	Drivers and system software development services
72212970-9	Services de développement de logiciels d'impression	Print shop software development services
72212971-6	Services de développement de logiciels de création de carnets d'adresses	Address book making software development services
72212972-3	Services de développement de logiciels d'élaboration d'étiquettes	Label making software development services
72212980-2	Services de développement de langages de programmation et d'outils	Programming languages and tools development services
72212981-9	Services de développement de logiciels de compilation	Compiling software development services
72212982-6	Services de développement de logiciels de gestion de la configuration	Configuration management software development services
72212983-3	Services de développement de logiciels de développement	Development software development services
72212984-0	Services de développement de logiciels d'essai de programmes	Program testing software development services
72212985-7	Services de développement de logiciels de débogage	Debugging software development services
72212990-5	Services de développement de logiciels de tableur et d'amélioration de tableur	Spreadsheets and enhancement software development services
72212991-2	Services de développement de logiciels de tableur	Spreadsheet software development services
72220000-3	Services de conseil en systèmes informatiques et conseils techniques	Systems and technical consultancy services
72221000-0	Services de conseil en analyse d'exploitation	Business analysis consultancy services
72222000-7	Services d'analyse stratégique et de planification de systèmes ou de technologies de l'information	Information systems or technology strategic review and planning services
72222100-8	Services d'analyse stratégique de systèmes ou de technologies de l'information	Information systems or technology strategic review services
72222200-9	Services de planification de systèmes ou de technologies de l'information	Information systems or technology planning services
72222300-0	Services de technologies de l'information	Information technology services
72223000-4	Services d'analyse des exigences de la technologie de l'information	Information technology requirements review services
72224000-1	Services de conseil en gestion de projet	Project management consultancy services
72224100-2	Services de planification de la mise en application de systèmes	System implementation planning services
72224200-3	Services de planification de l'assurance qualité des systèmes	System quality assurance planning services
72225000-8	Services d'évaluation et d'analyse de l'assurance qualité des systèmes	System quality assurance assessment and review services
72226000-5	Services de conseil en essai d'acceptation de logiciels d'exploitation	System software acceptance testing consultancy services
72227000-2	Services de conseil en intégration de logiciels	Software integration consultancy services
72228000-9	Services de conseil en intégration de matériel informatique	Hardware integration consultancy services
72230000-6	Services de développement de logiciels personnalisés	Custom software development services
72231000-3	Développement de logiciels pour applications militaires	Development of software for military applications
72232000-0	Développement de logiciels transactionnels et de logiciels personnalisés	Development of transaction processing and custom software
72240000-9	Services d'analyses et de programmation de systèmes	Systems analysis and programming services
72241000-6	Services de spécification de cibles de projets critiques	Critical design target specification services
72242000-3	Services de modélisation de projets	Design-modelling services
72243000-0	Services de programmation	Programming services
72244000-7	Services de prototypage	Prototyping services
72245000-4	Services contractuels d'analyse et de programmation de systèmes	Contract systems analysis and programming services
72246000-1	Services de conseil en systèmes informatiques	Systems consultancy services
72250000-2	Services de maintenance des systèmes et services d'assistance	System and support services
72251000-9	Services de reprise des applications informatiques en cas d'interruption accidentelle	Disaster recovery services
72252000-6	Services d'archivage informatique	Computer archiving services
72253000-3	Services d'aide aux utilisateurs et services d'assistance	Helpdesk and support services
72253100-4	Services d'aide aux utilisateurs	Helpdesk services
72253200-5	Services d'assistance relative aux systèmes	Systems support services
72254000-0	Services d'essais de logiciels	Software testing
72254100-1	Services d'essais de systèmes	Systems testing services
72260000-5	Services relatifs aux logiciels	Software-related services
72261000-2	Services d'assistance relative aux logiciels	Software support services
72262000-9	Services de développement de logiciels	Software development services
72263000-6	Services d'implémentation de logiciels	Software implementation services
72264000-3	Services de reproduction de logiciels	Software reproduction services
72265000-0	Services de configuration de logiciels	Software configuration services
72266000-7	Services de conseil en logiciels	Software consultancy services
72267000-4	Services de maintenance et de réparation de logiciels	Software maintenance and repair services
72267100-0	Maintenance de logiciels de technologies de l'information	Maintenance of information technology software
72267200-1	Réparation de logiciels de technologies de l'information	Repair of information technology software
72268000-1	Services de fourniture de logiciels	Software supply services
72300000-8	Services de commutation de données	Data services
72310000-1	Services de traitement de données	Data-processing services
72311000-8	Services informatiques de tabulation	Computer tabulation services
72311100-9	Services de conversion de données	Data conversion services
72311200-0	Services de traitement par lots	Batch processing services
72311300-1	Services informatiques d'exploitation en temps partagé	Computer time-sharing services
72312000-5	Services de saisie de données	Data entry services
72312100-6	Services de préparation de données	Data preparation services
72312200-7	Services de reconnaissance optique de caractères	Optical character recognition services
72313000-2	Services de capture de données	Data capture services
72314000-9	Services de collecte et de collation de données	Data collection and collation services
72315000-6	Services de gestion et d'assistance relatifs aux réseaux de données	Data network management and support services
72315100-7	Services d'assistance relative aux réseaux informatiques	Data network support services
72315200-8	Services de gestion de réseaux informatiques	Data network management services
72316000-3	Services d'analyse de données	Data analysis services
72317000-0	Services de stockage de données	Data storage services
72318000-7	Services de transmission de données	Data transmission services
72319000-4	Services de fourniture de données	Data supply services
72320000-4	Services de bases de données	Database services
72321000-1	Services de bases de données à valeur ajoutée	Added-value database services
72322000-8	Services de gestion de données	Data management services
72330000-2	Services de normalisation et de classification des contenus et des données	Content or data standardization and classification services
72400000-4	Services internet	Internet services
72410000-7	Services de fournisseurs	Provider services
72411000-4	Fournisseur de services internet (ISP)	Internet service providers ISP
72412000-1	Fournisseur de services de courrier électronique	Electronic mail service provider
72413000-8	Services de conception de sites WWW (World Wide Web)	World wide web (www) site design services
72414000-5	Fournisseurs de moteurs de recherche sur le web	Web search engine providers
72415000-2	Services d'hébergement pour l'exploitatuion de sites WWW	World wide web (www) site operation host services
72416000-9	Fournisseurs de services applicatifs	Application service providers
72417000-6	Noms de domaine internet	Internet domain names
72420000-0	Services de développement de l'internet	Internet development services
72421000-7	Services de développement des applications client internet ou intranet	Internet or intranet client application development services
72422000-4	Services de développement des applications serveur internet ou intranet	Internet or intranet server application development services
72500000-0	Services informatiques	Computer-related services
72510000-3	Services de gestion relatifs à l'informatique	Computer-related management services
72511000-0	Services de logiciels de gestion de réseau	Network management software services
72512000-7	Services de gestion de documents	Document management services
72513000-4	Services de bureautique	Office automation services
72514000-1	Services de gestion des installations informatiques	Computer facilities management services
72514100-2	Services de gestion d'installations impliquant des activités informatiques	Facilities management services involving computer operation
72514200-3	Services de gestion d'installations pour le développement de systèmes informatiques	Facilities management services for computer systems development
72514300-4	Services de gestion d'installations pour la maintenance de systèmes informatiques	Facilities management services for computer systems maintenance
72540000-2	Services de mise à jour d'ordinateurs	Computer upgrade services
72541000-9	Services d'extension informatique	Computer expansion services
72541100-0	Services d'extension de mémoire	Memory expansion services
72590000-7	Services informatiques professionnels	Computer-related professional services
72591000-4	Développement d'accords de niveau de service	Development of service level agreements
72600000-6	Services d'assistance et de conseils informatiques	Computer support and consultancy services
72610000-9	Services d'assistance informatique	Computer support services
72611000-6	Services d'assistance technique informatique	Technical computer support services
72700000-7	Services de réseaux informatiques	Computer network services
72710000-0	Services de réseau local	Local area network services
72720000-3	Services de réseau à grande distance	Wide area network services
72800000-8	Services d'audit informatique et services d'essai informatique	Computer audit and testing services
72810000-1	Services d'audit informatique	Computer audit services
72820000-4	Services d'essai informatique	Computer testing services
72900000-9	Services de secours informatique et services informatiques de conversion de catalogues	Computer back-up and catalogue conversion services
72910000-2	Services de secours informatique	Computer back-up services
72920000-5	Services informatiques de conversion de catalogues	Computer catalogue conversion services
73000000-2	Services de recherche et développement et services de conseil connexes	Research and development services and related consultancy services
73100000-3	Services de recherche et développement expérimental	Research and experimental development services
73110000-6	Services de recherche	Research services
73111000-3	Services de laboratoire de recherche	Research laboratory services
73112000-0	Services de recherche marine	Marine research services
73120000-9	Services de développement expérimental	Experimental development services
73200000-4	Services de conseil en recherche et développement	Research and development consultancy services
73210000-7	Services de conseil en recherche	Research consultancy services
73220000-0	Services de conseil en développement	Development consultancy services
73300000-5	Conception et exécution dans le domaine de la recherche et du développement	Design and execution of research and development
73400000-6	Services de recherche et développement en matière de matériels de sécurité et de défense	Research and Development services on security and defence materials
73410000-9	Recherche et technologie militaires	Military research and technology
73420000-2	Étude de préfaisabilité et démonstration technique	Pre-feasibility study and technological demonstration
73421000-9	Développement de matériel de sécurité	Development of security equipment
73422000-6	Développement d'armes à feu et de munitions	Development of firearms and ammunition
73423000-3	Développement de véhicules militaires	Development of military vehicles
73424000-0	Développement de navires de guerre	Development of warships
73425000-7	Développement d'aréonefs, de missiles et de spationefs militaires	Development of military aircrafts, missiles and spacecrafts
73426000-4	Développement de systèmes électroniques militaires	Development of military electronic systems
73430000-5	Test et évaluation	Test and evaluation
73431000-2	Test et évaluation de matériel de sécurité	Test and evaluation of security equipment
73432000-9	Test et évaluation des armes à feu et des munitions	Test and evaluation of firearms and ammunition
73433000-6	Test et évaluation des véhicules militaires	Test and evaluation of military vehicles
73434000-3	Test et évaluation des navires de guerre	Test and evaluation of warships
73435000-0	Test et évaluation des aéronefs, des missiles et des spationefs militaires	Test and evaluation of military aircrafts, missiles and spacecrafts
73436000-7	Test et évaluation des systèmes électroniques militaires	Test and evaluation of military electronic systems
75000000-6	Services de l'administration publique, de la défense et de la sécurité sociale	Administration, defence and social security services
75100000-7	Services de l'administration publique	Administration services
75110000-0	Services d'administration générale	General public services
75111000-7	Services du législatif et de l'exécutif	Executive and legislative services
75111100-8	Services de l'exécutif	Executive services
75111200-9	Services du législatif	Legislative services
75112000-4	Services administratifs relatifs aux activités des entreprises	Administrative services for business operations
75112100-5	Services administratifs relatifs aux projets de développement	Administrative development project services
75120000-3	Services administratifs d'agences	Administrative services of agencies
75121000-0	Services administratifs de l'enseignement	Administrative educational services
75122000-7	Services administratifs de la santé	Administrative healthcare services
75123000-4	Services administratifs du logement	Administrative housing services
75124000-1	Services administratifs récréatifs, culturels et religieux	Administrative recreational, cultural and religious services
75125000-8	Services administratifs dans le secteur du tourisme	Administrative services related to tourism affairs
75130000-6	Services d'appui aux pouvoirs publics	Supporting services for the government
75131000-3	Services des pouvoirs publics	Government services
75131100-4	Services généraux de personnel pour les pouvoirs publics	General personnel services for the government
75200000-8	Prestations de services pour la collectivité	Provision of services to the community
75210000-1	Affaires étrangères et autres services	Foreign affairs and other services
75211000-8	Services des affaires étrangères	Foreign-affairs services
75211100-9	Services diplomatiques	Diplomatic services
75211110-2	Services consulaires	Consular services
75211200-0	Services liés à l'aide économique aux pays étrangers	Foreign economic-aid-related services
75211300-1	Services liés à l'aide militaire aux pays étrangers	Foreign military-aid-related services
75220000-4	Services de défense	Defence services
75221000-1	Services de la défense	Military defence services
75222000-8	Services de protection civile	Civil defence services
75230000-7	Services de la justice	Justice services
75231000-4	Services judiciaires	Judicial services
75231100-5	Services administratifs des tribunaux	Law-courts-related administrative services
75231200-6	Services liés à la détention ou à la réhabilitation de criminels	Services related to the detention or rehabilitation of criminals
75231210-9	Services d'incarcération	Imprisonment services
75231220-2	Services d'escorte de prisonniers	Prisoner-escort services
75231230-5	Services de l'administration pénitentiaire	Prison services
75231240-8	Services de réinsertion	Probation services
75240000-0	Services de sécurité et d'ordre public	Public security, law and order services
75241000-7	Services de sécurité publique	Public security services
75241100-8	Services de police	Police services
75242000-4	Services d'ordre et de droit publics	Public law and order services
75242100-5	Services d'ordre public	Public-order services
75242110-8	Services d'huissier de justice	Bailiff services
75250000-3	Services d'incendie et de secours	Fire-brigade and rescue services
75251000-0	Services d'incendie	Fire-brigade services
75251100-1	Services de lutte contre l'incendie	Firefighting services
75251110-4	Services de prévention des incendies	Fire-prevention services
75251120-7	Services de lutte contre les incendies de forêt	Forest-firefighting services
75252000-7	Services de sauvetage	Rescue services
75300000-9	Services de sécurité sociale obligatoire	Compulsory social security services
75310000-2	Services de prestations	Benefit services
75311000-9	Indemnités de maladie	Sickness benefits
75312000-6	Indemnités de maternité	Maternity benefits
75313000-3	Indemnités d'invalidité	Disability benefits
75313100-4	Indemnités d'incapacité temporaire	Temporary disablement benefits
75314000-0	Indemnités de chômage	Unemployment compensation benefits
75320000-5	Régimes de pensions des fonctionnaires de l'État	Government employee pension schemes
75330000-8	Prestations familiales	Family allowances
75340000-1	Allocations familiales	Child allowances
76000000-3	Services relatifs à l'industrie du pétrole et du gaz	Services related to the oil and gas industry
76100000-4	Services professionnels relatifs à l'industrie du gaz	Professional services for the gas industry
76110000-7	Services relatifs à l'extraction du gaz	Services incidental to gas extraction
76111000-4	Services de regazéification	Regasification services
76120000-0	Services de plongée liés à l'extraction du gaz	Diving services incidental to gas extraction
76121000-7	Services de plongée liés à l'extraction du pétrole	Subsea well diving services
76200000-5	Services professionnels relatifs à l'industrie pétrolière	Professional services for the oil industry
76210000-8	Services liés à l'extraction du pétrole	Services incidental to oil extraction
76211000-5	Services de suspension de la colonne perdue	Liner-hanger services
76211100-6	Services de chemisage	Lining services
76211110-9	Services de chemisage d'essai	Test pit lining services
76211120-2	Services de chemisage à l'emplacement du puits	Well site pit lining services
76211200-7	Services de diagraphie des boues de forage	Mudlogging services
76300000-6	Services de forage	Drilling services
76310000-9	Services de forage liés à l'extraction du gaz	Drilling services incidental to gas extraction
76320000-2	Services de forage offshore	Offshore drilling services
76330000-5	Services de forage par turbine	Turbine drilling services
76331000-2	Services de forage par turbine spiralée	Coiled turbine drilling services
76340000-8	Services de carottage	Core drilling
76400000-7	Services de positionnement d'appareils de forage	Rig-positioning services
76410000-0	Services de cuvelage et de tubage de puits	Well-casing and tubing services
76411000-7	Services de cuvelage de puits	Well-casing services
76411100-8	Services de fourniture de personnel pour le cuvelage de puits	Well-casing crew services
76411200-9	Services de planification pour le cuvelage de puits	Well-casing planning services
76411300-0	Services de fraisage pour le cuvelage de puits	Well-casing milling services
76411400-1	Services d'achèvement du cuvelage de puits	Well-casing completion services
76420000-3	Services de cimentation de puits	Well-cementing services
76421000-0	Services de cimentation en colonne de tubage perdue	Liner cementing services
76422000-7	Services de cimentation des obturateurs	Plug cementing services
76423000-4	Services de cimentation mousse	Foam cementing services
76430000-6	Services de forage de puits et de production	Well-drilling and production services
76431000-3	Services de forage de puits	Well-drilling services
76431100-4	Services de contrôle de forage de puits	Well-drilling control services
76431200-5	Services d'extraction des tubes de forage de puits	Well-drilling pickup services
76431300-6	Services de dévissage des trains de tiges pour forage de puits	Well-drilling laydown services
76431400-7	Services de forage des trous de rat	Rathole well-drilling services
76431500-8	Services de suivi de forage de puits	Well-drilling supervision services
76431600-9	Services de suivi des appareils de forage de puits	Well-drilling rig monitor services
76440000-9	Services de diagraphie des sondages	Well-logging services
76441000-6	Services de diagraphie de puits tubé	Cased hole logging services
76442000-3	Services de diagraphie de puits non tubé	Open hole logging services
76443000-0	Autres services de diagraphie	Other logging services
76450000-2	Services de gestion de puits	Well-management services
76460000-5	Services d'assistance relative aux puits	Well-support services
76470000-8	Services d'essais de puits	Well-testing services
76471000-5	Services d'essais de fracturation de puits	Well fracture testing services
76472000-2	Services d'inspection ou d'essais de puits	Well site inspection or testing services
76473000-9	Services d'essais des équipement de puits	Well equipment testing services
76480000-1	Services de tubage	Tubing services
76490000-4	Services d'achèvement de puits	Well-completion services
76491000-1	Services de bouchage de puits	Well-plugging services
76492000-8	Services de positionnement de puits	Well-positioning services
76500000-8	Services onshore et offshore	Onshore and offshore services
76510000-1	Services onshore	Onshore services
76520000-4	Services offshore	Offshore services
76521000-1	Services d'installation offshore	Offshore installation services
76522000-8	Services offshore de navires ravitailleurs	Offshore supply-vessel services
76530000-7	Services de fond de puits	Downhole services
76531000-4	Services de diagraphie en fond de puits	Downhole logging services
76532000-1	Services de pompage de fond de puits	Downhole pumping services
76533000-8	Services d'enregistrement de fond de puits	Downhole recording services
76534000-5	Services d'élargissement de fond de puits	Downhole underreaming services
76535000-2	Services de forage de fond de puits	Downhole hole opening services
76536000-9	Services de contrôle des vibrations de fond de puits	Downhole vibration control services
76537000-6	Services d'outillage de fond de puits	Downhole tool services
76537100-7	Services d'outillage pétrolier de fond de puits	Downhole oilifield tools services
76600000-9	Services de contrôle de pipelines	Pipeline-inspection services
77000000-0	Services agricoles, sylvicoles, horticoles, d'aquaculture et d'apiculture	Agricultural, forestry, horticultural, aquacultural and apicultural services
77100000-1	Services agricoles	Agricultural services
77110000-4	Services liés à la production agricole	Services incidental to agricultural production
77111000-1	Location de matériel agricole avec opérateur	Hire of agricultural machinery with operator
77112000-8	Location de faucheuses ou de matériel agricole avec opérateur	Hire of mowers or agricultural equipment with operator
77120000-7	Services de compostage	Composting services
77200000-2	Services sylvicoles	Forestry services
77210000-5	Services de débardage	Logging services
77211000-2	Services liés au débardage	Services incidental to logging
77211100-3	Services d'exploitation forestière	Timber harvesting services
77211200-4	Transport de grumes dans les forêts	Transport of logs within the forest
77211300-5	Services de défrichement	Tree-clearing services
77211400-6	Services d'abattage d'arbres	Tree-cutting services
77211500-7	Services d'élagage	Tree-maintenance services
77211600-8	Plantation d'arbres par ensemencement	Tree seeding
77220000-8	Services d'imprégnation du bois	Timber-impregnation services
77230000-1	Services liés à la sylviculture	Services incidental to forestry
77231000-8	Services de gestion des forêts	Forestry management services
77231100-9	Services de gestion des ressources forestières	Forest resources management services
77231200-0	Services de lutte contre les animaux nuisibles de la forêt	Forest pest control services
77231300-1	Services d'administration forestière	Forest administration services
77231400-2	Services d'inventaire forestier	Forest inventory services
77231500-3	Services de surveillance ou d'évaluation des forêts	Forest monitoring or evaluation services
77231600-4	Services de boisement	Afforestation services
77231700-5	Services d'extension forestière	Forestry extension services
77231800-6	Services de gestion de pépinières de forêt	Forest nursery management services
77231900-7	Services de planification sectorielle de la forêt	Forest sectoral planning services
77300000-3	Services horticoles	Horticultural services
77310000-6	Réalisation et entretien d'espaces verts	Planting and maintenance services of green areas
77311000-3	Entretien de pelouses décoratives ou d'agrément	Ornamental and pleasure gardens maintenance services
77312000-0	Services d'enlèvement des mauvaises herbes	Weed-clearance services
77312100-1	Services de désherbage	Weed-killing services
77313000-7	Services d'entretien de parcs	Parks maintenance services
77314000-4	Services d'entretien de terrains	Grounds maintenance services
77314100-5	Services d'engazonnement	Grassing services
77315000-1	Services d'ensemencement	Seeding services
77320000-9	Entretien de pelouses sportives	Sports fields maintenance services
77330000-2	Services d'exposition florale	Floral-display services
77340000-5	Élagage des arbres et taille des haies	Tree pruning and hedge trimming
77341000-2	Élagage des arbres	Tree pruning
77342000-9	Taille des haies	Hedge trimming
77400000-4	Services zoologiques	Zoological services
77500000-5	Services d'élevage	Animal husbandry services
77510000-8	Services de propagation du gibier	Game-propagation services
77600000-6	Services liés à la chasse	Hunting services
77610000-9	Services de pose de pièges	Trapping services
77700000-7	Services liés à la pêche	Services incidental to fishing
77800000-8	Services liés à l'aquaculture	Aquaculture services
77810000-1	Services liés à la mariculture	Mariculture services
77820000-4	Services liés à l'ostréiculture	Ostreiculture services
77830000-7	Services liés à la conchyliculture	Shellfish culture services
77840000-0	Services liés à la crevetticulture	Shrimp farming services
77850000-3	Services liés à la pisciculture	Fish farming services
77900000-9	Services liés à l'apiculture	Apiculture services
79000000-4	Services aux entreprises: droit, marketing, conseil, recrutement, impression et sécurité	Business services: law, marketing, consulting, recruitment, printing and security
79100000-5	Services juridiques	Legal services
79110000-8	Services de conseils et de représentation juridiques	Legal advisory and representation services
79111000-5	Services de conseil juridique	Legal advisory services
79112000-2	Services de représentation légale	Legal representation services
79112100-3	Services de représentation des parties prenantes	Stakeholders representation services
79120000-1	Services de conseils en matière de brevets et de droits d'auteurs	Patent and copyright consultancy services
79121000-8	Services de conseils en matière de droits d'auteur	Copyright consultancy services
79121100-9	Services de conseils en matière de droits d'auteurs de logiciels	Software copyright consultancy services
79130000-4	Services de documentation et de certification juridiques	Legal documentation and certification services
79131000-1	Services de documentation	Documentation services
79132000-8	Services de certification	Certification services
79132100-9	Services de certification de signature électronique	Electronic signature certification services
79140000-7	Services de conseils et d'information juridiques	Legal advisory and information services
79200000-6	Services de comptabilité, services d'audit et services fiscaux	Accounting, auditing and fiscal services
79210000-9	Services de comptabilité et d'audit	Accounting and auditing services
79211000-6	Services de comptabilité	Accounting services
79211100-7	Services comptables	Bookkeeping services
79211110-0	Services de gestion des salaires	Payroll management services
79211120-3	Services d'enregistrement des ventes et des achats	Sales and purchases recording services
79211200-8	Services d'établissement d'états financiers	Compilation of financial statements services
79212000-3	Services d'audit	Auditing services
79212100-4	Services d'audit financier	Financial auditing services
79212110-7	Services de notation en matière de gouvernance d'entreprise	Corporate governance rating services
79212200-5	Services d'audit interne	Internal audit services
79212300-6	Services de contrôle légal des comptes	Statutory audit services
79212400-7	Services de vérification des fraudes	Fraud audit services
79212500-8	Services de vérification comptable	Accounting review services
79220000-2	Services fiscaux	Fiscal services
79221000-9	Services de conseils fiscaux	Tax consultancy services
79222000-6	Services de préparation des déclarations d'impôts	Tax-return preparation services
79223000-3	Services de courtage des douanes	Custom broker services
79300000-7	Études de marché et recherche économique; sondages et statistiques	Market and economic research; polling and statistics
79310000-0	Services d'études de marchés	Market research services
79311000-7	Services d'études	Survey services
79311100-8	Services de conception d'études	Survey design services
79311200-9	Services de réalisation d'enquêtes	Survey conduction services
79311210-2	Services d'enquête téléphonique	Telephone survey services
79311300-0	Services d'analyses d'enquêtes	Survey analysis services
79311400-1	Services de recherche économique	Economic research services
79311410-4	Services d'évaluation de l'impact économique	Economic impact assessment
79312000-4	Services de test de marché	Market-testing services
79313000-1	Services d'évaluation des performances	Performance review services
79314000-8	Étude de faisabilité	Feasibility study
79315000-5	Services de recherche sociale	Social research services
79320000-3	Services de sondages d'opinion	Public-opinion polling services
79330000-6	Services statistiques	Statistical services
79340000-9	Services de publicité et de marketing	Advertising and marketing services
79341000-6	Services de publicité	Advertising services
79341100-7	Services de conseils en publicité	Advertising consultancy services
79341200-8	Services de gestion publicitaire	Advertising management services
79341400-0	Services de campagne publicitaire	Advertising campaign services
79341500-1	Services de publicité par voie aérienne	Aeral advertising services
79342000-3	Services de marketing	Marketing services
79342100-4	Services de marketing direct	Direct marketing services
79342200-5	Services de promotion	Promotional services
79342300-6	Services à la clientèle	Customer services
79342310-9	Services d'enquête auprès des consommateurs	Customer survey services
79342311-6	Services d'enquête sur la satisfaction des consommateurs	Customer satisfaction survey
79342320-2	Services après-vente	Customer-care services
79342321-9	Programme de fidélisation du client	Customer-loyalty programme
79342400-7	Services d'enchères	Auction services
79342410-4	Services d'enchères électroniques	Electronic auction services
79400000-8	Conseil en affaires et en gestion et services connexes	Business and management consultancy and related services
79410000-1	Services de conseil en affaires et en gestion	Business and management consultancy services
79411000-8	Services de conseil en gestion générale	General management consultancy services
79411100-9	Services de conseil en développement des entreprises	Business development consultancy services
79412000-5	Services de conseil en gestion financière	Financial management consultancy services
79413000-2	Services de conseil en gestion du marketing	Marketing management consultancy services
79414000-9	Services de conseil en gestion des ressources humaines	Human resources management consultancy services
79415000-6	Services de conseil en gestion de la production	Production management consultancy services
79415200-8	Services de conseil en conception	Design consultancy services
79416000-3	Services de relations publiques	Public relations services
79416100-4	Services de gestion des relations publiques	Public relations management services
79416200-5	Services de conseil en relations publiques	Public relations consultancy services
79417000-0	Services de conseil en matière de sécurité	Safety consultancy services
79418000-7	Services de conseil en matière d'acquisitions	Procurement consultancy services
79419000-4	Services de conseil et d'évaluation	Evaluation consultancy services
79420000-4	Services relatifs à la gestion	Management-related services
79421000-1	Services de gestion de projets autres que pour les travaux de construction	Project-management services other than for construction work
79421100-2	Services de supervision de projets autres que pour les travaux de construction	Project-supervision services other than for construction work
79421200-3	Services de conception de projets autres que pour les travaux de construction	Project-design services other than for construction work
79422000-8	Services d'arbitrage et de conciliation	Arbitration and conciliation services
79430000-7	Services de gestion de crise	Crisis management services
79500000-9	Services d'appui bureautiques	Office-support services
79510000-2	Services de répondeur téléphonique	Telephone-answering services
79511000-9	Services de standard téléphonique	Telephone operator services
79512000-6	Centre d'appels	Call centre
79520000-5	Services de reprographie	Reprographic services
79521000-2	Services de photocopie	Photocopying services
79530000-8	Services de traduction	Translation services
79540000-1	Services d'interprétation	Interpretation services
79550000-4	Services de dactylographie, de traitement de texte et de publication assistée par ordinateur	Typing, word-processing and desktop publishing services
79551000-1	Services de dactylographie	Typing services
79552000-8	Services de traitement de texte	Word-processing services
79553000-5	Services de publication assistée par ordinateur	Desktop publishing services
79560000-7	Services de classement	Filing services
79570000-0	Services d'établissement de listes d'adresses et services d'envoi	Mailing-list compilation and mailing services
79571000-7	Services d'envoi	Mailing services
79600000-0	Services de recrutement	Recruitment services
79610000-3	Services de placement de personnel	Placement services of personnel
79611000-0	Services de recherche d'emplois	Job search services
79612000-7	Services de placement de personnel de bureau	Placement services of office-support personnel
79613000-4	Services de déplacement d'employés	Employee relocation services
79620000-6	Services de mise à disposition de personnel, y compris de personnel temporaire	Supply services of personnel including temporary staff
79621000-3	Services de mise à disposition de personnel de bureau	Supply services of office personnel
79622000-0	Services de mise à disposition de personnel d'aide à domicile	Supply services of domestic help personnel
79623000-7	Services de mise à disposition de personnel commercial ou industriel	Supply services of commercial or industrial workers
79624000-4	Services de mise à disposition de personnel infirmier	Supply services of nursing personnel
79625000-1	Services de mise à disposition de personnel médical	Supply services of medical personnel
79630000-9	Services de gestion du personnel, excepté services de placement et de mise à disposition	Personnel services except placement and supply services
79631000-6	Services du personnel et des salaires	Personnel and payroll services
79632000-3	Services de formation de personnel	Personnel-training services
79633000-0	Services de développement du personnel	Staff development services
79634000-7	Services d'orientation professionnelle	Career guidance services
79635000-4	Services de centres d'évaluation en vue du recrutement	Assessment centre services for recruitment
79700000-1	Services d'enquête et de sécurité	Investigation and security services
79710000-4	Services de sécurité	Security services
79711000-1	Services de surveillance d'installations d'alarme	Alarm-monitoring services
79713000-5	Services de gardiennage	Guard services
79714000-2	Services de surveillance	Surveillance services
79714100-3	Services de localisation	Tracing system services
79714110-6	Services de recherche de fugitifs	Absconder-tracing services
79715000-9	Services de patrouille	Patrol services
79716000-6	Services de fourniture de badges d'identification	Identification badge release services
79720000-7	Services d'enquêtes	Investigation services
79721000-4	Services d'agences de détectives	Detective agency services
79722000-1	Services de graphologie	Graphology services
79723000-8	Services d'analyse des déchets	Waste analysis services
79800000-2	Services d'impression et services connexes	Printing and related services
79810000-5	Services d'impression	Printing services
79811000-2	Services d'impression numérique	Digital printing services
79812000-9	Services d'impression de billets de banque	Banknote printing services
79820000-8	Services relatifs à l'impression	Services related to printing
79821000-5	Services de finition d'imprimés	Print finishing services
79821100-6	Services de correction d'épreuves	Proofreading services
79822000-2	Services de composition	Composition services
79822100-3	Services de préparation de plaques d'impression	Print-plate making services
79822200-4	Services de photogravure	Photogravure services
79822300-5	Services de composition typographique	Typesetting services
79822400-6	Services de lithographie	Lithographic services
79822500-7	Services de conception graphique	Graphic design services
79823000-9	Services d'impression et de livraison	Printing and delivery services
79824000-6	Services d'impression et de distribution	Printing and distribution services
79900000-3	Services divers aux entreprises et services connexes	Miscellaneous business and business-related services
79910000-6	Services de holdings de gestion	Management holdings services
79920000-9	Services de conditionnement et services connexes	Packaging and related services
79921000-6	Services de conditionnement	Packaging services
79930000-2	Conception de modèles	Specialty design services
79931000-9	Services de décoration d'intérieur	Interior decorating services
79932000-6	Services d'architecture d'intérieur	Interior design services
79933000-3	Services d'assistance à la conception	Design support services
79934000-0	Services de conception de mobilier	Furniture design services
79940000-5	Services des agences de recouvrement	Collection agency services
79941000-2	Services de péage	Toll-collection services
79950000-8	Services d'organisation d'expositions, de foires et de congrès	Exhibition, fair and congress organisation services
79951000-5	Services d'organisation de séminaires	Seminar organisation services
79952000-2	Services d'organisation d'événements	Event services
79952100-3	Services d'organisation d'événements culturels	Cultural event organisation services
79953000-9	Services d'organisation de festivals	Festival organisation services
79954000-6	Services d'organisation de fêtes	Party organisation services
79955000-3	Services d'organisation de défilés de mode	Fashion shows organisation services
79956000-0	Services d'organisation de foires et d'expositions	Fair and exhibition organisation services
79957000-7	Services d'organisation de ventes aux enchères	Auction organisation services
79960000-1	Services photographiques et services connexes	Photographic and ancillary services
79961000-8	Services photographiques	Photographic services
79961100-9	Services de photographie publicitaire	Advertising photography services
79961200-0	Services de photographie aérienne	Aerial photography services
79961300-1	Services de photographie spécialisée	Specialised photography services
79961310-4	Services de photographie en fond de trou	Downhole photography services
79961320-7	Services de photographie sous-marine	Underwater photography services
79961330-0	Services de microfilmage	Microfilming services
79961340-3	Services de radiographie	X-ray photography services
79961350-6	Services de photographie en studio	Studio photography services
79962000-5	Services de développement de photographies	Photograph processing services
79963000-2	Services de restauration, de copie et de retouche de photographies	Photograph restoration, copying and retouching services
79970000-4	Services d'édition	Publishing services
79971000-1	Services de reliure et de finition	Bookbinding and finishing services
79971100-2	Services de finition de livres	Book finishing services
79971200-3	Services de reliure	Bookbinding services
79972000-8	Services d'édition de dictionnaires de langue	Language dictionary publishing services
79972100-9	Services d'édition de dictionnaires de langue régionale	Regional language dictionary publishing services
79980000-7	Services d'abonnement	Subscription services
79990000-0	Services divers aux entreprises	Miscellaneous business-related services
79991000-7	Services de contrôle des stocks	Stock-control services
79992000-4	Services de réception	Reception services
79993000-1	Services de gestion d'immeubles et d'installations	Building and facilities management services
79993100-2	Services de gestion d'installations	Facilities management services
79994000-8	Services de gestion des contrats	Contract administration services
79995000-5	Services de gestion de bibliothèque	Library management services
79995100-6	Services d'archivage	Archiving services
79995200-7	Services de catalogage	Cataloguing services
79996000-2	Services d'organisation économique	Business organisation services
79996100-3	Gestion des documents	Records management
79997000-9	Services de voyages d'affaires	Business travel services
79998000-6	Services d'accompagnement professionnel	Coaching services
79999000-3	Services de scanning et services de facturation	Scanning and invoicing services
79999100-4	Services de scanning	Scanning services
79999200-5	Services de facturation	Invoicing services
80000000-4	Services d'enseignement et de formation	Education and training services
80100000-5	Services d'enseignement primaire	Primary education services
80110000-8	Services d'enseignement préscolaire	Pre-school education services
80200000-6	Services d'enseignement secondaire	Secondary education services
80210000-9	Services d'enseignement secondaire technique et professionnel	Technical and vocational secondary education services
80211000-6	Services d'enseignement secondaire technique	Technical secondary education services
80212000-3	Services d'enseignement secondaire professionnel	Vocational secondary education services
80300000-7	Services d'enseignement supérieur	Higher education services
80310000-0	Services de formation pour la jeunesse	Youth education services
80320000-3	Services de formation médicale	Medical education services
80330000-6	Services de formation en matière de sécurité	Safety education services
80340000-9	Services d'enseignement spécialisé	Special education services
80400000-8	Services d'éducation des adultes et autres services d'enseignement	Adult and other education services
80410000-1	Services scolaires divers	Various school services
80411000-8	Services des auto-écoles	Driving-school services
80411100-9	Services d'épreuves de conduite automobile	Driving-test services
80411200-0	Cours de conduite	Driving lessons
80412000-5	Services des écoles d'aviation	Flying-school services
80413000-2	Services des écoles de voile	Sailing-school services
80414000-9	Services des écoles de plongée	Diving-school services
80415000-6	Services des écoles de ski	Ski-training services
80420000-4	Services d'enseignement par voie électronique	E-learning services
80430000-7	Services d'enseignement de niveau universitaire pour adultes	Adult-education services at university level
80490000-5	Exploitation d'un centre d'enseignement	Operation of an educational centre
80500000-9	Services de formation	Training services
80510000-2	Services de formation spécialisée	Specialist training services
80511000-9	Services de formation du personnel	Staff training services
80512000-6	Services de dressage de chiens	Dog training services
80513000-3	Services d'écoles d'équitation	Horse riding school services
80520000-5	Installations de formation	Training facilities
80521000-2	Services relatifs aux programmes de formation	Training programme services
80522000-9	Séminaires de formation	Training seminars
80530000-8	Services de formation professionnelle	Vocational training services
80531000-5	Services de formation industrielle et technique	Industrial and technical training services
80531100-6	Services de formation industrielle	Industrial training services
80531200-7	Services de formation technique	Technical training services
80532000-2	Services de formation en gestion	Management training services
80533000-9	Services de formation et de familiarisation dans le domaine de l'informatique	Computer-user familiarisation and training services
80533100-0	Services de formation informatique	Computer training services
80533200-1	Cours d'informatique	Computer courses
80540000-1	Services de formation dans le domaine de l'environnement	Environmental training services
80550000-4	Services de formation dans le domaine de la sécurité	Safety training services
80560000-7	Services de formation dans le domaine de la santé et des premiers secours	Health and first-aid training services
80561000-4	Services de formation dans le domaine de la santé	Health training services
80562000-1	Services de formation dans le domaine des premiers secours	First-aid training services
80570000-0	Services de formation pour l'épanouissement de la personnalité	Personal development training services
80580000-3	Fourniture de cours de langues	Provision of language courses
80590000-6	Services d'aide pédagogique	Tutorial services
80600000-0	Services de formation dans le domaine des équipements militaires et de sécurité	Training services in defence and security materials
80610000-3	Formation et simulation dans le domaine des équipements de sécurité	Training and simulation in security equipment
80620000-6	Formation et simulation dans le domaine des armes à feu et des munitions	Training and simulation in firearms and ammunition
80630000-9	Formation et simulation dans le domaine des véhicules militaires	Training and simulation in military vehicles
80640000-2	Formation et simulation dans le domaine des navires de guerre	Training and simulation in warships
80650000-5	Formation et simulation dans le domaines des aéronefs, des missiles et des spationefs militaires	Training and simulation in aircrafts, missiles and spacecrafts
80660000-8	Formation et simulation dans le domaine des systèmes électroniques militaires	Training and simulation in military electronic systems
85000000-9	Services de santé et services sociaux	Health and social work services
85100000-0	Services de santé	Health services
85110000-3	Services hospitaliers et services connexes	Hospital and related services
85111000-0	Services hospitaliers	Hospital services
85111100-1	Services hospitaliers de chirurgie	Surgical hospital services
85111200-2	Services hospitaliers de médecine	Medical hospital services
85111300-3	Services hospitaliers de gynécologie	Gynaecological hospital services
85111310-6	Services de fertilisation in vitro	In vitro fertilisation services
85111320-9	Services hospitaliers d'obstétrique	Obstetrical hospital services
85111400-4	Services hospitaliers de rééducation	Rehabilitation hospital services
85111500-5	Services hospitaliers de psychiatrie	Psychiatric hospital services
85111600-6	Services d'orthèse	Orthotic services
85111700-7	Services d'oxygénothérapie	Oxygen-therapy services
85111800-8	Services de pathologie	Pathology services
85111810-1	Services d'analyses de sang	Blood analysis services
85111820-4	Services d'analyses bactériologiques	Bacteriological analysis services
85111900-9	Services hospitaliers de dialyse	Hospital dialysis services
85112000-7	Services d'appui hospitalier	Hospital support services
85112100-8	Services de literie hospitalière	Hospital-bedding services
85112200-9	Services de soins ambulatoires	Outpatient care services
85120000-6	Services de pratique médicale et services connexes	Medical practice and related services
85121000-3	Services de pratique médicale	Medical practice services
85121100-4	Services prestés par les médecins généralistes	General-practitioner services
85121200-5	Services prestés par les médecins spécialistes	Medical specialist services
85121210-8	Services prestés par les gynécologues ou les obstétriciens	Gyneacologic or obstetric services
85121220-1	Services prestés par les néphrologues ou services prestés par les neurologues	Nephrology or nervous system specialist services
85121230-4	Services prestés par les cardiologues ou services prestés par les pneumologues	Cardiology services or pulmonary specialists services
85121231-1	Services prestés par les cardiologues	Cardiology services
85121232-8	Services prestés par les pneumologues	Pulmonary specialists services
85121240-7	Services prestés par les ORL ou les audiologistes	ENT or audiologist services
85121250-0	Services prestés par les gastro-entérologues et les gériatres	Gastroenterologist and geriatric services
85121251-7	Services prestés par les gastro-entérologues	Gastroenterologist services
85121252-4	Services prestés par les gériatres	Geriatric services
85121270-6	Services prestés par les psychiatres ou les psychologues	Psychiatrist or psychologist services
85121271-3	Services à domicile pour les personnes souffrant de perturbations psychologiques	Home for the psychologically disturbed services
85121280-9	Services prestés par les ophthalmologues, les dermatologues et les orthopédistes	Ophthalmologist, dermatology or orthopedics services
85121281-6	Services prestés par les ophthalmologues	Ophthalmologist services
85121282-3	Services prestés par les dermatologues	Dermatology services
85121283-0	Services prestés par les orthopédistes	Orthopaedic services
85121290-2	Services prestés par les pédiatres ou urologues	Paediatric or urologist services
85121291-9	Services prestés par les pédiatres	Paediatric services
85121292-6	Services prestés par les urologues	Urologist services
85121300-6	Services prestés par les chirurgiens spécialistes	Surgical specialist services
85130000-9	Services de soins dentaires et services connexes	Dental practice and related services
85131000-6	Services de soins dentaires	Dental-practice services
85131100-7	Services d'orthodontie	Orthodontic services
85131110-0	Services de chirurgie orthodontique	Orthodontic-surgery services
85140000-2	Services de santé divers	Miscellaneous health services
85141000-9	Services prestés par le personnel médical	Services provided by medical personnel
85141100-0	Services prestés par les sages-femmes	Services provided by midwives
85141200-1	Services prestés par le personnel infirmier	Services provided by nurses
85141210-4	Services de soins médicaux à domicile	Home medical treatment services
85141211-1	Services de dialyse et de soins médicaux à domicile	Dialysis home medical treatment services
85141220-7	Services de conseil prestés par le personnel infirmier	Advisory services provided by nurses
85142000-6	Services paramédicaux	Paramedical services
85142100-7	Services de physiothérapie	Physiotherapy services
85142200-8	Services d'homéopathie	Homeopathic services
85142300-9	Services d'hygiène	Hygiene services
85142400-0	Livraison à domicile d'articles pour incontinents	Home delivery of incontinence products
85143000-3	Services ambulanciers	Ambulance services
85144000-0	Services d'équipement de santé extrahospitalier	Residential health facilities services
85144100-1	Services de soins infirmiers de foyers	Residential nursing care services
85145000-7	Services prestés par les laboratoires médicaux	Services provided by medical laboratories
85146000-4	Services prestés par les banques de sang	Services provided by blood banks
85146100-5	Services prestés par les banques de sperme	Services provided by sperm banks
85146200-6	Services prestés par les banques d'organes	Services provided by transplant organ banks
85147000-1	Services de médecine du travail	Company health services
85148000-8	Services d'analyses médicales	Medical analysis services
85149000-5	Services de pharmacie	Pharmacy services
85150000-5	Services d'imagerie médicale	Medical imaging services
85160000-8	Services prestés par les opticiens	Optician services
85170000-1	Services d'acupuncture et de chiropraxie	Acupuncture and chiropractor services
85171000-8	Services d'acupuncture	Acupuncture services
85172000-5	Services de chiropraxie	Chiropractor services
85200000-1	Services vétérinaires	Veterinary services
85210000-3	Services d'animalerie	Domestic animal nurseries
85300000-2	Services d'action sociale et services connexes	Social work and related services
85310000-5	Services d'action sociale	Social work services
85311000-2	Services d'action sociale avec hébergement	Social work services with accommodation
85311100-3	Services sociaux pour les personnes âgées	Welfare services for the elderly
85311200-4	Services sociaux pour les personnes handicapées	Welfare services for the handicapped
85311300-5	Services sociaux pour les enfants et les adolescents	Welfare services for children and young people
85312000-9	Services sociaux sans hébergement	Social work services without accommodation
85312100-0	Services de foyers de jour	Daycare services
85312110-3	Services de crèches et garderies d'enfants	Child daycare services
85312120-6	Services de foyers de jour pour enfants et adolescents handicapés	Daycare services for handicapped children and young people
85312200-1	Livraison de provisions à domicile	Homedelivery of provisions
85312300-2	Services d'orientation et de conseil professionnel	Guidance and counselling services
85312310-5	Services d'orientation	Guidance services
85312320-8	Services de conseil professionnel	Counselling services
85312330-1	Services de planning familial	Family-planning services
85312400-3	Services sociaux non prestés par les institutions résidentielles	Welfare services not delivered through residential institutions
85312500-4	Services de réhabilitation	Rehabilitation services
85312510-7	Services de réhabilitation professionnelle	Vocational rehabilitation services
85320000-8	Services sociaux	Social services
85321000-5	Services sociaux administratifs	Administrative social services
85322000-2	Programme d'action communale	Community action programme
85323000-9	Services médico-sociaux	Community health services
90000000-7	Services d'évacuation des eaux usées et d'élimination des déchets, services d'hygiénisation et services relatifs à l'environnement	Sewage, refuse, cleaning and environmental services
90400000-1	Services des eaux usées	Sewage services
90410000-4	Services de collecte des eaux usées	Sewage removal services
90420000-7	Services de traitement des eaux usées	Sewage treatment services
90430000-0	Services d'élimination des eaux usées	Sewage disposal services
90440000-3	Services de traitement pour puisards	Treatment services of cesspools
90450000-6	Services de traitement pour fosses septiques	Treatment services of septic tanks
90460000-9	Services de vidange de puisards ou de fosses septiques	Cesspool or septic tank emptying services
90470000-2	Services de curage des égouts	Sewer cleaning services
90480000-5	Service de gestion du réseau d'assainissement	Sewerage management services
90481000-2	Exploitation d'une station de traitement des eaux d'égout	Operation of a sewage plant
90490000-8	Services d'inspection des égouts et services de conseil en matière de traitement des eaux usées	Sewer survey and sewage treatment consultancy services
90491000-5	Services d'inspection des égouts	Sewer survey services
90492000-2	Services de conseil en traitement des eaux usées	Sewage treatment consultancy services
90500000-2	Services liés aux déchets et aux ordures	Refuse and waste related services
90510000-5	Élimination et traitement des ordures	Refuse disposal and treatment
90511000-2	Services de collecte des ordures	Refuse collection services
90511100-3	Services de collecte de déchets solides urbains	Urban solid-refuse collection services
90511200-4	Services de collecte des ordures ménagères	Household-refuse collection services
90511300-5	Services de collecte des déchets sauvages	Litter collection services
90511400-6	Services de collecte du papier	Paper collecting services
90512000-9	Services de transport des ordures ménagères	Refuse transport services
90513000-6	Services de traitement et d'élimination des ordures ménagères et des déchets non dangereux	Non-hazardous refuse and waste treatment and disposal services
90513100-7	Services d'élimination des ordures ménagères	Household-refuse disposal services
90513200-8	Services d'élimination de déchets solides urbains	Urban solid-refuse disposal services
90513300-9	Services d'incinération des ordures ménagères	Refuse incineration services
90513400-0	Services d'évacuation de cendres	Ash disposal services
90513500-1	Traitement et évacuation de résidus liquides	Treatment and disposal of foul liquids
90513600-2	Services d'élimination des boues	Sludge removal services
90513700-3	Services de transport des boues	Sludge transport services
90513800-4	Services de traitement des boues	Sludge treatment services
90513900-5	Services d'évacuation des boues	Sludge disposal services
90514000-3	Services de recyclage des ordures ménagères	Refuse recycling services
90520000-8	Services relatifs aux déchets radioactifs, toxiques, médicaux et dangereux	Radioactive-, toxic-, medical- and hazardous waste services
90521000-5	Services de traitement des déchets radioactifs	Radioactive waste treatment services
90521100-6	Collecte de déchets radioactifs	Collection of radioactive waste
90521200-7	Services de stockage des déchets radioactifs	Radioactive waste storage services
90521300-8	Élimination de déchets radioactifs	Disposal of radioactive waste
90521400-9	Transport de déchets radioactifs	Transport of radioactive waste
90521410-2	Transport de déchets radioactifs de faible activité	Transportation of low level nuclear waste
90521420-5	Transport de déchets radioactifs d'activité intermédiaire	Transportation of intermediate level nuclear waste
90521500-0	Colis de déchets radioactifs	Packaging of radioactive waste
90521510-3	Colis de déchets radioactifs de faible activité	Packaging of low level nuclear waste
90521520-6	Colis de déchets radioactifs d'activité intermédiaire	Packaging of intermediate level nuclear waste
90522000-2	Services concernant les sols contaminés	Services relating to contaminated soil
90522100-3	Enlèvement de sols contaminés	Removal of contaminated soil
90522200-4	Élimination de sols contaminés	Disposal of contaminated soil
90522300-5	Services de traitement de sols contaminés	Contaminated-soil treatment services
90522400-6	Nettoyage et traitement du sol	Cleaning and treatment of soil
90523000-9	Services d'élimination de déchets toxiques, excepté déchets radioactifs et sols contaminés	Toxic waste disposal services except radioactive waste and contaminated soil
90523100-0	Services d'élimination d'armes et de munitions	Weapons and ammunition disposal services
90523200-1	Services de neutralisation des bombes	Bomb-disposal services
90523300-2	Services de dragage de mines	Mine sweeping services
90524000-6	Services relatifs aux déchets médicaux	Medical waste services
90524100-7	Services de collecte de déchets hospitaliers	Clinical-waste collection services
90524200-8	Services d'élimination de déchets hospitaliers	Clinical-waste disposal services
90524300-9	Services d'enlèvement de déchets biologiques	Removal services of biological waste
90524400-0	Services de collecte, de transport et d'élimination de déchets hospitaliers	Collection, transport and disposal of hospital waste
90530000-1	Exploitation d'une décharge	Operation of a refuse site
90531000-8	Services de gestion de décharges contrôlées	Landfill management services
90532000-5	Services de gestion de terrils de charbon	Coal-tip management services
90533000-2	Services de gestion de décharges	Waste-tip management services
90600000-3	Services de propreté et d'hygiénisation en milieu urbain ou rural, et services connexes	Cleaning and sanitation services in urban or rural areas, and related services
90610000-6	Services de voirie et services de balayage des rues	Street-cleaning and sweeping services
90611000-3	Services de voirie	Street-cleaning services
90612000-0	Services de balayage des rues	Street-sweeping services
90620000-9	Services de déneigement	Snow-clearing services
90630000-2	Services de déverglaçage	Ice-clearing services
90640000-5	Services de nettoyage et de vidange des avaloirs	Gully cleaning and emptying services
90641000-2	Services de nettoyage des avaloirs	Gully cleaning services
90642000-9	Services de vidange des avaloirs	Gully emptying services
90650000-8	Services de désamiantage	Asbestos removal services
90660000-1	Services d'enlèvement du plomb	Deleading services
90670000-4	Services de désinfection et désinfestation en milieu rural ou urbain	Disinfecting and exterminating services in urban or rural areas
90680000-7	Services de nettoyage de plages	Beach cleaning services
90690000-0	Services d'enlèvement des graffitis	Graffiti removal services
90700000-4	Services relatifs à l'environnement	Environmental services
90710000-7	Gestion environnementale	Environmental management
90711000-4	Évaluation de l'impact sur l'environnement autre que pour la construction	Environmental impact assessment other than for construction
90711100-5	Évaluation des risques et dangers autre que pour la construction	Risk or hazard assessment other than for construction
90711200-6	Normes environnementales autres que pour la construction	Environmental standards other than for construction
90711300-7	Analyse des indicateurs environnementaux autres que pour la construction	Environmental indicators analysis other than for construction
90711400-8	Services d'évaluation de l'impact sur l'environnement (EIA) autres que pour la construction	Environmental Impact Assessment (EIA) services other than for construction
90711500-9	Surveillance de l'environnement autre que pour la construction	Environmental monitoring other than for construction
90712000-1	Planification environnementale	Environmental planning
90712100-2	Planification de la mise en valeur de l'environnement urbain	Urban environmental development planning
90712200-3	Planification de la stratégie de conservation de la forêt	Forest conservation strategy planning
90712300-4	Planification de la stratégie de conservation maritime	Marine conservation strategy planning
90712400-5	Services de gestion des ressources naturelles et de planification de la stratégie de conservation	Natural resources management or conservation strategy planning services
90712500-6	Création ou planification d'institutions environnementales	Environmental institution building or planning
90713000-8	Services de conseils environnementaux	Environmental issues consultancy services
90713100-9	Services de conseils en matière d'approvisionnement en eau et de gestion des eaux usées autres que pour la construction	Consulting services for water-supply and waste-water other than for construction
90714000-5	Contrôle de la conformité aux normes environnementales	Environmental auditing
90714100-6	Systèmes d'information environnementale	Environmental information systems
90714200-7	Services corporatifs de contrôle de la conformité aux normes environnementales	Corporate environmental auditing services
90714300-8	Services sectoriels de contrôle de la conformité aux nornes environnementales	Sectoral environmental auditing services
90714400-9	Services de contrôle de la conformité aux normes environnementales pour activités spécifiques	Activity specific environmental auditing services
90714500-0	Services de contrôle de la qualité environnementale	Environmental quality control services
90714600-1	Services de contrôle de la sécurité environnementale	Environmental security control services
90715000-2	Services de recherche de la pollution	Pollution investigation services
90715100-3	Services de recherche en matière de pollution par produits chimiques et par hydrocarbures	Chemicals and oil pollution investigation services
90715110-6	Recherche sur un site d'usine à gaz	Gasworks site investigation
90715120-9	Recherche sur un site d'usine à produits chimiques ou sur un site de déchets de raffinerie de pétrole	Chemical works or oil refinery waste site investigation
90715200-4	Autres services de recherche en matière de pollution	Other pollution investigation services
90715210-7	Recherche sur un site de dépôt d'hydrocarbures ou de terminal pétrolier	Oil depot or terminal site investigation
90715220-0	Recherche sur un site industriel	Industrial site investigation
90715230-3	Recherche sur un site contenant des déchets industriels	Industrial waste site investigation
90715240-6	Recherche sur un site d'usine de traitement du bois	Wood treatment plant site investigation
90715250-9	Recherche sur un site d'installation de nettoyage chimique à sec	Dry cleaning plants site investigation
90715260-2	Recherche sur un site de fonderie	Foundry site investigation
90715270-5	Recherche sur un site d'usine de recyclage	Recycling plant site investigation
90715280-8	Recherche sur un site d'usine de traitement des aliments	Food processing plant site investigation
90720000-0	Protection environnementale	Environmental protection
90721000-7	Services de sécurité environnementale	Environmental safety services
90721100-8	Services de protection du paysage	Landscape protection services
90721200-9	Service de protection de l'ozone	Ozone protection services
90721300-0	Services de protection contre la contamination de l'alimentation humaine ou de l'alimentation animale	Food or feed contamination protection services
90721400-1	Services de protection des ressources génétiques	Genetic resources protection services
90721500-2	Services de protection contres les matières toxiques	Toxic substances protection services
90721600-3	Services de radioprotection	Radiation protection services
90721700-4	Services de protection des espèces menacées de disparition	Endangered species protection services
90721800-5	Services de protection contre les risques ou dangers naturels	Natural risks or hazards protection services
90722000-4	Réhabilitation environnementale	Environmental rehabilitation
90722100-5	Réhabilitation de site industriel	Industrial site rehabilitation
90722200-6	Services de décontamination environnementale	Environmental decontamination services
90722300-7	Services de mise en valeur des sols	Land reclamation services
90730000-3	Recherche, surveillance et réhabilitation de la pollution	Pollution tracking and monitoring and rehabilitation
90731000-0	Services liés à la pollution atmosphérique	Services related to air pollution
90731100-1	Gestion de la qualité de l'air	Air quality management
90731200-2	Services de contrôle et de gestion de la pollution atmosphérique transfrontalière	Transboundary air pollution management or control services
90731210-5	Achats de crédits d'émission de CO2	Purchase of CO2 emission credits
90731300-3	Services de protection contre la pollution atmosphérique	Air pollution protection services
90731400-4	Services de surveillance ou de mesure de la pollution atmosphérique	Air pollution monitoring or measurement services
90731500-5	Services de détection de gaz toxiques	Toxic gas detection services
90731600-6	Surveillance du méthane	Methane monitoring
90731700-7	Services de surveillance du dioxyde de carbone	Carbon dioxide monitoring services
90731800-8	Surveillance des particules atmosphériques	Airborne particle monitoring
90731900-9	Services de surveillance de l'appauvrissement en ozone	Ozone depletion monitoring services
90732000-7	Pollution des sols	Services related to soil pollution
90732100-8	Services de protection contre la pollution des sols	Soil pollution protection services
90732200-9	Services d'enlèvement des sols pollués	Polluted soil removal services
90732300-0	Traitement et réhabilitation des sols pollués	Polluted soil treatment or rehabilitation
90732400-1	Services de conseil contre la pollution des sols	Soil pollution advisory services
90732500-2	Cartographie de la pollution des sols	Soil pollution mapping
90732600-3	Mesure et surveillance de la pollution des sols	Soil pollution measurement or monitoring
90732700-4	Évaluation de la pollution par les engrais organiques	Organic fertilizer pollution assessment
90732800-5	Évaluation de la pollution par les pesticides	Pesticides pollution assessment
90732900-6	Évaluation de la pollution par les nitrates et les phosphates	Nitrates and phosphates pollution assessment
90732910-9	Évaluation de la pollution par les nitrates	Nitrates pollution assessment
90732920-2	Évaluation de la pollution par les phosphates	Phosphates pollution assessment
90733000-4	Services liés à la pollution de l'eau	Services related to water pollution
90733100-5	Services de surveillance et de lutte contre la pollution des eaux de surface	Surface water pollution monitoring or control services
90733200-6	Services de réhabilitation de la pollution des eaux de surface	Surface water pollution rehabilitation services
90733300-7	Services de protection de la pollution des eaux de surface	Surface water pollution protection services
90733400-8	Services de traitement des eaux de surface	Surface water treatment services
90733500-9	Services de drainage de la pollution des eaux de surface	Surface water pollution drainage services
90733600-0	Services de gestion ou de lutte contre la pollution transfrontalière des eaux	Transboundary water pollution management or control services
90733700-1	Services de surveillance et de lutte contre la pollution de la nappe phréatique	Groundwater pollution monitoring or control services
90733800-2	Services de drainage de la pollution de la nappe phréatique	Groundwater pollution drainage services
90733900-3	Traitement et réhabilitation de la pollution de la nappe phréatique	Groundwater pollution treatment or rehabilitation
90740000-6	Services de recherche, de surveillance et de réhabilitation des polluants	Pollutants tracking and monitoring and rehabilitation services
90741000-3	Services liés à la pollution par hydrocarbures	Services related to oil pollution
90741100-4	Services de surveillance de l'écoulement accidentel d'hydrocarbures	Oil spillage monitoring services
90741200-5	Services de lutte contre les déversements accidentels d'hydrocarbures	Oil spillage control services
90741300-6	Services de réhabilitation de l'écoulement accidentel d'hydrocarbures	Oil spillage rehabilitation services
90742000-0	Services liés à la pollution sonore	Services related to noise pollution
90742100-1	Services de lutte contre le bruit	Noise control services
90742200-2	Services de protection contre la pollution sonore	Noise pollution protection services
90742300-3	Services de surveillance de la pollution sonore	Noise pollution monitoring services
90742400-4	Services de conseil contre la pollution sonore	Noise pollution advisory services
90743000-7	Services liés à la pollution par des matières toxiques	Services related to toxic substances pollution
90743100-8	Services de surveillance des matières toxiques	Toxic substances monitoring services
90743200-9	Services de réhabilitation des matières toxiques	Toxic substances rehabilitation services
90900000-6	Services de nettoyage et d'hygiène	Cleaning and sanitation services
90910000-9	Services de nettoyage	Cleaning services
90911000-6	Services de nettoyage de logements, de bâtiments et de vitres	Accommodation, building and window cleaning services
90911100-7	Services de nettoyage de logements	Accommodation cleaning services
90911200-8	Services de nettoyage de bâtiments	Building-cleaning services
90911300-9	Services de nettoyage de vitres	Window-cleaning services
90912000-3	Services de nettoyage par soufflage de structures tubolaires	Blast-cleaning services for tubular structures
90913000-0	Services de nettoyage de cuves et de réservoirs	Tank and reservoir cleaning services
90913100-1	Services de nettoyage de cuves	Tank-cleaning services
90913200-2	Services de nettoyage de réservoirs	Reservoir cleaning services
90914000-7	Services de nettoyage de parkings	Car park cleaning services
90915000-4	Services de nettoyage de fourneaux et de cheminées	Furnace and chimney cleaning services
90916000-1	Services de nettoyage de matériel téléphonique	Cleaning services of telephone equipment
90917000-8	Services de nettoyage de matériel de transport	Cleaning services of transport equipment
90918000-5	Services de nettoyage de poubelles	Bin-cleaning services
90919000-2	Services de nettoyage de matériel de bureau, de bureaux, des écoles	Office, school and office equipment cleaning services
90919100-3	Services de nettoyage de matériel de bureau	Cleaning services of office equipment
90919200-4	Services de nettoyage de bureaux	Office cleaning services
90919300-5	Services de nettoyage des écoles	School cleaning services
90920000-2	Services d'hygiénisation d'installations	Facility related sanitation services
90921000-9	Services de désinfection et de désinfestation	Disinfecting and exterminating services
90922000-6	Services de lutte contre les parasites	Pest-control services
90923000-3	Services de dératisation	Rat-disinfestation services
90924000-0	Services de fumigation	Fumigation services
92000000-1	Services récréatifs, culturels et sportifs	Recreational, cultural and sporting services
92100000-2	Services cinématographiques et services vidéo	Motion picture and video services
92110000-5	Services de production de films cinématographique et de vidéos et services connexes	Motion picture and video tape production and related services
92111000-2	Services de production cinématographique et vidéo	Motion picture and video production services
92111100-3	Production de films et de vidéos à usage pédagogique	Training-film and video-tape production
92111200-4	Production de films et de vidéos publicitaires, de propagande et d'information	Advertising, propaganda and information film and video-tape production
92111210-7	Production de films publicitaires	Advertising film production
92111220-0	Production de vidéos publicitaires	Advertising video-tape production
92111230-3	Production de films de propagande	Propaganda film production
92111240-6	Production de vidéos de propagande	Propaganda video-tape production
92111250-9	Production de films d'information	Information film production
92111260-2	Production de vidéos d'information	Information video-tape production
92111300-5	Production de films et de vidéos de divertissement	Entertainment film and video-tape production
92111310-8	Production de films de divertissement	Entertainment film production
92111320-1	Production de vidéos de divertissement	Entertainment video-tape production
92112000-9	Services liés à la production de films cinématographiques ou de vidéos	Services in connection with motion-picture and video-tape production
92120000-8	Services de distribution de films cinématographiques et de vidéos	Motion-picture or video-tape distribution services
92121000-5	Services de distribution de vidéos	Video-tape distribution services
92122000-2	Services de distribution de films cinématographiques	Motion picture distribution services
92130000-1	Services de projection de films cinématographiques	Motion picture projection services
92140000-4	Services de projection de vidéos	Video-tape projection services
92200000-3	Services de radio et de télévision	Radio and television services
92210000-6	Services de radio	Radio services
92211000-3	Services de production radiophonique	Radio production services
92213000-7	Services de systèmes radiophoniques à petite échelle	Small scale radio systems services
92214000-4	Services de studio ou de matériel radiophonique	Radio studio or equipment services
92215000-1	Services généraux de radiophonie mobile (GMRS)	General Mobile Radio Services (GMRS)
92216000-8	Services radio familiaux (FRS)	Family Radio Services (FRS)
92217000-5	Services généraux de radiophonie mobile/Services radio familiaux (GMRS/FRS)	General Mobile Radio Services/Family Radio Services (GMRS/FRS)
92220000-9	Services de télévision	Television services
92221000-6	Services de production télévisuelle	Television production services
92222000-3	Services de télévision en circuit fermé	Closed circuit television services
92224000-7	Services de télévision numérique	Digital television
92225000-4	Services de télévision interactive	Interactive television
92225100-7	Services de télédiffusion de films à la demande	Film-on-demand television
92226000-1	Services de téléprogrammation	Teleprogrammation
92230000-2	Services de radio et de télévision par câble	Radio and television cable services
92231000-9	Services bilatéraux internationaux et de lignes louées privées internationales	International bilateral services and international private leased lines
92232000-6	Services de télévision par câble	Cable TV
92300000-4	Services de divertissement	Entertainment services
92310000-7	Services de création et d'interprétation d'œuvres artistiques et littéraires	Artistic and literary creation and interpretation services
92311000-4	Œuvres d'art	Works of art
92312000-1	Services artistiques	Artistic services
92312100-2	Services de divertissement prestés par les metteurs en scène de théâtre, les chœurs, les ensembles musicaux et les orchestres	Theatrical producers', singer groups', bands' and orchestras' entertainment services
92312110-5	Services de divertissement prestés par les metteurs en scène de théâtre	Theatrical producer entertainment services
92312120-8	Services de divertissement prestés par les chœurs	Singer group entertainment services
92312130-1	Services de divertissement prestés par les ensembles musicaux	Band entertainment services
92312140-4	Services de divertissement prestés par les orchestres	Orchestral entertainment services
92312200-3	Services prestés par les auteurs, les compositeurs, les sculpteurs et les artistes	Services provided by authors, composers, sculptors, entertainers and other individual artists
92312210-6	Services prestés par les auteurs	Services provided by authors
92312211-3	Services d'agences de rédaction	Writing agency services
92312212-0	Services relatifs à la préparation de manuels de formation	Services related to the preparation of training manuals
92312213-7	Services prestés par les rédacteurs techniques	Technical author services
92312220-9	Services prestés par les compositeurs	Services provided by composers
92312230-2	Services prestés par les sculpteurs	Services provided by sculptors
92312240-5	Services prestés par les artistes	Services provided by entertainers
92312250-8	Services prestés par les artistes indépendants	Services provided by individual artists
92312251-5	Services prestés par les disk-jockeys	Disk-jockey services
92320000-0	Services d'exploitation de salles de spectacles	Arts-facility operation services
92330000-3	Services de zones récréatives	Recreational-area services
92331000-0	Services de fêtes foraines et de parcs d'attractions	Fair and amusement park services
92331100-1	Services de fêtes foraines	Fair services
92331200-2	Services de parcs d'attractions	Amusement park services
92331210-5	Services d'animation pour enfants	Children animation services
92332000-7	Services de plages	Beach services
92340000-6	Services relatifs à la danse et aux divertissements	Dance and performance entertainment services
92341000-3	Services de cirques	Circus services
92342000-0	Services d'écoles de danse	Dance-instruction services
92342100-1	Services d'écoles de danse de salon	Ballroom dance-instruction services
92342200-2	Services d'écoles de danse de discothèque	Discotheque dance-instruction services
92350000-9	Services de jeux et de paris	Gambling and betting services
92351000-6	Services de jeux	Gambling services
92351100-7	Services d'exploitation de la loterie	Lottery operating services
92351200-8	Services d'exploitation de casinos	Casino operating services
92352000-3	Services de paris	Betting services
92352100-4	Services d'exploitation de machines pour les paris mutuels	Totalisator operating services
92352200-5	Services prestés par les bookmakers	Bookmaking services
92360000-2	Services pyrotechniques	Pyrotechnic services
92370000-5	Services prestés par les techniciens du son	Sound technician
92400000-5	Services d'agences de presse	News-agency services
92500000-6	Services de bibliothèques, archives, musées et autres services culturels	Library, archives, museums and other cultural services
92510000-9	Services de bibliothèques et archives	Library and archive services
92511000-6	Services de bibliothèques	Library services
92512000-3	Services d'archives	Archive services
92512100-4	Services de destruction d'archives	Archive destruction services
92520000-2	Services de musées et de préservation des sites historiques et des services connexes	Museum services and preservation services of historical sites and buildings
92521000-9	Services de musées	Museum services
92521100-0	Services d'exposition dans les musées	Museum-exhibition services
92521200-1	Services de conservation des objets exposés et des spécimens	Preservation services of exhibits and specimens
92521210-4	Services de conservation des objets exposés	Preservation services of exhibits
92521220-7	Services de conservation des spécimens	Preservation services of specimens
92522000-6	Services de conservation des sites et des monuments historiques	Preservation services of historical sites and buildings
92522100-7	Services de conservation des sites historiques	Preservation services of historical sites
92522200-8	Services de conservation des monuments historiques	Preservation services of historical buildings
92530000-5	Services de jardins botaniques et zoologiques et des réserves naturelles	Botanical and zoological garden services and nature reserve services
92531000-2	Services de jardins botaniques	Botanical garden services
92532000-9	Services de jardins zoologiques	Zoological garden services
92533000-6	Services de réserves naturelles	Nature reserve services
92534000-3	Services de préservation de la vie sauvage	Wildlife preservation services
92600000-7	Services sportifs	Sporting services
92610000-0	Services d'exploitation d'installations sportives	Sports facilities operation services
92620000-3	Services liés au sport	Sport-related services
92621000-0	Services de promotion de manifestations sportives	Sports-event promotion services
92622000-7	Services d'organisation de manifestations sportives	Sports-event organisation services
92700000-8	Services de cybercafé	Cybercafé services
98000000-3	Autres services communautaires, sociaux et personnels	Other community, social and personal services
98100000-4	Services des organisations associatives	Membership organisation services
98110000-7	Services fournis par des organisations commerciales, professionnelles et spécialisées	Services furnished by business, professional and specialist organisations
98111000-4	Services fournis par des organisations commerciales	Services furnished by business organisations
98112000-1	Services prestés par les organisations professionnelles	Services furnished by professional organisations
98113000-8	Services fournis par des organisations spécialisées	Services furnished by specialist organisations
98113100-9	Services de sûreté nucléaire	Nuclear safety services
98120000-0	Services prestés par les organisations syndicales	Services furnished by trade unions
98130000-3	Services divers prestés par les organisations associatives	Miscellaneous membership organisations services
98131000-0	Services religieux	Religious services
98132000-7	Services prestés par les organisations politiques	Services furnished by political organisations
98133000-4	Services prestés par les organisations sociales	Services furnished by social membership organisations
98133100-5	Services d'appui relatifs au développement de l'esprit civique et aux équipements collectifs	Civic betterment and community facility support services
98133110-8	Services prestés par les associations de jeunes	Services provided by youth associations
98200000-5	Services de conseil en matière d'égalité des chances	Equal opportunities consultancy services
98300000-6	Services divers	Miscellaneous services
98310000-9	Services de blanchisserie et de nettoyage à sec	Washing and dry-cleaning services
98311000-6	Services de ramassage de linge	Laundry-collection services
98311100-7	Services de gestion de blanchisserie	Laundry-management services
98311200-8	Services d'exploitation de blanchisserie	Laundry-operation services
98312000-3	Services de nettoyage de textile	Textile-cleaning services
98312100-4	Services d'imprégnation de textile	Textile-impregnation services
98313000-0	Services de nettoyage de fourrures	Fur-products cleaning services
98314000-7	Services de coloration	Colouring services
98315000-4	Services de repassage	Pressing services
98316000-1	Services de teinture	Dyeing services
98320000-2	Services de coiffure et de soins de beauté	Hairdressing and beauty treatment services
98321000-9	Services de coiffure	Hairdressing services
98321100-0	Services de coiffeurs pour hommes	Barbers' services
98322000-6	Services de soins de beauté	Beauty treatment services
98322100-7	Services de soins de beauté, de manucure et de pédicure	Cosmetic treatment, manicuring and pedicuring services
98322110-0	Services de soins cosmétiques	Cosmetic treatment services
98322120-3	Services de manucure	Manicuring services
98322130-6	Services de pédicure	Pedicuring services
98322140-9	Services de maquillage	Make-up services
98330000-5	Services de soins corporels	Physical well-being services
98331000-2	Services de bains turcs	Turkish bath services
98332000-9	Services de stations thermales	Spa services
98333000-6	Services de massage	Massage services
98334000-3	Services de mieux-être	Wellness services
98336000-7	Services d'entraînement, d'exercices ou d'aérobic	Training, workout or aerobic services
98340000-8	Services d'hébergement et de bureau	Accommodation and office services
98341000-5	Services d'hébergement	Accommodation services
98341100-6	Services de gestion de l'hébergement	Accommodation management services
98341110-9	Services ménagers	Housekeeping services
98341120-2	Services de portier	Portering services
98341130-5	Services de conciergerie	Janitorial services
98341140-8	Services de gardien d'immeuble	Caretaker services
98342000-2	Services relatifs à l'environnement de travail	Work environment services
98350000-1	Services relatifs aux équipements collectifs	Civic-amenity services
98351000-8	Services de gestion de parkings	Car park management services
98351100-9	Services de parkings	Car park services
98351110-2	Services de mise en œuvre des règles de stationnement	Parking enforcement services
98360000-4	Services marins	Marine services
98361000-1	Services relatifs à l'océanologie	Aquatic marine services
98362000-8	Services de gestion portuaire	Port management services
98362100-9	Services d'appui de base maritimes	Marine-base support services
98363000-5	Services de plongée	Diving services
98370000-7	Services funéraires et services connexes	Funeral and related services
98371000-4	Services funéraires	Funeral services
98371100-5	Services d'inhumation et de crémation	Cemetery services and cremation services
98371110-8	Services d'inhumation	Cemetery services
98371111-5	Services d'entretien de cimetières	Cemetery maintenance services
98371120-1	Services de crémation	Cremation services
98371200-6	Services de pompes funèbres	Undertaking services
98380000-0	Services de chenils	Dog kennel services
98390000-3	Autres services	Other services
98391000-0	Services de déclassement	Decommissioning services
98392000-7	Services de déplacement	Relocation services
98393000-4	Services de confection sur mesure	Tailoring services
98394000-1	Services de tapisserie	Upholstering services
98395000-8	Services de serrurerie	Locksmith services
98396000-5	Services d'accordage d'instruments	Instrument tuning services
98500000-8	Ménages privés employant du personnel	Private households with employed persons
98510000-1	Services d'employés commerciaux et d'ouvriers industriels	Services of commercial and industrial workers
98511000-8	Services d'employés commerciaux	Services of commercial workers
98512000-5	Services d'ouvriers industriels	Services of industrial workers
98513000-2	Services de main-d'œuvre pour les particuliers	Manpower services for households
98513100-3	Service de personnel intérimaire pour les particuliers	Agency staff services for households
98513200-4	Services de personnel de bureau pour les particuliers	Clerical staff services for households
98513300-5	Services de personnel temporaire pour les particuliers	Temporary staff for households
98513310-8	Services d'aide à domicile	Home-help services
98514000-9	Services domestiques	Domestic services
98900000-2	Services prestés par des organisations et des organismes extra-territoriaux	Services provided by extra-territorial organisations and bodies
98910000-5	Services spécifiques aux organisations et aux organismes internationaux	Services specific to international organisations and bodies
"""#
}
