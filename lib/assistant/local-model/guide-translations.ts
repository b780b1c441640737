import type { Language } from "./normalize";
import type { GuideEntry } from "./support-answers";

/**
 * The support guide in Spanish and German, entry by entry, so a shopper who asks in either gets the
 * guide's answer in their language. Each translation names the English answer it was made from by
 * its fingerprint: when the guide's English changes, the stale translation is no longer used (the
 * answer is quoted in English, marked as such) until it is translated again, and
 * tests/unit/assistant-support.test.ts says which entries need it.
 */

type Translated = { question: string; answer: string };
type Translation = { of: string } & Record<Exclude<Language, "en">, Translated>;

/** FNV-1a of the English answer: short, stable, and enough to notice that the text changed. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const TRANSLATIONS: Record<string, Translation> = {
  "How much does shipping cost?": {
    of: "92332549",
    es: {
      question: "¿Cuánto cuesta el envío?",
      answer: "El envío cuesta una tarifa fija de $4.95 por pedido y es gratis en pedidos de $50 o más. Los $50 se cuentan sobre los productos del pedido, antes del envío. El coste del envío se muestra al pagar, antes de que pagues, y se calcula en nuestro servidor a partir de los productos del pedido, así que el total que ves es el total que se te cobra.",
    },
    de: {
      question: "Was kostet der Versand?",
      answer: "Der Versand kostet pauschal $4.95 pro Bestellung und ist ab $50 Bestellwert kostenlos. Die $50 zählen für die Artikel deiner Bestellung, ohne Versand. Die Versandkosten siehst du an der Kasse, bevor du bezahlst; sie werden auf unserem Server aus den Artikeln deiner Bestellung berechnet, also ist die Summe, die du siehst, die Summe, die abgebucht wird.",
    },
  },
  "How long does delivery take?": {
    of: "277bd603",
    es: {
      question: "¿Cuánto tarda la entrega?",
      answer: "Los pedidos hechos antes de las 14:00 de un día laborable se preparan ese mismo día; los posteriores, el siguiente día laborable. Después, la entrega tarda de 2 a 4 días laborables. Los productos frescos se empaquetan al final, la mañana en que sale tu pedido, para que pasen el menor tiempo posible en tránsito.",
    },
    de: {
      question: "Wie lange dauert die Lieferung?",
      answer: "Bestellungen, die an einem Werktag vor 14 Uhr eingehen, werden am selben Tag gepackt, spätere am nächsten Werktag. Die Lieferung dauert dann 2 bis 4 Werktage. Frische Ware wird zuletzt gepackt, am Morgen, an dem deine Bestellung unser Lager verlässt, damit sie so kurz wie möglich unterwegs ist.",
    },
  },
  "Where do you deliver?": {
    of: "aed6ffe9",
    es: {
      question: "¿A dónde enviáis?",
      answer: "Enviamos a los países que aparecen en el campo País al pagar. Si tu país no está en la lista, todavía no podemos enviar allí.",
    },
    de: {
      question: "Wohin liefert ihr?",
      answer: "Wir liefern in die Länder, die an der Kasse im Feld Land angeboten werden. Steht dein Land nicht in der Liste, können wir noch nicht dorthin liefern.",
    },
  },
  "Can I track my order?": {
    of: "83a03afe",
    es: {
      question: "¿Puedo seguir mi pedido?",
      answer: "Sí. Con la sesión iniciada, Pedidos en la cabecera muestra cada pedido con su estado, y la página de cada pedido muestra los productos, el importe cobrado y la referencia del pago. Si un pedido no ha llegado 5 días laborables después de pagarlo, avísanos y reclamaremos al transportista o lo enviaremos de nuevo.",
    },
    de: {
      question: "Kann ich meine Bestellung verfolgen?",
      answer: "Ja. Wenn du angemeldet bist, zeigt Bestellungen in der Kopfzeile jede Bestellung mit ihrem Status, und jede Bestellseite zeigt die Artikel, den abgebuchten Betrag und die Zahlungsreferenz. Ist eine Bestellung 5 Werktage nach der Zahlung nicht angekommen, sag uns Bescheid: Wir haken beim Paketdienst nach oder schicken sie noch einmal.",
    },
  },
  "Can I change my delivery address after ordering?": {
    of: "90ac6715",
    es: {
      question: "¿Puedo cambiar la dirección de entrega después de pedir?",
      answer: "La dirección queda fijada en cuanto se paga el pedido, porque la preparación empieza enseguida. Si te has equivocado, escríbenos el mismo día y haremos lo posible por interceptar el paquete antes de que salga.",
    },
    de: {
      question: "Kann ich die Lieferadresse nach der Bestellung ändern?",
      answer: "Die Adresse steht fest, sobald eine Bestellung bezahlt ist, weil das Packen sofort beginnt. Wenn du dich vertan hast, melde dich noch am selben Tag, dann versuchen wir, das Paket abzufangen, bevor es losgeht.",
    },
  },
  "What is your returns policy?": {
    of: "c0054563",
    es: {
      question: "¿Cuál es vuestra política de devoluciones?",
      answer: "Los productos de despensa sin abrir (alimentos no perecederos, bebidas, libros de cocina) se pueden devolver en los 30 días siguientes a la entrega con reembolso completo del precio del producto. Los productos frescos, de panadería y refrigerados no se pueden devolver, pero si algo llega dañado, caducado o no como se describía, avísanos en un plazo de 48 horas con una foto y te lo reembolsamos sin pedirte que lo devuelvas.",
    },
    de: {
      question: "Wie sind eure Rückgaberegeln?",
      answer: "Ungeöffnete Vorratsartikel (Lebensmittel aus dem Vorratsschrank, Getränke, Kochbücher) kannst du innerhalb von 30 Tagen nach der Lieferung zurückgeben und bekommst den vollen Artikelpreis erstattet. Frische Ware, Backwaren und Kühlware können nicht zurückgeschickt werden; kommt aber etwas beschädigt, abgelaufen oder anders als beschrieben an, sag uns innerhalb von 48 Stunden mit einem Foto Bescheid, und wir erstatten es, ohne dass du es zurückschicken musst.",
    },
  },
  "How do I get a refund?": {
    of: "decdf977",
    es: {
      question: "¿Cómo consigo un reembolso?",
      answer: "Escríbenos con tu número de pedido y los productos afectados. Los reembolsos aprobados vuelven a la tarjeta con la que pagaste; los emitimos en 2 días laborables y tu banco suele mostrarlos en 5 a 10 días laborables. Se puede reembolsar parte de un pedido; la página del pedido muestra entonces el importe reembolsado.",
    },
    de: {
      question: "Wie bekomme ich eine Erstattung?",
      answer: "Schreib uns mit deiner Bestellnummer und den betroffenen Artikeln. Genehmigte Erstattungen gehen auf die Karte zurück, mit der du bezahlt hast; wir veranlassen sie innerhalb von 2 Werktagen, und deine Bank zeigt sie meist nach 5 bis 10 Werktagen an. Auch ein Teil einer Bestellung kann erstattet werden; die Bestellseite zeigt dann den erstatteten Betrag.",
    },
  },
  "Is shipping refunded?": {
    of: "f816ac7d",
    es: {
      question: "¿Se reembolsa el envío?",
      answer: "El envío se reembolsa cuando se reembolsa el pedido entero o cuando el problema fue nuestro (productos dañados, equivocados o que faltan). No se reembolsa cuando devuelves productos sin abrir porque has cambiado de opinión.",
    },
    de: {
      question: "Werden die Versandkosten erstattet?",
      answer: "Der Versand wird erstattet, wenn die ganze Bestellung erstattet wird oder wenn der Fehler bei uns lag (beschädigte, falsche oder fehlende Artikel). Er wird nicht erstattet, wenn du ungeöffnete Artikel zurückgibst, weil du es dir anders überlegt hast.",
    },
  },
  "An item was out of stock after I ordered. Will I be charged?": {
    of: "9786a006",
    es: {
      question: "Un producto se agotó después de hacer mi pedido. ¿Me lo cobraréis?",
      answer: "No. Las existencias se reservan para ti en cuanto se crea el pedido, así que lo que has pagado queda apartado para ti. Si un pago falla o se abandona, las existencias reservadas se liberan y no se cobra nada.",
    },
    de: {
      question: "Ein Artikel war nach meiner Bestellung ausverkauft. Wird mir etwas berechnet?",
      answer: "Nein. Der Bestand wird für dich reserviert, sobald deine Bestellung angelegt ist, also wird ein bezahlter Artikel für dich zurückgelegt. Schlägt eine Zahlung fehl oder wird sie abgebrochen, wird der reservierte Bestand wieder freigegeben und nichts berechnet.",
    },
  },
  "What packaging do you use?": {
    of: "367f03e8",
    es: {
      question: "¿Qué embalaje usáis?",
      answer: "Los pedidos se envían en cajas de cartón reciclado cerradas con cinta de papel. Dentro, los productos frescos viajan sueltos o en bolsas compostables en casa, los refrigerados con aislante de lana o papel y placas de hielo reutilizables, y nada va envuelto en film de plástico de un solo uso.",
    },
    de: {
      question: "Welche Verpackung verwendet ihr?",
      answer: "Bestellungen gehen in Kartons aus Recyclingpappe raus, verschlossen mit Papierklebeband. Darin reist frische Ware lose oder in heimkompostierbaren Beuteln, Kühlware in Woll- oder Papierisolierung mit wiederverwendbaren Kühlakkus, und nichts ist in Einweg-Plastikfolie gewickelt.",
    },
  },
  "How do I dispose of the packaging?": {
    of: "e06ed582",
    es: {
      question: "¿Cómo desecho el embalaje?",
      answer: "La caja, la cinta de papel y el relleno de papel van al contenedor de papel. Las bolsas compostables pueden ir al compost de casa o a la recogida de residuos orgánicos. Los forros de lana se pueden reutilizar, compostar o devolvernos con un pedido posterior.",
    },
    de: {
      question: "Wie entsorge ich die Verpackung?",
      answer: "Karton, Papierklebeband und Papierpolster kommen ins Altpapier. Kompostierbare Beutel können auf den Kompost oder in die Biotonne. Wollauskleidungen kannst du wiederverwenden, kompostieren oder uns mit einer späteren Bestellung zurückschicken.",
    },
  },
  "Can I send packaging back for reuse?": {
    of: "2af318f8",
    es: {
      question: "¿Puedo devolver el embalaje para reutilizarlo?",
      answer: "Sí: dale al repartidor los forros de lana limpios y las placas de hielo con tu próxima entrega, o envíalos con la etiqueta de devolución gratuita impresa en el interior de la tapa de la caja. Reutilizamos todo lo que vuelve en buen estado.",
    },
    de: {
      question: "Kann ich Verpackung zur Wiederverwendung zurückschicken?",
      answer: "Ja: Gib saubere Wollauskleidungen und Kühlakkus bei deiner nächsten Lieferung dem Fahrer mit oder schick sie mit dem kostenlosen Rücksendeetikett zurück, das innen auf dem Kartondeckel gedruckt ist. Alles, was in gutem Zustand zurückkommt, verwenden wir wieder.",
    },
  },
  "Where does your food come from?": {
    of: "9a2dbcb4",
    es: {
      question: "¿De dónde vienen vuestros alimentos?",
      answer: "Cada ficha de producto muestra su origen y sus notas de sostenibilidad: cómo se cultiva, se certifica y se envasa. Preferimos productores ecológicos, de comercio justo y regenerativos, compramos lo más cerca que permite la temporada y nunca traemos productos frescos en avión.",
    },
    de: {
      question: "Woher kommen eure Lebensmittel?",
      answer: "Jede Produktseite zeigt Herkunft und Nachhaltigkeitshinweise: wie es angebaut, zertifiziert und verpackt wird. Wir bevorzugen Bio-, Fairtrade- und regenerative Erzeuger, kaufen so nah ein, wie es die Saison erlaubt, und lassen frische Ware nie einfliegen.",
    },
  },
  "How do you reduce food waste?": {
    of: "87cc6d38",
    es: {
      question: "¿Cómo reducís el desperdicio de comida?",
      answer: "Pedimos los productos frescos en tandas pequeñas según los pedidos reales, vendemos productos con defectos estéticos con el mismo estándar de calidad y donamos cada semana a bancos de alimentos locales la comida no vendida que sigue en buen estado.",
    },
    de: {
      question: "Wie vermeidet ihr Lebensmittelverschwendung?",
      answer: "Wir bestellen frische Ware in kleinen Mengen nach echten Bestellungen, verkaufen optisch unperfekte Ware mit demselben Qualitätsanspruch und spenden unverkaufte, noch gute Lebensmittel jede Woche an örtliche Tafeln.",
    },
  },
  "Are your products vegan or gluten-free?": {
    of: "79874649",
    es: {
      question: "¿Vuestros productos son veganos o sin gluten?",
      answer: "Cada producto muestra en su página sus etiquetas de dieta (vegano, vegetariano, sin gluten, sin frutos secos y más), y la tienda se puede filtrar por etiqueta. Las recetas se etiquetan igual, y el asistente de recetas respeta esas etiquetas cuando pides, por ejemplo, ideas veganas o sin gluten. Si tienes una alergia grave, revisa siempre la etiqueta del envase por si hay alérgenos.",
    },
    de: {
      question: "Sind eure Produkte vegan oder glutenfrei?",
      answer: "Jedes Produkt zeigt auf seiner Seite seine Ernährungs-Tags (vegan, vegetarisch, glutenfrei, nussfrei und mehr), und der Shop lässt sich nach Tag filtern. Rezepte sind genauso getaggt, und der Rezeptassistent hält sich an diese Tags, wenn du zum Beispiel nach veganen oder glutenfreien Ideen fragst. Bei einer schweren Allergie prüf immer das Etikett auf Allergene.",
    },
  },
  "What do the plans include?": {
    of: "1b968ada",
    es: {
      question: "¿Qué incluyen los planes?",
      answer: "Todos los planes dan uso ilimitado del asistente de recetas, con un límite de uso razonable de 30 preguntas cada 10 minutos. Monthly cuesta $5 al mes, Quarterly $12 cada 3 meses y Annual $50 al año. Los planes no cambian los precios de los productos ni el envío.",
    },
    de: {
      question: "Was ist in den Plänen enthalten?",
      answer: "Jeder Plan schaltet den Rezeptassistenten unbegrenzt frei, mit einer Fair-Use-Grenze von 30 Fragen alle 10 Minuten. Monthly kostet $5 im Monat, Quarterly $12 alle 3 Monate und Annual $50 im Jahr. Pläne ändern weder Produktpreise noch Versandkosten.",
    },
  },
  "How many free questions do I get?": {
    of: "cdc30459",
    es: {
      question: "¿Cuántas preguntas gratis tengo?",
      answer: "Todo el mundo tiene 3 preguntas gratis al asistente de recetas. Se cuentan por navegador y dispositivo, y por cuenta cuando has iniciado sesión, así que borrar las cookies no las reinicia. Después, un plan da preguntas ilimitadas; mira la página de planes.",
    },
    de: {
      question: "Wie viele kostenlose Fragen habe ich?",
      answer: "Alle bekommen 3 kostenlose Fragen an den Rezeptassistenten. Sie werden pro Browser und Gerät gezählt und pro Konto, wenn du angemeldet bist, daher setzt das Löschen von Cookies sie nicht zurück. Danach schaltet ein Plan unbegrenzte Fragen frei; siehe die Seite mit den Plänen.",
    },
  },
  "How do I cancel or change my plan?": {
    of: "03cde073",
    es: {
      question: "¿Cómo cancelo o cambio mi plan?",
      answer: "Ve a Cuenta con la sesión iniciada. Puedes cancelar cuando quieras; tu plan sigue activo hasta el final del periodo que has pagado y luego termina sin más cargos. Puedes reanudarlo antes de que acabe el periodo o cambiar a otro plan desde la misma página.",
    },
    de: {
      question: "Wie kündige oder wechsle ich meinen Plan?",
      answer: "Geh angemeldet auf Konto. Du kannst jederzeit kündigen; dein Plan bleibt bis zum Ende des bezahlten Zeitraums aktiv und endet dann ohne weitere Kosten. Vor Ende des Zeitraums kannst du ihn fortsetzen oder auf derselben Seite zu einem anderen Plan wechseln.",
    },
  },
  "What happens if a plan renewal payment fails?": {
    of: "ed045e47",
    es: {
      question: "¿Qué pasa si falla el pago de la renovación de un plan?",
      answer: "Volvemos a intentar el cobro en la tarjeta durante los días siguientes y mantenemos tu plan activo durante un periodo de gracia de 3 días. Si el pago sigue fallando, el plan termina; puedes volver a suscribirte cuando quieras.",
    },
    de: {
      question: "Was passiert, wenn die Zahlung für eine Planverlängerung fehlschlägt?",
      answer: "Wir versuchen die Karte in den nächsten Tagen erneut zu belasten und lassen deinen Plan während einer Kulanzfrist von 3 Tagen weiterlaufen. Schlägt die Zahlung weiter fehl, endet der Plan; du kannst jederzeit wieder abonnieren.",
    },
  },
  "How does the recipe assistant work?": {
    of: "ec0c7a15",
    es: {
      question: "¿Cómo funciona el asistente de recetas?",
      answer: "El asistente sugiere recetas que puedes cocinar con lo que hay ahora en la tienda, con los precios de hoy y enlaces a cada producto. Cuando un ingrediente está agotado lo dice y ofrece un sustituto disponible si lo tenemos, y el botón para añadir los ingredientes de una tarjeta de receta añade todo lo disponible. Las conversaciones se guardan, así que puedes volver a ellas más tarde.",
    },
    de: {
      question: "Wie funktioniert der Rezeptassistent?",
      answer: "Der Assistent schlägt Rezepte vor, die du mit dem aktuellen Bestand kochen kannst, mit heutigen Preisen und Links zu jedem Produkt. Ist eine Zutat ausverkauft, sagt er es und bietet einen vorrätigen Ersatz an, wenn wir einen haben, und der Knopf zum Hinzufügen der Zutaten auf einer Rezeptkarte legt alles Vorrätige in den Warenkorb. Unterhaltungen werden gespeichert, damit du später zu ihnen zurückkehren kannst.",
    },
  },
  "Which payment methods do you accept?": {
    of: "973abb13",
    es: {
      question: "¿Qué formas de pago aceptáis?",
      answer: "Aceptamos las principales tarjetas de crédito y débito a través de Stripe. Los datos de la tarjeta van directamente a Stripe y nunca pasan por nuestros servidores ni nuestra base de datos.",
    },
    de: {
      question: "Welche Zahlungsarten akzeptiert ihr?",
      answer: "Wir akzeptieren gängige Kredit- und Debitkarten über Stripe. Kartendaten gehen direkt an Stripe und berühren nie unsere Server oder unsere Datenbank.",
    },
  },
  "Why was my card declined?": {
    of: "335f66f4",
    es: {
      question: "¿Por qué se rechazó mi tarjeta?",
      answer: "Los rechazos vienen de tu banco: los motivos habituales son fondos insuficientes, un control de seguridad o un número o fecha de caducidad mal escritos. No se cobra nada por un pago rechazado; puedes intentarlo de nuevo con la misma tarjeta o con otra.",
    },
    de: {
      question: "Warum wurde meine Karte abgelehnt?",
      answer: "Ablehnungen kommen von deiner Bank: häufige Gründe sind fehlende Deckung, eine Sicherheitsprüfung oder eine vertippte Nummer oder ein falsches Ablaufdatum. Für eine abgelehnte Zahlung wird nichts berechnet; du kannst es mit derselben oder einer anderen Karte erneut versuchen.",
    },
  },
  "Do I need an account to order?": {
    of: "d8aa0133",
    es: {
      question: "¿Necesito una cuenta para pedir?",
      answer: "No. Puedes pagar como invitado solo con un correo electrónico. Una cuenta te permite ver tu historial de pedidos, mantiene tu cesta entre dispositivos y es necesaria para un plan.",
    },
    de: {
      question: "Brauche ich ein Konto zum Bestellen?",
      answer: "Nein. Du kannst als Gast nur mit einer E-Mail-Adresse bestellen. Mit einem Konto siehst du deine Bestellhistorie, dein Warenkorb bleibt zwischen Geräten erhalten, und für einen Plan brauchst du eins.",
    },
  },
  "How do I delete my account?": {
    of: "7c9f8287",
    es: {
      question: "¿Cómo borro mi cuenta?",
      answer: "Ve a Cuenta y elige borrar la cuenta. Se eliminan tu perfil y tus conversaciones guardadas; los pedidos se conservan para nuestra contabilidad sin estar vinculados a ti.",
    },
    de: {
      question: "Wie lösche ich mein Konto?",
      answer: "Geh auf Konto und wähle Konto löschen. Dein Profil und deine gespeicherten Unterhaltungen werden entfernt; Bestellungen bleiben für unsere Buchhaltung erhalten, ohne mit dir verknüpft zu sein.",
    },
  },
};

/** The entry in the shopper's language, or undefined when it has no translation of its current English. */
export function translatedEntry(entry: GuideEntry, language: Exclude<Language, "en">): Translated | undefined {
  const translation = Object.hasOwn(TRANSLATIONS, entry.question) ? TRANSLATIONS[entry.question] : undefined;
  return translation && translation.of === fingerprint(entry.answer) ? translation[language] : undefined;
}
