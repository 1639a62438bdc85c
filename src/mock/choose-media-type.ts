import { isJsonMediaType } from '../contract/media-type.js'

/**
 * The media type a declared response is answered in: the first declared one that the request's
 * `Accept` names (`type/*` and `*\/*` too; `q=0` refuses), else a JSON one, else the first
 * declared. A document that lists `application/xml` before `application/json` is answered in JSON
 * unless the client asks for XML.
 */
export function chooseMediaType(declared: readonly string[], accept: string | undefined): string | undefined {
  if (declared.length <= 1) return declared[0]
  for (const range of parseAccept(accept)) {
    const chosen = declared.find((mediaType) => matchesRange(mediaType, range))
    if (chosen && range !== '*/*') return chosen
    if (chosen) break
  }
  return declared.find((mediaType) => isJsonMediaType(mediaType)) ?? declared[0]
}

function parseAccept(accept: string | undefined): string[] {
  if (!accept) return []
  return accept
    .split(',')
    .map((part) => part.split(';'))
    .filter(([, ...parameters]) => !parameters.some((parameter) => /^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(parameter)))
    .map(([range]) => range!.trim().toLowerCase())
    .filter((range) => range !== '')
}

function matchesRange(mediaType: string, range: string): boolean {
  const type = mediaType.split(';')[0]!.trim().toLowerCase()
  if (range === '*/*' || range === type) return true
  return range.endsWith('/*') && type.startsWith(range.slice(0, -1))
}
