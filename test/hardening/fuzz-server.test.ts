import { afterAll, beforeAll, it } from 'vitest'
import { FUZZ_RUNS, FUZZ_TIME_LIMIT_MS, fuzzRuntime } from '../support/fuzz-runtime.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// One file per runtime, so that the two fuzz runs take a core each. Strict, so that every answer is
// the contract's own: by default an API answers as its real server does, which may be a 5xx the
// contract declares (Chatwoot's refused identity: Rails' 500), a thing no fuzz can tell from a bug.
// What the default takes instead of refusing is tested in test/scenarios/chatwoot-lenient.test.ts
// and test/user-specs/lenient-handling.test.ts.
const [name, start] = runtimes[1]!
let runtime: Runtime
beforeAll(async () => {
  // Background work (jobDelay) runs before each answer, so a later write is never taken for a rejected request's.
  runtime = await start({ strict: true, settings: { jobDelay: 0 } })
})
afterAll(() => runtime.stop())

it(
  `${name}: answers ${FUZZ_RUNS.toLocaleString('en')} valid and one-constraint-broken requests within the contract, never with a 5xx, and rejects without side effects`,
  () => fuzzRuntime(name, runtime),
  FUZZ_TIME_LIMIT_MS + 30_000,
)
