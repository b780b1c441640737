/**
 * The architecture's boundaries, checked by tests/unit/architecture.test.ts (and by
 * `npx depcruise app components lib db middleware.ts` for a report). See STYLE.md.
 */
/**
 * A part of the tree that stands on its own: besides its own files, of the app it may import only
 * what `allowed` matches (packages are not limited here).
 */
function importsOnly({ name, comment, part, allowed }) {
  return {
    name,
    comment,
    severity: "error",
    from: { path: part },
    to: { path: "^(app|components|db|lib|middleware)", pathNot: [part, ...allowed].join("|") },
  };
}

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Import cycles hide the order modules load in and make every boundary meaningless.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-not-to-ui-or-routes",
      comment: "lib/ holds the rules; pages and components call it, never the other way round.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "ui-primitives-hold-no-domain-code",
      comment: "components/ui/ are primitives (button, input, alert): no business rules, no data.",
      severity: "error",
      from: { path: "^components/ui/" },
      to: { path: "^(lib|db|app)/|^components/(?!ui/)" },
    },
    importsOnly({
      name: "stripe-sandbox-is-app-agnostic",
      comment:
        "The Stripe sandbox (lib/stripe-sandbox) is a component of its own: whatever it needs from the app comes in through createStripeSandbox(options); of the app's files it imports only the column helpers its tables share with the shop's schema (db/columns.ts, which imports nothing but drizzle).",
      part: "^lib/stripe-sandbox/",
      allowed: ["^db/columns\\.ts$"],
    }),
    {
      name: "stripe-sandbox-through-its-entry",
      comment:
        "The rest of the shop reaches the sandbox only through its entries: index.ts (createStripeSandbox), client.ts (browser-safe: test cards, the card form's contract) and tables.ts (its tables, which the shop's schema re-exports so its migrations create them). Its resources, store and events can change freely.",
      severity: "error",
      from: { path: "^(app|components|lib|db|middleware)", pathNot: "^lib/stripe-sandbox/" },
      to: { path: "^lib/stripe-sandbox/", pathNot: "^lib/stripe-sandbox/(index|client|tables)\\.ts$" },
    },
    importsOnly({
      name: "local-model-reads-only-the-tool-schemas",
      comment:
        "The local recipe model answers from tool results and its system prompt, like any model: of the app it reads only the tools' contract (lib/assistant/tools/schemas.ts) and the money formatter, never the database, the handlers or the endpoint.",
      part: "^lib/assistant/local-model/",
      allowed: ["^lib/assistant/tools/schemas\\.ts$", "^lib/money/format\\.ts$"],
    }),
    {
      name: "middleware-is-edge-safe",
      comment: "middleware.ts runs on the edge: nothing it loads may need Node (database, bcrypt).",
      severity: "error",
      from: { path: "^middleware\\.ts$" },
      to: { reachable: true, path: "^db/|node_modules/(bcryptjs|@libsql|libsql|drizzle-orm)/|^lib/.*/(queries|index)\\.ts$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|data|tests|bench|scripts)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
