import { UsageError } from './command.js'

/** `--header 'Name: value'` flags as a headers object. */
export function parseHeaders(flags: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const flag of flags) {
    const colon = flag.indexOf(':')
    if (colon <= 0) throw new UsageError(`--header must look like 'Name: value' (got "${flag}")`)
    headers[flag.slice(0, colon).trim()] = flag.slice(colon + 1).trim()
  }
  return headers
}
