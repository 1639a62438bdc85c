import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { root } from './read-docs.js'

// The docs' commands run with `npx chatmock` and `npm start` short-cut to this run's bundle of the
// sources (run-docs.ts); here the real ones, as a reader in this clone types them.

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string

it('keeps the README short enough to walk: 250 lines at most, the rest in docs/ and handlers/', () => {
  expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(250)
})

it('runs the command line of this clone with npx chatmock', () => {
  const run = spawnSync('npx', ['chatmock', '--version'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  expect(run.stdout).toBe(`${version}\n`)
  expect(run.status).toBe(0)
})

it('serves the mock with npm start', async () => {
  const child = spawn('npm', ['start', '--', '--port', '0', '--quiet'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk
        const match = /chatmock listening on (http:\/\/\S+)/.exec(output)
        if (match) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${output}`)))
    })
    const response = await fetch(`${url}/toggl-focus/workspaces/1/chats`, {
      headers: { authorization: 'Bearer toggl_sk_ada' },
    })
    expect(response.status).toBe(200)
  } finally {
    process.kill(-child.pid!, 'SIGTERM')
  }
}, 60_000)
