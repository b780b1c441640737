// Spanish and German titles and summaries of every demo recipe that uses one of the 30 translated
// products (db/seed/translations-es-de.ts). Their steps are in db/seed/translations-recipe-steps-es-de.ts.
// Pure data, keyed by recipe slug: [title, summary] per locale.

import type { TranslatedLocale } from "./translations-es-de";

export const recipeTranslations: Record<string, Record<TranslatedLocale, [title: string, summary: string]>> = {
  "chickpea-spinach-coconut-curry": {
    es: ["Curry de garbanzos y espinacas con coco", "Un curry suave y cremoso para entre semana: garbanzos y espinacas cocidos a fuego lento en leche de coco con garam masala y jengibre."],
    de: ["Kichererbsen-Spinat-Curry mit Kokos", "Ein mildes, cremiges Feierabend-Curry aus Kichererbsen und Spinat, in Kokosmilch mit Garam Masala und Ingwer geschmort."],
  },
  "smoky-chickpea-kale-salad": {
    es: ["Ensalada ahumada de garbanzos y col con aliño de tahini", "Garbanzos crujientes al pimentón ahumado con cavolo nero masajeado y un aliño de tahini con limón."],
    de: ["Rauchiger Kichererbsen-Grünkohl-Salat mit Tahini-Dressing", "Knusprige Kichererbsen mit geräuchertem Paprika, gekneteter Cavolo Nero und ein zitroniges Tahini-Dressing."],
  },
  "lemon-garlic-hummus": {
    es: ["Hummus casero de limón y ajo", "Hummus ultrasuave hecho con garbanzos secos, servido con pan de pita caliente para mojar."],
    de: ["Hausgemachter Zitronen-Knoblauch-Hummus", "Besonders cremiger Hummus aus getrockneten Kichererbsen, mit warmem Pitabrot zum Dippen."],
  },
  "chickpea-sun-dried-tomato-penne": {
    es: ["Penne con garbanzos, tomates secos y espinacas", "Una pasta de despensa con garbanzos, tomates secos, ajo y espinacas salteadas, terminada con ralladura de limón."],
    de: ["Penne mit Kichererbsen, getrockneten Tomaten und Spinat", "Eine Pasta aus dem Vorrat mit Kichererbsen, getrockneten Tomaten, Knoblauch und zusammengefallenem Spinat, mit Zitronenschale vollendet."],
  },
  "weeknight-red-lentil-dal": {
    es: ["Dal de lentejas rojas para entre semana", "Un dal dorado y económico de lentejas rojas, tomate y especias cálidas, listo en media hora."],
    de: ["Rotes Linsen-Dal für den Feierabend", "Ein günstiges, goldenes Dal aus roten Linsen, Tomaten und wärmenden Gewürzen, in einer halben Stunde auf dem Tisch."],
  },
  "peanut-butter-banana-overnight-oats": {
    es: ["Avena nocturna con crema de cacahuete y plátano", "Un desayuno sin cocción y preparado la víspera: avena remojada en bebida de avena con plátano, crema de cacahuete y canela."],
    de: ["Overnight Oats mit Erdnussbutter und Banane", "Ein Frühstück ohne Kochen zum Vorbereiten: Haferflocken in Haferdrink eingeweicht, mit Banane, Erdnussbutter und Zimt."],
  },
  "sweet-potato-black-bean-tacos": {
    es: ["Tacos ahumados de boniato y frijoles negros", "Boniato asado al pimentón ahumado y frijoles negros en tortillas de maíz calientes con lima y cilantro."],
    de: ["Rauchige Tacos mit Süßkartoffel und schwarzen Bohnen", "Geröstete Süßkartoffel mit geräuchertem Paprika und schwarze Bohnen in warmen Maistortillas mit Limette und Koriander."],
  },
  "beefsteak-tomato-shakshuka": {
    es: ["Shakshuka con feta", "Huevos escalfados lentamente en una salsa ahumada de pimiento y tomate, con feta desmenuzado y pan crujiente."],
    de: ["Shakshuka mit Feta", "Sanft pochierte Eier in einer rauchigen Paprika-Tomaten-Soße, mit zerbröseltem Feta und knusprigem Brot."],
  },
  "kale-cheddar-frittata": {
    es: ["Frittata de col y cheddar", "Una frittata gruesa y dorada de cavolo nero, cebolla morada dulce y cheddar curado. Buena caliente o fría en la fiambrera."],
    de: ["Grünkohl-Cheddar-Frittata", "Eine goldene, dicke Frittata aus Cavolo Nero, süßer roter Zwiebel und reifem Cheddar. Warm oder kalt in der Brotdose gut."],
  },
  "mushroom-lemon-risotto": {
    es: ["Risotto de champiñones y limón", "Un risotto cremoso y reconfortante con champiñones dorados, ralladura de limón y queso curado vegetariano."],
    de: ["Champignon-Zitronen-Risotto", "Ein cremiges, wohltuendes Risotto mit goldenen Champignons, Zitronenschale und nussigem vegetarischem Hartkäse."],
  },
  "turmeric-tofu-scramble": {
    es: ["Revuelto de tofu con cúrcuma sobre pan de centeno de masa madre", "Un desayuno vegano rico en proteínas: tofu dorado desmenuzado, tomates cherry asados y espinacas sobre una tostada."],
    de: ["Kurkuma-Tofu-Rührei auf Roggensauerteigbrot", "Ein proteinreiches veganes Frühstück aus goldenem zerkrümeltem Tofu, geschmorten Kirschtomaten und Spinat auf Toast."],
  },
  "warm-puy-lentil-sweet-potato-salad": {
    es: ["Ensalada templada de lentejas de Puy y boniato asado", "Lentejas picantes y boniato caramelizado con cebolla morada, perejil y un aliño ácido de limón."],
    de: ["Lauwarmer Salat mit Puy-Linsen und gerösteter Süßkartoffel", "Pfeffrige Linsen und karamellisierte Süßkartoffel mit roter Zwiebel, Petersilie und einem spritzigen Zitronendressing."],
  },
  "dark-chocolate-avocado-mousse": {
    es: ["Mousse de chocolate negro y aguacate", "Una mousse de chocolate sedosa y sin lácteos con un secreto: aguacate maduro. Tan intensa que se sirve en vasitos."],
    de: ["Zartbitter-Schokoladenmousse mit Avocado", "Eine seidige, milchfreie Schokoladenmousse mit Geheimzutat: reife Avocado. Reichhaltig genug für kleine Gläser."],
  },
  "lemon-olive-oil-cake": {
    es: ["Bizcocho de limón, aceite de oliva y yogur", "Un bizcocho tierno y aromático hecho con aceite de oliva y yogur griego y empapado en almíbar de limón."],
    de: ["Zitronen-Olivenöl-Joghurtkuchen", "Ein zarter, duftender Kastenkuchen mit Olivenöl und griechischem Joghurt, in Zitronensirup getränkt."],
  },
  "smoked-tofu-ginger-rice-bowl": {
    es: ["Bowl de arroz con tofu ahumado glaseado y jengibre", "Tofu ahumado crujiente glaseado con tamari, jengibre y lima sobre basmati integral con pimientos crujientes."],
    de: ["Reisbowl mit glasiertem Räuchertofu und Ingwer", "Knuspriger Räuchertofu, glasiert mit Tamari, Ingwer und Limette, auf Basmati-Naturreis mit knackiger Paprika."],
  },
  "spaghetti-al-pomodoro": {
    es: ["Espaguetis al pomodoro", "La pasta de tomate más sencilla y mejor: tomates San Marzano cocinados con ajo y buen aceite de oliva."],
    de: ["Spaghetti al Pomodoro", "Die einfachste und beste Tomatenpasta: San-Marzano-Tomaten, mit Knoblauch und gutem Olivenöl eingekocht."],
  },
  "heirloom-tomato-panzanella": {
    es: ["Panzanella de tomates tradicionales", "Una ensalada toscana de pan veraniega con jugosos tomates cherry, pepino y masa madre tostada empapada en el aliño."],
    de: ["Panzanella mit alten Tomatensorten", "Ein sommerlicher toskanischer Brotsalat aus saftigen Kirschtomaten, Gurke und geröstetem Sauerteigbrot, das das Dressing aufsaugt."],
  },
  "avocado-egg-sourdough-toast": {
    es: ["Tostada de masa madre con aguacate y huevo meloso", "Masa madre en rebanada gruesa con aguacate machacado, lima, un huevo pasado por agua meloso y una pizca de chile."],
    de: ["Sauerteigtoast mit Avocado und wachsweichem Ei", "Dick geschnittenes Sauerteigbrot mit zerdrückter Avocado, Limette, einem wachsweichen Ei und einer Prise Chili."],
  },
  "golden-oat-milk-latte": {
    es: ["Latte dorado con bebida de avena", "Un latte cálido y sin cafeína de cúrcuma y jengibre, hecho con bebida de avena barista espumosa."],
    de: ["Goldene Hafermilch-Latte", "Eine wärmende, koffeinfreie Kurkuma-Ingwer-Latte mit aufgeschäumtem Barista-Haferdrink."],
  },
  "sweet-potato-spinach-saag": {
    es: ["Saag de boniato y espinacas", "Dados de boniato cocidos con garam masala, cúrcuma y leche de coco, mezclados con una montaña de espinacas."],
    de: ["Süßkartoffel-Spinat-Saag", "Süßkartoffelwürfel, mit Garam Masala, Kurkuma und Kokosmilch geschmort und mit einem Berg Spinat vermengt."],
  },
  "tofu-tikka-masala": {
    es: ["Tikka masala de tofu", "Tofu marinado en yogur y tostado al grill, en una salsa de tomate especiada y mantecosa."],
    de: ["Tofu Tikka Masala", "In Joghurt marinierter, unter dem Grill gerösteter Tofu in einer buttrigen, würzigen Tomatensoße."],
  },
  "masala-chai-rice-pudding": {
    es: ["Arroz con leche al masala chai", "Un cremoso arroz con leche de arroz de risotto cocido despacio en bebida de avena infusionada con masala chai y canela."],
    de: ["Masala-Chai-Milchreis", "Cremiger Milchreis aus Risottoreis, langsam in Haferdrink mit Masala Chai und Zimt gegart."],
  },
  "spiced-red-lentil-carrot-soup": {
    es: ["Sopa especiada de lentejas rojas y zanahoria", "Una sopa dorada y suavemente especiada de lentejas rojas y zanahorias, terminada con leche de coco y lima."],
    de: ["Würzige Suppe aus roten Linsen und Karotten", "Eine goldene, mild gewürzte Suppe aus roten Linsen und Karotten, mit Kokosmilch und Limette abgerundet."],
  },
  "masala-sweet-potato-wedges-with-coconut-raita": {
    es: ["Gajos de boniato masala con raita de coco", "Gajos de boniato asados y crujientes espolvoreados con garam masala y cúrcuma, con una salsa fresca de yogur de coco."],
    de: ["Masala-Süßkartoffelspalten mit Kokos-Raita", "Knusprig geröstete Süßkartoffelspalten mit Garam Masala und Kurkuma, dazu ein kühlender Kokosjoghurt-Dip."],
  },
  "chickpea-chaat-salad": {
    es: ["Ensalada chaat de garbanzos", "Una ensalada crujiente de comida callejera con garbanzos, pepino, tomate y cebolla morada, con lima y comino tostado."],
    de: ["Kichererbsen-Chaat-Salat", "Ein knackiger Streetfood-Salat aus Kichererbsen, Gurke, Tomaten und roter Zwiebel mit Limette und geröstetem Kreuzkümmel."],
  },
  "egg-spinach-curry": {
    es: ["Curry de huevo y espinacas", "Huevos duros partidos por la mitad en una aromática salsa de tomate y coco con abundantes espinacas."],
    de: ["Eier-Spinat-Curry", "Halbierte gekochte Eier in einer duftenden Tomaten-Kokos-Soße mit reichlich Spinat."],
  },
  "masala-chai-overnight-oats": {
    es: ["Avena nocturna al masala chai", "Avena remojada toda la noche en bebida de avena especiada con chai, cubierta con plátano en rodajas."],
    de: ["Masala-Chai-Overnight-Oats", "Über Nacht in Chai-gewürztem Haferdrink eingeweichte Haferflocken mit Bananenscheiben."],
  },
  "roast-pepper-tomato-risotto": {
    es: ["Risotto de pimiento asado y tomate", "Un risotto dulce y ahumado de pimientos rojos asados y tomates, terminado con mantequilla y queso curado."],
    de: ["Risotto mit gerösteter Paprika und Tomate", "Ein süßes, rauchiges Risotto aus gerösteter roter Paprika und Tomaten, mit Butter und Hartkäse vollendet."],
  },
  "spaghetti-aglio-olio-e-peperoncino": {
    es: ["Espaguetis aglio, olio e peperoncino", "La pasta romana de medianoche: espaguetis con ajo frito suavemente en aceite de oliva, guindilla y perejil."],
    de: ["Spaghetti Aglio, Olio e Peperoncino", "Die römische Mitternachtspasta: Spaghetti mit sanft in Olivenöl gebratenem Knoblauch, Chili und Petersilie."],
  },
  "penne-all-arrabbiata": {
    es: ["Penne all'arrabbiata", "Penne en una salsa de tomate picante de tomates San Marzano, ajo y guindilla."],
    de: ["Penne all'Arrabbiata", "Penne in einer feurigen Tomatensoße aus San-Marzano-Tomaten, Knoblauch und Chili."],
  },
  "tuscan-kale-tomato-soup-with-sourdough": {
    es: ["Sopa toscana de col y tomate con pan de masa madre", "Una sopa espesa al estilo ribollita de cavolo nero, zanahorias y tomate, servida sobre masa madre tostada."],
    de: ["Toskanische Palmkohl-Tomaten-Suppe mit Sauerteigbrot", "Eine dicke Suppe nach Art der Ribollita aus Cavolo Nero, Karotten und Tomate, über geröstetes Sauerteigbrot geschöpft."],
  },
  "mushroom-kale-spaghetti": {
    es: ["Espaguetis con champiñones y col", "Champiñones marrones dorados y cavolo nero mezclados con espaguetis, ajo y queso curado."],
    de: ["Spaghetti mit Champignons und Palmkohl", "Goldbraun gebratene Champignons und Cavolo Nero, mit Knoblauch und Hartkäse unter Spaghetti gehoben."],
  },
  "focaccia-with-roast-tomatoes-feta": {
    es: ["Focaccia con tomates asados y feta", "Focaccia de romero caliente cubierta de tomates cherry asados y feta desmenuzado."],
    de: ["Focaccia mit Ofentomaten und Feta", "Warme Rosmarin-Focaccia mit geschmorten Kirschtomaten und zerbröseltem Feta."],
  },
  "bruschetta-al-pomodoro": {
    es: ["Bruschetta al pomodoro", "Baguette tostada frotada con ajo y cubierta de tomate picado y aceite de oliva."],
    de: ["Bruschetta al Pomodoro", "Geröstetes Baguette, mit Knoblauch eingerieben und mit gehackten Tomaten und Olivenöl belegt."],
  },
  "minestrone-with-black-beans": {
    es: ["Minestrone con frijoles negros", "Una contundente sopa de verduras con pasta, frijoles, zanahorias y col."],
    de: ["Minestrone mit schwarzen Bohnen", "Eine herzhafte Gemüsesuppe mit Nudeln, Bohnen, Karotten und Grünkohl."],
  },
  "black-bean-sweet-potato-chilli": {
    es: ["Chili de frijoles negros y boniato", "Un chili ahumado y reconfortante de frijoles negros, boniato y pimientos."],
    de: ["Chili mit schwarzen Bohnen und Süßkartoffel", "Ein rauchiges, wärmendes Chili aus schwarzen Bohnen, Süßkartoffel und Paprika."],
  },
  "huevos-rancheros": {
    es: ["Huevos rancheros", "Huevos fritos sobre tortillas de maíz calientes con salsa de tomate y chile, frijoles negros y aguacate."],
    de: ["Huevos Rancheros", "Spiegeleier auf warmen Maistortillas mit Chili-Tomatensoße, schwarzen Bohnen und Avocado."],
  },
  "guacamole-with-toasted-tortilla-chips": {
    es: ["Guacamole con totopos tostados", "Guacamole con tropezones y lima, con crujientes totopos de maíz hechos al horno."],
    de: ["Guacamole mit gerösteten Tortillachips", "Stückige Limetten-Guacamole mit knusprigen, im Ofen gebackenen Maistortilla-Chips."],
  },
  "smoky-tofu-burrito-bowl": {
    es: ["Burrito bowl de tofu ahumado", "Arroz, frijoles negros, tofu ahumado, pimientos y aguacate con lima y pimentón ahumado."],
    de: ["Burrito-Bowl mit Räuchertofu", "Reis, schwarze Bohnen, Räuchertofu, Paprika und Avocado mit Limette und geräuchertem Paprika."],
  },
  "black-bean-cheddar-quesadillas": {
    es: ["Quesadillas de frijoles negros y cheddar", "Tortillas crujientes rellenas de frijoles negros machacados, pimientos, cebolla morada y cheddar fundido."],
    de: ["Quesadillas mit schwarzen Bohnen und Cheddar", "Knusprige Tortillas, gefüllt mit zerdrückten schwarzen Bohnen, Paprika, roter Zwiebel und geschmolzenem Cheddar."],
  },
  "mushroom-pepper-fajitas": {
    es: ["Fajitas de champiñones y pimiento", "Tiras chisporroteantes de champiñón, pimiento y cebolla morada con comino y lima, envueltas en tortillas calientes."],
    de: ["Fajitas mit Champignons und Paprika", "Brutzelnde Streifen von Champignons, Paprika und roter Zwiebel mit Kreuzkümmel und Limette, in warme Tortillas gewickelt."],
  },
  "black-bean-avocado-tostadas": {
    es: ["Tostadas de frijoles negros y aguacate", "Tortillas horneadas y crujientes con frijoles negros machacados, aguacate, lima y cebolla morada."],
    de: ["Tostadas mit schwarzen Bohnen und Avocado", "Knusprig gebackene Tortillas mit zerdrückten schwarzen Bohnen, Avocado, Limette und roter Zwiebel."],
  },
  "thai-style-tofu-red-pepper-curry": {
    es: ["Curry tailandés de tofu y pimiento rojo", "Tofu crujiente y pimientos en un aromático caldo de coco con jengibre, ajo, chile y lima."],
    de: ["Thai-Curry mit Tofu und roter Paprika", "Knuspriger Tofu und Paprika in einer duftenden Kokosbrühe mit Ingwer, Knoblauch, Chili und Limette."],
  },
  "peanut-tofu-rice-bowl": {
    es: ["Bowl de arroz con tofu al cacahuete", "Tofu glaseado en salsa de lima y cacahuete con arroz, tiras de zanahoria y pepino."],
    de: ["Reisbowl mit Erdnuss-Tofu", "Glasierter Tofu in Limetten-Erdnuss-Soße mit Reis, Karottenstreifen und Gurke."],
  },
  "tom-kha-mushroom-soup": {
    es: ["Sopa tom kha de champiñones", "Una sopa de coco ácida y aromática con champiñones, jengibre y mucha lima."],
    de: ["Tom-Kha-Pilzsuppe", "Eine säuerliche, duftende Kokossuppe mit Champignons, Ingwer und viel Limette."],
  },
  "thai-fried-rice-with-egg": {
    es: ["Arroz frito tailandés con huevo", "Arroz frito rápido con huevo, pimiento rojo, ajo y tamari, terminado con lima y chile."],
    de: ["Thailändischer gebratener Reis mit Ei", "Schneller gebratener Reis mit Ei, roter Paprika, Knoblauch und Tamari, mit Limette und Chili vollendet."],
  },
  "thai-cucumber-salad-with-peanut-dressing": {
    es: ["Ensalada tailandesa de pepino con aliño de cacahuete", "Tiras frescas de pepino y zanahoria en un intenso aliño de lima, tamari y cacahuete."],
    de: ["Thailändischer Gurkensalat mit Erdnussdressing", "Kühle Gurken- und Karottenstreifen in einem kräftigen Dressing aus Limette, Tamari und Erdnuss."],
  },
  "sticky-rice-pudding-with-blueberries": {
    es: ["Arroz glutinoso con leche de coco y arándanos", "Arroz cocido en leche de coco endulzada hasta quedar meloso e intenso, cubierto de arándanos frescos."],
    de: ["Klebreis-Pudding mit Heidelbeeren", "Reis, in gesüßter Kokosmilch gegart, bis er klebrig und reichhaltig ist, mit frischen Heidelbeeren."],
  },
  "ginger-lime-kombucha-spritz": {
    es: ["Spritz de kombucha con jengibre y lima", "Kombucha de jengibre y flor de saúco con hielo, lima fresca y jengibre."],
    de: ["Ingwer-Limetten-Kombucha-Spritz", "Ingwer-Kombucha und Holunderblüte auf Eis mit frischer Limette und Ingwer."],
  },
  "massaman-style-sweet-potato-stew": {
    es: ["Guiso de boniato al estilo massaman", "Boniato cocido a fuego lento en una rica salsa de coco y cacahuete, perfumada con canela y comino."],
    de: ["Süßkartoffel-Eintopf nach Massaman-Art", "Süßkartoffel, in einer reichhaltigen Kokos-Erdnuss-Soße mit Zimt und Kreuzkümmel geschmort."],
  },
  "coconut-water-lime-cooler": {
    es: ["Refresco de agua de coco y lima", "Agua de coco fría con lima y un poco de jengibre fresco."],
    de: ["Kokoswasser-Limetten-Erfrischung", "Gekühltes Kokoswasser mit Limette und etwas frischem Ingwer."],
  },
  "teriyaki-tofu-with-brown-rice": {
    es: ["Tofu teriyaki con arroz integral", "Tofu dorado glaseado con una salsa teriyaki casera de tamari, sirope de arce y jengibre."],
    de: ["Teriyaki-Tofu mit Naturreis", "Goldbrauner Tofu, glasiert mit hausgemachter Teriyaki-Soße aus Tamari, Ahornsirup und Ingwer."],
  },
  "tamagoyaki-rice-bowl": {
    es: ["Bowl de arroz con tamagoyaki", "Una tortilla japonesa enrollada, dulce y salada, en lonchas sobre arroz con pepino."],
    de: ["Reisbowl mit Tamagoyaki", "Ein süß-herzhaftes, gerolltes japanisches Omelett in Scheiben auf Reis mit Gurke."],
  },
  "green-tea-rice-with-smoked-tofu": {
    es: ["Arroz con té verde y tofu ahumado", "Ochazuke: arroz en un cuenco de sencha caliente con tofu ahumado, tamari y pepino."],
    de: ["Grüntee-Reis mit Räuchertofu", "Ochazuke: Reis in einer Schale heißem Sencha mit Räuchertofu, Tamari und Gurke."],
  },
  "tamari-glazed-mushroom-skewers": {
    es: ["Brochetas de champiñones glaseadas con tamari", "Champiñones marrones a la parrilla en brochetas, pincelados con un glaseado de tamari y ajo."],
    de: ["Tamari-glasierte Champignonspieße", "Braune Champignons, auf Spießen gegrillt und mit einer Knoblauch-Tamari-Glasur bestrichen."],
  },
  "green-tea-banana-smoothie": {
    es: ["Batido de té verde y plátano", "Un batido cremoso de plátano y bebida de avena con un suave toque de té verde."],
    de: ["Grüntee-Bananen-Smoothie", "Ein cremiger Smoothie aus Banane und Haferdrink mit einem sanften Grüntee-Kick."],
  },
  "agedashi-tofu": {
    es: ["Tofu agedashi", "Tofu ligeramente enharinado, frito hasta quedar crujiente y servido en un caldo de jengibre y tamari."],
    de: ["Agedashi-Tofu", "Leicht bemehlter, knusprig frittierter Tofu in einer Ingwer-Tamari-Brühe."],
  },
  "japanese-vegetable-curry": {
    es: ["Curry japonés de verduras", "Un kare suave y brillante de boniato y zanahoria, espesado con un roux especiado."],
    de: ["Japanisches Gemüsecurry", "Ein mildes, glänzendes Kare aus Süßkartoffel und Karotte, mit einer gewürzten Mehlschwitze gebunden."],
  },
  "smoked-tofu-onigiri": {
    es: ["Onigiri de tofu ahumado", "Bolas de arroz rellenas de tofu ahumado aliñado con tamari, con pepino al lado."],
    de: ["Onigiri mit Räuchertofu", "Reisbällchen mit Tamari-gewürztem Räuchertofu gefüllt, dazu Gurke."],
  },
  "ginger-garlic-tofu-stir-fry": {
    es: ["Salteado de tofu con jengibre y ajo", "Tofu, pimiento rojo y col salteados en un wok bien caliente con jengibre, ajo y tamari."],
    de: ["Tofu aus dem Wok mit Ingwer und Knoblauch", "Tofu, rote Paprika und Grünkohl im heißen Wok mit Ingwer, Knoblauch und Tamari geschwenkt."],
  },
  "egg-fried-rice-with-spinach": {
    es: ["Arroz frito con huevo y espinacas", "Arroz del día anterior frito con huevo, cebolla, espinacas y tamari."],
    de: ["Gebratener Eierreis mit Spinat", "Reis vom Vortag, mit Ei, Zwiebel, Spinat und Tamari gebraten."],
  },
  "mapo-style-tofu-with-mushrooms": {
    es: ["Tofu al estilo mapo con champiñones", "Tofu sedoso y champiñones picados en una salsa de tamari picante y con mucho ajo."],
    de: ["Tofu nach Mapo-Art mit Pilzen", "Seidiger Tofu und gehackte Champignons in einer feurigen, knoblauchigen Tamari-Soße."],
  },
  "hot-sour-mushroom-soup": {
    es: ["Sopa agripicante de champiñones", "Un caldo picante y ácido con champiñones, tofu y hebras de huevo."],
    de: ["Sauer-scharfe Pilzsuppe", "Eine pfeffrige, säuerliche Brühe mit Champignons, Tofu und Eierflocken."],
  },
  "smashed-cucumber-salad": {
    es: ["Ensalada de pepino machacado", "Pepinos machacados y aliñados con ajo, tamari y chile."],
    de: ["Salat aus zerschlagener Gurke", "Zerschlagene Gurken, angemacht mit Knoblauch, Tamari und Chili."],
  },
  "sweet-sour-tofu-with-peppers": {
    es: ["Tofu agridulce con pimientos", "Tofu crujiente y pimientos en una salsa ácida de tomate, sirope de arce y lima."],
    de: ["Süßsaurer Tofu mit Paprika", "Knuspriger Tofu und Paprika in einer spritzigen Soße aus Tomate, Ahornsirup und Limette."],
  },
  "korean-tofu-bibimbap": {
    es: ["Bibimbap coreano de tofu", "Arroz cubierto de tofu, espinacas al ajo, zanahoria y un huevo frito, con salsa de tamari y chile."],
    de: ["Koreanisches Tofu-Bibimbap", "Reis mit Tofu, Knoblauchspinat, Karotte und einem Spiegelei, dazu Chili-Tamari-Soße."],
  },
  "korean-soy-braised-tofu": {
    es: ["Tofu coreano braseado en soja", "Dubu jorim: tofu a la plancha braseado en una salsa dulce y picante de tamari y ajo."],
    de: ["Koreanischer in Soja geschmorter Tofu", "Dubu Jorim: angebratener Tofu, in einer süß-scharfen Tamari-Knoblauch-Soße geschmort."],
  },
  "baked-falafel-with-tahini-pitta": {
    es: ["Falafel al horno con tahini y pita", "Hamburguesitas de garbanzos con hierbas, horneadas hasta quedar crujientes, en pan de pita con salsa de tahini."],
    de: ["Gebackene Falafel mit Tahini und Pita", "Kräuterige Kichererbsenbällchen, knusprig gebacken und mit Tahinisoße ins Pitabrot gefüllt."],
  },
  "fattoush-with-toasted-pitta": {
    es: ["Fattoush con pita tostada", "Una crujiente ensalada de pan con tomate, pepino, cebolla morada y perejil, con limón y aceite de oliva."],
    de: ["Fattoush mit geröstetem Pitabrot", "Ein knackiger Brotsalat aus Tomaten, Gurke, roter Zwiebel und Petersilie mit Zitrone und Olivenöl."],
  },
  "mujadara-with-crispy-onions": {
    es: ["Mujadara con cebolla crujiente", "Lentejas y arroz cocidos con comino, coronados con un montón de cebolla frita dulce y crujiente."],
    de: ["Mujadara mit knusprigen Zwiebeln", "Linsen und Reis mit Kreuzkümmel gekocht, hoch mit süßen, knusprig gebratenen Zwiebeln belegt."],
  },
  "roast-carrots-with-tahini-yoghurt": {
    es: ["Zanahorias asadas con yogur de tahini", "Zanahorias de colores asadas con comino sobre una capa de yogur de tahini con limón."],
    de: ["Ofenkarotten mit Tahini-Joghurt", "Mit Kreuzkümmel geröstete bunte Karotten auf einem Spiegel aus zitronigem Tahini-Joghurt."],
  },
  "lemony-lentil-spinach-soup": {
    es: ["Sopa de lentejas y espinacas al limón", "Shorbat adas: sopa de lentejas rojas con comino, espinacas y mucho limón."],
    de: ["Zitronige Linsen-Spinat-Suppe", "Shorbat Adas: Suppe aus roten Linsen mit Kreuzkümmel, Spinat und reichlich Zitrone."],
  },
  "turkish-eggs-with-garlic-yoghurt": {
    es: ["Huevos a la turca con yogur al ajo", "Çılbır: huevos escalfados sobre yogur con ajo, mantequilla de chile y baguette para mojar."],
    de: ["Türkische Eier mit Knoblauchjoghurt", "Çılbır: pochierte Eier auf Knoblauchjoghurt mit Chilibutter und Baguette zum Tunken."],
  },
  "tahini-banana-oat-smoothie": {
    es: ["Batido de tahini, plátano y avena", "Un batido de desayuno espeso y con sabor a frutos secos de plátano, tahini, avena y canela."],
    de: ["Tahini-Bananen-Hafer-Smoothie", "Ein dicker, nussiger Frühstücks-Smoothie aus Banane, Tahini, Haferflocken und Zimt."],
  },
  "smoked-tofu-pitta-with-tahini-slaw": {
    es: ["Pita de tofu ahumado con ensalada de col al tahini", "Pitas calientes rellenas de tofu ahumado y una ensalada crujiente de zanahoria y cebolla morada con tahini."],
    de: ["Pita mit Räuchertofu und Tahini-Krautsalat", "Warme Pitabrote mit Räuchertofu und einem knackigen Salat aus Karotte und roter Zwiebel in Tahini."],
  },
  "spiced-lentil-stuffed-peppers": {
    es: ["Pimientos rellenos de lentejas especiadas", "Pimientos rellenos de lentejas al comino, arroz y tomate, horneados hasta quedar tiernos."],
    de: ["Mit würzigen Linsen gefüllte Paprika", "Paprika, gefüllt mit Kreuzkümmel-Linsen, Reis und Tomate und weich gebacken."],
  },
  "moroccan-sweet-potato-lentil-tagine": {
    es: ["Tajín marroquí de boniato y lentejas", "Boniato y lentejas beluga cocidos lentamente con comino, canela y tomate."],
    de: ["Marokkanische Tajine mit Süßkartoffel und Linsen", "Süßkartoffel und Belugalinsen, langsam mit Kreuzkümmel, Zimt und Tomate gegart."],
  },
  "spiced-carrot-chickpea-salad": {
    es: ["Ensalada especiada de zanahoria y garbanzos", "Zanahorias y garbanzos asados con comino y canela, aliñados con limón, aceite de oliva y perejil."],
    de: ["Würziger Karotten-Kichererbsen-Salat", "Geröstete Karotten und Kichererbsen mit Kreuzkümmel und Zimt, angemacht mit Zitrone, Olivenöl und Petersilie."],
  },
  "harira-lentil-chickpea-soup": {
    es: ["Harira de lentejas y garbanzos", "La sopa marroquí para romper el ayuno: lentejas, garbanzos y tomate con cúrcuma y canela."],
    de: ["Harira mit Linsen und Kichererbsen", "Marokkos Suppe zum Fastenbrechen: Linsen, Kichererbsen und Tomate mit Kurkuma und Zimt."],
  },
  "spiced-roast-vegetables-with-feta": {
    es: ["Verduras asadas especiadas con feta", "Boniato, zanahorias, pimientos y cebolla morada asados con comino y canela y terminados con feta."],
    de: ["Würziges Ofengemüse mit Feta", "Süßkartoffel, Karotten, Paprika und rote Zwiebel, mit Kreuzkümmel und Zimt geröstet und mit Feta vollendet."],
  },
  "cinnamon-roast-bananas-with-coconut-yoghurt": {
    es: ["Plátanos asados con canela y yogur de coco", "Plátanos horneados con su piel, canela y sirope de arce, servidos con yogur de coco frío."],
    de: ["Zimt-Ofenbananen mit Kokosjoghurt", "In der Schale gebackene Bananen mit Zimt und Ahornsirup, dazu kühler Kokosjoghurt."],
  },
  "full-veggie-breakfast": {
    es: ["Desayuno vegetariano completo", "Huevos fritos, champiñones al ajillo y tomates asados con tostadas de masa madre con mantequilla."],
    de: ["Großes vegetarisches Frühstück", "Spiegeleier, Knoblauchchampignons und Ofentomaten mit gebuttertem Sauerteigtoast."],
  },
  "garlic-mushrooms-on-toast": {
    es: ["Champiñones al ajo sobre tostada", "Champiñones con mantequilla, ajo y perejil sobre masa madre tostada."],
    de: ["Knoblauchchampignons auf Toast", "Buttrige Knoblauchchampignons mit Petersilie auf geröstetem Sauerteigbrot."],
  },
  "blueberry-maple-porridge": {
    es: ["Gachas de avena con arándanos y sirope de arce", "Gachas cremosas con bebida de avena, cubiertas de arándanos templados y sirope de arce."],
    de: ["Porridge mit Heidelbeeren und Ahornsirup", "Cremiger Haferbrei mit Haferdrink, mit warmen Heidelbeeren und Ahornsirup."],
  },
  "lentil-shepherd-s-pie-with-sweet-potato-mash": {
    es: ["Pastel de lentejas con puré de boniato", "Un rico relleno de lentejas, champiñones y zanahoria bajo un puré de boniato con mantequilla."],
    de: ["Linsen-Shepherd's-Pie mit Süßkartoffelpüree", "Eine kräftige Füllung aus Linsen, Champignons und Karotten unter buttrigem Süßkartoffelpüree."],
  },
  "sweet-potato-kale-bubble-and-squeak": {
    es: ["Bubble and squeak de boniato y col", "Tortitas crujientes de puré de boniato y col, fritas y coronadas con un huevo frito."],
    de: ["Bubble and Squeak mit Süßkartoffel und Grünkohl", "Knusprig gebratene Küchlein aus Süßkartoffelpüree und Grünkohl, mit einem Spiegelei obenauf."],
  },
  "lemon-drizzle-cake": {
    es: ["Bizcocho de limón glaseado", "Un bizcocho de limón mantecoso empapado con un almíbar crujiente de azúcar y limón."],
    de: ["Zitronenkuchen mit Zuckerguss", "Ein buttriger Zitronenkuchen, getränkt mit einem knackigen Zitronen-Zucker-Sirup."],
  },
  "blueberry-oat-crumble": {
    es: ["Crumble de arándanos y avena", "Arándanos melosos bajo un crumble crujiente de avena y mantequilla."],
    de: ["Heidelbeer-Hafer-Crumble", "Marmeladige Heidelbeeren unter knusprigen Streuseln aus Haferflocken und Butter."],
  },
  "steamed-ginger-pudding": {
    es: ["Pudin de jengibre al vapor", "Un bizcocho ligero con jengibre fresco, cocido al vapor bajo una capa de sirope de arce."],
    de: ["Gedämpfter Ingwerpudding", "Ein lockerer Rührteig mit frischem Ingwer, unter einer Ahornsirup-Haube gedämpft."],
  },
  "ploughman-s-platter": {
    es: ["Tabla del labrador", "Masa madre crujiente, cheddar curado, mantequilla, tomates y pepino."],
    de: ["Ploughman's-Platte", "Knuspriges Sauerteigbrot, reifer Cheddar, Butter, Tomaten und Gurke."],
  },
  "roast-carrot-ginger-soup": {
    es: ["Sopa de zanahoria asada y jengibre", "Zanahorias asadas dulces trituradas con jengibre en una sopa sedosa."],
    de: ["Suppe aus Ofenkarotten und Ingwer", "Süße geröstete Karotten, mit Ingwer zu einer samtigen Suppe püriert."],
  },
  "smoked-tofu-kale-hash": {
    es: ["Salteado de tofu ahumado y col", "Boniato crujiente, tofu ahumado y col salteados juntos con pimentón ahumado."],
    de: ["Pfanne mit Räuchertofu und Grünkohl", "Knusprige Süßkartoffel, Räuchertofu und Grünkohl, zusammen mit geräuchertem Paprika gebraten."],
  },
  "elderflower-lemon-spritz": {
    es: ["Spritz de flor de saúco y limón", "Refresco espumoso de flor de saúco con hielo, limón y pepino."],
    de: ["Holunderblüten-Zitronen-Spritz", "Prickelnde Holunderblüte auf Eis mit Zitrone und Gurke."],
  },
  "spiced-apple-ginger-warmer": {
    es: ["Bebida caliente especiada de manzana y jengibre", "Zumo de manzana turbio calentado con jengibre fresco y canela."],
    de: ["Würziger Apfel-Ingwer-Wärmer", "Naturtrüber Apfelsaft, mit frischem Ingwer und Zimt erwärmt."],
  },
  "mushroom-bourguignon": {
    es: ["Bourguignon de champiñones", "Champiñones marrones y zanahorias braseados en una salsa oscura con aroma a tomillo."],
    de: ["Pilz-Bourguignon", "Braune Champignons und Karotten, in einer dunklen, nach Thymian duftenden Soße geschmort."],
  },
  "mushroom-cheese-omelette": {
    es: ["Tortilla francesa de champiñones y queso", "Una tortilla suave y doblada, rellena de champiñones dorados y queso curado rallado."],
    de: ["Omelett mit Champignons und Käse", "Ein weiches, gefaltetes Omelett mit goldbraunen Champignons und geriebenem Hartkäse."],
  },
  "french-onion-soup": {
    es: ["Sopa de cebolla francesa", "Cebollas caramelizadas lentamente en un caldo intenso, bajo tostas de baguette con queso."],
    de: ["Französische Zwiebelsuppe", "Langsam karamellisierte Zwiebeln in einer kräftigen Brühe unter überbackenen Baguettescheiben."],
  },
  "beluga-lentil-roast-carrot-salad": {
    es: ["Ensalada de lentejas beluga y zanahoria asada", "Lentejas negras brillantes con zanahorias asadas, cebolla morada y perejil en un aliño de limón."],
    de: ["Salat mit Belugalinsen und Ofenkarotten", "Glänzende schwarze Linsen mit Ofenkarotten, roter Zwiebel und Petersilie in Zitronendressing."],
  },
  "lemon-sugar-crepes": {
    es: ["Crepes de limón y azúcar", "Crepes finas y mantecosas con un chorrito de limón y un poco de azúcar."],
    de: ["Crêpes mit Zitrone und Zucker", "Dünne, buttrige Crêpes mit einem Spritzer Zitrone und etwas Zucker."],
  },
  "pain-perdu-with-blueberries": {
    es: ["Torrijas francesas con arándanos", "Brioche empapado en natilla de canela y frito en mantequilla hasta dorarse."],
    de: ["Pain perdu mit Heidelbeeren", "Brioche, in Zimt-Eiermilch getränkt und in Butter goldbraun gebraten."],
  },
  "salade-nicoise-with-eggs": {
    es: ["Ensalada nizarda con huevo", "Huevos pasados por agua, tomates, pepino y cebolla morada en un aliño ácido de limón."],
    de: ["Salade niçoise mit Ei", "Wachsweiche Eier, Tomaten, Gurke und rote Zwiebel in einem spritzigen Zitronendressing."],
  },
  "sweet-potato-tortilla-espanola": {
    es: ["Tortilla española de boniato", "Una tortilla gruesa de boniato y cebolla pochados en aceite de oliva."],
    de: ["Spanische Tortilla mit Süßkartoffel", "Ein dickes spanisches Omelett aus in Olivenöl weich gegarter Süßkartoffel und Zwiebel."],
  },
  gazpacho: {
    es: ["Gazpacho", "Una sopa fría triturada de tomate, pepino, pimiento rojo y ajo."],
    de: ["Gazpacho", "Eine eiskalte pürierte Suppe aus Tomaten, Gurke, roter Paprika und Knoblauch."],
  },
  "sweet-potato-bravas": {
    es: ["Boniatos bravos", "Boniatos asados y crujientes con una salsa de tomate ahumada y picante."],
    de: ["Süßkartoffel-Bravas", "Knusprig geröstete Süßkartoffeln mit einer rauchig-scharfen Tomatensoße."],
  },
  "pan-con-tomate": {
    es: ["Pan con tomate", "Baguette tostada frotada con ajo y tomate maduro, terminada con aceite de oliva y sal."],
    de: ["Pan con Tomate", "Geröstetes Baguette, mit Knoblauch und reifer Tomate eingerieben, mit Olivenöl und Salz."],
  },
  "espinacas-con-garbanzos": {
    es: ["Espinacas con garbanzos", "La tapa sevillana de garbanzos y espinacas con pimentón ahumado, comino y pan frito."],
    de: ["Spinat mit Kichererbsen", "Sevillas Tapa aus Kichererbsen und Spinat mit geräuchertem Paprika, Kreuzkümmel und gebratenem Brot."],
  },
  "mushroom-pepper-paella": {
    es: ["Paella de champiñones y pimiento", "Arroz amarillo de azafrán con champiñones, pimientos rojos y pimentón ahumado, hecho en una sola paellera."],
    de: ["Paella mit Champignons und Paprika", "Safrangelber Reis mit Champignons, roter Paprika und geräuchertem Paprika, in einer weiten Pfanne gegart."],
  },
  "garlic-mushrooms-al-ajillo": {
    es: ["Champiñones al ajillo", "Champiñones chisporroteando en aceite de oliva con ajo, guindilla y perejil."],
    de: ["Champignons al Ajillo", "Champiñones al ajillo: Champignons, in Olivenöl mit Knoblauch, Chili und Petersilie gebrutzelt."],
  },
  "greek-village-salad": {
    es: ["Ensalada griega", "Horiatiki: tomates, pepino y cebolla morada con un buen trozo de feta y buen aceite de oliva."],
    de: ["Griechischer Bauernsalat", "Horiatiki: Tomaten, Gurke und rote Zwiebel mit einer Scheibe Feta und gutem Olivenöl."],
  },
  "spinach-feta-baked-eggs": {
    es: ["Huevos al horno con espinacas y feta", "Huevos horneados sobre espinacas salteadas con ajo y feta desmenuzado."],
    de: ["Gebackene Eier mit Spinat und Feta", "Eier, auf Knoblauchspinat gebacken, mit zerbröseltem Feta."],
  },
  "baked-black-beans-with-tomato-feta": {
    es: ["Frijoles negros al horno con tomate y feta", "Frijoles al estilo gigantes horneados en una salsa de tomate con canela bajo feta desmenuzado."],
    de: ["Gebackene schwarze Bohnen mit Tomate und Feta", "Bohnen nach Gigantes-Art, in einer Tomatensoße mit Zimt unter zerbröseltem Feta gebacken."],
  },
  "tzatziki-with-warm-pitta": {
    es: ["Tzatziki con pita caliente", "Yogur espeso con pepino rallado, ajo y limón, servido con pita caliente."],
    de: ["Tzatziki mit warmem Pitabrot", "Dicker Joghurt mit geraspelter Gurke, Knoblauch und Zitrone, dazu warmes Pitabrot."],
  },
  "greek-yoghurt-blueberry-pots": {
    es: ["Vasitos de yogur griego con arándanos", "Yogur espeso en capas con arándanos y sirope de arce."],
    de: ["Griechischer Joghurt mit Heidelbeeren im Glas", "Dicker Joghurt, geschichtet mit Heidelbeeren und Ahornsirup."],
  },
  "lemony-greek-lentil-soup": {
    es: ["Sopa griega de lentejas al limón", "Fakes: una sopa espesa de lentejas y tomate avivada con limón y aceite de oliva."],
    de: ["Griechische Linsensuppe mit Zitrone", "Fakes: eine dicke Linsen-Tomaten-Suppe, mit Zitrone und Olivenöl geschärft."],
  },
  "briam-roast-vegetables": {
    es: ["Briam de verduras asadas", "Boniato, pimientos, cebolla y tomates asados lentamente en aceite de oliva."],
    de: ["Briam – Ofengemüse", "Süßkartoffel, Paprika, Zwiebel und Tomaten, langsam in Olivenöl geschmort."],
  },
  "blueberry-pancakes": {
    es: ["Tortitas de arándanos", "Tortitas esponjosas salpicadas de arándanos, con mantequilla y sirope de arce."],
    de: ["Heidelbeer-Pancakes", "Fluffige Pancakes mit Heidelbeeren, dazu Butter und Ahornsirup."],
  },
  "black-bean-burgers": {
    es: ["Hamburguesas de frijoles negros", "Hamburguesas ahumadas de frijoles negros y avena en pan brioche con aguacate."],
    de: ["Burger mit schwarzen Bohnen", "Rauchige Patties aus schwarzen Bohnen und Haferflocken in Brioche-Buns mit Avocado."],
  },
  "baked-penne-mac-cheese": {
    es: ["Penne gratinados con queso", "Penne en una salsa intensa de cheddar, horneados bajo una costra crujiente de queso."],
    de: ["Überbackene Penne mit Käse", "Penne in einer würzigen Cheddarsoße, unter einer knusprigen Käsekruste gebacken."],
  },
  "chocolate-peanut-butter-smoothie": {
    es: ["Batido de chocolate y crema de cacahuete", "Plátano, crema de cacahuete y cacao triturados con bebida de avena."],
    de: ["Schoko-Erdnussbutter-Smoothie", "Banane, Erdnussbutter und Kakao, mit Haferdrink gemixt."],
  },
  "sweet-potato-fries-with-avocado-dip": {
    es: ["Patatas fritas de boniato con salsa de aguacate", "Bastones de boniato crujientes al pimentón con una salsa de aguacate y lima."],
    de: ["Süßkartoffel-Pommes mit Avocado-Dip", "Knusprige Süßkartoffel-Pommes mit Paprika und einem Limetten-Avocado-Dip."],
  },
  "kale-caesar-with-sourdough-croutons": {
    es: ["César de col con picatostes de masa madre", "Col masajeada en un aliño de limón, ajo y queso con picatostes crujientes."],
    de: ["Grünkohl-Caesar mit Sauerteig-Croûtons", "Gekneteter Grünkohl in einem Dressing aus Knoblauch, Zitrone und Käse mit knusprigen Croûtons."],
  },
  "smoked-tofu-avocado-tomato-sandwich": {
    es: ["Sándwich de tofu ahumado, aguacate y tomate", "Pan integral con tofu ahumado, aguacate, tomate y espinacas."],
    de: ["Sandwich mit Räuchertofu, Avocado und Tomate", "Vollkornbrot, belegt mit Räuchertofu, Avocado, Tomaten und Spinat."],
  },
  "cinnamon-banana-bread": {
    es: ["Pan de plátano con canela", "Un bizcocho jugoso de plátanos muy maduros y canela."],
    de: ["Bananenbrot mit Zimt", "Ein saftiger Kuchen aus sehr reifen Bananen und Zimt."],
  },
  "blueberry-banana-smoothie-bowl": {
    es: ["Smoothie bowl de arándanos y plátano", "Un batido espeso de arándanos y plátano cubierto de avena y yogur de coco."],
    de: ["Heidelbeer-Bananen-Smoothie-Bowl", "Ein dicker Heidelbeer-Bananen-Smoothie mit Haferflocken und Kokosjoghurt."],
  },
};
