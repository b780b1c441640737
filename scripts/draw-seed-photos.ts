// `npx tsx scripts/draw-seed-photos.ts` draws each demo product's picture from its data (nothing is
// downloaded): its category decides the object (produce on a crate, a pantry jar, tin or bottle, a
// loaf, a carton, a book with its title), words in its slug decide its colours and shape, and a
// generator seeded by the slug places the details, so no two products look alike. Every picture
// goes through the photo pipeline an operator's upload takes (lib/catalog/photo-variants.ts), and
// the resized WebP files are committed in db/seed/photos/, so seeding stores them without resizing.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { products, type SeedProduct } from "@/db/seed/catalog-data";
import { SEED_PHOTO_DIR, seedPhotoFile } from "@/db/seed/product-photos";
import { photoVariants } from "@/lib/catalog/photo-variants";

const W = 400;
const H = 300;

/** A small deterministic generator (mulberry32) seeded by the slug, so a redraw gives the same picture. */
function generator(slug: string) {
  let seed = 0;
  for (const char of slug) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) | 0;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = ReturnType<typeof generator>;
const between = (random: Random, low: number, high: number) => low + random() * (high - low);
const pick = <T>(random: Random, values: readonly T[]) => values[Math.floor(random() * values.length)];

/** The colour a product's name suggests (first match wins), or one drawn for it. */
const COLOURS: [RegExp, string[]][] = [
  [/tomato|passata|marzano|red-bell|paprika|chilli/, ["#d2452f", "#c23b2b", "#e0573a"]],
  [/red-lentil/, ["#e07a3a"]],
  [/turmeric|garam/, ["#e3a21a", "#d9931c"]],
  [/carrot|sweet-potato/, ["#e8892b", "#d9762a", "#f09a3a"]],
  [/lemon|banana|corn|elderflower/, ["#f0c93a", "#ead04f"]],
  [/blueberr/, ["#4a5fa8", "#3d4f91"]],
  [/purple|red-onion|beluga|rooibos/, ["#7a3d6e", "#8e4a5c"]],
  [/lime|cucumber|spinach|kale|parsley|coriander|avocado|sencha/, ["#4f8a3a", "#3f7a32", "#6aa04a"]],
  [/mushroom|chestnut/, ["#a07b58", "#8d6a4a"]],
  [/coffee|espresso|cacao|chocolate/, ["#5a3a28", "#4a2f22"]],
  [/cinnamon|cumin|masala|chai|maple|tamari|bouillon|rye/, ["#9a5a2e", "#a8683a"]],
  [/ginger|apple|kombucha/, ["#d9a94a", "#e5b84a"]],
  [/oil|rapeseed/, ["#a3a02a", "#8a9a3b"]],
  [/butter|cheddar|hard-cheese/, ["#f2d56b", "#eccb5a"]],
  [/black-bean/, ["#2f2a33"]],
  [/chickpea|tahini|peanut|lentil/, ["#d8b06a", "#c99e5a"]],
  [/onion|garlic/, ["#e8d2b0", "#dcc29a"]],
  [/oat|rice|flour|sugar|tofu|milk|yoghurt|coconut|feta|cashew|egg|spaghetti|penne/, ["#f3ead3", "#efe1c0"]],
];

function mainColour(product: SeedProduct, random: Random) {
  for (const [pattern, colours] of COLOURS) if (pattern.test(product.slug)) return pick(random, colours);
  return `hsl(${Math.round(random() * 360)}, 55%, 52%)`;
}

/** A darker or lighter shade of a hex or hsl colour, for outlines and highlights. */
function shade(colour: string, amount: number) {
  const { r, g, b } = parseColour(colour);
  const mix = (value: number) => Math.round(amount < 0 ? value * (1 + amount) : value + (255 - value) * amount);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

function parseColour(colour: string) {
  if (colour.startsWith("#")) {
    const value = Number.parseInt(colour.slice(1), 16);
    return { r: value >> 16, g: (value >> 8) & 255, b: value & 255 };
  }
  const [h, s, l] = (colour.match(/[\d.]+/g) ?? ["0", "50", "50"]).map(Number);
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

/** Background and shelf colours by category. */
const SCENES: Record<string, { wall: string[]; shelf: string }> = {
  "fresh-produce": {
    wall: ["#e6f0d8", "#eef3dc", "#dfeccf"],
    shelf: "#b98a5a",
  },
  pantry: { wall: ["#f5ecdc", "#f2e4cc", "#efe6d6"], shelf: "#c9ad82" },
  bakery: { wall: ["#f7e9d4", "#f3e0c4", "#f8eedd"], shelf: "#a8784a" },
  "dairy-alternatives": {
    wall: ["#e4eef4", "#eaf1f0", "#dde9f1"],
    shelf: "#9fb4bf",
  },
  drinks: { wall: ["#e8f1ec", "#f0ece4", "#e3ecf3"], shelf: "#8aa39a" },
  cookbooks: { wall: ["#f1e8e0", "#ece6f1", "#e9efe4"], shelf: "#8c6a50" },
};

function escape(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The name without its pack size: "Split Red Lentils (500 g)" → "Split Red Lentils". */
function shortName(name: string) {
  return name.replace(/\s*\([^)]*\)\s*$/, "");
}

/** Words wrapped into at most `lines` lines of about `width` characters. */
function wrap(text: string, width: number, lines: number) {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && (last + " " + word).length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out.length <= lines ? out : [...out.slice(0, lines - 1), out.slice(lines - 1).join(" ")];
}

// --- the objects, drawn standing on the shelf at y = 232 ------------------------------------------

const SHELF = 232;

function produce(product: SeedProduct, colour: string, random: Random) {
  const slug = product.slug;
  const crate = `<rect x="96" y="${SHELF - 46}" width="208" height="46" rx="6" fill="#c89a64"/><rect x="96" y="${SHELF - 30}" width="208" height="6" fill="#a87c4c"/><rect x="96" y="${SHELF - 14}" width="208" height="6" fill="#a87c4c"/>`;
  const items: string[] = [];
  const count = 4 + Math.floor(random() * 4);
  for (let index = 0; index < count; index++) {
    const x = 120 + (index / (count - 1)) * 160 + between(random, -10, 10);
    const y = SHELF - 60 - between(random, 0, 50) - (index % 2) * 14;
    const turn = between(random, -35, 35);
    if (/spinach|kale|parsley|coriander/.test(slug)) {
      const length = between(random, 60, 90);
      items.push(
        `<g transform="translate(${x} ${SHELF - 40}) rotate(${turn})"><path d="M0 0 C-${length / 3} -${length / 3} -${length / 4} -${length} 0 -${length} C${length / 4} -${length} ${length / 3} -${length / 3} 0 0Z" fill="${shade(colour, between(random, -0.2, 0.15))}"/><path d="M0 0 V-${length * 0.9}" stroke="${shade(colour, -0.35)}" stroke-width="2"/></g>`,
      );
    } else if (/carrot|cucumber|banana|sweet-potato/.test(slug)) {
      const long = /cucumber|banana/.test(slug) ? 34 : 30;
      items.push(
        `<g transform="translate(${x} ${y + 20}) rotate(${turn + 60})"><ellipse rx="${long}" ry="${/sweet-potato/.test(slug) ? 16 : 10}" fill="${shade(colour, between(random, -0.15, 0.1))}"/><ellipse cx="-${long / 3}" cy="-3" rx="${long / 3}" ry="3" fill="${shade(colour, 0.3)}"/>${/carrot/.test(slug) ? `<path d="M${long} 0 l14 -8 m-14 8 l16 0 m-16 0 l14 8" stroke="#4f8a3a" stroke-width="3"/>` : ""}</g>`,
      );
    } else if (/mushroom/.test(slug)) {
      const size = between(random, 18, 26);
      items.push(
        `<g transform="translate(${x} ${y + 16})"><rect x="-${size / 3}" y="0" width="${(size * 2) / 3}" height="${size}" rx="4" fill="#efe3cf"/><path d="M-${size} 4 A${size} ${size * 0.8} 0 0 1 ${size} 4Z" fill="${shade(colour, between(random, -0.15, 0.1))}"/></g>`,
      );
    } else if (/ginger/.test(slug)) {
      items.push(
        `<g transform="translate(${x} ${y + 18}) rotate(${turn})" fill="${shade(colour, between(random, -0.1, 0.1))}"><ellipse rx="22" ry="11"/><ellipse cx="16" cy="-10" rx="10" ry="7"/><ellipse cx="-14" cy="-9" rx="9" ry="6"/></g>`,
      );
    } else {
      const size = /blueberr/.test(slug) ? between(random, 9, 13) : between(random, 20, 28);
      const oval = /avocado|lemon|lime|pepper/.test(slug) ? 1.2 : 1;
      const stem = /tomato|pepper/.test(slug)
        ? `<path d="M-6 -${size * oval - 2} l6 -6 l6 6" stroke="#3f7a32" stroke-width="4" fill="none"/>`
        : /onion|garlic/.test(slug)
          ? `<path d="M0 -${size * oval} q4 -12 0 -18" stroke="${shade(colour, -0.3)}" stroke-width="3" fill="none"/>`
          : "";
      items.push(
        `<g transform="translate(${x} ${y + 26 - size}) rotate(${turn / 2})"><ellipse rx="${size}" ry="${size * oval}" fill="${shade(colour, between(random, -0.15, 0.08))}"/><ellipse cx="-${size / 3}" cy="-${size / 3}" rx="${size / 4}" ry="${size / 6}" fill="#ffffff" opacity="0.35"/>${stem}</g>`,
      );
    }
  }
  if (/blueberr/.test(slug)) {
    for (let index = 0; index < 14; index++) {
      const size = between(random, 8, 12);
      items.push(
        `<circle cx="${between(random, 120, 280)}" cy="${between(random, SHELF - 90, SHELF - 50)}" r="${size}" fill="${shade(colour, between(random, -0.2, 0.1))}"/>`,
      );
    }
  }
  return items.join("") + crate;
}

function pantry(product: SeedProduct, colour: string, random: Random) {
  const slug = product.slug;
  const x = between(random, 150, 190);
  if (/oil|syrup|tamari/.test(slug)) {
    const glass = /syrup/.test(slug) ? "#b8742a" : /tamari/.test(slug) ? "#3a2418" : colour;
    return (
      `<path d="M${x} ${SHELF} V120 Q${x} 102 ${x + 18} 94 V60 H${x + 42} V94 Q${x + 60} 102 ${x + 60} 120 V${SHELF} Z" fill="${glass}"/><rect x="${x + 16}" y="46" width="28" height="16" rx="3" fill="#5b4630"/><rect x="${x + 6}" y="140" width="48" height="56" rx="5" fill="#f7efdc"/><circle cx="${x + 30}" cy="168" r="${between(random, 10, 16)}" fill="${shade(glass, 0.2)}"/>` +
      sideJar(random, colour)
    );
  }
  if (/canned|passata|coconut-milk|marzano|sun-dried|bouillon/.test(slug)) {
    const tins = 1 + Math.floor(random() * 2);
    let out = "";
    for (let index = 0; index < tins + 1; index++) {
      const left = 110 + index * 92 + between(random, -6, 6);
      const height = between(random, 80, 110);
      out += `<rect x="${left}" y="${SHELF - height}" width="80" height="${height}" rx="6" fill="${index % 2 ? shade(colour, -0.2) : "#dfe3e6"}"/><rect x="${left}" y="${SHELF - height}" width="80" height="10" fill="#b9c0c5"/><rect x="${left}" y="${SHELF - height * 0.7}" width="80" height="${height * 0.45}" fill="${index % 2 ? "#f5ecdc" : colour}"/><circle cx="${left + 40}" cy="${SHELF - height * 0.48}" r="${height / 8}" fill="${index % 2 ? colour : "#f5ecdc"}"/>`;
    }
    return out;
  }
  if (/spaghetti|penne|flour|oats|sugar|rice|cacao/.test(slug)) {
    const top = between(random, 78, 100);
    return (
      `<path d="M${x - 10} ${SHELF} L${x} ${top} H${x + 90} L${x + 100} ${SHELF} Z" fill="#e8d5b0"/><path d="M${x} ${top} l10 -14 h70 l10 14" fill="#d7bf93"/><rect x="${x + 12}" y="${top + 40}" width="66" height="60" rx="6" fill="${colour}" stroke="${shade(colour, -0.3)}" stroke-width="3"/>${/spaghetti/.test(slug) ? Array.from({ length: 6 }, (_, i) => `<path d="M${x + 22 + i * 9} ${top + 48} V${top + 92}" stroke="${shade(colour, -0.25)}" stroke-width="3"/>`).join("") : dots(random, x + 18, top + 46, 54, 48, shade(colour, -0.25), 8, 3)}` +
      sideJar(random, colour)
    );
  }
  if (/chocolate/.test(slug)) {
    return `<g transform="rotate(${between(random, -12, -4)} 200 180)"><rect x="120" y="130" width="160" height="80" rx="6" fill="${colour}"/>${Array.from({ length: 8 }, (_, i) => `<rect x="${128 + (i % 4) * 38}" y="${138 + Math.floor(i / 4) * 36}" width="32" height="30" rx="3" fill="${shade(colour, 0.12)}"/>`).join("")}<rect x="120" y="170" width="90" height="40" fill="#c9ad82"/></g>`;
  }
  // Jars: spices small with a sprinkle, pulses and spreads larger.
  const small = /cumin|cinnamon|turmeric|paprika|chilli|masala/.test(slug);
  const width = small ? 62 : 96;
  const height = small ? 96 : 124;
  return (
    `<rect x="${x}" y="${SHELF - height}" width="${width}" height="${height}" rx="12" fill="#fbf6ec" stroke="#c9ad82" stroke-width="4"/><rect x="${x + 8}" y="${SHELF - height * 0.75}" width="${width - 16}" height="${height * 0.72}" rx="8" fill="${colour}"/>${dots(random, x + 12, SHELF - height * 0.7, width - 24, height * 0.6, shade(colour, -0.22), small ? 10 : 16, small ? 2.5 : 6)}<rect x="${x - 4}" y="${SHELF - height - 18}" width="${width + 8}" height="20" rx="5" fill="${pick(random, ["#a8784a", "#5b4630", "#8a9a3b", "#c7473a"])}"/>${small ? `<path d="M${x + width + 30} ${SHELF - 4} q20 -26 40 0 z" fill="${colour}"/>` : ""}` +
    (small ? "" : sideJar(random, colour))
  );
}

/** A smaller jar beside the main object, in a shade of its colour. */
function sideJar(random: Random, colour: string) {
  const x = between(random, 262, 292);
  const height = between(random, 60, 84);
  return `<rect x="${x}" y="${SHELF - height}" width="56" height="${height}" rx="9" fill="#fbf6ec" stroke="#c9ad82" stroke-width="3"/><rect x="${x + 6}" y="${SHELF - height * 0.7}" width="44" height="${height * 0.66}" rx="6" fill="${shade(colour, between(random, -0.25, 0.2))}"/><rect x="${x - 3}" y="${SHELF - height - 12}" width="62" height="14" rx="4" fill="#a8784a"/>`;
}

function dots(random: Random, x: number, y: number, width: number, height: number, colour: string, count: number, radius: number) {
  return Array.from(
    { length: count },
    () => `<circle cx="${(x + random() * width).toFixed(1)}" cy="${(y + random() * height).toFixed(1)}" r="${radius}" fill="${colour}"/>`,
  ).join("");
}

function bakery(product: SeedProduct, colour: string, random: Random) {
  const slug = product.slug;
  const crust = /rye|wholemeal|wholewheat|buckwheat/.test(slug) ? "#9a6a3a" : /brioche|corn/.test(slug) ? "#e0a040" : "#c98a4a";
  const board = `<rect x="80" y="${SHELF - 12}" width="240" height="12" rx="6" fill="#8a5a34"/>`;
  if (/buns|cookies/.test(slug)) {
    const count = 4 + Math.floor(random() * 3);
    let out = "";
    for (let index = 0; index < count; index++) {
      const cx = 120 + (index % 3) * 80 + between(random, -8, 8);
      const cy = SHELF - 40 - Math.floor(index / 3) * 46;
      const size = /cookies/.test(slug) ? 28 : 32;
      out += `<ellipse cx="${cx}" cy="${cy}" rx="${size}" ry="${/cookies/.test(slug) ? 12 : 24}" fill="${shade(crust, between(random, -0.1, 0.1))}"/>${dots(random, cx - size / 2, cy - 8, size, 12, /cookies/.test(slug) ? "#5a3a28" : "#f3ead3", 4, 2.5)}`;
    }
    return out + board;
  }
  if (/baguette/.test(slug)) {
    return (
      `<g transform="rotate(${between(random, -14, -6)} 200 180)"><ellipse cx="200" cy="180" rx="150" ry="26" fill="${crust}"/>${Array.from({ length: 5 }, (_, i) => `<path d="M${100 + i * 45} 172 q16 -8 30 4" stroke="${shade(crust, 0.35)}" stroke-width="5" fill="none"/>`).join("")}</g>` +
      board
    );
  }
  if (/tortillas|pitta/.test(slug)) {
    let out = "";
    const count = 4 + Math.floor(random() * 4);
    for (let index = 0; index < count; index++)
      out += `<ellipse cx="${200 + between(random, -6, 6)}" cy="${SHELF - 20 - index * 9}" rx="${/pitta/.test(slug) ? 80 : 100}" ry="20" fill="${shade(crust, 0.25 + index * 0.03)}" stroke="${shade(crust, -0.1)}" stroke-width="2"/>`;
    return out + dots(random, 130, SHELF - 40 - count * 9, 140, 16, shade(crust, -0.2), 7, 3) + board;
  }
  if (/focaccia/.test(slug)) {
    return (
      `<rect x="100" y="${SHELF - 70}" width="200" height="58" rx="14" fill="${shade(crust, 0.2)}"/>${dots(random, 112, SHELF - 62, 176, 40, shade(crust, -0.15), 14, 5)}${Array.from({ length: 5 }, () => `<path d="M${between(random, 115, 280)} ${between(random, SHELF - 64, SHELF - 28)} l10 -6" stroke="#3f7a32" stroke-width="3"/>`).join("")}` +
      board
    );
  }
  const tin = /sandwich|buckwheat/.test(slug);
  const scores = 2 + Math.floor(random() * 3);
  return (
    (tin
      ? `<rect x="125" y="${SHELF - 100}" width="150" height="88" rx="18" fill="${crust}"/><rect x="125" y="${SHELF - 60}" width="150" height="48" fill="${shade(crust, -0.12)}"/>`
      : `<ellipse cx="200" cy="${SHELF - 52}" rx="${between(random, 92, 112)}" ry="${between(random, 44, 54)}" fill="${crust}"/>`) +
    Array.from(
      { length: scores },
      (_, i) => `<path d="M${150 + i * (100 / scores)} ${SHELF - 80} q20 -14 34 6" stroke="${shade(crust, 0.4)}" stroke-width="5" fill="none"/>`,
    ).join("") +
    (/seeded|rye/.test(slug) ? dots(random, 130, SHELF - 96, 140, 60, "#f3ead3", 16, 2.5) : "") +
    (/rosemary/.test(slug) ? `<path d="M180 ${SHELF - 96} l30 -20" stroke="#3f7a32" stroke-width="4"/>` : "") +
    board
  );
}

function dairy(product: SeedProduct, colour: string, random: Random) {
  const slug = product.slug;
  const label = pick(random, ["#4f8a3a", "#3d6fa8", "#c7473a", "#a8784a", "#7a3d6e"]);
  if (/milk|kefir/.test(slug)) {
    return (
      `<path d="M150 ${SHELF} V90 L170 66 H230 L250 90 V${SHELF} Z" fill="#fbfbf8" stroke="#c9d3da" stroke-width="3"/><path d="M170 66 L200 90 L230 66" fill="#e8eef2"/><rect x="150" y="120" width="100" height="70" fill="${label}"/><ellipse cx="200" cy="155" rx="${between(random, 18, 30)}" ry="14" fill="${colour}"/><rect x="192" y="52" width="16" height="16" rx="3" fill="${label}"/>` +
      glass(random, colour)
    );
  }
  if (/yoghurt/.test(slug)) {
    return `<path d="M130 ${SHELF - 110} L146 ${SHELF} H254 L270 ${SHELF - 110} Z" fill="#fbfbf8" stroke="#c9d3da" stroke-width="3"/><rect x="124" y="${SHELF - 122}" width="152" height="16" rx="5" fill="${label}"/><rect x="150" y="${SHELF - 80}" width="100" height="40" rx="6" fill="${label}"/><circle cx="${between(random, 170, 230)}" cy="${SHELF - 60}" r="11" fill="${colour}"/><path d="M290 ${SHELF - 4} q30 -40 60 0z" fill="${colour}" stroke="#c9d3da" stroke-width="2"/>`;
  }
  if (/cheddar|feta|cheese/.test(slug)) {
    return `<path d="M110 ${SHELF - 10} L290 ${SHELF - 10} L290 ${SHELF - 90} Z" fill="${colour}" stroke="${shade(colour, -0.2)}" stroke-width="3"/><path d="M110 ${SHELF - 10} L290 ${SHELF - 90} L300 ${SHELF - 110} L120 ${SHELF - 30}Z" fill="${shade(colour, 0.2)}"/>${/feta|cashew/.test(slug) ? "" : dots(random, 200, SHELF - 60, 70, 40, shade(colour, -0.15), 5, 6)}<rect x="80" y="${SHELF - 10}" width="240" height="10" rx="5" fill="#8a5a34"/>`;
  }
  if (/eggs/.test(slug)) {
    let out = `<rect x="100" y="${SHELF - 40}" width="200" height="40" rx="8" fill="#c9b89a"/>`;
    for (let index = 0; index < 6; index++)
      out += `<ellipse cx="${120 + index * 32}" cy="${SHELF - 52}" rx="14" ry="18" fill="${shade("#e8c9a0", between(random, -0.1, 0.15))}"/>`;
    return out;
  }
  // Blocks: tofu, butter.
  const height = between(random, 60, 80);
  return `<rect x="120" y="${SHELF - height}" width="160" height="${height}" rx="6" fill="${colour}" stroke="${shade(colour, -0.15)}" stroke-width="3"/><rect x="120" y="${SHELF - height}" width="160" height="14" rx="6" fill="${shade(colour, 0.25)}"/>${/smoked/.test(slug) ? `<rect x="120" y="${SHELF - height}" width="160" height="${height}" rx="6" fill="#7a4a2a" opacity="0.35"/>` : ""}<rect x="150" y="${SHELF - height / 2 - 8}" width="100" height="26" rx="4" fill="${label}"/><rect x="80" y="${SHELF - 8}" width="240" height="8" rx="4" fill="#9fb4bf"/>`;
}

function glass(random: Random, colour: string) {
  const x = between(random, 270, 300);
  return `<path d="M${x} ${SHELF - 80} L${x + 8} ${SHELF} H${x + 52} L${x + 60} ${SHELF - 80} Z" fill="#ffffff" opacity="0.7" stroke="#c9d3da" stroke-width="3"/><path d="M${x + 3} ${SHELF - 56} L${x + 8} ${SHELF} H${x + 52} L${x + 57} ${SHELF - 56} Z" fill="${colour}"/>`;
}

function drinks(product: SeedProduct, colour: string, random: Random) {
  const slug = product.slug;
  if (/tea|chai/.test(slug)) {
    const box = pick(random, ["#3d6fa8", "#7a3d6e", "#4f8a3a", "#c7473a", "#a8784a"]);
    return `<rect x="96" y="${SHELF - 120}" width="120" height="120" rx="6" fill="${box}"/><rect x="108" y="${SHELF - 96}" width="96" height="50" rx="6" fill="#f7efdc"/><path d="M132 ${SHELF - 72} q24 -22 48 0 q-24 22 -48 0z" fill="${colour}"/><path d="M236 ${SHELF - 70} H316 V${SHELF - 20} Q316 ${SHELF} 296 ${SHELF} H256 Q236 ${SHELF} 236 ${SHELF - 20} Z" fill="#fbfbf8" stroke="#c9d3da" stroke-width="3"/><path d="M316 ${SHELF - 56} q22 0 22 18 q0 18 -22 18" stroke="#c9d3da" stroke-width="6" fill="none"/><rect x="242" y="${SHELF - 64}" width="68" height="14" fill="${shade(colour, -0.1)}"/>${Array.from({ length: 3 }, (_, i) => `<path d="M${252 + i * 20} ${SHELF - 80} q${between(random, -8, 8)} -14 0 -28" stroke="#b8c4cc" stroke-width="3" fill="none"/>`).join("")}`;
  }
  if (/coffee|espresso/.test(slug)) {
    return `<path d="M130 ${SHELF} V${SHELF - 120} L150 ${SHELF - 140} H250 L270 ${SHELF - 120} V${SHELF} Z" fill="${pick(random, ["#2f2f2f", "#6b4a2e", "#3d5a4a"])}"/><rect x="150" y="${SHELF - 100}" width="100" height="60" rx="6" fill="#f7efdc"/>${dots(random, 168, SHELF - 90, 64, 40, colour, 7, 6)}<ellipse cx="300" cy="${SHELF - 10}" rx="34" ry="8" fill="${colour}"/>${dots(random, 276, SHELF - 26, 48, 12, shade(colour, -0.2), 6, 5)}`;
  }
  const x = between(random, 150, 180);
  const tall = /juice|kombucha|elderflower/.test(slug);
  const top = tall ? 70 : 110;
  return (
    `<path d="M${x} ${SHELF} V${top + 50} Q${x} ${top + 30} ${x + 16} ${top + 20} V${top} H${x + 44} V${top + 20} Q${x + 60} ${top + 30} ${x + 60} ${top + 50} V${SHELF} Z" fill="${colour}" opacity="0.9"/><rect x="${x + 14}" y="${top - 14}" width="32" height="16" rx="3" fill="${pick(random, ["#5b4630", "#c7473a", "#3d6fa8", "#4f8a3a"])}"/><rect x="${x + 6}" y="${top + 70}" width="48" height="56" rx="5" fill="#f7efdc"/><circle cx="${x + 30}" cy="${top + 98}" r="${between(random, 10, 16)}" fill="${shade(colour, -0.2)}"/>${/sparkling|kombucha/.test(slug) ? dots(random, x + 8, top + 140, 44, SHELF - top - 150, "#ffffff", 8, 2.5) : ""}` +
    glass(random, colour)
  );
}

function cookbook(product: SeedProduct, random: Random) {
  const cover = `hsl(${Math.round(random() * 360)}, ${Math.round(between(random, 35, 60))}%, ${Math.round(between(random, 34, 48))}%)`;
  // "Slow Bread: Sourdough at Home by Tomas Lindqvist": the title large, the subtitle small, no author.
  const [title, subtitle] = shortName(product.name)
    .replace(/\s+by\s+.*$/, "")
    .split(/:\s*/);
  const titleLines = wrap(title, 12, 3);
  const subtitleLines = subtitle ? wrap(subtitle, 20, 2) : [];
  const tilt = between(random, -6, 6);
  const text =
    titleLines
      .map(
        (line, index) =>
          `<text x="190" y="${100 + index * 22}" text-anchor="middle" font-family="DejaVu Serif" font-weight="bold" font-size="18" fill="#fbf6ec">${escape(line)}</text>`,
      )
      .join("") +
    subtitleLines
      .map(
        (line, index) =>
          `<text x="190" y="${108 + titleLines.length * 22 + index * 14}" text-anchor="middle" font-family="DejaVu Sans" font-size="10" fill="#fbf6ec">${escape(line)}</text>`,
      )
      .join("");
  const emblem = pick(random, [
    `<circle cx="190" cy="200" r="16" fill="${shade(cover, 0.5)}"/>`,
    `<path d="M172 212 q18 -36 36 0z" fill="${shade(cover, 0.5)}"/>`,
    `<rect x="174" y="188" width="32" height="26" rx="7" fill="${shade(cover, 0.5)}"/>`,
  ]);
  const neighbours = Array.from({ length: 3 }, (_, i) => {
    const height = between(random, 100, 150);
    return `<rect x="${292 + i * 24}" y="${SHELF - height}" width="22" height="${height}" rx="2" fill="hsl(${Math.round(random() * 360)}, 40%, 50%)"/>`;
  }).join("");
  return `${neighbours}<g transform="rotate(${tilt} 190 150)"><rect x="106" y="58" width="172" height="174" rx="4" fill="${shade(cover, -0.3)}"/><rect x="110" y="56" width="168" height="172" rx="4" fill="${cover}"/><rect x="110" y="56" width="10" height="172" fill="${shade(cover, -0.2)}"/>${text}${emblem}</g>`;
}

function drawProduct(product: SeedProduct) {
  const random = generator(product.slug);
  const scene = SCENES[product.category] ?? SCENES.pantry;
  const colour = mainColour(product, random);
  const wall = pick(random, scene.wall);
  const decor = Array.from(
    { length: 6 },
    () =>
      `<circle cx="${between(random, 0, W).toFixed(0)}" cy="${between(random, 0, 180).toFixed(0)}" r="${between(random, 14, 46).toFixed(0)}" fill="#ffffff" opacity="0.35"/>`,
  ).join("");
  const object =
    product.category === "fresh-produce"
      ? produce(product, colour, random)
      : product.category === "bakery"
        ? bakery(product, colour, random)
        : product.category === "dairy-alternatives"
          ? dairy(product, colour, random)
          : product.category === "drinks"
            ? drinks(product, colour, random)
            : product.category === "cookbooks"
              ? cookbook(product, random)
              : pantry(product, colour, random);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="1200" height="900">
<rect width="${W}" height="${H}" fill="${wall}"/>${decor}
<rect x="0" y="${SHELF}" width="${W}" height="${H - SHELF}" fill="${shade(scene.shelf, 0.45)}"/><rect x="0" y="${SHELF}" width="${W}" height="6" fill="${scene.shelf}"/>
${object}
</svg>`;
}

async function main() {
  mkdirSync(SEED_PHOTO_DIR, { recursive: true });
  for (const file of readdirSync(SEED_PHOTO_DIR)) if (file.endsWith(".webp")) rmSync(join(SEED_PHOTO_DIR, file));
  let bytes = 0;
  for (const product of products) {
    const png = await sharp(Buffer.from(drawProduct(product)))
      .png()
      .toBuffer();
    for (const variant of await photoVariants(png)) {
      writeFileSync(seedPhotoFile(product.slug, variant.width), variant.data);
      bytes += variant.data.length;
    }
  }
  console.log(`Drew ${products.length} product photos into ${SEED_PHOTO_DIR} (${(bytes / 1024).toFixed(0)} KiB)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
