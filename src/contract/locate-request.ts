import type { ApiSpec } from '../api/spec.js'

/**
 * Splits a URL into the path relative to the API's base (its documented server URL, its mount
 * prefix, or another base URL the caller configured) and its query string; `undefined` when the
 * URL is under none of them.
 */
export function locateRequest(
  api: ApiSpec,
  url: string,
  baseUrls: readonly string[] = [],
): { path: string; search: string } | undefined {
  for (const base of [...(api.serverUrl ? [api.serverUrl] : []), ...api.baseUrls, ...baseUrls]) {
    if (url.startsWith(base) && (url.length === base.length || '/?#'.includes(url[base.length]!))) {
      return splitPathAndSearch(url.slice(base.length))
    }
  }
  const { path, search } = splitPathAndSearch(url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, ''))
  const prefixPath = `${api.prefix}/`
  if (path === api.prefix || path.startsWith(prefixPath)) return { path: path.slice(api.prefix.length) || '/', search }
  // A relative server URL (`/api/v3`) is a path already.
  const serverPath = api.serverUrl ? new URL(api.serverUrl, 'http://localhost').pathname.replace(/\/$/, '') : ''
  if (serverPath !== '' && (path === serverPath || path.startsWith(`${serverPath}/`)))
    return { path: path.slice(serverPath.length) || '/', search }
  return undefined
}

function splitPathAndSearch(rest: string): { path: string; search: string } {
  const hash = rest.indexOf('#')
  const withoutHash = hash === -1 ? rest : rest.slice(0, hash)
  const question = withoutHash.indexOf('?')
  return question === -1
    ? { path: withoutHash || '/', search: '' }
    : { path: withoutHash.slice(0, question) || '/', search: withoutHash.slice(question + 1) }
}

/** Every value of each query key, in order. */
export function parseQuery(search: string): Map<string, string[]> {
  const query = new Map<string, string[]>()
  if (search === '') return query
  for (const [key, value] of new URLSearchParams(search)) {
    const values = query.get(key)
    if (values) values.push(value)
    else query.set(key, [value])
  }
  return query
}
