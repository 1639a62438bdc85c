/**
 * A large public description served as a user serves it: `chatmock serve --no-builtins --spec`
 * (the bundled command line) beside `prism mock` on the same file, spawn to the first 200 of a GET
 * without parameters (median of `runs`); then chatmock's resident memory after one request to every
 * operation (drafted as `chatmock verify` drafts its positive cases, bench/draft-sweep.ts), and
 * after each repeat of that sweep. Run alone with `npx tsx bench/large-document.ts [graph|github]`
 * (after `npm run build`), or as part of `npm run bench`.
 */
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { draftSweep, sweep } from './draft-sweep.js'
import { GITHUB, type LargeDocument, MICROSOFT_GRAPH } from './large-documents.js'
import { freePort, median, startServer, stopServer } from './lib.js'
import { readRssMiB, waitUntilIdle } from './read-process.js'

const root = new URL('../', import.meta.url).pathname

export interface LargeDocumentResult {
  document: { id: string; label: string; bytes: number; operations: number }
  chatmock: { medianMs: number; runsMs: number[]; timedOut: boolean }
  /** With `timedOut`, Prism did not answer within the limit: `medianMs` is that limit, a lower bound. */
  prism: { medianMs: number; runsMs: number[]; timedOut: boolean }
  /** RSS (MiB) at the first 200, once the start-up's background check of the examples is done, and after each sweep. */
  rssMiB: { firstAnswer: number; settled: number; sweeps: number[] }
  /** How many of each status a sweep got (the same every sweep), and how long each sweep took. */
  statuses: Record<string, number>
  sweepMs: number[]
}

function locatePrism(): string {
  const require = createRequire(import.meta.url)
  const prismPackage = require.resolve('@stoplight/prism-cli/package.json')
  return join(
    dirname(prismPackage),
    (JSON.parse(readFileSync(prismPackage, 'utf8')) as { bin: Record<string, string> }).bin.prism!,
  )
}

function serveCommand(document: LargeDocument, port: number): string[] {
  return [
    process.execPath,
    join(root, 'dist/cli.mjs'),
    'serve',
    '--no-builtins',
    '--spec',
    document.file,
    '--port',
    String(port),
    '--quiet',
  ]
}

const PRISM_LIMIT_MS = 60_000

/**
 * Spawn to the first 200, median of `runs`. A server that does not answer within `limitMs` (Prism on
 * Microsoft Graph) is recorded as that limit, a lower bound, with `timedOut`, and not run again.
 */
async function measureStart(command: (port: number) => string[], path: string, runs: number, limitMs = 20_000) {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const port = await freePort()
    try {
      const { child, ms } = await startServer(command(port), `http://127.0.0.1:${port}${path}`, {}, limitMs)
      times.push(Math.round(ms))
      await stopServer(child)
    } catch (error) {
      if (!/did not answer/.test((error as Error).message)) throw error
      return { medianMs: limitMs, runsMs: [...times, limitMs], timedOut: true }
    }
  }
  return { medianMs: median(times), runsMs: times, timedOut: false }
}

export async function measureLargeDocument(
  document: LargeDocument,
  runs = 3,
  sweeps = 3,
): Promise<LargeDocumentResult> {
  const prismBin = locatePrism()
  const chatmock = await measureStart((port) => serveCommand(document, port), `/${document.id}${document.probe}`, runs)
  const prism = await measureStart(
    (port) => [
      process.execPath,
      prismBin,
      'mock',
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-v',
      'silent',
      document.file,
    ],
    document.probe,
    runs,
    PRISM_LIMIT_MS,
  )
  const port = await freePort()
  const { requests, undrafted } = draftSweep(document.file, document.id, `http://127.0.0.1:${port}/${document.id}`)
  const { child } = await startServer(
    serveCommand(document, port),
    `http://127.0.0.1:${port}/${document.id}${document.probe}`,
  )
  try {
    const pid = child.pid!
    const firstAnswer = readRssMiB(pid)
    await waitUntilIdle(pid)
    const settled = readRssMiB(pid)
    const rss: number[] = []
    const sweepMs: number[] = []
    let statuses: Record<string, number> = {}
    for (let i = 0; i < sweeps; i++) {
      // Each sweep starts from the seeded records: what a sweep creates is data the mock keeps, not memory it loses.
      await fetch(`http://127.0.0.1:${port}/__chatmock/reset`, { method: 'POST' })
      const started = performance.now()
      statuses = await sweep(requests)
      sweepMs.push(Math.round(performance.now() - started))
      rss.push(readRssMiB(pid))
      process.stdout.write(`  ${document.id}: sweep ${i + 1} of ${requests.length} requests, RSS ${rss.at(-1)} MiB\n`)
    }
    return {
      document: {
        id: document.id,
        label: document.label,
        bytes: statSync(document.file).size,
        operations: requests.length + undrafted,
      },
      chatmock,
      prism,
      rssMiB: { firstAnswer, settled, sweeps: rss },
      statuses,
      sweepMs,
    }
  } finally {
    await stopServer(child)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const document = process.argv[2] === 'github' ? GITHUB : MICROSOFT_GRAPH
  console.log(JSON.stringify(await measureLargeDocument(document), null, 2))
}
