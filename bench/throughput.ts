import autocannon from 'autocannon'
import { median } from './lib.js'

export interface Target {
  name: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
}

export interface ThroughputResult {
  /** Median requests per second over the runs. */
  rps: number
  runs: number[]
  /** Responses that were not 2xx, over all runs. */
  non2xx: number
  errors: number
}

/** autocannon: 10 connections, a warm-up, then `runs` runs of `seconds`; the median of their averages. */
export async function measureThroughput(
  url: string,
  target: Target,
  options: { runs: number; seconds: number; warmupSeconds: number; between?: () => Promise<void> },
): Promise<ThroughputResult> {
  const run = (duration: number) =>
    autocannon({ url, method: target.method, headers: target.headers, body: target.body, connections: 10, duration })
  await run(options.warmupSeconds)
  const runs: number[] = []
  let non2xx = 0
  let errors = 0
  for (let i = 0; i < options.runs; i++) {
    await options.between?.()
    const result = await run(options.seconds)
    runs.push(Math.round(result.requests.average))
    non2xx += result.non2xx
    errors += result.errors + result.timeouts
  }
  return { rps: median(runs), runs, non2xx, errors }
}
