import { existsSync } from 'node:fs'

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 * Where there is none, say so loudly; under CI (which always installs it) that is a failure.
 */
export function findChromium(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(path)) return path
  const message = `\n${'!'.repeat(78)}\n  No Chromium at ${path}: the browser tests cannot run.\n  Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n${'!'.repeat(78)}\n`
  if (process.env.CI) throw new Error(message)
  console.warn(message)
  return undefined
}
