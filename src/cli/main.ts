/**
 * The command line's entry, bundled into dist/cli-main.cjs: the built-in APIs registered, and
 * startCli, which dist/cli.mjs calls (scripts/cli-loader.mjs).
 */
import '../builtin-apis.js'

export { startCli } from './start-cli.js'
