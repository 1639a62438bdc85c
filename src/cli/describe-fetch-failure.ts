const WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
}

/** Why fetch got no answer, in words: `connection refused (ECONNREFUSED)`, `no answer within 5000 ms`. */
export function describeFetchFailure(error: unknown, url: string, timeoutMs: number): string {
  const failure = error as Error & { cause?: Error & { code?: string } }
  if (failure.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`
  const { code, message } = failure.cause ?? {}
  // The Fetch standard forbids some ports (6000, 6667…) whatever the server; undici says only "bad port".
  if (message === 'bad port')
    return `fetch refuses port ${new URL(url).port}, one the Fetch standard blocks; serve on another`
  return code ? `${WORDS[code] ?? message} (${code})` : (message ?? failure.message)
}
