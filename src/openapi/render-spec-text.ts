import type { OpenAPIV3_1 } from 'openapi-types'
import { parse, stringify } from 'yaml'
import type { ApiSpec } from '../api/spec.js'

/**
 * An API's document as text, with `servers` replaced: JSON, or YAML that keeps the document's own
 * text (comments, key order, block scalars) wherever it was written in YAML, only the top-level
 * `servers` block rewritten.
 */
export async function renderSpecText(
  api: ApiSpec,
  format: 'yaml' | 'json',
  servers?: OpenAPIV3_1.ServerObject[],
): Promise<string> {
  const text = api.source?.format === 'yaml' ? (api.source.text ?? (await api.source.loadText?.())) : undefined
  // A built-in API's document leaves its prose to its text (scripts/strip-prose.ts): JSON is read from the text.
  const written = api.source?.original ?? (text === undefined ? api.document : (parse(text) as OpenAPIV3_1.Document))
  const document = servers ? { ...written, servers } : written
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`
  if (text === undefined) return stringify(document, { lineWidth: 0 })
  return servers ? replaceServers(text, servers) : text
}

/** Replaces the top-level `servers:` block of YAML text (or adds one before `paths:`). */
function replaceServers(text: string, servers: OpenAPIV3_1.ServerObject[]): string {
  const block = stringify({ servers }, { lineWidth: 0 })
  const lines = text.split('\n')
  const start = lines.findIndex((line) => /^servers\s*:/.test(line))
  if (start === -1) {
    const paths = lines.findIndex((line) => /^paths\s*:/.test(line))
    const at = paths === -1 ? lines.length : paths
    return [...lines.slice(0, at), block.trimEnd(), ...lines.slice(at)].join('\n')
  }
  let end = start + 1
  while (end < lines.length && (lines[end] === '' || /^[\s#-]/.test(lines[end]!))) end++
  // Blank lines and comments just before the next key belong to it, not to the servers.
  while (end > start + 1 && (lines[end - 1] === '' || /^#/.test(lines[end - 1]!))) end--
  return [...lines.slice(0, start), block.trimEnd(), ...lines.slice(end)].join('\n')
}
