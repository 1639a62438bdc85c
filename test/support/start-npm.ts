import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** `npm start` exactly as the README says, on a free port, in its own process group; resolves once it listens. */
export async function startNpm(): Promise<{ url: string; stop(): void }> {
  const child = spawn('npm', ['start', '--', '--port', '0', '--quiet'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const stop = () => process.kill(-child.pid!, 'SIGTERM')
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /chatmock listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)))
  })
  return { url, stop }
}
