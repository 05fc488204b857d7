// The layers and who may import whom: ESLint enforces this table (eslint.config.mjs) and a unit
// test keeps ARCHITECTURE.md's copy of it equal. First matching pattern wins.
export const LAYERS = [
  {
    type: "rules",
    pattern: "lib/rules/**",
    role: "pure rules: catalog, validation, request builders, states, estimate, money, permissions",
    mayImport: ["rules"],
    typesOnly: ["contracts"],
  },
  { type: "contracts", pattern: "lib/contracts/**", role: "the API's JSON: one zod schema per resource, and the errors", mayImport: ["contracts", "rules"] },
  { type: "config", pattern: "lib/platform/config/**", role: "environment and generated secrets", mayImport: ["config", "rules"] },
  {
    type: "adapters",
    pattern: "lib/adapters/**",
    role: "the outside world: provider, storage, probing, network, crypto, database",
    mayImport: ["adapters", "config", "rules"],
  },
  {
    type: "platform",
    pattern: "lib/platform/**",
    role: "requests and sessions",
    mayImport: ["platform", "config", "adapters", "contracts", "rules"],
  },
  {
    type: "services",
    pattern: "lib/services/**",
    role: "one use case each: generations, worker, teams, budgets, reports, the OpenAPI document, …",
    mayImport: ["services", "platform", "config", "adapters", "contracts", "rules", "simulator"],
  },
  {
    type: "simulator",
    pattern: "lib/simulator/**",
    role: "a separate program with its own copy of the provider's rules",
    mayImport: ["simulator"],
    alsoSource: { rules: "@/lib/rules/models/types" },
  },
  {
    type: "components",
    pattern: "components/**",
    role: "React UI (client-safe)",
    mayImport: ["components", "contracts", "rules"],
    typesOnly: ["services", "platform"],
  },
  {
    type: "routes",
    pattern: "app/api/**",
    role: "route handlers: thin, one service each",
    mayImport: ["platform", "config", "services", "contracts", "rules"],
  },
  {
    type: "pages",
    pattern: "app/**",
    role: "pages, layouts and their server-rendered parts (`_parts/`)",
    mayImport: ["pages", "components", "services", "platform", "config", "contracts", "rules"],
  },
  {
    type: "programs",
    pattern: ["scripts/**", "bench/**"],
    role: "CLI, start-up and tooling scripts",
    mayImport: ["programs", "services", "platform", "config", "adapters", "contracts", "rules", "simulator"],
  },
];

/** The table as ARCHITECTURE.md shows it. */
export function layerTableMarkdown() {
  const rows = LAYERS.map((layer) => {
    const extra = [
      ...(layer.typesOnly ? [`types from ${layer.typesOnly.join(", ")}`] : []),
      ...Object.entries(layer.alsoSource ?? {}).map(([, source]) => `\`${source}\``),
    ];
    return `| ${layer.type} | ${[layer.pattern]
      .flat()
      .map((pattern) => `\`${pattern}\``)
      .join(", ")} | ${layer.role} | ${[layer.mayImport.join(", "), ...extra].join("; ")} |`;
  });
  return ["| layer | folder | what lives there | may import |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
