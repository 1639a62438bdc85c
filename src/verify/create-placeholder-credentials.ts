import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const

/** What verify sends with every request: its `headers` and `query` options. */
export interface PlaceholderCredentials {
  headers: Record<string, string>
  query: Record<string, string>
}

/**
 * A value for every security scheme a document's operations require, for a run against a provider
 * that takes any well-formed credential (chatmock's own mock of the document): `Authorization:
 * Bearer …` (bearer, OAuth 2, OpenID Connect) or `Basic …`, another HTTP scheme's, an apiKey's header,
 * query key or cookie (in one `Cookie` header). Only one value can be the Authorization: the one the
 * most operations ask for wins, the first declared on a tie. A TLS client certificate (mutualTLS) is
 * not a value of the request and gets none.
 */
export function createPlaceholderCredentials(document: OpenAPIV3_1.Document): PlaceholderCredentials {
  const declared = (document.components?.securitySchemes ?? {}) as Record<string, unknown>
  const uses = countUses(document)
  const headers: Record<string, string> = {}
  const query: Record<string, string> = {}
  const cookies: string[] = []
  // Schemes that take the same Authorization (bearer, OAuth 2, OpenID Connect) count together.
  const authorizations = new Map<string, number>()
  for (const [name, reference] of Object.entries(declared)) {
    const count = uses.get(name) ?? 0
    if (count === 0) continue
    const scheme = resolveRef<OpenAPIV3_1.SecuritySchemeObject>(document, reference as never)
    const value = toAuthorization(scheme)
    if (value !== undefined) authorizations.set(value, (authorizations.get(value) ?? 0) + count)
    else if (scheme.type === 'apiKey' && scheme.in === 'header') headers[scheme.name] = 'placeholder-key'
    else if (scheme.type === 'apiKey' && scheme.in === 'query') query[scheme.name] = 'placeholder-key'
    else if (scheme.type === 'apiKey' && scheme.in === 'cookie') cookies.push(`${scheme.name}=placeholder-key`)
  }
  let most = 0
  for (const [value, count] of authorizations) {
    if (count <= most) continue
    headers.Authorization = value
    most = count
  }
  if (cookies.length > 0) headers.Cookie = cookies.join('; ')
  return { headers, query }
}

/** The Authorization header a scheme takes, or undefined for one that does not go there. */
function toAuthorization(scheme: OpenAPIV3_1.SecuritySchemeObject): string | undefined {
  if (scheme.type === 'http') {
    const name = scheme.scheme.toLowerCase()
    if (name === 'basic') return `Basic ${btoa('placeholder:placeholder')}`
    if (name === 'bearer') return 'Bearer placeholder-token'
    return `${scheme.scheme} placeholder-credentials`
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'Bearer placeholder-token'
  if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name.toLowerCase() === 'authorization')
    return 'placeholder-key'
  return undefined
}

/** How many operations name each scheme in their security (their own, else the document's). */
function countUses(document: OpenAPIV3_1.Document): Map<string, number> {
  const uses = new Map<string, number>()
  for (const reference of Object.values(document.paths ?? {})) {
    const item = resolveRef<OpenAPIV3_1.PathItemObject>(document, (reference ?? {}) as never)
    for (const method of METHODS) {
      const operation = (item as Record<string, OpenAPIV3_1.OperationObject | undefined>)[method]
      if (!operation) continue
      const names = new Set(
        (operation.security ?? document.security ?? []).flatMap((requirement) => Object.keys(requirement)),
      )
      for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1)
    }
  }
  return uses
}
