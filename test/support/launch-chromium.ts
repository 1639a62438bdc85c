import { type Browser, chromium } from 'playwright-core'

/**
 * Headless Chromium with no network at all: every host but 127.0.0.1 fails to resolve, except the
 * `aliases`, which resolve to 127.0.0.1 (a page "on another site" that is served from this machine).
 */
export function launchChromium(executablePath: string, aliases: readonly string[] = []): Promise<Browser> {
  const rules = [...aliases.map((name) => `MAP ${name} 127.0.0.1`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ')
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=${rules}`,
    ],
  })
}
