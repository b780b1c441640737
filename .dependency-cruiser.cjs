/**
 * The architecture's boundaries, checked by tests/unit/architecture.test.ts (and by
 * `npx depcruise app components lib db middleware.ts` for a report). See STYLE.md.
 */
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
    {
      name: "stripe-sandbox-is-app-agnostic",
      comment:
        "The Stripe sandbox is a component of its own: besides the database it reads only the environment, the payments module that plugs it in and the plan catalogue it serves prices for.",
      severity: "error",
      from: { path: "^lib/payments/sandbox/" },
      to: { path: "^(app|components|middleware)|^lib/", pathNot: "^lib/payments/|^lib/config/|^lib/plans/catalog\\.ts$" },
    },
    {
      name: "stripe-sandbox-through-its-entry",
      comment:
        "The rest of the shop reaches the sandbox only through its entries: index.ts (the SDK's fetch, the clock), browser.ts (the endpoints the card form calls; it sits above the SDK client, so index cannot re-export it without a cycle) and client.ts (browser-safe: test cards, the card form's contract). Its resources, store and events can change freely.",
      severity: "error",
      from: { path: "^(app|components|lib|db|middleware)", pathNot: "^lib/payments/sandbox/" },
      to: { path: "^lib/payments/sandbox/", pathNot: "^lib/payments/sandbox/(index|browser|client)\\.ts$" },
    },
    {
      name: "local-model-reads-only-the-tool-schemas",
      comment:
        "The local recipe model answers from tool results and its system prompt, like any model: of the app it reads only the tools' contract (lib/assistant/tools/schemas.ts) and the money formatter, never the database, the handlers or the endpoint.",
      severity: "error",
      from: { path: "^lib/assistant/local-model/" },
      to: { path: "^(app|components|db|lib|middleware)", pathNot: "^lib/assistant/local-model/|^lib/assistant/tools/schemas\\.ts$|^lib/money/format\\.ts$" },
    },
    {
      name: "middleware-is-edge-safe",
      comment: "middleware.ts stays edge-safe (it runs in Node, but could run on the edge): nothing it loads may need Node (database, bcrypt).",
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
