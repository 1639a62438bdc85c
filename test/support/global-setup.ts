import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
// @ts-expect-error: a plain JavaScript module without declarations
import { bundleCli } from '../../scripts/bundle-cli.mjs'

/** Where the tests' bundle of the command line goes: the sources as they are now, built once per run. */
export const testCliDir = fileURLToPath(new URL('../../node_modules/.cache/chatmock-test-cli/', import.meta.url))

/**
 * Bundles the command line once per test run, so tests that need a real process start it in ~0.2 s,
 * not through tsx. Without Chromium (outside CI), the browser tests skip; the run ends by saying so.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  await (bundleCli as (options: { outdir: string }) => Promise<void>)({ outdir: testCliDir })
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(chromium) || process.env.CI) return undefined
  return () => {
    const line = '!'.repeat(78)
    process.stdout.write(
      `\n${line}\n  THE BROWSER TESTS WERE SKIPPED: no Chromium at ${chromium}.\n  Install it (apt-get install -y chromium) or set CHROMIUM_PATH; CI always runs them.\n${line}\n`,
    )
  }
}
