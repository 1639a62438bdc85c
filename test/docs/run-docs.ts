import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { testCliDir } from '../support/global-setup.js'
import { type Chunk, type DocBlock, isServerBlock, isShell, readBlocks, root, splitChunks } from './read-docs.js'

const MOCK = 'http://127.0.0.1:4010'
const scripts = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>,
)
const ciRun = readFileSync(join(root, '.ci/run'), 'utf8')

/**
 * In this clone `npx chatmock …` and `npm start` run the command line of the sources; the docs use
 * both dozens of times, and npm's own start-up costs a second each. So the docs' commands run
 * verbatim with two shims first on the PATH: `npx chatmock` and `npm start` run this test run's
 * bundle of the sources directly, and anything else goes to the real npx and npm. That the real
 * ones run the same command line is tested once, in front-door.test.ts.
 */
function writeShims(): string {
  const dir = join(root, 'node_modules/.cache/chatmock-docs-shims')
  mkdirSync(dir, { recursive: true })
  const cli = join(testCliDir, 'cli.mjs')
  const real = (name: string) => execFileSync('bash', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim()
  // Written aside and renamed: test files that import this module at once never run a half-written shim.
  const shim = (name: string, own: string) => {
    const aside = join(dir, `${name}.${process.pid}`)
    writeFileSync(aside, `#!/usr/bin/env bash\n${own}\nexec ${JSON.stringify(real(name))} "$@"\n`)
    chmodSync(aside, 0o755)
    renameSync(aside, join(dir, name))
  }
  shim(
    'npx',
    `if [ "$1" = chatmock ]; then shift; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} "$@"; fi`,
  )
  shim(
    'npm',
    `if [ "$1" = start ]; then shift; [ "$1" = -- ] && shift; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} serve "$@"; fi`,
  )
  return dir
}

const env = { ...process.env, PATH: `${writeShims()}:${process.env.PATH}` }

export interface Server {
  url: string
  stop(): void
}

/** Starts a doc's server block as written, on a free port and quietly; resolves once it listens. */
export function startServer(command: string): Promise<Server> {
  const args = command === 'npm start' ? ' -- --port 0 --quiet' : ' --port 0 --quiet'
  const child = spawn('bash', ['-c', `exec ${command}${args}`], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM')
  }
  return new Promise((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk
      const match = /chatmock listening on (http:\/\/\S+)/.exec(output)
      if (match) resolve({ url: match[1]!, stop })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.once('exit', (code) => reject(new Error(`${command} exited with ${code} before it listened:\n${output}`)))
  })
}

/** Runs one command of a doc as a reader would, with the mock's address swapped for the server's. */
export function runChunk(
  chunk: Chunk,
  server: Server | undefined,
  cwd: string = root,
): { got: string; output: string } {
  const localized = server
    ? chunk.command
        .replaceAll(MOCK, server.url)
        .replaceAll(MOCK.replace('http', 'ws'), server.url.replace('http', 'ws'))
    : chunk.command
  if (chunk.expected && 'status' in chunk.expected) {
    const run = spawnSync('bash', ['-c', `${localized} -s -o /dev/null -w '%{http_code}'`], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    })
    return { got: run.stdout, output: run.stderr }
  }
  const run = spawnSync('bash', ['-c', localized], { cwd, env, encoding: 'utf8', timeout: 60_000 })
  return { got: String(run.status), output: `${run.stdout}${run.stderr}` }
}

/** Why a block is not run must name what runs it instead, and that must exist. */
function checkNotRun(block: DocBlock): string[] {
  const problems: string[] = []
  const reason = block.directive!.value
  if (reason.length < 10) problems.push(`says it is not run, but not why ("${reason}")`)
  for (const path of reason.match(/[\w.-]+\/[\w./-]+/g) ?? [])
    if (!existsSync(join(root, path))) problems.push(`names ${path}, which does not exist`)
  for (const line of block.code
    .split('\n')
    .map((item) => item.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)) {
    const script = /^npm run (\S+)/.exec(line)?.[1]
    if (script && !scripts.includes(script)) problems.push(`runs "npm run ${script}", which package.json does not have`)
    if ((line === 'npm ci' || line === 'npm test') && !reason.includes('.ci/run'))
      problems.push(`runs "${line}" without saying that .ci/run runs it`)
    if ((line === 'npm ci' || line === 'npm test') && !ciRun.includes(line))
      problems.push(`runs "${line}", which .ci/run does not`)
  }
  return problems
}

/**
 * Every shell block of the docs, run in order against a server of the doc's own: the one its server
 * block starts (`npm start -- --spec …`), else a fresh `npm start`. A command's comment gives the HTTP
 * status it gets (`# 200: …`) or its exit status (`# exit 0: …`); a block that is not run says so,
 * and why, in an HTML comment above it (`<!-- not run: … -->`).
 */
export function describeDocs(files: readonly string[]): void {
  const withShell = files
    .map((file) => [file, readBlocks(file).filter(isShell)] as const)
    .filter(([, blocks]) => blocks.length > 0)
  describe.each(withShell)('%s', (file, blocks) => {
    let server: Server | undefined
    const ensureServer = async () => (server ??= await startServer('npm start'))
    afterAll(() => server?.stop())

    for (const block of blocks) {
      if (block.directive?.name === 'not run') {
        it(`line ${block.line}: says why it is not run, and what runs it`, () => expect(checkNotRun(block)).toEqual([]))
        continue
      }
      if (isServerBlock(block)) {
        it(`line ${block.line}: starts the server: ${block.code}`, async () => {
          server?.stop()
          server = await startServer(block.code)
        }, 60_000)
        continue
      }
      const chunks = splitChunks(block)
      const scratch = block.directive?.name === 'cwd' && block.directive.value === 'scratch'
      let cwd: string | undefined
      it(`line ${block.line}: gives every command the status or the exit status it gets`, () => {
        expect(
          chunks
            .filter((chunk) => chunk.expected === undefined)
            .map((chunk) => `line ${chunk.line}: ${chunk.command.split('\n')[0]}`),
        ).toEqual([])
        expect(
          chunks
            .filter((chunk) => chunk.expected && 'status' in chunk.expected && !/^curl /.test(chunk.command))
            .map((chunk) => `line ${chunk.line}: an HTTP status for a command that is not one curl`),
        ).toEqual([])
      })
      for (const chunk of chunks) {
        it(`line ${chunk.line}: ${chunk.comment}`, async () => {
          const needsServer = chunk.command.includes(MOCK.replace('http://', ''))
          cwd ??= scratch ? scratchDir() : root
          const { got, output } = runChunk(chunk, needsServer ? await ensureServer() : undefined, cwd)
          const expected =
            chunk.expected && ('status' in chunk.expected ? chunk.expected.status : String(chunk.expected.exit))
          expect(got, `${file}:${chunk.line}\n${chunk.command}\n${output}`).toBe(expected)
        }, 60_000)
      }
    }
  })
}

function scratchDir(): string {
  // Inside the project, so that `npx chatmock` finds the project's own command line, not the registry's.
  const parent = join(root, 'node_modules/.cache/chatmock-docs')
  mkdirSync(parent, { recursive: true })
  return mkdtempSync(join(parent, 'run-'))
}
