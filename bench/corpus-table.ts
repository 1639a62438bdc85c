/**
 * The @readme/oas-examples corpus, one document at a time: `chatmock serve --no-builtins --spec
 * <file>` is spawned (the bundled command line, as `npm start` runs it), timed from spawn to its
 * first 200, driven by `verify` (valid and invalid requests, placeholder credentials), and its RSS
 * read once every request is answered. Prints a Markdown table: operations, answers by class,
 * start-up and RSS per document. Run with `npx tsx bench/corpus-table.ts` after `npm run build`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contract, verify } from '../src/index.js'
import { loadApi } from '../src/node.js'
import { createPlaceholderCredentials } from '../src/verify/create-placeholder-credentials.js'
import { listCorpusDocuments } from '../test/support/corpus-documents.js'
import { freePort, startServer, stopServer } from './lib.js'

const root = new URL('../', import.meta.url).pathname
const cli = join(root, 'dist/cli.mjs')

export interface CorpusRow {
  document: string
  operations: number
  answers: { '2xx': number; '3xx': number; '4xx': number; '5xx': number; other: number }
  startMs: number
  rssMiB: number
}

/** One row per document that loads; documents refused at load are listed with their line. */
export async function measureCorpus(): Promise<{ rows: CorpusRow[]; refused: Array<[string, string]> }> {
  const rows: CorpusRow[] = []
  const refused: Array<[string, string]> = []
  for (const { name, file } of listCorpusDocuments()) {
    let api
    try {
      // The id `serve --spec` mounts it under: the file's name.
      api = loadApi(file)
    } catch (error) {
      refused.push([name, (error as Error).message])
      continue
    }
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const { child, ms } = await startServer(
      ['node', cli, 'serve', '--port', String(port), '--quiet', '--no-builtins', '--spec', file],
      `${base}/`,
    )
    try {
      const credentials = createPlaceholderCredentials(contract(api).api.document)
      const report = await verify({
        api,
        baseUrl: `${base}/${api.id}`,
        negative: true,
        headers: credentials.headers,
        query: credentials.query,
        maxRequestsPerOperation: 4,
      })
      const answers = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, other: 0 }
      for (const item of report.cases) {
        const kind = /^[2-5]\d\d$/.test(item.got) ? (`${item.got[0]}xx` as keyof typeof answers) : 'other'
        answers[kind]++
      }
      const operations = new Set(report.cases.map((item) => item.operationId)).size
      rows.push({ document: name, operations, answers, startMs: Math.round(ms), rssMiB: readRssMiB(child.pid!) })
    } finally {
      await stopServer(child)
    }
  }
  return { rows, refused }
}

function readRssMiB(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN)
  return Math.round(kb / 1024)
}

export function renderCorpusTable({ rows, refused }: Awaited<ReturnType<typeof measureCorpus>>): string {
  const lines = [
    '| document | operations | 2xx | 3xx | 4xx | 5xx | other | start (ms) | RSS (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.document} | ${row.operations} | ${row.answers['2xx']} | ${row.answers['3xx']} | ${row.answers['4xx']} | ${row.answers['5xx']} | ${row.answers.other} | ${row.startMs} | ${row.rssMiB} |`,
    ),
    ...refused.map(([name, message]) => `| ${name} | refused at load: ${message.replace(/\|/g, '\\|')} |||||||`),
  ]
  return lines.join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(renderCorpusTable(await measureCorpus()))
}
