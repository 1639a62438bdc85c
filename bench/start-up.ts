import { spawn } from 'node:child_process'
import { freePort, median, serverEnv, startServer, stopServer } from './lib.js'

const root = new URL('../', import.meta.url).pathname

export interface StartUpResult {
  medianMs: number
  runsMs: number[]
}

/** `npm start` as the README says (npm's own start-up included) and a bare node:http server: spawn to the first 200, median of `runs`. */
export async function measureNpmStart(runs: number): Promise<{ npmStart: StartUpResult; bareHttp: StartUpResult }> {
  const npmStart: number[] = []
  const bareHttp: number[] = []
  for (let i = 0; i < runs; i++) {
    const port = await freePort()
    const started = await startServer(['npm', 'start', '--', '--port', String(port), '--quiet'], `http://127.0.0.1:${port}/hapihub/chat-messages/id-1`, { headers: { authorization: 'Bearer t' } })
    npmStart.push(Math.round(started.ms))
    await stopServer(started.child)
    const barePort = await freePort()
    const bare = await startServer([process.execPath, `${root}bench/bare-http.mjs`, String(barePort)], `http://127.0.0.1:${barePort}/`)
    bareHttp.push(Math.round(bare.ms))
    await stopServer(bare.child)
  }
  return { npmStart: summarize(npmStart), bareHttp: summarize(bareHttp) }
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
    const child = spawn(process.execPath, [script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: serverEnv() })
    child.once('exit', (code) => (code === 0 ? resolve(Math.round(performance.now() - started)) : reject(new Error(`${script} exited with ${code}`))))
  })
}

function summarize(runsMs: number[]): StartUpResult {
  return { medianMs: median(runsMs), runsMs }
}
