import { UsageError } from './command.js'

/** `--query 'name=value'` flags as the query values verify sends with every request. */
export function parseQueryFlags(flags: readonly string[]): Record<string, string> {
  const query: Record<string, string> = {}
  for (const flag of flags) {
    const equals = flag.indexOf('=')
    if (equals <= 0) throw new UsageError(`--query must look like 'name=value' (got "${flag}")`)
    query[flag.slice(0, equals)] = flag.slice(equals + 1)
  }
  return query
}
