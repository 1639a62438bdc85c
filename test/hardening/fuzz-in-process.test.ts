import { afterAll, beforeAll, it } from 'vitest'
import { FUZZ_RUNS, FUZZ_TIME_LIMIT_MS, fuzzRuntime } from '../support/fuzz-runtime.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// One file per runtime, so that the two fuzz runs take a core each.
const [name, start] = runtimes[0]!
let runtime: Runtime
beforeAll(async () => {
  runtime = await start()
})
afterAll(() => runtime.stop())

it(
  `${name}: answers ${FUZZ_RUNS.toLocaleString('en')} valid and one-constraint-broken requests within the contract, never with a 5xx, and rejects without side effects`,
  () => fuzzRuntime(name, runtime),
  FUZZ_TIME_LIMIT_MS + 30_000,
)
