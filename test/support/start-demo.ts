import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { launchChromium } from './launch-chromium.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** `npm run demo` exactly as the README says, on a free port; resolves with its URL once it serves, and Chromium with no network. */
export async function startDemoInChromium(
  executablePath: string,
): Promise<{ url: string; browser: Browser; stop(): Promise<void> }> {
  const demo = spawn('npm', ['run', 'demo', '--', '--port', '0'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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
  const browser = await launchChromium(executablePath)
  return {
    url,
    browser,
    stop: async () => {
      await browser.close()
      stopDemo()
    },
  }
}
