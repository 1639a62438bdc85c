import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** Spawns a server; resolves once `url` answers 200 (polled every 2 ms), with the time it took. */
export async function startServer(
  command: string[],
  url: string,
  init: RequestInit = {},
  timeoutMs = 20_000,
): Promise<{ child: ChildProcess; ms: number }> {
  const started = performance.now()
  const child = spawn(command[0]!, command.slice(1), { stdio: 'ignore', detached: true, env: serverEnv() })
  for (;;) {
    if (performance.now() - started > timeoutMs) {
      stopServer(child)
      throw new Error(`${command.join(' ')} did not answer ${url} within ${timeoutMs} ms`)
    }
    try {
      const response = await fetch(url, init)
      await response.arrayBuffer()
      if (response.status === 200) return { child, ms: performance.now() - started }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/**
 * The environment every measured server gets: this one, less NODE_EXTRA_CA_CERTS. Where a
 * workplace sets it, every Node process reads that certificate file at start (about 80 ms here);
 * no server under test makes an outbound TLS call, so it would only add the same noise to each.
 */
export function serverEnv(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env
  return env
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      resolve()
    }
  })
}

export function microseconds(ms: number, count: number): number {
  return Math.round((ms * 1000 * 10) / count) / 10
}
