import { afterEach } from 'vitest'

// A test run prints nothing a reader has to ignore: a warning Node emits (MaxListenersExceededWarning,
// a deprecation) fails the test during which it came. One listener per worker, which runs many files.
const KEY = Symbol.for('chatmock.test.process-warnings')
const store = globalThis as { [KEY]?: Error[] }
const warnings = (store[KEY] ??= listenForWarnings())

function listenForWarnings(): Error[] {
  const seen: Error[] = []
  // --experimental-websocket is on by choice (vitest.config.ts): its warning is not news.
  process.on('warning', (warning) => void (warning.name !== 'ExperimentalWarning' && seen.push(warning)))
  return seen
}

afterEach(async () => {
  // Node emits a warning on a later tick than the code that caused it.
  await new Promise((resolve) => setImmediate(resolve))
  const found = warnings.splice(0)
  if (found.length > 0)
    throw new Error(
      `Node warned during this test:\n${found.map((warning) => `  ${warning.name}: ${warning.message}`).join('\n')}`,
    )
})
