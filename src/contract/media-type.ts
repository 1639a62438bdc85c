/** The essence of a Content-Type (`application/json; charset=utf-8` → `application/json`). */
export function parseMediaType(header: string | undefined): string | undefined {
  if (!header) return undefined
  const essence = header.split(';', 1)[0]!.trim().toLowerCase()
  return essence === '' ? undefined : essence
}

/** The declared media type (exact, `type/*` or `*\/*`) that an actual one falls under. */
export function matchMediaType(declared: readonly string[], actual: string): string | undefined {
  const exact = declared.find((candidate) => candidate.toLowerCase() === actual)
  if (exact) return exact
  const type = actual.split('/', 1)[0]
  return declared.find((candidate) => candidate === `${type}/*`) ?? declared.find((candidate) => candidate === '*/*')
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json')
}

/**
 * Whether an `Accept` header names the media type itself (with a weight above 0): `*\/*` does not
 * count, so a client that accepts anything gets the operation's first (documented) representation.
 */
export function acceptsMediaType(header: string | undefined, mediaType: string): boolean {
  if (!header) return false
  return header.split(',').some((range) => {
    const [type, ...parameters] = range.split(';')
    if (type!.trim().toLowerCase() !== mediaType) return false
    const weight = parameters
      .map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1])
      .find((value) => value !== undefined)
    return weight === undefined || Number(weight) > 0
  })
}
