import { setFlagsFromString } from 'node:v8'
import type { CliIo } from './command.js'

/**
 * The process's own streams and environment, for the bin. A reader that goes away early
 * (`chatmock spec x | head -1`, `chatmock serve | head -1`) is no failure: what is written after
 * it left is dropped, quietly, and a server keeps serving. Any other failure to write (a full
 * disk) is one line on stderr, and the exit status is 1 whatever the command returned.
 */
export function createProcessIo(): CliIo {
  const stderr = openStream(process.stderr, () => undefined)
  const stdout = openStream(process.stdout, (code) =>
    stderr(`chatmock: cannot write to standard output (${code}); the rest of the output is lost.\n`),
  )
  return {
    stdout,
    stderr,
    env: process.env,
    heap: {
      chosenByUser: [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((flag) => HEAP_FLAGS.test(flag)),
      // Read by V8 each time it sizes the heap after a collection, so it holds from then on.
      setGrowth: (percent) => setFlagsFromString(`--heap-growing-percent=${percent}`),
    },
  }
}

/** V8's heap flags a user may give node (on its command line or in NODE_OPTIONS): theirs win. */
const HEAP_FLAGS = /--(heap-growing-percent|optimize-for-size|max-old-space-size|max-semi-space-size)\b/

function openStream(stream: NodeJS.WriteStream, onFailure: (code: string) => void): (text: string) => void {
  let open = true
  // Node reports a failed write as an 'error' event, a stack unless something listens.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!open) return
    open = false
    if (error.code === 'EPIPE') return
    process.once('exit', () => (process.exitCode = 1))
    onFailure(error.code ?? error.message)
  })
  return (text) => {
    if (open) stream.write(text)
  }
}
