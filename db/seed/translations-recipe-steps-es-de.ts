// Spanish and German method steps of every translated recipe (db/seed/translations-recipes-es-de.ts),
// step for step with the English in db/seed/catalog-data.ts and db/seed/recipes-world.ts.
// Pure data, keyed by recipe slug.

import type { TranslatedLocale } from "./translations-es-de";

export const recipeSteps: Record<string, Record<TranslatedLocale, string[]>> = {
  "chickpea-spinach-coconut-curry": {
    es: [
      "Pica finamente la cebolla, el ajo y el jengibre. Sofríe la cebolla con un chorrito de agua o aceite a fuego medio durante 8 minutos, hasta que esté tierna y dorada.",
      "Añade el ajo, el jengibre y el garam masala y cocina 1 minuto, hasta que desprendan aroma.",
      "Incorpora los garbanzos escurridos y la leche de coco, sala y cuece a fuego lento 15 minutos, hasta que espese un poco.",
      "Añade las espinacas a puñados, removiendo hasta que se ablanden, y exprime zumo de lima por encima.",
      "Sirve con arroz basmati integral, cocido según el paquete.",
    ],
    de: [
      "Zwiebel, Knoblauch und Ingwer fein hacken. Die Zwiebel mit einem Schuss Wasser oder Öl bei mittlerer Hitze 8 Minuten weich und goldgelb braten.",
      "Knoblauch, Ingwer und Garam Masala zugeben und 1 Minute braten, bis es duftet.",
      "Die abgetropften Kichererbsen und die Kokosmilch dazugeben, salzen und 15 Minuten köcheln lassen, bis es leicht eindickt.",
      "Den Spinat handvollweise unterrühren, bis er zusammenfällt, dann Limettensaft darüberpressen.",
      "Mit braunem Basmatireis servieren, nach Packungsanweisung gekocht.",
    ],
  },
  "smoky-chickpea-kale-salad": {
    es: [
      "Precalienta el horno a 220C. Escurre, enjuaga y seca bien los garbanzos, mézclalos con 1 cda de aceite, el pimentón ahumado y una pizca de sal, y ásalos 20 minutos hasta que estén crujientes.",
      "Separa la col de los tallos, córtala en tiras finas y masajéala con una pizca de sal y un chorrito de limón durante 2 minutos, hasta que se ablande.",
      "Bate el tahini con el zumo del limón restante, un diente de ajo rallado y 3-4 cdas de agua fría hasta que quede liso y fluido.",
      "Mezcla la col con la mitad del aliño, pon encima los garbanzos calientes y riega con el resto.",
    ],
    de: [
      "Den Ofen auf 220C vorheizen. Die Kichererbsen abtropfen lassen, abspülen und gründlich trocknen, mit 1 EL Öl, dem geräucherten Paprika und einer Prise Salz mischen und 20 Minuten knusprig rösten.",
      "Den Grünkohl von den Stielen zupfen, fein schneiden und mit einer Prise Salz und einem Spritzer Zitrone 2 Minuten kneten, bis er weich wird.",
      "Das Tahini mit dem Saft der übrigen Zitrone, einer geriebenen Knoblauchzehe und 3-4 EL kaltem Wasser glatt und flüssig rühren.",
      "Den Grünkohl mit der Hälfte des Dressings mischen, die heißen Kichererbsen daraufgeben und den Rest darüberträufeln.",
    ],
  },
  "lemon-garlic-hummus": {
    es: [
      "Pon los garbanzos secos en remojo toda la noche en abundante agua fría y escúrrelos.",
      "Cúbrelos con agua limpia y cuécelos a fuego lento 60-75 minutos, hasta que estén muy tiernos. Escúrrelos y reserva una taza del agua de cocción.",
      "Tritura los garbanzos templados con el tahini, el zumo de limón, el ajo, el comino y una buena pizca de sal, añadiendo agua de cocción poco a poco hasta que quede muy fino.",
      "Pásalo a un cuenco, haz remolinos en la superficie y riega con aceite de oliva.",
      "Calienta el pan de pita en la tostadora y córtalo en tiras para mojar.",
    ],
    de: [
      "Die getrockneten Kichererbsen über Nacht in reichlich kaltem Wasser einweichen, dann abgießen.",
      "Mit frischem Wasser bedecken und 60-75 Minuten köcheln, bis sie ganz weich sind. Abgießen und eine Tasse Kochwasser aufheben.",
      "Die warmen Kichererbsen mit Tahini, Zitronensaft, Knoblauch, Kreuzkümmel und einer guten Prise Salz pürieren und nach und nach Kochwasser zugeben, bis alles sehr glatt ist.",
      "In eine Schüssel geben, die Oberfläche mit Schwung verstreichen und mit Olivenöl beträufeln.",
      "Das Pitabrot im Toaster erwärmen und zum Dippen in Streifen schneiden.",
    ],
  },
  "chickpea-sun-dried-tomato-penne": {
    es: [
      "Cuece los penne en abundante agua con sal hasta que estén al dente y reserva una taza del agua antes de escurrirlos.",
      "Mientras tanto, pica los tomates secos y sofríelos con el ajo laminado en 2 cdas de su aceite durante 2 minutos.",
      "Añade los garbanzos escurridos y las escamas de guindilla y sofríe 5 minutos, hasta que los garbanzos empiecen a dorarse.",
      "Incorpora las espinacas hasta que se ablanden y mezcla con la pasta y un chorrito del agua de cocción.",
      "Termina con la ralladura y el zumo de medio limón y sazona al gusto.",
    ],
    de: [
      "Die Penne in reichlich Salzwasser al dente kochen und vor dem Abgießen eine Tasse Nudelwasser aufheben.",
      "Inzwischen die getrockneten Tomaten hacken und mit dem in Scheiben geschnittenen Knoblauch in 2 EL ihres Öls 2 Minuten braten.",
      "Die abgetropften Kichererbsen und die Chiliflocken zugeben und 5 Minuten braten, bis die Kichererbsen Farbe nehmen.",
      "Den Spinat unterrühren, bis er zusammenfällt, dann mit der Pasta und einem Schuss Nudelwasser mischen.",
      "Mit Schale und Saft einer halben Zitrone vollenden und abschmecken.",
    ],
  },
  "weeknight-red-lentil-dal": {
    es: [
      "Enjuaga las lentejas hasta que el agua salga limpia.",
      "Sofríe la cebolla picada en un poco de aceite durante 6 minutos, añade el ajo, el comino y la cúrcuma y cocina 1 minuto.",
      "Añade las lentejas, los tomates y 900 ml de agua. Lleva a ebullición y cuece a fuego lento 20 minutos, removiendo a menudo, hasta que quede espeso y cremoso.",
      "Sala bien y sirve solo o con arroz.",
    ],
    de: [
      "Die Linsen spülen, bis das Wasser klar bleibt.",
      "Die gehackte Zwiebel in etwas Öl 6 Minuten braten, dann Knoblauch, Kreuzkümmel und Kurkuma zugeben und 1 Minute mitbraten.",
      "Linsen, Tomaten und 900 ml Wasser zugeben. Aufkochen und 20 Minuten unter häufigem Rühren köcheln, bis es dick und cremig ist.",
      "Gut salzen und pur oder mit Reis servieren.",
    ],
  },
  "peanut-butter-banana-overnight-oats": {
    es: [
      "Aplasta un plátano en un cuenco y mézclalo con la avena, la canela y la bebida de avena.",
      "Repártelo en dos tarros, tápalos y refrigéralos toda la noche.",
      "Por la mañana, aligéralo con un chorrito más de bebida de avena y cubre cada tarro con el segundo plátano en rodajas y una cucharada de crema de cacahuete.",
    ],
    de: [
      "Eine Banane in einer Schüssel zerdrücken, dann Haferflocken, Zimt und Haferdrink unterrühren.",
      "Auf zwei Gläser verteilen, abdecken und über Nacht kühlen.",
      "Morgens mit einem Schuss Haferdrink auflockern und jedes Glas mit der zweiten, in Scheiben geschnittenen Banane und einem Löffel Erdnussbutter belegen.",
    ],
  },
  "sweet-potato-black-bean-tacos": {
    es: [
      "Precalienta el horno a 210C. Pela y corta en dados los boniatos, mézclalos con un poco de aceite, el pimentón ahumado y sal, y ásalos 25 minutos.",
      "Calienta los frijoles negros escurridos en una sartén con un chorrito de agua y un poco de lima, aplastando algunos con un tenedor.",
      "Calienta las tortillas en una sartén sin aceite 30 segundos por cada lado.",
      "Rellena cada tortilla con frijoles y boniato y termina con cilantro y gajos de lima.",
    ],
    de: [
      "Den Ofen auf 210C vorheizen. Die Süßkartoffeln schälen, würfeln, mit etwas Öl, geräuchertem Paprika und Salz mischen und 25 Minuten rösten.",
      "Die abgetropften schwarzen Bohnen mit einem Schuss Wasser und einem Spritzer Limette in einer Pfanne erwärmen und einige mit der Gabel leicht zerdrücken.",
      "Die Tortillas in einer trockenen Pfanne 30 Sekunden pro Seite erwärmen.",
      "Jede Tortilla mit Bohnen und Süßkartoffel füllen und mit Koriander und Limettenspalten vollenden.",
    ],
  },
  "beefsteak-tomato-shakshuka": {
    es: [
      "Corta la cebolla y el pimiento en tiras y sofríelos en una sartén honda durante 10 minutos, hasta que estén tiernos.",
      "Añade el ajo, el comino y el pimentón ahumado y cocina 1 minuto.",
      "Añade los tomates troceados y cuece a fuego lento 10-15 minutos, hasta que la salsa espese y quede melosa. Sazona bien.",
      "Haz cuatro huecos en la salsa, casca los huevos en ellos, tapa y cocina a fuego bajo 6-8 minutos, hasta que cuajen las claras.",
      "Desmenuza el feta por encima y sirve en la misma sartén con trozos de baguette.",
    ],
    de: [
      "Zwiebel und Paprika in Streifen schneiden und in einer tiefen Pfanne 10 Minuten weich braten.",
      "Knoblauch, Kreuzkümmel und geräucherten Paprika zugeben und 1 Minute mitbraten.",
      "Die gehackten Tomaten zugeben und 10-15 Minuten köcheln, bis die Soße dick und marmeladig ist. Gut würzen.",
      "Vier Mulden in die Soße drücken, die Eier hineinschlagen, abdecken und bei niedriger Hitze 6-8 Minuten garen, bis das Eiweiß gestockt ist.",
      "Den Feta darüberbröseln und direkt aus der Pfanne mit zerzupftem Baguette servieren.",
    ],
  },
  "kale-cheddar-frittata": {
    es: [
      "Calienta el grill al máximo. Derrite la mantequilla en una sartén apta para horno y ablanda la cebolla morada en rodajas durante 6 minutos.",
      "Añade la col en tiras y un chorrito de agua y cocina 3 minutos, hasta que se ablande.",
      "Bate los huevos con casi todo el cheddar rallado y una pizca de sal y viértelos en la sartén.",
      "Cocina a fuego bajo 8 minutos, hasta que casi cuaje, esparce el queso restante y termina bajo el grill 3 minutos, hasta que se hinche y se dore.",
    ],
    de: [
      "Den Grill auf höchste Stufe vorheizen. Die Butter in einer ofenfesten Pfanne schmelzen und die in Ringe geschnittene rote Zwiebel 6 Minuten weich dünsten.",
      "Den geschnittenen Grünkohl und einen Schuss Wasser zugeben und 3 Minuten garen, bis er zusammenfällt.",
      "Die Eier mit dem größten Teil des geriebenen Cheddars und einer Prise Salz verquirlen und in die Pfanne gießen.",
      "Bei niedriger Hitze 8 Minuten garen, bis es fast gestockt ist, den restlichen Käse darüberstreuen und 3 Minuten unter dem Grill aufgehen und goldbraun werden lassen.",
    ],
  },
  "mushroom-lemon-risotto": {
    es: [
      "Disuelve el caldo en 1,2 litros de agua caliente y mantenlo a fuego suave.",
      "Saltea los champiñones laminados en la mitad de la mantequilla a fuego fuerte hasta que se doren y resérvalos.",
      "Ablanda la cebolla y el ajo picados en el resto de la mantequilla, añade el arroz y remueve 1 minuto, hasta que los bordes se vuelvan translúcidos.",
      "Añade el caldo cazo a cazo, removiendo, durante 18-20 minutos, hasta que el arroz esté cremoso y justo tierno.",
      "Incorpora los champiñones, el queso rallado y la ralladura de limón y deja reposar 2 minutos antes de servir.",
    ],
    de: [
      "Die Brühe in 1,2 Litern heißem Wasser auflösen und leise simmern lassen.",
      "Die in Scheiben geschnittenen Pilze in der Hälfte der Butter bei starker Hitze goldbraun braten und beiseitestellen.",
      "Zwiebel und Knoblauch gehackt in der restlichen Butter andünsten, den Reis zugeben und 1 Minute rühren, bis er an den Rändern glasig ist.",
      "Die Brühe kellenweise unter Rühren 18-20 Minuten zugießen, bis der Reis cremig und gerade gar ist.",
      "Pilze, geriebenen Käse und Zitronenschale unterrühren und vor dem Servieren 2 Minuten ruhen lassen.",
    ],
  },
  "turmeric-tofu-scramble": {
    es: [
      "Parte los tomates cherry por la mitad y dóralos boca abajo en una sartén caliente 3 minutos, hasta que se ampollen. Resérvalos.",
      "Desmenuza el tofu escurrido en la sartén con la cúrcuma, una pizca de sal y un chorrito de agua, y cocina 5 minutos.",
      "Añade las espinacas hasta que apenas se ablanden.",
      "Tuesta el pan de masa madre y pon encima el revuelto y los tomates. Añade aguacate en láminas si quieres.",
    ],
    de: [
      "Die Kirschtomaten halbieren und mit der Schnittfläche nach unten in einer heißen Pfanne 3 Minuten braten, bis sie aufplatzen. Beiseitestellen.",
      "Den abgetropften Tofu mit Kurkuma, einer Prise Salz und einem Schuss Wasser in die Pfanne bröseln und 5 Minuten braten.",
      "Den Spinat unterrühren, bis er gerade zusammenfällt.",
      "Das Sauerteigbrot toasten und Rührtofu und Tomaten daraufhäufen. Nach Belieben Avocadoscheiben dazugeben.",
    ],
  },
  "warm-puy-lentil-sweet-potato-salad": {
    es: [
      "Precalienta el horno a 200C. Corta los boniatos en dados, mézclalos con un poco de aceite y sal y ásalos 30 minutos.",
      "Mientras tanto, cuece las lentejas enjuagadas en agua sin sal 20-25 minutos, hasta que estén tiernas pero enteras, y escúrrelas.",
      "Corta la cebolla morada en rodajas finas y déjala 10 minutos en el zumo de limón con una pizca de sal para que se suavice.",
      "Mezcla las lentejas templadas con la cebolla y el limón, el aceite de oliva y el boniato, e incorpora el perejil picado.",
    ],
    de: [
      "Den Ofen auf 200C vorheizen. Die Süßkartoffeln würfeln, mit etwas Öl und Salz mischen und 30 Minuten rösten.",
      "Inzwischen die abgespülten Linsen in ungesalzenem Wasser 20-25 Minuten köcheln, bis sie weich sind, aber ihre Form behalten, dann abgießen.",
      "Die rote Zwiebel in feine Ringe schneiden und 10 Minuten mit einer Prise Salz im Zitronensaft ziehen lassen, damit sie milder wird.",
      "Die warmen Linsen mit Zwiebel und Zitrone, Olivenöl und Süßkartoffel mischen und die gehackte Petersilie unterheben.",
    ],
  },
  "dark-chocolate-avocado-mousse": {
    es: [
      "Derrite el chocolate en un cuenco resistente al calor sobre una olla con agua apenas hirviendo y deja que se temple un poco.",
      "Tritura la pulpa del aguacate con el cacao en polvo, el sirope de arce y la bebida de avena hasta que quede totalmente fina.",
      "Añade el chocolate derretido (y un espresso frío si lo usas) y vuelve a triturar.",
      "Reparte en vasitos, enfría al menos 1 hora y sirve con arándanos por encima.",
    ],
    de: [
      "Die Schokolade in einer hitzefesten Schüssel über einem Topf mit leise siedendem Wasser schmelzen und etwas abkühlen lassen.",
      "Das Avocadofruchtfleisch mit Kakaopulver, Ahornsirup und Haferdrink ganz glatt pürieren.",
      "Die geschmolzene Schokolade (und nach Belieben einen abgekühlten Espresso) zugeben und erneut pürieren.",
      "In kleine Gläser füllen, mindestens 1 Stunde kühlen und mit Heidelbeeren servieren.",
    ],
  },
  "lemon-olive-oil-cake": {
    es: [
      "Precalienta el horno a 180C y forra un molde de 900 g con papel de horno.",
      "Bate los huevos con 175 g del azúcar hasta que blanqueen y añade batiendo el yogur, el aceite de oliva y la ralladura de los dos limones.",
      "Incorpora con movimientos envolventes la harina con 2 cdtas de levadura química y una pizca de sal, vierte en el molde y hornea 45-50 minutos, hasta que una brocheta salga limpia.",
      "Calienta el zumo de limón con los 50 g de azúcar restantes hasta que se disuelva, viértelo sobre el bizcocho caliente y deja enfriar en el molde.",
    ],
    de: [
      "Den Ofen auf 180C vorheizen und eine 900-g-Kastenform mit Backpapier auslegen.",
      "Die Eier mit 175 g Zucker hell aufschlagen, dann Joghurt, Olivenöl und die Schale beider Zitronen unterschlagen.",
      "Das Mehl mit 2 TL Backpulver und einer Prise Salz unterheben, in die Form füllen und 45-50 Minuten backen, bis an einem Holzstäbchen nichts mehr klebt.",
      "Den Zitronensaft mit den restlichen 50 g Zucker erwärmen, bis er sich löst, über den heißen Kuchen löffeln und in der Form abkühlen lassen.",
    ],
  },
  "smoked-tofu-ginger-rice-bowl": {
    es: [
      "Cuece el arroz según el paquete.",
      "Corta el tofu en dados y fríelo en un poco de aceite a fuego medio-alto 8 minutos, hasta que esté crujiente por todos lados.",
      "Añade el jengibre rallado y el ajo, luego el tamari y el zumo de media lima, removiendo hasta que el tofu quede glaseado y pegajoso.",
      "Corta el pimiento en tiras finas y sírvelo todo sobre el arroz con cilantro y gajos de lima.",
    ],
    de: [
      "Den Reis nach Packungsanweisung kochen.",
      "Den Tofu würfeln und in etwas Öl bei mittlerer bis starker Hitze 8 Minuten rundum knusprig braten.",
      "Geriebenen Ingwer und Knoblauch zugeben, dann Tamari und den Saft einer halben Limette, und schwenken, bis der Tofu glänzend und klebrig glasiert ist.",
      "Die Paprika in feine Streifen schneiden und alles mit Koriander und Limettenspalten auf dem Reis servieren.",
    ],
  },
  "spaghetti-al-pomodoro": {
    es: [
      "Sofríe suavemente el ajo laminado en 3 cdas de aceite de oliva durante 2 minutos sin que se dore.",
      "Añade los tomates aplastándolos con las manos, sazona y cuece a fuego lento 20 minutos, hasta que la salsa quede intensa y brillante.",
      "Cuece los espaguetis en abundante agua con sal hasta que estén al dente y mézclalos con la salsa y un chorrito del agua de cocción.",
      "Termina con un hilo de aceite de oliva y unas escamas de guindilla.",
    ],
    de: [
      "Den in Scheiben geschnittenen Knoblauch in 3 EL Olivenöl 2 Minuten sanft braten, ohne dass er bräunt.",
      "Die Tomaten mit den Händen zerdrücken und zugeben, würzen und 20 Minuten köcheln, bis die Soße kräftig und glänzend ist.",
      "Die Spaghetti in reichlich Salzwasser al dente kochen und mit der Soße und einem Schuss Nudelwasser mischen.",
      "Mit einem Schuss Olivenöl und ein paar Chiliflocken vollenden.",
    ],
  },
  "heirloom-tomato-panzanella": {
    es: [
      "Trocea la baguette con las manos, mézclala con 2 cdas de aceite de oliva y tuéstala en el horno caliente 8 minutos, hasta que los bordes estén crujientes.",
      "Parte los tomates por la mitad, corta el pepino en dados y la cebolla morada en rodajas finas. Mézclalos con sal y déjalos 5 minutos para que suelten su jugo.",
      "Añade el resto del aceite de oliva y el zumo de limón e incorpora el pan tostado.",
      "Deja reposar 5 minutos para que el pan absorba los jugos y termina con perejil troceado.",
    ],
    de: [
      "Das Baguette in Stücke zupfen, mit 2 EL Olivenöl mischen und im heißen Ofen 8 Minuten rösten, bis die Ränder knusprig sind.",
      "Die Tomaten halbieren, die Gurke würfeln und die rote Zwiebel in feine Ringe schneiden. Mit Salz mischen und 5 Minuten ziehen lassen, damit sie Saft abgeben.",
      "Das restliche Olivenöl und den Zitronensaft zugeben, dann das geröstete Brot unterheben.",
      "5 Minuten ziehen lassen, damit das Brot den Saft aufsaugt, dann mit gezupfter Petersilie vollenden.",
    ],
  },
  "avocado-egg-sourdough-toast": {
    es: [
      "Introduce los huevos en agua hirviendo y cuécelos 6 minutos y medio; enfríalos bajo el grifo de agua fría y pélalos.",
      "Aplasta el aguacate con zumo de lima y una pizca de sal.",
      "Tuesta rebanadas gruesas de pan de masa madre y úntalas con el aguacate.",
      "Parte los huevos por la mitad por encima y termina con escamas de guindilla.",
    ],
    de: [
      "Die Eier in kochendes Wasser geben und 6 1/2 Minuten kochen, dann unter kaltem fließendem Wasser abkühlen und schälen.",
      "Die Avocado mit Limettensaft und einer Prise Salz zerdrücken.",
      "Dicke Scheiben Sauerteigbrot toasten und mit der Avocado bestreichen.",
      "Die Eier darüber halbieren und mit Chiliflocken vollenden.",
    ],
  },
  "golden-oat-milk-latte": {
    es: [
      "Ralla finamente el jengibre en un cazo pequeño con la cúrcuma, la canela y una pizca de pimienta negra.",
      "Añade la bebida de avena y calienta suavemente, batiendo, hasta que humee sin llegar a hervir.",
      "Endulza con sirope de arce al gusto, cuela en tazas y bate o espuma la superficie.",
    ],
    de: [
      "Den Ingwer mit Kurkuma, Zimt und einer Prise schwarzem Pfeffer fein in einen kleinen Topf reiben.",
      "Den Haferdrink zugeben und unter Rühren sanft erhitzen, bis er dampft, aber nicht kocht.",
      "Nach Geschmack mit Ahornsirup süßen, in Becher abseihen und die Oberfläche aufschäumen.",
    ],
  },
  "sweet-potato-spinach-saag": {
    es: [
      "Pela y corta en dados los boniatos. Sofríe la cebolla picada con un chorrito de agua durante 6 minutos y añade el ajo, el jengibre rallado, el garam masala y la cúrcuma durante 1 minuto.",
      "Añade el boniato y la leche de coco con 150 ml de agua, tapa y cuece a fuego lento 15 minutos, hasta que esté tierno.",
      "Incorpora las espinacas a puñados hasta que se ablanden, sala y sirve con arroz.",
    ],
    de: [
      "Die Süßkartoffeln schälen und würfeln. Die gehackte Zwiebel mit einem Schuss Wasser 6 Minuten braten, dann Knoblauch, geriebenen Ingwer, Garam Masala und Kurkuma 1 Minute mitbraten.",
      "Süßkartoffel und Kokosmilch mit 150 ml Wasser zugeben, abdecken und 15 Minuten köcheln, bis sie weich ist.",
      "Den Spinat handvollweise unterrühren, bis er zusammenfällt, salzen und mit Reis servieren.",
    ],
  },
  "tofu-tikka-masala": {
    es: [
      "Prensa el tofu y córtalo en dados; mézclalo con la mitad del yogur, 1 cdta de garam masala, el comino y el pimentón ahumado. Ásalo al grill 10 minutos, dándole la vuelta una vez, hasta que se tueste por los bordes.",
      "Derrite la mantequilla y sofríe la cebolla 8 minutos; añade el ajo, el jengibre y el resto del garam masala durante 1 minuto.",
      "Añade los tomates, cuece a fuego lento 10 minutos, tritura hasta que quede fino e incorpora el yogur restante fuera del fuego.",
      "Incorpora el tofu y sirve con arroz basmati.",
    ],
    de: [
      "Den Tofu pressen, würfeln und mit der Hälfte des Joghurts, 1 TL Garam Masala, Kreuzkümmel und geräuchertem Paprika mischen. 10 Minuten grillen, einmal wenden, bis die Ränder angeröstet sind.",
      "Die Butter schmelzen und die Zwiebel 8 Minuten braten, dann Knoblauch, Ingwer und das restliche Garam Masala 1 Minute mitbraten.",
      "Die Tomaten zugeben, 10 Minuten köcheln, glatt pürieren und den restlichen Joghurt abseits der Hitze unterrühren.",
      "Den Tofu unterheben und mit Basmatireis servieren.",
    ],
  },
  "masala-chai-rice-pudding": {
    es: [
      "Calienta la bebida de avena con el masala chai durante 5 minutos y cuela el té.",
      "Añade el arroz y el azúcar y cuece a fuego suave, removiendo a menudo, 35 minutos, hasta que quede espeso y cremoso.",
      "Sirve templado o frío, espolvoreado con canela.",
    ],
    de: [
      "Den Haferdrink mit dem Masala Chai 5 Minuten erwärmen, dann den Tee abseihen.",
      "Reis und Zucker zugeben und unter häufigem Rühren 35 Minuten sanft köcheln, bis es dick und cremig ist.",
      "Warm oder gekühlt mit etwas Zimt bestäubt servieren.",
    ],
  },
  "spiced-red-lentil-carrot-soup": {
    es: [
      "Sofríe la cebolla y las zanahorias picadas 8 minutos y añade el ajo y el comino durante 1 minuto.",
      "Añade las lentejas enjuagadas, el caldo y 1,2 litros de agua y cuece a fuego lento 20 minutos, hasta que las lentejas se deshagan.",
      "Tritura hasta que quede fina, incorpora la leche de coco y sazona con zumo de lima y sal.",
    ],
    de: [
      "Zwiebel und Karotten gehackt 8 Minuten braten, dann Knoblauch und Kreuzkümmel 1 Minute mitbraten.",
      "Die abgespülten Linsen, die Brühe und 1,2 Liter Wasser zugeben und 20 Minuten köcheln, bis die Linsen zerfallen.",
      "Glatt pürieren, die Kokosmilch unterrühren und mit Limettensaft und Salz abschmecken.",
    ],
  },
  "masala-sweet-potato-wedges-with-coconut-raita": {
    es: [
      "Precalienta el horno a 210C. Corta los boniatos en gajos y mézclalos con el aceite, el garam masala, la cúrcuma y la sal.",
      "Ásalos 30 minutos, dándoles la vuelta una vez, hasta que los bordes estén crujientes.",
      "Sazona el yogur de coco con una pizca de sal y esparce cilantro por encima para servirlo al lado.",
    ],
    de: [
      "Den Ofen auf 210C vorheizen. Die Süßkartoffeln in Spalten schneiden und mit Öl, Garam Masala, Kurkuma und Salz mischen.",
      "30 Minuten rösten, einmal wenden, bis die Ränder knusprig sind.",
      "Den Kokosjoghurt mit einer Prise Salz würzen, mit Koriander bestreuen und dazu servieren.",
    ],
  },
  "chickpea-chaat-salad": {
    es: [
      "Tuesta el comino en una sartén sin aceite durante 30 segundos.",
      "Escurre y enjuaga los garbanzos. Corta el pepino en dados, parte los tomates por la mitad y pica finamente la cebolla morada.",
      "Mézclalo todo con el zumo de lima, el comino tostado y una pizca de sal, y cubre con cilantro y, si quieres, una cucharada de yogur.",
    ],
    de: [
      "Den Kreuzkümmel 30 Sekunden in einer trockenen Pfanne rösten.",
      "Die Kichererbsen abgießen und abspülen. Die Gurke würfeln, die Tomaten halbieren und die rote Zwiebel fein hacken.",
      "Alles mit Limettensaft, geröstetem Kreuzkümmel und einer Prise Salz mischen und mit Koriander und nach Belieben einem Löffel Joghurt vollenden.",
    ],
  },
  "egg-spinach-curry": {
    es: [
      "Cuece los huevos 8 minutos, enfríalos en agua fría y pélalos.",
      "Sofríe la cebolla 8 minutos, añade el ajo, el jengibre, el garam masala y la cúrcuma durante 1 minuto, y luego los tomates y la leche de coco. Cuece a fuego lento 10 minutos.",
      "Incorpora las espinacas hasta que se ablanden, añade los huevos partidos por la mitad y calienta bien.",
    ],
    de: [
      "Die Eier 8 Minuten kochen, in kaltem Wasser abkühlen und schälen.",
      "Die Zwiebel 8 Minuten braten, Knoblauch, Ingwer, Garam Masala und Kurkuma 1 Minute mitbraten, dann Tomaten und Kokosmilch zugeben. 10 Minuten köcheln.",
      "Den Spinat unterrühren, bis er zusammenfällt, dann die halbierten Eier zugeben und durchwärmen.",
    ],
  },
  "masala-chai-overnight-oats": {
    es: [
      "Calienta la bebida de avena con el masala chai durante 5 minutos, cuela y deja enfriar.",
      "Incorpora la avena y la canela, reparte en dos tarros y enfría toda la noche.",
      "Por la mañana, cubre con plátano en rodajas y un hilo de sirope de arce.",
    ],
    de: [
      "Den Haferdrink mit dem Masala Chai 5 Minuten erwärmen, abseihen und abkühlen lassen.",
      "Haferflocken und Zimt unterrühren, auf zwei Gläser verteilen und über Nacht kühlen.",
      "Morgens mit Bananenscheiben und einem Schuss Ahornsirup belegen.",
    ],
  },
  "roast-pepper-tomato-risotto": {
    es: [
      "Asa los pimientos en tiras a 200C durante 20 minutos. Mientras tanto, prepara 1,2 litros de caldo con el concentrado.",
      "Ablanda la cebolla y el ajo en la mitad de la mantequilla, añade el arroz y remueve 2 minutos, y luego los tomates.",
      "Añade el caldo caliente cazo a cazo, removiendo, durante 18 minutos, hasta que el arroz esté justo tierno.",
      "Incorpora los pimientos, el resto de la mantequilla y el queso rallado, y deja reposar 2 minutos.",
    ],
    de: [
      "Die in Streifen geschnittenen Paprika bei 200C 20 Minuten rösten. Inzwischen mit der Brühe 1,2 Liter Fond ansetzen.",
      "Zwiebel und Knoblauch in der Hälfte der Butter andünsten, den Reis zugeben und 2 Minuten rühren, dann die Tomaten zugeben.",
      "Die heiße Brühe kellenweise unter Rühren 18 Minuten zugießen, bis der Reis gerade gar ist.",
      "Paprika, restliche Butter und geriebenen Käse unterrühren und 2 Minuten ruhen lassen.",
    ],
  },
  "spaghetti-aglio-olio-e-peperoncino": {
    es: [
      "Cuece los espaguetis en abundante agua con sal hasta que estén al dente.",
      "Mientras tanto, calienta el aceite de oliva con el ajo en láminas finas y las escamas de guindilla a fuego bajo, hasta que el ajo tome un tono dorado pálido.",
      "Mezcla la pasta escurrida con el aceite, un chorrito del agua de cocción y el perejil picado.",
    ],
    de: [
      "Die Spaghetti in reichlich Salzwasser al dente kochen.",
      "Inzwischen das Olivenöl mit dem fein geschnittenen Knoblauch und den Chiliflocken bei niedriger Hitze erwärmen, bis der Knoblauch hellgolden ist.",
      "Die abgetropfte Pasta mit einem Schuss Kochwasser und der gehackten Petersilie im Öl schwenken.",
    ],
  },
  "penne-all-arrabbiata": {
    es: [
      "Calienta el aceite con el ajo y las escamas de guindilla 1 minuto, añade los tomates y cuece a fuego lento 15 minutos, aplastándolos con una cuchara.",
      "Cuece los penne hasta que estén al dente, escúrrelos y mézclalos con la salsa.",
      "Esparce perejil picado por encima.",
    ],
    de: [
      "Das Öl mit Knoblauch und Chiliflocken 1 Minute erwärmen, dann die Tomaten zugeben und 15 Minuten köcheln, dabei mit einem Löffel zerdrücken.",
      "Die Penne al dente kochen, abgießen und mit der Soße mischen.",
      "Mit gehackter Petersilie bestreuen.",
    ],
  },
  "tuscan-kale-tomato-soup-with-sourdough": {
    es: [
      "Ablanda la cebolla, las zanahorias y el ajo picados en el aceite de oliva durante 10 minutos.",
      "Añade la passata, el caldo y 800 ml de agua y cuece a fuego lento 15 minutos.",
      "Añade la col en tiras y cocina 8 minutos más. Sirve la sopa sobre rebanadas gruesas de pan de masa madre tostado y termina con más aceite.",
    ],
    de: [
      "Zwiebel, Karotten und Knoblauch gehackt im Olivenöl 10 Minuten andünsten.",
      "Passata, Brühe und 800 ml Wasser zugeben und 15 Minuten köcheln.",
      "Den geschnittenen Grünkohl zugeben und weitere 8 Minuten garen. Über dicke Scheiben geröstetes Sauerteigbrot schöpfen und mit mehr Öl vollenden.",
    ],
  },
  "mushroom-kale-spaghetti": {
    es: [
      "Cuece los espaguetis hasta que estén al dente y añade la col en tiras en los últimos 3 minutos.",
      "Saltea los champiñones laminados en el aceite de oliva a fuego fuerte 6 minutos, hasta que se doren, y añade el ajo durante 1 minuto.",
      "Mezcla la pasta y la col escurridas con los champiñones, un chorrito del agua de cocción y el queso rallado.",
    ],
    de: [
      "Die Spaghetti al dente kochen und in den letzten 3 Minuten den geschnittenen Grünkohl zugeben.",
      "Die in Scheiben geschnittenen Pilze im Olivenöl bei starker Hitze 6 Minuten goldbraun braten, dann den Knoblauch 1 Minute mitbraten.",
      "Pasta und Grünkohl abgießen und mit den Pilzen, einem Schuss Kochwasser und dem geriebenen Käse mischen.",
    ],
  },
  "focaccia-with-roast-tomatoes-feta": {
    es: [
      "Asa los tomates con un poco de aceite de oliva a 220C durante 10 minutos, hasta que revienten.",
      "Calienta la focaccia en el horno durante los últimos 5 minutos.",
      "Córtala en cuadrados, cúbrela con los tomates y el feta desmenuzado y riega con aceite.",
    ],
    de: [
      "Die Tomaten mit etwas Olivenöl bei 220C 10 Minuten rösten, bis sie aufplatzen.",
      "Die Focaccia in den letzten 5 Minuten im Ofen erwärmen.",
      "In Quadrate schneiden, mit den Tomaten und zerbröseltem Feta belegen und mit Öl beträufeln.",
    ],
  },
  "bruschetta-al-pomodoro": {
    es: [
      "Pica los tomates, sazónalos con sal y una cucharada de aceite de oliva y déjalos 10 minutos.",
      "Corta y tuesta la baguette y frota cada rebanada con un diente de ajo partido.",
      "Reparte los tomates por encima y esparce perejil.",
    ],
    de: [
      "Die Tomaten hacken, mit Salz und einem Löffel Olivenöl würzen und 10 Minuten ziehen lassen.",
      "Das Baguette in Scheiben schneiden, rösten und jede Scheibe mit einer halbierten Knoblauchzehe einreiben.",
      "Die Tomaten daraufgeben und mit Petersilie bestreuen.",
    ],
  },
  "minestrone-with-black-beans": {
    es: [
      "Ablanda la cebolla, las zanahorias y el ajo con un poco de agua durante 8 minutos.",
      "Añade la passata, el caldo y 1,5 litros de agua y cuece a fuego lento 15 minutos.",
      "Añade los penne, las alubias y la col en tiras y cocina 10 minutos, hasta que la pasta esté tierna. Sirve con queso rallado si quieres.",
    ],
    de: [
      "Zwiebel, Karotten und Knoblauch in etwas Wasser 8 Minuten weich dünsten.",
      "Passata, Brühe und 1,5 Liter Wasser zugeben und 15 Minuten köcheln.",
      "Penne, Bohnen und geschnittenen Grünkohl zugeben und 10 Minuten kochen, bis die Pasta weich ist. Nach Belieben mit geriebenem Käse servieren.",
    ],
  },
  "black-bean-sweet-potato-chilli": {
    es: [
      "Sofríe la cebolla y el pimiento 8 minutos y añade el ajo, el comino y el pimentón ahumado durante 1 minuto.",
      "Añade el boniato en dados, los tomates, las alubias escurridas y 200 ml de agua. Cuece a fuego lento 30 minutos, hasta que espese.",
      "Sazona y termina con zumo de lima.",
    ],
    de: [
      "Zwiebel und Paprika 8 Minuten braten, dann Knoblauch, Kreuzkümmel und geräucherten Paprika 1 Minute mitbraten.",
      "Die gewürfelte Süßkartoffel, die Tomaten, die abgetropften Bohnen und 200 ml Wasser zugeben. 30 Minuten köcheln, bis es dick ist.",
      "Würzen und mit Limettensaft vollenden.",
    ],
  },
  "huevos-rancheros": {
    es: [
      "Cuece los tomates a fuego lento con las escamas de guindilla y una pizca de sal durante 10 minutos. Calienta las alubias escurridas en un cazo pequeño.",
      "Calienta las tortillas en una sartén sin aceite y fríe los huevos.",
      "Cubre cada tortilla con alubias, salsa, un huevo y aguacate en láminas.",
    ],
    de: [
      "Die Tomaten mit den Chiliflocken und einer Prise Salz 10 Minuten köcheln. Die abgetropften Bohnen in einem kleinen Topf erwärmen.",
      "Die Tortillas in einer trockenen Pfanne erwärmen und die Eier braten.",
      "Jede Tortilla mit Bohnen, Soße, einem Ei und Avocadoscheiben belegen.",
    ],
  },
  "guacamole-with-toasted-tortilla-chips": {
    es: [
      "Corta las tortillas en triángulos y hornéalas a 200C durante 8 minutos, hasta que estén crujientes.",
      "Aplasta los aguacates con el zumo de lima y la sal e incorpora los tomates picados, la cebolla morada y el cilantro.",
    ],
    de: [
      "Die Tortillas in Dreiecke schneiden und bei 200C 8 Minuten knusprig backen.",
      "Die Avocados mit Limettensaft und Salz zerdrücken, dann gehackte Tomaten, rote Zwiebel und Koriander unterheben.",
    ],
  },
  "smoky-tofu-burrito-bowl": {
    es: [
      "Cuece el arroz. Saltea el tofu ahumado en dados y el pimiento en tiras con el pimentón ahumado durante 8 minutos.",
      "Calienta las alubias escurridas con un chorrito de lima.",
      "Monta los boles con arroz, alubias, tofu y pimientos y cubre con aguacate en láminas y lima.",
    ],
    de: [
      "Den Reis kochen. Den gewürfelten Räuchertofu und die Paprikastreifen mit dem geräucherten Paprika 8 Minuten braten.",
      "Die abgetropften Bohnen mit einem Spritzer Limette erwärmen.",
      "Schüsseln mit Reis, Bohnen, Tofu und Paprika anrichten und mit Avocadoscheiben und Limette vollenden.",
    ],
  },
  "black-bean-cheddar-quesadillas": {
    es: [
      "Aplasta toscamente las alubias escurridas. Corta el pimiento y la cebolla en tiras finas.",
      "Unta media tortilla con alubias, pon encima las verduras y el cheddar rallado y dóblala.",
      "Cocina en una sartén sin aceite 3 minutos por cada lado, hasta que esté crujiente y el queso fundido.",
    ],
    de: [
      "Die abgetropften Bohnen grob zerdrücken. Paprika und Zwiebel in feine Streifen schneiden.",
      "Jede Tortilla zur Hälfte mit Bohnen bestreichen, mit Gemüse und geriebenem Cheddar belegen und zuklappen.",
      "In einer trockenen Pfanne 3 Minuten pro Seite braten, bis sie knusprig und der Käse geschmolzen ist.",
    ],
  },
  "mushroom-pepper-fajitas": {
    es: [
      "Corta los champiñones, los pimientos y la cebolla en tiras y saltéalos a fuego fuerte 10 minutos con el pimentón ahumado y el comino.",
      "Exprime la lima por encima y sazona.",
      "Sirve en tortillas calientes con una cucharada de yogur si quieres.",
    ],
    de: [
      "Pilze, Paprika und Zwiebel in Streifen schneiden und mit geräuchertem Paprika und Kreuzkümmel bei starker Hitze 10 Minuten braten.",
      "Die Limette darüberpressen und würzen.",
      "In warmen Tortillas servieren, nach Belieben mit einem Löffel Joghurt.",
    ],
  },
  "black-bean-avocado-tostadas": {
    es: [
      "Hornea las tortillas a 200C durante 6 minutos, hasta que estén crujientes.",
      "Aplasta las alubias escurridas con zumo de lima y sal, y corta el aguacate y la cebolla en láminas.",
      "Unta las tortillas con las alubias y cubre con aguacate, cebolla y, si quieres, feta desmenuzado.",
    ],
    de: [
      "Die Tortillas bei 200C 6 Minuten knusprig backen.",
      "Die abgetropften Bohnen mit Limettensaft und Salz zerdrücken und Avocado und Zwiebel in Scheiben schneiden.",
      "Die Bohnen auf die Tortillas streichen und mit Avocado, Zwiebel und nach Belieben zerbröseltem Feta belegen.",
    ],
  },
  "thai-style-tofu-red-pepper-curry": {
    es: [
      "Prensa el tofu, córtalo en dados y fríelo hasta que se dore por todos lados. Resérvalo.",
      "Sofríe el jengibre rallado, el ajo y las escamas de guindilla 1 minuto, añade los pimientos en tiras y cocina 3 minutos.",
      "Vierte la leche de coco y el tamari y cuece a fuego lento 8 minutos; vuelve a añadir el tofu y agrega zumo de lima.",
      "Sirve sobre arroz con cilantro.",
    ],
    de: [
      "Den Tofu pressen, würfeln und rundum goldbraun braten. Beiseitestellen.",
      "Geriebenen Ingwer, Knoblauch und Chiliflocken 1 Minute braten, die Paprikastreifen zugeben und 3 Minuten garen.",
      "Kokosmilch und Tamari angießen und 8 Minuten köcheln, dann den Tofu zurückgeben und Limettensaft zugeben.",
      "Mit Koriander auf Reis servieren.",
    ],
  },
  "peanut-tofu-rice-bowl": {
    es: [
      "Cuece el arroz. Fríe el tofu en dados hasta que se dore.",
      "Bate la crema de cacahuete con el tamari, el zumo de lima y 3 cdas de agua templada, y mézclala con el tofu.",
      "Sirve sobre el arroz con cintas de zanahoria y pepino.",
    ],
    de: [
      "Den Reis kochen. Den gewürfelten Tofu goldbraun braten.",
      "Die Erdnussbutter mit Tamari, Limettensaft und 3 EL warmem Wasser verrühren und mit dem Tofu mischen.",
      "Mit Karotten- und Gurkenbändern auf dem Reis servieren.",
    ],
  },
  "tom-kha-mushroom-soup": {
    es: [
      "Cuece a fuego lento la leche de coco con 500 ml de agua, el caldo y el jengibre en láminas durante 10 minutos.",
      "Añade los champiñones laminados y la guindilla y cuece 5 minutos.",
      "Retira del fuego y añade el zumo de lima. Cubre con cilantro.",
    ],
    de: [
      "Die Kokosmilch mit 500 ml Wasser, der Brühe und dem in Scheiben geschnittenen Ingwer 10 Minuten köcheln.",
      "Die in Scheiben geschnittenen Pilze und den Chili zugeben und 5 Minuten köcheln.",
      "Vom Herd nehmen und den Limettensaft zugeben. Mit Koriander bestreuen.",
    ],
  },
  "thai-fried-rice-with-egg": {
    es: [
      "Cuece el arroz y déjalo enfriar (o usa arroz sobrante).",
      "Sofríe el ajo y el pimiento 3 minutos, apártalos a un lado y haz los huevos revueltos.",
      "Añade el arroz y el tamari y saltea a fuego fuerte 4 minutos. Sirve con lima y escamas de guindilla.",
    ],
    de: [
      "Den Reis kochen und abkühlen lassen (oder Reis vom Vortag verwenden).",
      "Knoblauch und Paprika 3 Minuten braten, an den Rand schieben und die Eier darin verrühren.",
      "Reis und Tamari zugeben und bei starker Hitze 4 Minuten durchschwenken. Mit Limette und Chiliflocken servieren.",
    ],
  },
  "thai-cucumber-salad-with-peanut-dressing": {
    es: [
      "Corta los pepinos y las zanahorias en cintas con un pelador.",
      "Bate la crema de cacahuete con el zumo de lima, el tamari, la guindilla y 2 cdas de agua templada.",
      "Mezcla las cintas con el aliño justo antes de servir.",
    ],
    de: [
      "Gurken und Karotten mit dem Sparschäler in Bänder hobeln.",
      "Die Erdnussbutter mit Limettensaft, Tamari, Chili und 2 EL warmem Wasser verrühren.",
      "Die Bänder erst kurz vor dem Servieren mit dem Dressing mischen.",
    ],
  },
  "sticky-rice-pudding-with-blueberries": {
    es: [
      "Cuece el arroz a fuego lento con la leche de coco, el azúcar y una pizca de sal, removiendo a menudo, durante 25 minutos.",
      "Deja reposar 5 minutos y añade un chorrito de lima.",
      "Sirve templado, con arándanos por encima.",
    ],
    de: [
      "Den Reis mit Kokosmilch, Zucker und einer Prise Salz unter häufigem Rühren 25 Minuten köcheln.",
      "5 Minuten ruhen lassen und einen Spritzer Limette zugeben.",
      "Warm mit Heidelbeeren servieren.",
    ],
  },
  "ginger-lime-kombucha-spritz": {
    es: [
      "Machaca unas láminas finas de jengibre con gajos de lima en dos vasos.",
      "Llénalos de hielo y completa con kombucha y refresco de flor de saúco.",
    ],
    de: [
      "Dünne Ingwerscheiben mit Limettenspalten in zwei Gläsern andrücken.",
      "Mit Eis füllen und mit Kombucha und prickelndem Holunderblütengetränk aufgießen.",
    ],
  },
  "massaman-style-sweet-potato-stew": {
    es: [
      "Sofríe la cebolla en tiras 8 minutos y añade el comino y la canela durante 1 minuto.",
      "Añade los boniatos en dados, la leche de coco, la crema de cacahuete, el tamari y 200 ml de agua y cuece a fuego lento 25 minutos.",
      "Termina con zumo de lima y sirve con arroz.",
    ],
    de: [
      "Die in Streifen geschnittene Zwiebel 8 Minuten braten, dann Kreuzkümmel und Zimt 1 Minute mitbraten.",
      "Gewürfelte Süßkartoffeln, Kokosmilch, Erdnussbutter, Tamari und 200 ml Wasser zugeben und 25 Minuten köcheln.",
      "Mit Limettensaft vollenden und mit Reis servieren.",
    ],
  },
  "coconut-water-lime-cooler": {
    es: [
      "Ralla el jengibre, exprime la lima e incorpora ambos al agua de coco fría.",
      "Sirve sobre hielo.",
    ],
    de: [
      "Den Ingwer reiben, die Limette auspressen und beides in das kalte Kokoswasser rühren.",
      "Über Eis gießen.",
    ],
  },
  "teriyaki-tofu-with-brown-rice": {
    es: [
      "Cuece el arroz. Prensa el tofu, córtalo en lonchas y fríelo hasta que se dore por ambos lados.",
      "Bate el tamari, el sirope de arce, el jengibre rallado y el ajo con 2 cdas de agua y viértelo sobre el tofu. Deja que burbujee hasta que quede pegajoso.",
      "Sirve sobre el arroz con pepino en rodajas.",
    ],
    de: [
      "Den Reis kochen. Den Tofu pressen, in Scheiben schneiden und von beiden Seiten goldbraun braten.",
      "Tamari, Ahornsirup, geriebenen Ingwer und Knoblauch mit 2 EL Wasser verrühren und über den Tofu gießen. Einkochen lassen, bis er klebrig ist.",
      "Mit Gurkenscheiben auf dem Reis servieren.",
    ],
  },
  "tamagoyaki-rice-bowl": {
    es: [
      "Cuece el arroz. Bate los huevos con el tamari y el azúcar.",
      "Vierte una capa fina en una sartén caliente engrasada, enróllala, añade más huevo y vuelve a enrollar hasta terminar el huevo.",
      "Córtala en rodajas y sírvela sobre el arroz con pepino.",
    ],
    de: [
      "Den Reis kochen. Die Eier mit Tamari und Zucker verquirlen.",
      "Eine dünne Schicht in eine heiße, geölte Pfanne gießen, aufrollen, dann mehr Ei zugeben und erneut rollen, bis das Ei aufgebraucht ist.",
      "In Scheiben schneiden und mit Gurke auf dem Reis servieren.",
    ],
  },
  "green-tea-rice-with-smoked-tofu": {
    es: [
      "Cuece el arroz y repártelo en cuencos.",
      "Infusiona el sencha a 80C durante 2 minutos.",
      "Cubre el arroz con el tofu ahumado desmenuzado y unas gotas de tamari, y vierte el té por encima.",
    ],
    de: [
      "Den Reis kochen und auf Schüsseln verteilen.",
      "Den Sencha bei 80C 2 Minuten ziehen lassen.",
      "Den Reis mit dem zerbröselten Räuchertofu und einem Spritzer Tamari belegen und den Tee darübergießen.",
    ],
  },
  "tamari-glazed-mushroom-skewers": {
    es: [
      "Ensarta los champiñones en brochetas y píntalos con aceite.",
      "Ásalos al grill 8 minutos, dándoles la vuelta y pintándolos con el tamari mezclado con el ajo rallado.",
    ],
    de: [
      "Die Pilze auf Spieße stecken und mit Öl bestreichen.",
      "8 Minuten grillen, dabei wenden und mit dem mit geriebenem Knoblauch vermischten Tamari bestreichen.",
    ],
  },
  "green-tea-banana-smoothie": {
    es: [
      "Prepara un sencha fuerte en 100 ml de agua y déjalo enfriar.",
      "Tritura el té con los plátanos, la bebida de avena y el sirope de arce hasta que quede fino.",
    ],
    de: [
      "Den Sencha kräftig in 100 ml Wasser aufbrühen und abkühlen lassen.",
      "Den Tee mit Bananen, Haferdrink und Ahornsirup glatt mixen.",
    ],
  },
  "agedashi-tofu": {
    es: [
      "Corta el tofu en dados, sécalo con papel y rebózalo ligeramente en harina.",
      "Fríelo en el aceite, sin cubrirlo del todo, hasta que esté crujiente y dorado.",
      "Sírvelo en un poco de agua caliente sazonada con tamari y jengibre rallado.",
    ],
    de: [
      "Den Tofu würfeln, trocken tupfen und mit Mehl bestäuben.",
      "Im Öl flach ausbacken, bis er knusprig und goldbraun ist.",
      "In etwas heißem, mit Tamari und geriebenem Ingwer gewürztem Wasser servieren.",
    ],
  },
  "japanese-vegetable-curry": {
    es: [
      "Sofríe la cebolla 10 minutos, añade el boniato y las zanahorias en dados y 800 ml de agua con el caldo. Cuece a fuego lento 15 minutos.",
      "En otra sartén, cocina la mantequilla, la harina, el garam masala y la cúrcuma durante 3 minutos hasta obtener un roux.",
      "Incorpora el roux y el tamari al curry batiendo y cuece a fuego lento 5 minutos, hasta que brille. Sirve con arroz.",
    ],
    de: [
      "Die Zwiebel 10 Minuten braten, gewürfelte Süßkartoffel und Karotten sowie 800 ml Wasser mit der Brühe zugeben. 15 Minuten köcheln.",
      "In einer zweiten Pfanne Butter, Mehl, Garam Masala und Kurkuma 3 Minuten zu einer Mehlschwitze anschwitzen.",
      "Die Mehlschwitze und Tamari in das Curry rühren und 5 Minuten köcheln, bis es glänzt. Mit Reis servieren.",
    ],
  },
  "smoked-tofu-onigiri": {
    es: [
      "Cuece el arroz y déjalo enfriar hasta poder manipularlo.",
      "Aplasta el tofu ahumado con el tamari.",
      "Con las manos húmedas, da forma de triángulo al arroz alrededor de una cucharada de relleno. Sirve con pepino.",
    ],
    de: [
      "Den Reis kochen und abkühlen lassen, bis man ihn anfassen kann.",
      "Den Räuchertofu mit dem Tamari zerdrücken.",
      "Mit nassen Händen den Reis um einen Löffel Füllung zu Dreiecken formen. Mit Gurke servieren.",
    ],
  },
  "ginger-garlic-tofu-stir-fry": {
    es: [
      "Cuece el arroz. Fríe el tofu en dados hasta que se dore y resérvalo.",
      "Saltea el pimiento y la col en tiras 4 minutos y añade el jengibre y el ajo durante 1 minuto.",
      "Vuelve a añadir el tofu con el tamari y mezcla. Sirve sobre el arroz.",
    ],
    de: [
      "Den Reis kochen. Den gewürfelten Tofu goldbraun braten und beiseitestellen.",
      "Paprika und geschnittenen Grünkohl 4 Minuten pfannenrühren, dann Ingwer und Knoblauch 1 Minute mitbraten.",
      "Den Tofu mit dem Tamari zurückgeben und durchschwenken. Auf Reis servieren.",
    ],
  },
  "egg-fried-rice-with-spinach": {
    es: [
      "Sofríe la cebolla picada en el aceite durante 4 minutos.",
      "Añade el arroz cocido frío y saltéalo 3 minutos; apártalo a un lado y haz los huevos revueltos.",
      "Incorpora las espinacas y el tamari hasta que se ablanden.",
    ],
    de: [
      "Die gehackte Zwiebel im Öl 4 Minuten braten.",
      "Den kalten gekochten Reis zugeben und 3 Minuten braten, dann zur Seite schieben und die Eier darin verrühren.",
      "Spinat und Tamari unterrühren, bis der Spinat zusammenfällt.",
    ],
  },
  "mapo-style-tofu-with-mushrooms": {
    es: [
      "Pica finamente los champiñones y saltéalos hasta que se doren; añade el ajo, el jengibre y las escamas de guindilla durante 1 minuto.",
      "Añade el tamari y 200 ml de agua y lleva a un hervor suave.",
      "Incorpora el tofu en dados y cuece suavemente 5 minutos. Sirve con arroz.",
    ],
    de: [
      "Die Pilze fein hacken und anbraten, bis sie gebräunt sind, dann Knoblauch, Ingwer und Chiliflocken 1 Minute mitbraten.",
      "Tamari und 200 ml Wasser zugeben und zum Köcheln bringen.",
      "Den gewürfelten Tofu hineingleiten lassen und 5 Minuten sanft köcheln. Mit Reis servieren.",
    ],
  },
  "hot-sour-mushroom-soup": {
    es: [
      "Lleva a un hervor suave el caldo y 1,2 litros de agua con el jengibre y la guindilla.",
      "Añade los champiñones laminados y el tofu en dados, cocina 5 minutos y sazona con el tamari.",
      "Si quieres, vierte el huevo batido en un hilo mientras remueves.",
    ],
    de: [
      "Die Brühe und 1,2 Liter Wasser mit Ingwer und Chili zum Köcheln bringen.",
      "Die in Scheiben geschnittenen Pilze und den gewürfelten Tofu zugeben, 5 Minuten garen und mit Tamari würzen.",
      "Nach Belieben das verquirlte Ei unter Rühren hineinlaufen lassen.",
    ],
  },
  "smashed-cucumber-salad": {
    es: [
      "Golpea los pepinos con un rodillo y pártelos en trozos. Sálalos y déjalos escurrir 5 minutos.",
      "Mézclalos con el ajo rallado, el tamari, las escamas de guindilla y el aceite.",
    ],
    de: [
      "Die Gurken mit einem Nudelholz anschlagen und in Stücke brechen. Salzen und 5 Minuten abtropfen lassen.",
      "Mit geriebenem Knoblauch, Tamari, Chiliflocken und Öl mischen.",
    ],
  },
  "sweet-sour-tofu-with-peppers": {
    es: [
      "Fríe el tofu en dados hasta que se dore y resérvalo.",
      "Saltea los pimientos y la cebolla 4 minutos.",
      "Añade la passata, el sirope de arce, el tamari y el zumo de lima, deja burbujear 3 minutos y vuelve a añadir el tofu. Sirve con arroz.",
    ],
    de: [
      "Den gewürfelten Tofu goldbraun braten und beiseitestellen.",
      "Paprika und Zwiebel 4 Minuten pfannenrühren.",
      "Passata, Ahornsirup, Tamari und Limettensaft zugeben, 3 Minuten einkochen lassen, dann den Tofu zurückgeben. Mit Reis servieren.",
    ],
  },
  "korean-tofu-bibimbap": {
    es: [
      "Cuece el arroz. Fríe el tofu en lonchas hasta que se dore.",
      "Saltea las espinacas con un poco de tamari hasta que se ablanden y corta las zanahorias en bastoncitos.",
      "Fríe los huevos. Cubre los boles de arroz con las verduras, el tofu y el huevo, y riega con el tamari mezclado con escamas de guindilla.",
    ],
    de: [
      "Den Reis kochen. Den in Scheiben geschnittenen Tofu goldbraun braten.",
      "Den Spinat mit etwas Tamari zusammenfallen lassen und die Karotten in feine Stifte schneiden.",
      "Die Eier braten. Schüsseln mit Reis mit Gemüse, Tofu und Ei belegen und den mit Chiliflocken vermischten Tamari darüberlöffeln.",
    ],
  },
  "korean-soy-braised-tofu": {
    es: [
      "Corta el tofu en lonchas y fríelo hasta que se dore por ambos lados.",
      "Mezcla el tamari, el azúcar, el ajo, las escamas de guindilla y 100 ml de agua y viértelo sobre el tofu.",
      "Cuece a fuego lento 8 minutos, regándolo con la salsa, hasta que quede napado. Sirve con arroz.",
    ],
    de: [
      "Den Tofu in Scheiben schneiden und von beiden Seiten goldbraun braten.",
      "Tamari, Zucker, Knoblauch, Chiliflocken und 100 ml Wasser mischen und über den Tofu gießen.",
      "8 Minuten köcheln und dabei die Soße darüberlöffeln, bis sie am Tofu haftet. Mit Reis servieren.",
    ],
  },
  "baked-falafel-with-tahini-pitta": {
    es: [
      "Precalienta el horno a 200C. Tritura los garbanzos escurridos con la cebolla, el ajo, el comino, el perejil y la harina hasta obtener una pasta gruesa.",
      "Forma 16 croquetas y hornéalas en una bandeja engrasada 25 minutos, dándoles la vuelta una vez.",
      "Aligera el tahini con zumo de limón y agua y sírvelo con el falafel en pan de pita caliente.",
    ],
    de: [
      "Den Ofen auf 200C vorheizen. Die abgetropften Kichererbsen mit Zwiebel, Knoblauch, Kreuzkümmel, Petersilie und Mehl zu einer groben Paste mixen.",
      "16 Bällchen formen und auf einem geölten Blech 25 Minuten backen, einmal wenden.",
      "Das Tahini mit Zitronensaft und Wasser verdünnen und mit den Falafeln in warmem Pitabrot servieren.",
    ],
  },
  "fattoush-with-toasted-pitta": {
    es: [
      "Trocea el pan de pita y tuéstalo en el horno a 200C durante 8 minutos, hasta que esté crujiente.",
      "Pica los tomates, el pepino, la cebolla y el perejil.",
      "Mézclalo todo con el zumo de limón, el aceite de oliva y la sal justo antes de servir.",
    ],
    de: [
      "Das Pitabrot in Stücke reißen und im Ofen bei 200C 8 Minuten knusprig rösten.",
      "Tomaten, Gurke, Zwiebel und Petersilie hacken.",
      "Alles erst kurz vor dem Servieren mit Zitronensaft, Olivenöl und Salz mischen.",
    ],
  },
  "mujadara-with-crispy-onions": {
    es: [
      "Fríe lentamente la cebolla en tiras en el aceite de oliva durante 25 minutos, hasta que esté muy dorada y crujiente. Retira la mitad.",
      "Añade a la sartén el comino, las lentejas y el arroz con 900 ml de agua y sal. Tapa y cuece a fuego lento 25 minutos.",
      "Sirve cubierto con la cebolla crujiente y, si quieres, una cucharada de yogur.",
    ],
    de: [
      "Die in Streifen geschnittenen Zwiebeln im Olivenöl 25 Minuten langsam tiefbraun und knusprig braten. Die Hälfte herausnehmen.",
      "Kreuzkümmel, Linsen und Reis mit 900 ml Wasser und Salz in die Pfanne geben. Abdecken und 25 Minuten köcheln.",
      "Mit den knusprigen Zwiebeln und nach Belieben einem Löffel Joghurt servieren.",
    ],
  },
  "roast-carrots-with-tahini-yoghurt": {
    es: [
      "Asa las zanahorias con el comino y un poco de aceite a 210C durante 25 minutos.",
      "Bate el yogur con el tahini, el zumo de limón y la sal.",
      "Extiéndelo en un plato, coloca encima las zanahorias y esparce perejil.",
    ],
    de: [
      "Die Karotten mit Kreuzkümmel und etwas Öl bei 210C 25 Minuten rösten.",
      "Den Joghurt mit Tahini, Zitronensaft und Salz verrühren.",
      "Auf einem Teller verstreichen, die Karotten daraufhäufen und mit Petersilie bestreuen.",
    ],
  },
  "lemony-lentil-spinach-soup": {
    es: [
      "Ablanda la cebolla y el ajo en el aceite de oliva 8 minutos y añade el comino.",
      "Añade las lentejas, el caldo y 1,2 litros de agua y cuece a fuego lento 20 minutos.",
      "Incorpora las espinacas y el zumo de limón y sazona bien.",
    ],
    de: [
      "Zwiebel und Knoblauch im Olivenöl 8 Minuten andünsten, dann den Kreuzkümmel zugeben.",
      "Linsen, Brühe und 1,2 Liter Wasser zugeben und 20 Minuten köcheln.",
      "Spinat und Zitronensaft unterrühren und gut abschmecken.",
    ],
  },
  "turkish-eggs-with-garlic-yoghurt": {
    es: [
      "Mezcla el ajo rallado y una pizca de sal con el yogur y extiéndelo en dos platos.",
      "Escalfa los huevos durante 3 minutos.",
      "Derrite la mantequilla con las escamas de guindilla, coloca los huevos sobre el yogur, riega con la mantequilla y sirve con pan.",
    ],
    de: [
      "Geriebenen Knoblauch und eine Prise Salz unter den Joghurt rühren und auf zwei Teller streichen.",
      "Die Eier 3 Minuten pochieren.",
      "Die Butter mit den Chiliflocken schmelzen, die Eier auf den Joghurt setzen, die Butter darüberlöffeln und mit Brot servieren.",
    ],
  },
  "tahini-banana-oat-smoothie": {
    es: [
      "Tritura los plátanos, el tahini, la avena, la canela y la bebida de avena hasta que quede fino.",
      "Endulza con sirope de arce si quieres.",
    ],
    de: [
      "Bananen, Tahini, Haferflocken, Zimt und Haferdrink glatt mixen.",
      "Nach Belieben mit Ahornsirup süßen.",
    ],
  },
  "smoked-tofu-pitta-with-tahini-slaw": {
    es: [
      "Ralla las zanahorias y corta la cebolla en rodajas finas. Alíñalas con el tahini, el zumo de lima y un chorrito de agua.",
      "Fríe el tofu ahumado en lonchas hasta que esté crujiente.",
      "Rellena los panes de pita calientes con la ensalada y el tofu.",
    ],
    de: [
      "Die Karotten reiben und die Zwiebel in feine Ringe schneiden. Mit Tahini, Limettensaft und einem Schuss Wasser anmachen.",
      "Den in Scheiben geschnittenen Räuchertofu knusprig braten.",
      "Die warmen Pitabrote mit Krautsalat und Tofu füllen.",
    ],
  },
  "spiced-lentil-stuffed-peppers": {
    es: [
      "Cuece juntos las lentejas y el arroz en abundante agua durante 20 minutos y escúrrelos.",
      "Sofríe la cebolla con el comino, añade los tomates y cuece a fuego lento 5 minutos; luego incorpora las lentejas y el arroz.",
      "Parte los pimientos por la mitad, rellénalos y hornéalos a 190C durante 25 minutos. Desmenuza feta por encima si quieres.",
    ],
    de: [
      "Linsen und Reis zusammen in reichlich Wasser 20 Minuten kochen, dann abgießen.",
      "Die Zwiebel mit dem Kreuzkümmel braten, die Tomaten zugeben und 5 Minuten köcheln, dann Linsen und Reis unterrühren.",
      "Die Paprika halbieren, füllen und bei 190C 25 Minuten backen. Nach Belieben Feta darüberbröseln.",
    ],
  },
  "moroccan-sweet-potato-lentil-tagine": {
    es: [
      "Sofríe la cebolla 8 minutos y añade el ajo, el comino, la canela y la cúrcuma durante 1 minuto.",
      "Añade los boniatos en dados, las lentejas, los tomates y 500 ml de agua y cuece a fuego lento 35 minutos.",
      "Sazona y esparce perejil por encima.",
    ],
    de: [
      "Die Zwiebel 8 Minuten braten, dann Knoblauch, Kreuzkümmel, Zimt und Kurkuma 1 Minute mitbraten.",
      "Gewürfelte Süßkartoffeln, Linsen, Tomaten und 500 ml Wasser zugeben und 35 Minuten köcheln.",
      "Abschmecken und mit Petersilie bestreuen.",
    ],
  },
  "spiced-carrot-chickpea-salad": {
    es: [
      "Asa las zanahorias y los garbanzos escurridos con las especias y la mitad del aceite a 210C durante 20 minutos.",
      "Aliña con el zumo de limón y el resto del aceite y mezcla con el perejil.",
    ],
    de: [
      "Karotten und abgetropfte Kichererbsen mit den Gewürzen und der Hälfte des Öls bei 210C 20 Minuten rösten.",
      "Mit Zitronensaft und dem restlichen Öl anmachen und mit der Petersilie mischen.",
    ],
  },
  "harira-lentil-chickpea-soup": {
    es: [
      "Ablanda la cebolla y añade la cúrcuma y la canela durante 1 minuto.",
      "Añade las lentejas, los garbanzos escurridos, la passata, el caldo y 1,5 litros de agua. Cuece a fuego lento 40 minutos.",
      "Termina con zumo de limón y cilantro.",
    ],
    de: [
      "Die Zwiebel andünsten, dann Kurkuma und Zimt 1 Minute mitbraten.",
      "Linsen, abgetropfte Kichererbsen, Passata, Brühe und 1,5 Liter Wasser zugeben. 40 Minuten köcheln.",
      "Mit Zitronensaft und Koriander vollenden.",
    ],
  },
  "spiced-roast-vegetables-with-feta": {
    es: [
      "Corta las verduras en trozos y mézclalas con el aceite y las especias.",
      "Ásalas a 210C durante 35 minutos, hasta que se caramelicen.",
      "Desmenuza el feta por encima al servir.",
    ],
    de: [
      "Das Gemüse in Stücke schneiden und mit Öl und Gewürzen mischen.",
      "Bei 210C 35 Minuten rösten, bis es karamellisiert.",
      "Zum Servieren den Feta darüberbröseln.",
    ],
  },
  "cinnamon-roast-bananas-with-coconut-yoghurt": {
    es: [
      "Haz un corte a lo largo de los plátanos y rellénalos con el sirope de arce y la canela.",
      "Hornéalos a 200C durante 15 minutos, hasta que estén tiernos.",
      "Sirve con yogur de coco.",
    ],
    de: [
      "Die Bananen der Länge nach einschneiden und Ahornsirup und Zimt hineinlöffeln.",
      "Bei 200C 15 Minuten backen, bis sie weich sind.",
      "Mit Kokosjoghurt servieren.",
    ],
  },
  "full-veggie-breakfast": {
    es: [
      "Asa los tomates a 200C durante 15 minutos. Saltea los champiñones en la mitad de la mantequilla hasta que se doren.",
      "Fríe los huevos y tuesta el pan.",
      "Sírvelo todo junto, con el resto de la mantequilla sobre las tostadas.",
    ],
    de: [
      "Die Tomaten bei 200C 15 Minuten rösten. Die Pilze in der Hälfte der Butter goldbraun braten.",
      "Die Eier braten und das Brot toasten.",
      "Alles zusammen servieren, die restliche Butter auf dem Toast.",
    ],
  },
  "garlic-mushrooms-on-toast": {
    es: [
      "Saltea los champiñones laminados en la mantequilla a fuego fuerte 6 minutos.",
      "Añade el ajo y el perejil durante 1 minuto y sazona.",
      "Sírvelos sobre tostadas calientes.",
    ],
    de: [
      "Die in Scheiben geschnittenen Pilze in der Butter bei starker Hitze 6 Minuten braten.",
      "Knoblauch und Petersilie 1 Minute mitbraten und würzen.",
      "Auf heißen Toast löffeln.",
    ],
  },
  "blueberry-maple-porridge": {
    es: [
      "Cuece la avena a fuego lento en la bebida de avena con una pizca de sal durante 5 minutos, removiendo.",
      "Calienta los arándanos en un cazo pequeño hasta que empiecen a reventar.",
      "Cubre las gachas con los arándanos, el sirope de arce y una pizca de canela.",
    ],
    de: [
      "Die Haferflocken im Haferdrink mit einer Prise Salz unter Rühren 5 Minuten köcheln.",
      "Die Heidelbeeren in einem kleinen Topf erwärmen, bis sie gerade aufplatzen.",
      "Den Porridge mit den Beeren, Ahornsirup und einer Prise Zimt belegen.",
    ],
  },
  "lentil-shepherd-s-pie-with-sweet-potato-mash": {
    es: [
      "Cuece los boniatos pelados 15 minutos, escúrrelos y hazlos puré con la mantequilla.",
      "Sofríe la cebolla, las zanahorias y los champiñones picados 10 minutos, añade las lentejas, la passata, el caldo y 600 ml de agua y cuece a fuego lento 25 minutos.",
      "Pásalo a una fuente, cubre con el puré y hornea a 200C durante 20 minutos.",
    ],
    de: [
      "Die geschälten Süßkartoffeln 15 Minuten kochen, abgießen und mit der Butter zu Püree stampfen.",
      "Zwiebel, Karotten und gehackte Pilze 10 Minuten braten, Linsen, Passata, Brühe und 600 ml Wasser zugeben und 25 Minuten köcheln.",
      "In eine Form füllen, mit dem Püree bedecken und bei 200C 20 Minuten backen.",
    ],
  },
  "sweet-potato-kale-bubble-and-squeak": {
    es: [
      "Cuece los boniatos y hazlos puré. Sofríe la cebolla y la col en tiras en la mitad de la mantequilla hasta que se ablanden.",
      "Mézclalo todo, forma 8 tortitas y fríelas en el resto de la mantequilla hasta que estén crujientes por ambos lados.",
      "Sirve cada una con un huevo frito.",
    ],
    de: [
      "Die Süßkartoffeln kochen und stampfen. Zwiebel und geschnittenen Grünkohl in der Hälfte der Butter weich braten.",
      "Alles vermengen, 8 Küchlein formen und in der restlichen Butter von beiden Seiten knusprig braten.",
      "Jedes mit einem Spiegelei servieren.",
    ],
  },
  "lemon-drizzle-cake": {
    es: [
      "Precalienta el horno a 180C. Bate la mantequilla con 200 g de azúcar hasta que blanquee y luego incorpora los huevos, la ralladura de limón y la harina.",
      "Hornea en un molde rectangular forrado durante 45 minutos.",
      "Mezcla el zumo de limón con el resto del azúcar y viértelo sobre el bizcocho templado.",
    ],
    de: [
      "Den Ofen auf 180C vorheizen. Butter und 200 g Zucker hell aufschlagen, dann Eier, Zitronenschale und Mehl unterrühren.",
      "In einer ausgelegten Kastenform 45 Minuten backen.",
      "Den Zitronensaft mit dem restlichen Zucker mischen und über den warmen Kuchen löffeln.",
    ],
  },
  "blueberry-oat-crumble": {
    es: [
      "Pon los arándanos en una fuente con 2 cdas de azúcar.",
      "Frota la mantequilla con la harina con las yemas de los dedos e incorpora la avena y el resto del azúcar.",
      "Esparce sobre la fruta y hornea a 190C durante 30 minutos. Sirve con yogur.",
    ],
    de: [
      "Die Heidelbeeren mit 2 EL Zucker in eine Form geben.",
      "Die Butter mit den Fingern in das Mehl reiben, dann Haferflocken und restlichen Zucker unterrühren.",
      "Über die Früchte streuen und bei 190C 30 Minuten backen. Mit Joghurt servieren.",
    ],
  },
  "steamed-ginger-pudding": {
    es: [
      "Unta con mantequilla un molde de pudin de 1,2 litros y vierte el sirope de arce en el fondo.",
      "Bate la mantequilla con el azúcar y luego incorpora los huevos, el jengibre rallado y la harina. Pásalo al molde.",
      "Tapa y cuece al vapor 1 hora y 15 minutos; luego desmolda.",
    ],
    de: [
      "Eine Puddingform mit 1,2 Litern Inhalt buttern und den Ahornsirup auf den Boden gießen.",
      "Butter und Zucker schaumig schlagen, dann Eier, geriebenen Ingwer und Mehl unterrühren. In die Form füllen.",
      "Abdecken, 1 Stunde 15 Minuten dämpfen und dann stürzen.",
    ],
  },
  "ploughman-s-platter": {
    es: [
      "Corta el pan y el queso en rebanadas.",
      "Disponlo en una tabla con la mantequilla, los tomates y bastones de pepino.",
    ],
    de: [
      "Brot und Käse in Scheiben schneiden.",
      "Mit Butter, Tomaten und Gurkensticks auf einem Brett anrichten.",
    ],
  },
  "roast-carrot-ginger-soup": {
    es: [
      "Asa las zanahorias y la cebolla troceadas con el aceite a 200C durante 25 minutos.",
      "Tritúralas con el jengibre, el caldo y 1 litro de agua caliente hasta que quede fino.",
      "Añade un remolino de leche de coco si quieres.",
    ],
    de: [
      "Die gehackten Karotten und die Zwiebel mit dem Öl bei 200C 25 Minuten rösten.",
      "Mit Ingwer, Brühe und 1 Liter heißem Wasser glatt pürieren.",
      "Nach Belieben einen Schuss Kokosmilch einrühren.",
    ],
  },
  "smoked-tofu-kale-hash": {
    es: [
      "Corta el boniato en dados y fríelo 12 minutos, hasta que esté tierno y crujiente.",
      "Añade el tofu en dados, la cebolla y el pimentón durante 5 minutos, y luego la col en tiras hasta que se ablande.",
    ],
    de: [
      "Die Süßkartoffel würfeln und 12 Minuten weich und knusprig braten.",
      "Gewürfelten Tofu, Zwiebel und Paprikapulver 5 Minuten mitbraten, dann den geschnittenen Grünkohl zugeben, bis er zusammenfällt.",
    ],
  },
  "elderflower-lemon-spritz": {
    es: [
      "Llena los vasos de hielo y rodajas finas de limón y pepino.",
      "Completa con el refresco de flor de saúco.",
    ],
    de: [
      "Gläser mit Eis sowie dünnen Zitronen- und Gurkenscheiben füllen.",
      "Mit dem prickelnden Holunderblütengetränk aufgießen.",
    ],
  },
  "spiced-apple-ginger-warmer": {
    es: [
      "Calienta el zumo con el jengibre en láminas y la canela durante 8 minutos sin que llegue a hervir.",
      "Cuélalo en tazas.",
    ],
    de: [
      "Den Saft mit dem in Scheiben geschnittenen Ingwer und dem Zimt 8 Minuten erwärmen, ohne ihn zu kochen.",
      "In Becher abseihen.",
    ],
  },
  "mushroom-bourguignon": {
    es: [
      "Dora los champiñones por tandas en la mantequilla. Resérvalos.",
      "Sofríe la cebolla, las zanahorias y el ajo 10 minutos, incorpora la harina y luego la passata, el caldo y 500 ml de agua.",
      "Vuelve a añadir los champiñones y cuece a fuego lento 30 minutos. Sirve con pan crujiente.",
    ],
    de: [
      "Die Pilze portionsweise in der Butter anbraten. Beiseitestellen.",
      "Zwiebel, Karotten und Knoblauch 10 Minuten braten, das Mehl einrühren, dann Passata, Brühe und 500 ml Wasser zugeben.",
      "Die Pilze zurückgeben und 30 Minuten köcheln. Mit knusprigem Brot servieren.",
    ],
  },
  "mushroom-cheese-omelette": {
    es: [
      "Saltea los champiñones laminados en la mitad de la mantequilla hasta que se doren. Resérvalos.",
      "Bate los huevos y cuájalos en el resto de la mantequilla, removiendo, hasta que apenas cuajen.",
      "Añade los champiñones y el queso, dobla la tortilla y sirve.",
    ],
    de: [
      "Die in Scheiben geschnittenen Pilze in der Hälfte der Butter goldbraun braten. Beiseitestellen.",
      "Die Eier verquirlen und in der restlichen Butter unter Rühren garen, bis sie gerade gestockt sind.",
      "Pilze und Käse daraufgeben, zusammenklappen und servieren.",
    ],
  },
  "french-onion-soup": {
    es: [
      "Cocina la cebolla en rodajas en la mantequilla a fuego bajo durante 45 minutos, hasta que esté muy dorada.",
      "Incorpora la harina, luego el caldo y 1,2 litros de agua, y cuece a fuego lento 15 minutos.",
      "Sirve en cuencos, cubre con rebanadas de baguette y queso y gratina hasta que burbujee.",
    ],
    de: [
      "Die in Ringe geschnittenen Zwiebeln in der Butter bei niedriger Hitze 45 Minuten tiefbraun garen.",
      "Das Mehl einrühren, dann Brühe und 1,2 Liter Wasser zugeben und 15 Minuten köcheln.",
      "In Schüsseln schöpfen, mit Baguettescheiben und Käse belegen und unter dem Grill überbacken, bis es blubbert.",
    ],
  },
  "beluga-lentil-roast-carrot-salad": {
    es: [
      "Cuece las lentejas a fuego lento 20 minutos, hasta que estén justo tiernas, y escúrrelas.",
      "Asa las zanahorias a 200C durante 20 minutos.",
      "Mezcla las lentejas templadas con las zanahorias, la cebolla en rodajas, el perejil, el limón y el aceite. Desmenuza feta por encima si quieres.",
    ],
    de: [
      "Die Linsen 20 Minuten köcheln, bis sie gerade weich sind, dann abgießen.",
      "Die Karotten bei 200C 20 Minuten rösten.",
      "Die warmen Linsen mit Karotten, Zwiebelringen, Petersilie, Zitrone und Öl mischen. Nach Belieben Feta darüberbröseln.",
    ],
  },
  "lemon-sugar-crepes": {
    es: [
      "Bate la harina, los huevos y la bebida de avena hasta obtener una masa lisa y déjala reposar 10 minutos.",
      "Haz crepes finas en una sartén untada con mantequilla, 1 minuto por cada lado.",
      "Sirve con zumo de limón y azúcar.",
    ],
    de: [
      "Mehl, Eier und Haferdrink zu einem glatten Teig verrühren und 10 Minuten ruhen lassen.",
      "In einer gebutterten Pfanne dünne Crêpes 1 Minute pro Seite backen.",
      "Mit Zitronensaft und Zucker servieren.",
    ],
  },
  "pain-perdu-with-blueberries": {
    es: [
      "Bate los huevos, la bebida de avena y la canela en un plato hondo.",
      "Empapa los bollos de brioche partidos por la mitad 30 segundos por cada lado.",
      "Fríelos en la mantequilla hasta que se doren y sirve con arándanos.",
    ],
    de: [
      "Eier, Haferdrink und Zimt in einer flachen Schale verquirlen.",
      "Die halbierten Briochebrötchen 30 Sekunden pro Seite darin einweichen.",
      "In der Butter goldbraun braten und mit Heidelbeeren servieren.",
    ],
  },
  "salade-nicoise-with-eggs": {
    es: [
      "Cuece los huevos 7 minutos, enfríalos y pártelos por la mitad.",
      "Corta los tomates en cuartos y el pepino y la cebolla en rodajas.",
      "Aliña con el zumo de limón y el aceite y coloca los huevos encima.",
    ],
    de: [
      "Die Eier 7 Minuten kochen, abkühlen lassen und halbieren.",
      "Die Tomaten vierteln, Gurke und Zwiebel in Scheiben schneiden.",
      "Mit Zitronensaft und Öl anmachen und die Eier daraufsetzen.",
    ],
  },
  "sweet-potato-tortilla-espanola": {
    es: [
      "Cocina lentamente el boniato y la cebolla en láminas finas en el aceite durante 20 minutos, hasta que estén tiernos. Escúrrelos y guarda el aceite.",
      "Bate los huevos con sal e incorpora el boniato. Deja reposar 10 minutos.",
      "Cuaja en un poco del aceite a fuego bajo 8 minutos, dale la vuelta con un plato y cocina 3 minutos más.",
    ],
    de: [
      "Die dünn geschnittenen Süßkartoffeln und die Zwiebel im Öl 20 Minuten langsam weich garen. Abtropfen lassen, das Öl aufheben.",
      "Die Eier mit Salz verquirlen und die Kartoffeln unterrühren. 10 Minuten ziehen lassen.",
      "In etwas von dem Öl bei niedriger Hitze 8 Minuten stocken lassen, mit einem Teller wenden und weitere 3 Minuten garen.",
    ],
  },
  "gazpacho": {
    es: [
      "Trocea los tomates, el pepino, el pimiento y el ajo.",
      "Tritúralos con el aceite de oliva, la sal y 100 ml de agua fría hasta que quede muy fino.",
      "Enfría bien y sirve con picatostes de baguette.",
    ],
    de: [
      "Tomaten, Gurke, Paprika und Knoblauch grob hacken.",
      "Mit Olivenöl, Salz und 100 ml kaltem Wasser sehr glatt pürieren.",
      "Gut kühlen und mit Baguette-Croûtons servieren.",
    ],
  },
  "sweet-potato-bravas": {
    es: [
      "Asa los boniatos en dados con la mitad del aceite a 210C durante 30 minutos.",
      "Cuece a fuego lento los tomates con el ajo, el pimentón ahumado y la guindilla 15 minutos y tritúralos.",
      "Vierte la salsa sobre las patatas.",
    ],
    de: [
      "Die gewürfelten Süßkartoffeln mit der Hälfte des Öls bei 210C 30 Minuten rösten.",
      "Die Tomaten mit Knoblauch, geräuchertem Paprika und Chili 15 Minuten köcheln, dann pürieren.",
      "Die Soße über die Kartoffeln löffeln.",
    ],
  },
  "pan-con-tomate": {
    es: [
      "Parte la baguette por la mitad, tuéstala y frótala con el ajo partido.",
      "Ralla los tomates sobre el pan, riega con aceite y espolvorea sal.",
    ],
    de: [
      "Das Baguette halbieren, rösten und mit der angeschnittenen Knoblauchzehe einreiben.",
      "Die Tomaten auf das Brot reiben, mit Öl beträufeln und salzen.",
    ],
  },
  "espinacas-con-garbanzos": {
    es: [
      "Fríe una rebanada del pan en el aceite con el ajo hasta que se dore y machácala con las especias.",
      "Añade los garbanzos escurridos y un chorrito de agua, y luego las espinacas hasta que se ablanden.",
      "Incorpora la pasta y sirve con el resto del pan.",
    ],
    de: [
      "Eine Scheibe Brot mit dem Knoblauch im Öl goldbraun braten und mit den Gewürzen zu einer Paste zerstoßen.",
      "Die abgetropften Kichererbsen und einen Schuss Wasser zugeben, dann den Spinat, bis er zusammenfällt.",
      "Die Paste unterrühren und mit dem restlichen Brot servieren.",
    ],
  },
  "mushroom-pepper-paella": {
    es: [
      "Sofríe la cebolla y los pimientos 8 minutos, y luego los champiñones y el ajo 4 minutos.",
      "Incorpora el pimentón, la cúrcuma y el arroz, y vierte el caldo con 1 litro de agua.",
      "Cuece a fuego lento sin remover durante 20 minutos. Deja reposar 5 minutos y sirve con limón.",
    ],
    de: [
      "Zwiebel und Paprika 8 Minuten braten, dann Pilze und Knoblauch 4 Minuten mitbraten.",
      "Paprikapulver, Kurkuma und Reis einrühren, dann die Brühe mit 1 Liter Wasser angießen.",
      "Ohne Rühren 20 Minuten köcheln. 5 Minuten ruhen lassen und mit Zitrone servieren.",
    ],
  },
  "garlic-mushrooms-al-ajillo": {
    es: [
      "Saltea los champiñones partidos por la mitad en el aceite a fuego fuerte 5 minutos.",
      "Añade el ajo laminado y la guindilla durante 1 minuto y luego el perejil. Sirve con pan.",
    ],
    de: [
      "Die halbierten Pilze im Öl bei starker Hitze 5 Minuten braten.",
      "Den in Scheiben geschnittenen Knoblauch und den Chili 1 Minute mitbraten, dann die Petersilie zugeben. Mit Brot servieren.",
    ],
  },
  "greek-village-salad": {
    es: [
      "Corta los tomates, el pepino y la cebolla en trozos.",
      "Pon el feta encima y aliña con aceite de oliva y sal.",
    ],
    de: [
      "Tomaten, Gurke und Zwiebel in Stücke schneiden.",
      "Mit dem Feta belegen und mit Olivenöl und Salz anmachen.",
    ],
  },
  "spinach-feta-baked-eggs": {
    es: [
      "Saltea las espinacas con el ajo en una sartén apta para horno untada con mantequilla hasta que se ablanden.",
      "Haz cuatro huecos, casca los huevos en ellos y desmenuza el feta por encima.",
      "Hornea a 190C durante 10 minutos, hasta que cuajen las claras. Sirve con tostadas.",
    ],
    de: [
      "Den Spinat mit dem Knoblauch in einer gebutterten, ofenfesten Pfanne zusammenfallen lassen.",
      "Vier Mulden formen, die Eier hineinschlagen und den Feta darüberbröseln.",
      "Bei 190C 10 Minuten backen, bis das Eiweiß gestockt ist. Mit Toast servieren.",
    ],
  },
  "baked-black-beans-with-tomato-feta": {
    es: [
      "Sofríe la cebolla y el ajo 8 minutos y añade la canela, la passata y las alubias escurridas.",
      "Pásalo a una fuente de horno, desmenuza el feta por encima y hornea a 190C durante 30 minutos.",
      "Esparce perejil por encima.",
    ],
    de: [
      "Zwiebel und Knoblauch 8 Minuten braten, dann Zimt, Passata und die abgetropften Bohnen zugeben.",
      "In eine Auflaufform geben, den Feta darüberbröseln und bei 190C 30 Minuten backen.",
      "Mit Petersilie bestreuen.",
    ],
  },
  "tzatziki-with-warm-pitta": {
    es: [
      "Ralla el pepino, escúrrele el agua y mézclalo con el yogur, el ajo y el zumo de limón.",
      "Sazona y sirve con pan de pita caliente.",
    ],
    de: [
      "Die Gurke reiben, das Wasser ausdrücken und mit Knoblauch und Zitronensaft unter den Joghurt rühren.",
      "Abschmecken und mit warmem Pitabrot servieren.",
    ],
  },
  "greek-yoghurt-blueberry-pots": {
    es: [
      "Alterna capas de yogur y arándanos en vasos.",
      "Riega con sirope de arce.",
    ],
    de: [
      "Joghurt und Heidelbeeren abwechselnd in Gläser schichten.",
      "Mit Ahornsirup beträufeln.",
    ],
  },
  "lemony-greek-lentil-soup": {
    es: [
      "Ablanda la cebolla y el ajo en el aceite durante 8 minutos.",
      "Añade las lentejas, los tomates y 1 litro de agua y cuece a fuego lento 30 minutos.",
      "Sazona y termina con zumo de limón y más aceite.",
    ],
    de: [
      "Zwiebel und Knoblauch im Öl 8 Minuten andünsten.",
      "Linsen, Tomaten und 1 Liter Wasser zugeben und 30 Minuten köcheln.",
      "Abschmecken und mit Zitronensaft und mehr Öl vollenden.",
    ],
  },
  "briam-roast-vegetables": {
    es: [
      "Corta las verduras en rodajas y mézclalas con el ajo, el aceite y la sal en una fuente de horno.",
      "Ásalas a 190C durante 50 minutos, removiendo una vez.",
      "Esparce perejil y, si quieres, desmenuza feta por encima.",
    ],
    de: [
      "Das Gemüse in Scheiben schneiden und in einer Bratform mit Knoblauch, Öl und Salz mischen.",
      "Bei 190C 50 Minuten rösten, einmal umrühren.",
      "Mit Petersilie bestreuen und nach Belieben Feta darüberbröseln.",
    ],
  },
  "blueberry-pancakes": {
    es: [
      "Bate la harina, los huevos y la bebida de avena hasta obtener una masa espesa e incorpora los arándanos.",
      "Cocina cucharones de masa en una sartén untada con mantequilla, 2 minutos por cada lado.",
      "Sírvelas apiladas con sirope de arce.",
    ],
    de: [
      "Mehl, Eier und Haferdrink zu einem dicken Teig verrühren und die Heidelbeeren unterheben.",
      "Kellenweise in einer gebutterten Pfanne 2 Minuten pro Seite backen.",
      "Gestapelt mit Ahornsirup servieren.",
    ],
  },
  "black-bean-burgers": {
    es: [
      "Aplasta las alubias escurridas con la cebolla rallada, la avena, el pimentón, el comino y la sal. Forma 4 hamburguesas y enfríalas 10 minutos.",
      "Fríelas 4 minutos por cada lado, hasta que estén crujientes.",
      "Sírvelas en panecillos tostados con aguacate y, si quieres, cheddar.",
    ],
    de: [
      "Die abgetropften Bohnen mit geriebener Zwiebel, Haferflocken, Paprikapulver, Kreuzkümmel und Salz zerdrücken. 4 Patties formen und 10 Minuten kühlen.",
      "4 Minuten pro Seite knusprig braten.",
      "In gerösteten Brötchen mit Avocado und nach Belieben Cheddar servieren.",
    ],
  },
  "baked-penne-mac-cheese": {
    es: [
      "Cuece los penne 2 minutos menos de lo que indica el paquete.",
      "Derrite la mantequilla, incorpora la harina y añade la bebida de avena batiendo hasta que espese. Agrega casi todo el cheddar.",
      "Mézclalo con la pasta, cubre con el queso curado y hornea a 200C durante 20 minutos.",
    ],
    de: [
      "Die Penne 2 Minuten kürzer kochen als auf der Packung angegeben.",
      "Die Butter schmelzen, das Mehl einrühren, dann den Haferdrink einrühren, bis es eindickt. Den größten Teil des Cheddars zugeben.",
      "Mit der Pasta mischen, mit dem Hartkäse bestreuen und bei 200C 20 Minuten backen.",
    ],
  },
  "chocolate-peanut-butter-smoothie": {
    es: [
      "Tritúralo todo hasta que quede fino y espeso.",
      "Añade hielo para un batido más frío.",
    ],
    de: [
      "Alles glatt und dickflüssig mixen.",
      "Für einen kälteren Shake Eis zugeben.",
    ],
  },
  "sweet-potato-fries-with-avocado-dip": {
    es: [
      "Corta los boniatos en bastones y mézclalos con el aceite y el pimentón. Ásalos a 220C durante 25 minutos.",
      "Aplasta el aguacate con el zumo de lima y la sal.",
    ],
    de: [
      "Die Süßkartoffeln in Pommes schneiden und mit Öl und Paprikapulver mischen. Bei 220C 25 Minuten rösten.",
      "Die Avocado mit Limettensaft und Salz zerdrücken.",
    ],
  },
  "kale-caesar-with-sourdough-croutons": {
    es: [
      "Corta el pan en dados y tuéstalo con un poco de aceite hasta que esté crujiente.",
      "Bate el aceite, el zumo de limón, el ajo rallado y casi todo el queso.",
      "Masajea la col en tiras con el aliño y cubre con los picatostes y el resto del queso.",
    ],
    de: [
      "Das Brot würfeln und mit etwas Öl knusprig rösten.",
      "Öl, Zitronensaft, geriebenen Knoblauch und den größten Teil des Käses verrühren.",
      "Den geschnittenen Grünkohl mit dem Dressing kneten und mit Croûtons und dem restlichen Käse bestreuen.",
    ],
  },
  "smoked-tofu-avocado-tomato-sandwich": {
    es: [
      "Fríe el tofu en lonchas hasta que esté crujiente.",
      "Monta el pan con capas de aguacate aplastado, tomates en rodajas y espinacas.",
    ],
    de: [
      "Den in Scheiben geschnittenen Tofu knusprig braten.",
      "Mit zerdrückter Avocado, Tomatenscheiben und Spinat auf das Brot schichten.",
    ],
  },
  "cinnamon-banana-bread": {
    es: [
      "Precalienta el horno a 175C. Aplasta los plátanos y bate con la mantequilla derretida, el azúcar y los huevos.",
      "Incorpora con movimientos envolventes la harina, la canela y una pizca de sal.",
      "Hornea en un molde rectangular forrado durante 55 minutos.",
    ],
    de: [
      "Den Ofen auf 175C vorheizen. Die Bananen zerdrücken und geschmolzene Butter, Zucker und Eier unterschlagen.",
      "Mehl, Zimt und eine Prise Salz unterheben.",
      "In einer ausgelegten Kastenform 55 Minuten backen.",
    ],
  },
  "blueberry-banana-smoothie-bowl": {
    es: [
      "Tritura los arándanos, el plátano y la bebida de avena hasta que quede espeso.",
      "Sirve en cuencos y cubre con yogur de coco y avena.",
    ],
    de: [
      "Heidelbeeren, Banane und Haferdrink dickflüssig mixen.",
      "In Schüsseln füllen und mit Kokosjoghurt und Haferflocken belegen.",
    ],
  },
};
