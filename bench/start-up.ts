import { spawn } from 'node:child_process'
import { builtinApiIds } from '../handlers/index.js'
import { type BrowserPage, measureBrowserPage } from './browser-page.js'
import { freePort, median, serverEnv, startServer, stopServer } from './lib.js'

const root = new URL('../', import.meta.url).pathname

export interface StartUpResult {
  medianMs: number
  runsMs: number[]
}

/**
 * The built command line's cold start, `node dist/cli.mjs serve` spawned to its first 200 (a Toggl
 * chat list, all four APIs served), beside a bare node:http server's, run for run in turn so that
 * both see the same machine: median of `runs`.
 */
export async function measureColdStart(runs: number): Promise<{ chatmock: StartUpResult; bareHttp: StartUpResult }> {
  const basic = { authorization: `Basic ${Buffer.from('ada@example.com:secret').toString('base64')}` }
  const { server, bareHttp } = await timeBesideHttp(runs, (port) => [
    [process.execPath, `${root}dist/cli.mjs`, 'serve', '--port', String(port), '--quiet'],
    `http://127.0.0.1:${port}/toggl-focus/workspaces/1/chats`,
    { headers: basic },
  ])
  return { chatmock: server, bareHttp }
}

/** The page that mocks one built-in API, for each of them: chatmock's JavaScript it loads (bench/browser-page.ts). */
export async function measureBrowserPages(): Promise<BrowserPage[]> {
  const pages: BrowserPage[] = []
  for (const id of builtinApiIds) pages.push(await measureBrowserPage(id))
  return pages
}

/** `npm start` as the README says (npm's own start-up included) and a bare node:http server: spawn to the first 200, median of `runs`. */
export async function measureNpmStart(runs: number): Promise<{ npmStart: StartUpResult; bareHttp: StartUpResult }> {
  const { server, bareHttp } = await timeBesideHttp(runs, (port) => [
    ['npm', 'start', '--', '--port', String(port), '--quiet'],
    `http://127.0.0.1:${port}/hapihub/chat-messages/id-1`,
    { headers: { authorization: 'Bearer t' } },
  ])
  return { npmStart: server, bareHttp }
}

/** A server's spawn to its first 200 at `url`, then a bare node:http server's, `runs` times in turn. */
async function timeBesideHttp(
  runs: number,
  serve: (port: number) => [command: string[], url: string, init: RequestInit],
): Promise<{ server: StartUpResult; bareHttp: StartUpResult }> {
  const server: number[] = []
  const bareHttp: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = await startServer(...serve(await freePort()))
    server.push(Math.round(started.ms))
    await stopServer(started.child)
    const barePort = await freePort()
    const bare = await startServer(
      [process.execPath, `${root}bench/bare-http.mjs`, String(barePort)],
      `http://127.0.0.1:${barePort}/`,
    )
    bareHttp.push(Math.round(bare.ms))
    await stopServer(bare.child)
  }
  return { server: summarize(server), bareHttp: summarize(bareHttp) }
}

/** A fresh Node process that imports chatmock/node, sets it up and answers one intercepted request, against plain msw/node with one handler. */
export async function measureFirstRequest(runs: number): Promise<{ chatmock: StartUpResult; msw: StartUpResult }> {
  const chatmock: number[] = []
  const msw: number[] = []
  for (let i = 0; i < runs; i++) {
    chatmock.push(await timeProcess(`${root}bench/first-request-chatmock.mjs`))
    msw.push(await timeProcess(`${root}bench/first-request-msw.mjs`))
  }
  return { chatmock: summarize(chatmock), msw: summarize(msw) }
}

function timeProcess(script: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: serverEnv(),
    })
    child.once('exit', (code) =>
      code === 0
        ? resolve(Math.round(performance.now() - started))
        : reject(new Error(`${script} exited with ${code}`)),
    )
  })
}

function summarize(runsMs: number[]): StartUpResult {
  return { medianMs: median(runsMs), runsMs }
}

/** The three start-up figures and their targets, as `npm run bench` prints them. */
export function renderStartUpFigures(r: {
  coldStartVsHttp: { chatmock: StartUpResult; bareHttp: StartUpResult }
  browserPages: BrowserPage[]
  firstRequest: { chatmock: StartUpResult; msw: StartUpResult }
}): string[] {
  const { chatmock, bareHttp } = r.coldStartVsHttp
  return [
    `START-UP: chatmock serve (dist/cli.mjs) to the first 200 ${chatmock.medianMs} ms, a bare node:http server ${bareHttp.medianMs} ms (${(chatmock.medianMs / bareHttp.medianMs).toFixed(2)}x, median of ${chatmock.runsMs.length}, in turn)`,
    `BROWSER PAGE (one built-in API; chatmock's JavaScript it loads, minified, msw left out): ${r.browserPages.map((page) => `${page.id} ${formatKb(page.bytes)}`).join(', ')}; faker loaded on demand only`,
    `FIRST IN-PROCESS REQUEST (fresh process: import, setup, one request, median of ${r.firstRequest.chatmock.runsMs.length}): chatmock/node ${r.firstRequest.chatmock.medianMs} ms, plain msw/node ${r.firstRequest.msw.medianMs} ms (${(r.firstRequest.chatmock.medianMs / r.firstRequest.msw.medianMs).toFixed(2)}x)`,
  ]
}

export function formatKb(bytes: number): string {
  return `${Math.round(bytes / 1000)} KB`
}

// `npm run build && tsx bench/start-up.ts`: the start-up figures alone, without the rest of the bench.
if (process.argv[1] === new URL(import.meta.url).pathname) {
  const coldStartVsHttp = await measureColdStart(7)
  const browserPages = await measureBrowserPages()
  const firstRequest = await measureFirstRequest(5)
  console.log(renderStartUpFigures({ coldStartVsHttp, browserPages, firstRequest }).join('\n'))
}
