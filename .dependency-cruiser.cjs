// The floors of DESIGN.md, as rules: `npm run lint:deps` fails on any import that breaks one.
// A file imports only from its own floor or below; the API modules (handlers/, fixtures/) plug into
// the machinery, which never names them; code that must run in a browser never reaches Node.

/** Lowest first. Each is a list of path patterns (relative to the root, as dependency-cruiser names modules). */
const FLOORS = [
  { name: 'errors-api', paths: ['^src/errors/', '^src/api/'] },
  { name: 'openapi', paths: ['^src/openapi/'] },
  { name: 'contract', paths: ['^src/contract/'] },
  { name: 'generate-store-realtime', paths: ['^src/generate/', '^src/store/', '^src/realtime/'] },
  { name: 'mock', paths: ['^src/mock/'] },
  { name: 'shells-and-apis', paths: ['^src/runtimes/', '^src/server/', '^src/verify/', '^handlers/', '^fixtures/'] },
  {
    name: 'entries',
    paths: ['^src/(index|node|browser|express|vitest|jest|internals|builtin-apis)\\.ts$', '^src/cli/'],
  },
]

/** One rule per floor but the top: nothing it holds imports a floor above it. */
const floorRules = FLOORS.slice(0, -1).map((floor, index) => ({
  name: `floor-${floor.name}`,
  comment: `${floor.name} is floor ${index} of ${FLOORS.length - 1}: it imports only from its own floor or below (${FLOORS.slice(
    0,
    index + 1,
  )
    .map((below) => below.name)
    .join(', ')}), so each floor can be read, tested and replaced without the ones above it.`,
  severity: 'error',
  from: { path: floor.paths },
  to: { path: FLOORS.slice(index + 1).flatMap((above) => above.paths) },
}))

const { builtinModules } = require('node:module')

// Without swc, dependency-cruiser quietly falls back to acorn, which reads TypeScript loosely and
// misses imports (11 of the 979 here): a missing parser must fail the run, not thin the graph.
require.resolve('@swc/core')

/** Node's built-in modules, as dependency-cruiser names them (`node:fs` is `fs`). */
const NODE_BUILTINS = `^(node:)?(${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`

/** Where the code that must also run in a browser starts: the entries without a `browser: null` condition in package.json, each API's module (`chatmock/apis/<id>`). */
const NEUTRAL_ROOTS = '^(src/(index|browser|internals)\\.ts|handlers/[^/]+/index\\.ts)$'

module.exports = {
  forbidden: [
    ...floorRules,
    {
      name: 'api-words-only',
      comment:
        "src/api holds the shared words as types: it may name only its own files and packages' types. (swc, the parser here, does not tell `import type` from `import`; test/architecture/api-types-only.test.ts checks that src/api compiles to nothing.)",
      severity: 'error',
      from: { path: '^src/api/' },
      to: { pathNot: '^src/api/', dependencyTypesNot: ['npm', 'npm-dev', 'npm-peer', 'npm-optional'] },
    },
    {
      name: 'machinery-names-no-api',
      comment:
        'The machinery knows no API: adding one is a spec and a module, never an edit of src/. Only the entries (and the cli) import the list of built-in APIs.',
      severity: 'error',
      from: { path: '^src/', pathNot: FLOORS.at(-1).paths },
      to: { path: '^(handlers|fixtures)/' },
    },
    {
      name: 'entries-import-only-the-api-list',
      comment:
        'An entry reaches the built-in APIs through their one list (handlers/index.ts, handlers/create-fixtures.ts), never one API by its path: the list is what adding an API edits.',
      severity: 'error',
      from: { path: FLOORS.at(-1).paths },
      to: { path: '^(handlers|fixtures)/', pathNot: '^handlers/(index|create-fixtures)\\.ts$' },
    },
    {
      name: 'no-circular',
      comment:
        "A cycle makes its modules one module in disguise: none can be loaded, tested or understood alone. The generator's recursion (a value's shape generates its parts, which generate shapes) is the one allowed.",
      severity: 'error',
      from: {},
      to: { circular: true, via: { pathNot: '^src/generate/' } },
    },
    {
      name: 'neutral-reaches-no-node',
      comment:
        "What chatmock, chatmock/browser, chatmock/internals or an API's module loads runs in a browser too: no module it reaches may import a Node built-in. A type-only import counts as well (the parser cannot tell it apart): keep Node's types in Node-only modules.",
      severity: 'error',
      from: { path: NEUTRAL_ROOTS },
      to: { path: NODE_BUILTINS, reachable: true },
    },
  ],
  options: {
    // TypeScript 7 has no JavaScript API for dependency-cruiser to parse with; swc reads TypeScript as fast.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // Unit tests sit next to the code and import test/ support: they are not part of the floors.
    exclude: { path: '\\.test\\.ts$' },
    // A second run reads only the files whose content changed (by checksum, not by date).
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
}
