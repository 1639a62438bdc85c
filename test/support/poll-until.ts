/**
 * Reads until what is read passes `done`, yielding to the event loop (setImmediate, after due
 * timers and I/O) before each read, at most `attempts` times: a reply that comes by itself (a
 * scripted reply's timer) is awaited without a fixed sleep. Throws with the last value read when it
 * never passes.
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, attempts = 100): Promise<T> {
  let value: T | undefined
  for (let attempt = 0; attempt < attempts; attempt++) {
    await new Promise((resolve) => setImmediate(resolve))
    value = await read()
    if (done(value)) return value
  }
  throw new Error(`pollUntil: still not there after ${attempts} reads; the last one read ${JSON.stringify(value)}`)
}
