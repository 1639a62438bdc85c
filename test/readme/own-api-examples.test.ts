import { exec, execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'

// README "Mock your own API": the server started exactly as its first sh block says (on a free
// port, quietly), then its commands block run verbatim, in order, each checked against the status
// (curl) or the exit code (chatmock) its comment gives.

const root = fileURLToPath(new URL('../../', import.meta.url))
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8')
const start = readme.indexOf('## Mock your own API\n')
const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
const blocks = [...section.matchAll(/```sh\n([\s\S]*?)\n```/g)].map((match) => match[1]!)
const serveCommand = blocks[0]!
const commands = blocks[1]!.split(/\n\n(?=# )/).map((chunk) => {
  const [comment, ...lines] = chunk.split('\n')
  const expected = /^# (\d{3}|exit \d+)\b/.exec(comment!)?.[1] ?? 'no status'
  return { comment: comment!, expected, command: lines.join('\n') }
})

let url = ''
let stop: () => void = () => {}

beforeAll(async () => {
  const child = spawn('bash', ['-c', `exec ${serveCommand} --port 0 --quiet`], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  stop = () => process.kill(-child.pid!, 'SIGTERM')
  url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
      const match = /chatmock listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve(match[1]!)
    })
    child.once('exit', (code) => reject(new Error(`${serveCommand} exited with ${code}: ${output}`)))
  })
}, 30_000)
afterAll(() => stop())

it('starts the server with npm start and the two documents', () => {
  expect(serveCommand).toBe('npm start -- --spec test/fixtures/user-specs/petstore-30.yaml --spec test/fixtures/user-specs/orders-31.json=/shop')
})

it('gives every command a status or an exit code', () => {
  expect(commands.filter(({ expected }) => expected === 'no status')).toEqual([])
  expect(commands.filter(({ command }) => command.startsWith('curl ')).length).toBeGreaterThanOrEqual(8)
})

it('answers each curl command with the status its comment gives, in order, and ends each chatmock command with its exit code', async () => {
  const localize = (command: string) => command.replaceAll('http://127.0.0.1:4010', url)
  for (const { comment, expected, command } of commands.filter(({ command }) => command.startsWith('curl '))) {
    expect(execFileSync('bash', ['-c', `${localize(command)} -o /dev/null -w '%{http_code}'`], { cwd: root, encoding: 'utf8' }), comment).toBe(expected)
  }
  // The command-line ones only read and report: side by side, each in its own process.
  const run = promisify(exec)
  const results = await Promise.all(
    commands
      .filter(({ command }) => !command.startsWith('curl '))
      .map(({ expected, command, comment }) =>
        run(localize(command), { cwd: root }).then(
          ({ stdout }) => ({ comment, expected, got: 'exit 0', stdout }),
          (error: { code?: number; stdout?: string }) => ({ comment, expected, got: `exit ${error.code}`, stdout: error.stdout ?? '' }),
        ),
      ),
  )
  for (const { comment, expected, got, stdout } of results) expect(got, `${comment}\n${stdout}`).toBe(expected)
  expect(results.find(({ comment }) => comment.includes('operations'))!.stdout).toContain('getPetsByPetId (derived)  GET     /pets/{petId}\n')
}, 30_000)

it('shows the generated answer the mock gives', () => {
  const generated = commands.find(({ comment }) => comment.startsWith('# 200: generated'))!
  const body = execFileSync('bash', ['-c', generated.command.replaceAll('http://127.0.0.1:4010', url)], { cwd: root, encoding: 'utf8' })
  expect(generated.comment).toContain(`: ${body}`)
})
