import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'

/** Where the run's credentials are: header names (lower case), query keys, cookie names. */
export interface CredentialKeys {
  headers: string[]
  query: string[]
  cookies: string[]
}

/**
 * Which of the run's headers, query values and cookies (in its `Cookie` header) carry a credential
 * for one of the document's security schemes: the ones a request without credentials leaves out.
 */
export function listCredentialKeys(
  document: OpenAPIV3_1.Document,
  headers: Record<string, string>,
  query: Record<string, string>,
): CredentialKeys {
  const wanted: CredentialKeys = { headers: [], query: [], cookies: [] }
  for (const declared of Object.values(document.components?.securitySchemes ?? {})) {
    const scheme = resolveRef<OpenAPIV3_1.SecuritySchemeObject>(document, declared)
    if (scheme.type === 'apiKey' && scheme.in === 'header') wanted.headers.push(scheme.name.toLowerCase())
    else if (scheme.type === 'apiKey' && scheme.in === 'query') wanted.query.push(scheme.name)
    else if (scheme.type === 'apiKey') wanted.cookies.push(scheme.name)
    // A TLS client certificate is no value of the request.
    else if ((scheme.type as string) !== 'mutualTLS') wanted.headers.push('authorization')
  }
  const cookies = new Set((headers.cookie ?? '').split(';').map((pair) => pair.split('=')[0]!.trim()))
  return {
    headers: [...new Set(wanted.headers)].filter((name) => name in headers),
    query: [...new Set(wanted.query)].filter((name) => name in query),
    cookies: [...new Set(wanted.cookies)].filter((name) => cookies.has(name)),
  }
}
