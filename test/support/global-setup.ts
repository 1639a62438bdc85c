import { fileURLToPath } from 'node:url'
// @ts-expect-error: a plain JavaScript module without declarations
import { bundleCli } from '../../scripts/bundle-cli.mjs'

/** Where the tests' bundle of the command line goes: the sources as they are now, built once per run. */
export const testCliDir = fileURLToPath(new URL('../../node_modules/.cache/chatmock-test-cli/', import.meta.url))

/** Bundles the command line once per test run, so tests that need a real process start it in ~0.2 s, not through tsx. */
export default async function setup(): Promise<void> {
  await (bundleCli as (options: { outdir: string }) => Promise<void>)({ outdir: testCliDir })
}
