// Spanish and German for the demo catalogue: every category, the first 30 products in seed order
// (ids 1–30 of a fresh seed: the seed has no sales to rank by, and these are the staples most
// recipes call for) and every recipe that uses one of them (db/seed/translations-recipes-es-de.ts).
// Pure data, keyed by slug; db/seed/index.ts inserts it. English stays on the rows themselves.

export type TranslatedLocale = "es" | "de";
export type TextTranslation = { name: string; description: string };

export const categoryTranslations: Record<string, Record<TranslatedLocale, TextTranslation>> = {
  "fresh-produce": {
    es: {
      name: "Frutas y verduras",
      description: "Fruta, verdura y hierbas de temporada de productores que conocemos por su nombre, a granel o en bolsas compostables.",
    },
    de: {
      name: "Obst & Gemüse",
      description: "Saisonales Obst, Gemüse und Kräuter von Erzeugern, die wir beim Namen kennen – lose oder in kompostierbaren Beuteln geliefert.",
    },
  },
  pantry: {
    es: {
      name: "Despensa",
      description: "Cereales, legumbres, pasta, aceites, conservas y especias: los básicos ecológicos que convierten los productos frescos en una cena.",
    },
    de: {
      name: "Vorratskammer",
      description: "Getreide, Hülsenfrüchte, Nudeln, Öle, Konserven und Gewürze: die Bio-Grundzutaten, die aus frischen Zutaten ein Abendessen machen.",
    },
  },
  bakery: {
    es: {
      name: "Panadería",
      description: "Masa madre de fermentación lenta, panes planos y bollería de panaderías independientes, recién horneados y envueltos en papel.",
    },
    de: {
      name: "Bäckerei",
      description: "Langsam geführtes Sauerteigbrot, Fladenbrote und Gebäck aus unabhängigen Bäckereien, frisch gebacken und in Papier verpackt.",
    },
  },
  "dairy-alternatives": {
    es: {
      name: "Lácteos y alternativas",
      description: "Huevos camperos, mantequilla y queso de granja junto a bebida de avena, tofu y favoritos vegetales fermentados.",
    },
    de: {
      name: "Milchprodukte & Alternativen",
      description: "Eier aus Freilandhaltung, Bauernbutter und Käse neben Haferdrink, Tofu und fermentierten pflanzlichen Lieblingen.",
    },
  },
  drinks: {
    es: {
      name: "Bebidas",
      description: "Café y té de comercio justo, zumos prensados en frío y refrescos con gas de pequeña producción.",
    },
    de: {
      name: "Getränke",
      description: "Fair gehandelter Kaffee und Tee, kaltgepresste Säfte und prickelnde Getränke aus kleinen Chargen.",
    },
  },
  cookbooks: {
    es: {
      name: "Libros de cocina",
      description: "Libros de cocina seleccionados sobre cocina vegetal, de temporada y sin desperdicio, impresos en papel reciclado o con certificación FSC.",
    },
    de: {
      name: "Kochbücher",
      description: "Handverlesene Kochbücher über pflanzliche, saisonale und abfallarme Küche, gedruckt auf Recycling- oder FSC-zertifiziertem Papier.",
    },
  },
};

export const productTranslations: Record<string, Record<TranslatedLocale, TextTranslation>> = {
  "heirloom-cherry-tomatoes": {
    es: {
      name: "Tomates cherry tradicionales",
      description: "Una mezcla brillante de tomates cherry rojos, amarillos y rayados, cultivados por su sabor y no por su duración. Tan dulces que se comen directamente de la cesta.",
    },
    de: {
      name: "Alte Kirschtomatensorten",
      description: "Eine leuchtende Mischung aus roten, gelben und gestreiften Kirschtomaten, angebaut für den Geschmack statt für die Haltbarkeit. Süß genug, um sie direkt aus der Schale zu naschen.",
    },
  },
  "vine-ripened-beefsteak-tomatoes": {
    es: {
      name: "Tomates corazón de buey madurados en la mata",
      description: "Tomates grandes y carnosos que se dejan en la mata hasta que maduran del todo. Perfectos en rodajas gruesas para bocadillos o cocinados en salsas.",
    },
    de: {
      name: "Strauchgereifte Fleischtomaten",
      description: "Große, fleischige Tomaten, die am Strauch bleiben, bis sie ganz reif sind. Perfekt in dicken Scheiben aufs Brot oder zu Soßen eingekocht.",
    },
  },
  "organic-baby-spinach": {
    es: {
      name: "Espinacas baby ecológicas",
      description: "Hojas tiernas de espinaca baby, lavadas y listas para usar. Se ablandan en segundos en curris y pasta o sirven de base suave para ensaladas.",
    },
    de: {
      name: "Bio-Babyspinat",
      description: "Zarte Babyspinatblätter, gewaschen und küchenfertig. Fällt in Currys und Pasta in Sekunden zusammen oder ist eine milde Salatbasis.",
    },
  },
  "tuscan-kale": {
    es: {
      name: "Col toscana (cavolo nero)",
      description: "Hojas oscuras y rizadas de cavolo nero con un sabor profundo y a frutos secos. Ideal en sopas, guisos o masajeada en una ensalada contundente.",
    },
    de: {
      name: "Toskanischer Palmkohl (Cavolo Nero)",
      description: "Dunkle, krause Cavolo-Nero-Blätter mit tiefem, nussigem Geschmack. Großartig in Suppen, Eintöpfen oder geknetet in einem herzhaften Salat.",
    },
  },
  "yellow-onions": {
    es: {
      name: "Cebollas amarillas (1 kg)",
      description: "Cebollas firmes de piel dorada que se vuelven dulces y melosas al cocinarlas despacio. La base de casi todo.",
    },
    de: {
      name: "Gelbe Zwiebeln (1 kg)",
      description: "Feste Zwiebeln mit goldener Schale, die langsam gegart süß und marmeladig werden. Die Grundlage von fast allem.",
    },
  },
  "red-onions": {
    es: {
      name: "Cebollas moradas (500 g)",
      description: "Cebollas moradas suaves, lo bastante dulces para usarlas crudas en ensaladas y salsas, o asarlas hasta que estén tiernas.",
    },
    de: {
      name: "Rote Zwiebeln (500 g)",
      description: "Milde, purpurrote Zwiebeln, süß genug für Salate und Salsas roh oder geröstet, bis sie weich sind.",
    },
  },
  "purple-garlic": {
    es: {
      name: "Ajo morado (3 cabezas)",
      description: "Cabezas de ajo gruesas con vetas moradas y un picor intenso y redondo. Cada cabeza tiene dientes grandes y fáciles de pelar.",
    },
    de: {
      name: "Violetter Knoblauch (3 Knollen)",
      description: "Pralle, violett gestreifte Knoblauchknollen mit voller, runder Schärfe. Jede Knolle hat große, leicht zu schälende Zehen.",
    },
  },
  "unwaxed-lemons": {
    es: {
      name: "Limones sin encerar (pack de 4)",
      description: "Limones aromáticos de piel fina sin encerar, para rallar la cáscara directamente en aliños y repostería.",
    },
    de: {
      name: "Unbehandelte Zitronen (4er-Pack)",
      description: "Duftende, dünnschalige Zitronen ohne Wachs, deren Schale sich direkt in Dressings und Gebäck reiben lässt.",
    },
  },
  limes: {
    es: {
      name: "Limas (pack de 4)",
      description: "Limas jugosas y aromáticas para terminar curris, tacos y bebidas.",
    },
    de: {
      name: "Limetten (4er-Pack)",
      description: "Saftige, aromatische Limetten zum Abschmecken von Currys, Tacos und Getränken.",
    },
  },
  "sweet-potatoes": {
    es: {
      name: "Boniatos naranjas (1 kg)",
      description: "Boniatos dulces de pulpa esponjosa que se asan hasta caramelizarse. Geniales en bandejas al horno, curris y tacos.",
    },
    de: {
      name: "Orange Süßkartoffeln (1 kg)",
      description: "Süße Süßkartoffeln mit lockerem Fruchtfleisch, die im Ofen karamellisieren. Großartig in Ofengerichten, Currys und Tacos.",
    },
  },
  "hass-avocados": {
    es: {
      name: "Aguacates Hass (pack de 2)",
      description: "Aguacates Hass cremosos y con notas a nuez, recolectados maduros y madurados en tienda. Listos para comer en uno o dos días.",
    },
    de: {
      name: "Hass-Avocados (2er-Pack)",
      description: "Cremige, nussige Hass-Avocados, reif geerntet und im Laden nachgereift. In ein bis zwei Tagen genussfertig.",
    },
  },
  "fresh-ginger": {
    es: {
      name: "Raíz de jengibre fresco (150 g)",
      description: "Raíz de jengibre nudosa y picante para curris, salteados, infusiones y aliños.",
    },
    de: {
      name: "Frische Ingwerwurzel (150 g)",
      description: "Knollige, feurige Ingwerwurzel für Currys, Pfannengerichte, Tees und Dressings.",
    },
  },
  "rainbow-carrots": {
    es: {
      name: "Zanahorias de colores (750 g)",
      description: "Zanahorias tradicionales moradas, amarillas y naranjas, con un sabor más dulce y terroso que la variedad común.",
    },
    de: {
      name: "Bunte Karotten (750 g)",
      description: "Violette, gelbe und orange Karotten alter Sorten mit süßerem, erdigerem Geschmack als die übliche Sorte.",
    },
  },
  "red-bell-peppers": {
    es: {
      name: "Pimientos rojos (pack de 3)",
      description: "Pimientos rojos dulces de pared gruesa para asar, rellenar o cortar en crudo en ensaladas.",
    },
    de: {
      name: "Rote Paprika (3er-Pack)",
      description: "Süße, dickwandige rote Paprika zum Rösten, Füllen oder roh in Salaten.",
    },
  },
  "chestnut-mushrooms": {
    es: {
      name: "Champiñones marrones (250 g)",
      description: "Champiñones firmes de sombrero marrón con más sabor que los blancos. Ideales para risottos y ragús.",
    },
    de: {
      name: "Braune Champignons (250 g)",
      description: "Feste Champignons mit brauner Kappe und kräftigerem Geschmack als weiße. Ideal für Risottos und Ragouts.",
    },
  },
  "fresh-coriander": {
    es: {
      name: "Cilantro fresco (manojo)",
      description: "Un manojo generoso de cilantro aromático, con raíz. Termina curris, tacos y ensaladas con un puñado.",
    },
    de: {
      name: "Frischer Koriander (Bund)",
      description: "Ein großzügiger Bund duftender Koriander mit Wurzeln. Eine Handvoll rundet Currys, Tacos und Salate ab.",
    },
  },
  "flat-leaf-parsley": {
    es: {
      name: "Perejil liso (manojo)",
      description: "Perejil liso fresco y herbáceo para tabulé, salsa verde y para terminar guisos.",
    },
    de: {
      name: "Glatte Petersilie (Bund)",
      description: "Frische, grasige glatte Petersilie für Taboulé, Salsa Verde und zum Vollenden von Eintöpfen.",
    },
  },
  bananas: {
    es: {
      name: "Plátanos de comercio justo (racimo de 5)",
      description: "Plátanos dulces y cremosos para bowls de desayuno, batidos y repostería.",
    },
    de: {
      name: "Fairtrade-Bananen (Bund mit 5)",
      description: "Süße, cremige Bananen für Frühstücksbowls, Smoothies und zum Backen.",
    },
  },
  "british-blueberries": {
    es: {
      name: "Arándanos británicos (200 g)",
      description: "Arándanos gordos y oscuros con un buen equilibrio entre dulzor y acidez.",
    },
    de: {
      name: "Britische Heidelbeeren (200 g)",
      description: "Pralle, dunkle Heidelbeeren mit ausgewogenem Verhältnis von Süße und Säure.",
    },
  },
  "english-cucumber": {
    es: {
      name: "Pepino inglés",
      description: "Pepino crujiente y fresco de piel fina; no hace falta pelarlo.",
    },
    de: {
      name: "Salatgurke",
      description: "Knackige, kühle Gurke mit dünner Schale; Schälen ist nicht nötig.",
    },
  },
  "dried-chickpeas": {
    es: {
      name: "Garbanzos secos ecológicos (500 g)",
      description: "Garbanzos kabuli gruesos para remojar y cocer desde cero. Quedan más cremosos y baratos que los de bote, y el agua de cocción es aquafaba gratis.",
    },
    de: {
      name: "Bio-Kichererbsen, getrocknet (500 g)",
      description: "Pralle Kabuli-Kichererbsen zum Einweichen und Selberkochen. Sie werden cremiger und günstiger als aus der Dose, und das Kochwasser gibt es als Aquafaba gratis dazu.",
    },
  },
  "canned-chickpeas": {
    es: {
      name: "Garbanzos al natural (lata de 400 g)",
      description: "Garbanzos listos para usar en agua ligeramente salada. Escurre, enjuaga y añádelos a curris, ensaladas o hummus.",
    },
    de: {
      name: "Kichererbsen in Wasser (400-g-Dose)",
      description: "Küchenfertige Kichererbsen in leicht gesalzenem Wasser. Abtropfen, abspülen und in Currys, Salate oder Hummus geben.",
    },
  },
  "canned-black-beans": {
    es: {
      name: "Frijoles negros al natural (lata de 400 g)",
      description: "Frijoles negros tiernos y terrosos, listos para tacos, chili y burrito bowls.",
    },
    de: {
      name: "Schwarze Bohnen in Wasser (400-g-Dose)",
      description: "Weiche, erdige schwarze Bohnen, bereit für Tacos, Chili und Burrito-Bowls.",
    },
  },
  "red-lentils": {
    es: {
      name: "Lentejas rojas partidas (500 g)",
      description: "Lentejas rojas partidas de cocción rápida que se deshacen en un dal o una sopa sedosa en unos 20 minutos.",
    },
    de: {
      name: "Rote Linsen, geschält (500 g)",
      description: "Schnell kochende geschälte rote Linsen, die in etwa 20 Minuten zu einem seidigen Dal oder einer Suppe zerfallen.",
    },
  },
  "puy-lentils": {
    es: {
      name: "Lentejas verdes francesas de Puy (500 g)",
      description: "Lentejas pequeñas de color verde pizarra que mantienen su forma y su toque picante. La opción clásica para ensaladas templadas.",
    },
    de: {
      name: "Französische grüne Puy-Linsen (500 g)",
      description: "Kleine, schiefergrüne Linsen, die ihre Form und ihren pfeffrigen Biss behalten. Die klassische Wahl für lauwarme Salate.",
    },
  },
  "beluga-lentils": {
    es: {
      name: "Lentejas negras beluga (500 g)",
      description: "Pequeñas lentejas negras brillantes que quedan firmes y sueltas tras la cocción. Un gran sustituto de las lentejas de Puy.",
    },
    de: {
      name: "Schwarze Belugalinsen (500 g)",
      description: "Glänzende kleine schwarze Linsen, die nach dem Kochen fest und körnig bleiben. Ein guter Ersatz für Puy-Linsen.",
    },
  },
  "brown-basmati-rice": {
    es: {
      name: "Arroz basmati integral ecológico (1 kg)",
      description: "Basmati integral de grano largo con aroma a frutos secos. Queda esponjoso y suelto.",
    },
    de: {
      name: "Bio-Basmati-Naturreis (1 kg)",
      description: "Langkörniger Vollkorn-Basmati mit nussigem Aroma. Kocht locker und körnig.",
    },
  },
  "arborio-rice": {
    es: {
      name: "Arroz arborio para risotto (1 kg)",
      description: "Arroz de grano corto, gordo y rico en almidón, que da al risotto su textura cremosa.",
    },
    de: {
      name: "Arborio-Risottoreis (1 kg)",
      description: "Praller, stärkereicher Rundkornreis, der dem Risotto seine cremige Konsistenz gibt.",
    },
  },
  "bronze-cut-spaghetti": {
    es: {
      name: "Espaguetis trefilados en bronce (500 g)",
      description: "Espaguetis de trigo duro extruidos en moldes de bronce y secados lentamente, para que su superficie rugosa retenga cada gota de salsa.",
    },
    de: {
      name: "Bronzegezogene Spaghetti (500 g)",
      description: "Spaghetti aus Hartweizen, durch Bronzeformen gezogen und langsam getrocknet, damit die raue Oberfläche jeden Tropfen Soße festhält.",
    },
  },
  "wholewheat-penne": {
    es: {
      name: "Penne integrales (500 g)",
      description: "Penne rigate integrales con sabor a frutos secos y mucha fibra.",
    },
    de: {
      name: "Vollkorn-Penne (500 g)",
      description: "Geriffelte Vollkorn-Penne mit nussigem Geschmack und reichlich Ballaststoffen.",
    },
  },
};
