import type { ResponseStream, StreamSink } from '../api/exchange.js'

/**
 * Starts a streamed body into a shell's sink (Node's response, a fetch body), so that it stops once
 * and only once, whichever comes first: the stream ends or breaks, or the client goes away (call
 * the function returned). Nothing is written after that.
 */
export function startStream(stream: ResponseStream, sink: StreamSink): () => void {
  let stop: (() => void) | undefined
  let stopped = false
  const finish = () => {
    if (stopped) return
    stopped = true
    stop?.()
  }
  stop = stream.start({
    write: (text) => void (stopped || sink.write(text)),
    end: () => {
      finish()
      sink.end()
    },
    abort: () => {
      finish()
      sink.abort()
    },
    buffered: () => sink.buffered(),
  })
  // The stream ended while it started (a client turned away): stop what it set up.
  if (stopped) stop()
  return finish
}
