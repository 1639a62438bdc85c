import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium } from 'playwright-core'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** `npm run demo` exactly as the README says, on a free port; resolves with its URL once it serves, and Chromium with no network. */
export async function startDemoInChromium(executablePath: string): Promise<{ url: string; browser: Browser; stop(): Promise<void> }> {
  const demo = spawn('npm', ['run', 'demo', '--', '--port', '0'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const stopDemo = () => process.kill(-demo.pid!, 'SIGTERM')
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    demo.stdout.on('data', (chunk) => {
      output += chunk
      const match = /chatmock demo on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!)
    })
    demo.once('exit', (code) => reject(new Error(`npm run demo exited with ${code}: ${output}`)))
  })
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // No network at all: every host but the demo's own 127.0.0.1 fails to resolve.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
  return {
    url,
    browser,
    stop: async () => {
      await browser.close()
      stopDemo()
    },
  }
}
