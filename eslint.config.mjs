// Lint, and the layer table of ARCHITECTURE.md as a rule: an import that crosses a layer the
// wrong way fails `npm test`.
import boundaries from "eslint-plugin-boundaries";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { LAYERS } from "./scripts/layers.mjs";

const elements = LAYERS.map(({ type, pattern }) => ({ type, pattern, partialMatch: false }));
const to = (types) => ({ element: { types: { anyOf: types } } });
const policies = LAYERS.flatMap((layer) => {
  const from = { element: { type: layer.type } };
  return [
    { from, allow: { to: to(layer.mayImport) } },
    ...(layer.typesOnly ? [{ from, allow: { to: to(layer.typesOnly), dependency: { kind: "type" } } }] : []),
    ...Object.entries(layer.alsoSource ?? {}).map(([type, source]) => ({ from, allow: { to: to([type]), dependency: { source } } })),
  ];
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "lib/adapters/db/generated/**",
      ".next*/**",
      "node_modules/**",
      "test-results/**",
      "bench/out/**",
      "next-env.d.ts",
      "data/**",
      "coverage/**",
      "playwright-report/**",
    ],
  },
  {
    files: ["lib/**", "app/**", "components/**", "scripts/**", "bench/**", "instrumentation.ts", "proxy.ts"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": elements,
      "boundaries/include": ["lib/**", "app/**", "components/**", "scripts/**", "bench/**", "instrumentation.ts", "proxy.ts"],
      "import/resolver": { typescript: { alwaysTryTypes: true } },
    },
    rules: {
      "boundaries/dependencies": [
        2,
        {
          default: "disallow",
          policies,
        },
      ],
    },
  },
  // Tests read arbitrary JSON answers and poke at internals; `any` is the honest type there.
  { files: ["tests/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
];

export default config;
