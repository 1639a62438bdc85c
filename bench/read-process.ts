import { readFileSync } from 'node:fs'
import { connect } from 'node:net'

/** A process's resident memory now, in MiB (Linux: /proc/<pid>/status). */
export function readRssMiB(pid: number): number {
  const kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN)
  return Math.round(kib / 1024)
}

/** The CPU time a process has used so far, in ms (user and system). */
function readCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  // utime and stime, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/**
 * Resolves once a process has used under 2% of a core for `quietMs` (a server done with its
 * start-up work in the background), or after `timeoutMs`; the ms it waited.
 */
export async function waitUntilIdle(pid: number, quietMs = 1000, timeoutMs = 600_000): Promise<number> {
  const started = performance.now()
  let before = readCpuMs(pid)
  while (performance.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs))
    const now = readCpuMs(pid)
    if (now - before <= quietMs * 0.02) break
    before = now
  }
  return Math.round(performance.now() - started)
}

/** Resolves once something accepts a TCP connection on the port (polled every 2 ms). */
export async function waitForListening(port: number, timeoutMs = 60_000): Promise<void> {
  const started = performance.now()
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    if (performance.now() - started > timeoutMs) throw new Error(`nothing listened on ${port} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}
