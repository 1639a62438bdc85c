/**
 * An esbuild plugin for the command line's bundle: each CommonJS package named is evaluated on the
 * first use of one of its exports instead of when the module that requires it loads. Express loads
 * body-parser, serve-static and mime-types (with mime-db's 200 KB table) as it starts, and the mock
 * calls none of them on its hot path; `chatmock serve` then starts without paying for them. The
 * package's code stays in the bundle, wrapped, so a first use costs what loading it would have.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** @param {readonly string[]} names the packages to defer, as they are required */
export function deferCommonJs(names) {
  const filter = new RegExp(`^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`)
  return {
    name: 'defer-commonjs',
    /** @param {import('esbuild').PluginBuild} build */
    setup(build) {
      // The stub's own require() of the package must reach the package, not the stub again.
      build.onResolve({ filter }, (args) =>
        args.pluginData?.deferred
          ? undefined
          : { path: args.path, namespace: 'deferred', pluginData: { resolveDir: args.resolveDir } },
      )
      build.onLoad({ filter: /.*/, namespace: 'deferred' }, (args) => {
        const { resolveDir } = args.pluginData
        const exported = createRequire(join(resolveDir, 'index.js'))(args.path)
        return { contents: renderStub(args.path, exported), resolveDir, loader: 'js', pluginData: { deferred: true } }
      })
    },
  }
}

/**
 * A module with the package's exports: a plain function is a forwarder, so that reading it (Express
 * reads `bodyParser.json` as it loads) loads nothing; a class or a value is a getter that loads the
 * package, so `instanceof` and identity still hold.
 */
function renderStub(name, exported) {
  const isPlainFunction = (value) =>
    typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))
  const keys = Object.keys(exported)
  return [
    'let loaded',
    `const load = () => (loaded ??= require(${JSON.stringify(name)}))`,
    typeof exported === 'function'
      ? 'module.exports = function deferred(...args) { return load().apply(this, args) }'
      : '',
    exported.__esModule ? "Object.defineProperty(module.exports, '__esModule', { value: true })" : '',
    `for (const key of ${JSON.stringify(keys.filter((key) => isPlainFunction(exported[key])))}) module.exports[key] = function (...args) { return load()[key].apply(this, args) }`,
    `for (const key of ${JSON.stringify(keys.filter((key) => !isPlainFunction(exported[key])))}) Object.defineProperty(module.exports, key, { enumerable: true, get: () => load()[key] })`,
  ].join('\n')
}
