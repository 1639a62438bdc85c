// The command line's entry, dist/cli.mjs, as scripts/bundle-cli.mjs writes it: it runs the bundle
// (cli-main.cjs) through V8's code cache, kept beside it per bundle and Node version, which spares
// a start compiling 2 MB of JavaScript (most of what `chatmock serve` took to start). A cache that
// is missing, or that this Node refuses, is written after the first second of a run; one that
// cannot be written (a read-only install) only costs that speed.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { constants, Script } from 'node:vm'

const bundle = new URL('./cli-main.cjs', import.meta.url)
const cache = fileURLToPath(
  new URL(`./cli-main-${'__BUNDLE_HASH__'}-${process.version}-${process.arch}.cache`, import.meta.url),
)
let cachedData
try {
  cachedData = readFileSync(cache)
} catch {}
// One line, so that the bundle's line numbers stay its own.
const script = new Script(`(function (require, module, __chatmockUrl) {${readFileSync(bundle, 'utf8')}\n})`, {
  filename: fileURLToPath(bundle),
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
})
const module = { exports: {} }
script.runInThisContext()(createRequire(bundle), module, bundle.href)
if (cachedData === undefined || script.cachedDataRejected) setTimeout(writeCache, 1000).unref()
await module.exports.startCli()

/** After the start, so that the cache holds the functions the start compiled; written aside, then moved in. */
function writeCache() {
  const aside = `${cache}.${process.pid}`
  try {
    writeFileSync(aside, script.createCachedData())
    renameSync(aside, cache)
  } catch {}
}
