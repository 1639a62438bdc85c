import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'
import type { Credential } from '../api/exchange.js'

type SchemeCheck = (headers: Record<string, string>, query: Map<string, string[]>) => string | undefined

export type SecurityCheck = (
  headers: Record<string, string>,
  query: Map<string, string[]>,
) => { credential: Credential | null } | { message: string }

/**
 * Compiles an operation's security requirements: alternatives (any one will do), each a set of
 * schemes (all of them needed). An empty requirement makes credentials optional.
 */
export function compileSecurityCheck(
  document: OpenAPIV3_1.Document,
  requirements: OpenAPIV3_1.SecurityRequirementObject[],
): SecurityCheck {
  if (requirements.length === 0) return () => ({ credential: null })
  const schemes = document.components?.securitySchemes ?? {}
  const alternatives = requirements.map((requirement) =>
    Object.keys(requirement).map((name) => {
      const scheme = resolveRef<OpenAPIV3_1.SecuritySchemeObject>(document, schemes[name]!)
      return { name, check: compileScheme(scheme), hint: describeScheme(scheme) }
    }),
  )
  const expected = alternatives
    .filter((all) => all.length > 0)
    .map((all) => all.map((scheme) => scheme.hint).join(' and '))
    .join(' or ')

  return (headers, query) => {
    for (const all of alternatives) {
      let credential: Credential | null = null
      const satisfied = all.every(({ name, check }) => {
        const value = check(headers, query)
        if (value !== undefined && credential === null) credential = { scheme: name, value }
        return value !== undefined
      })
      if (satisfied) return { credential }
    }
    const authorization = headers.authorization
    const malformed =
      authorization === undefined
        ? ''
        : ` The Authorization header was "${authorization.split(' ')[0]} …", which is malformed or not accepted.`
    return { message: `credentials are required: send ${expected}.${malformed}` }
  }
}

function compileScheme(scheme: OpenAPIV3_1.SecuritySchemeObject): SchemeCheck {
  if (scheme.type === 'http') {
    const prefix = new RegExp(`^${scheme.scheme}\\s+(\\S+)\\s*$`, 'i')
    const basic = scheme.scheme.toLowerCase() === 'basic'
    return (headers) => {
      const match = prefix.exec(headers.authorization ?? '')
      if (!match) return undefined
      return basic ? decodeBasic(match[1]!) : match[1]
    }
  }
  if (scheme.type === 'apiKey') {
    const name = scheme.in === 'header' ? scheme.name.toLowerCase() : scheme.name
    if (scheme.in === 'header') return (headers) => nonEmpty(headers[name])
    if (scheme.in === 'query') return (_, query) => nonEmpty(query.get(name)?.[0])
    return (headers) => nonEmpty(readCookie(headers.cookie, name))
  }
  // OAuth2 and OpenID Connect carry a bearer token in practice.
  return (headers) => /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1]
}

function describeScheme(scheme: OpenAPIV3_1.SecuritySchemeObject): string {
  if (scheme.type === 'http') {
    return scheme.scheme.toLowerCase() === 'basic'
      ? 'Authorization: Basic <base64 of user:password>'
      : `Authorization: ${capitalize(scheme.scheme)} <token>`
  }
  if (scheme.type === 'apiKey')
    return scheme.in === 'header' ? `${scheme.name}: <key>` : `${scheme.name}=<key> in the ${scheme.in}`
  return 'Authorization: Bearer <token>'
}

function decodeBasic(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined
  const decoded = atob(encoded)
  return decoded.includes(':') ? decoded : undefined
}

function readCookie(cookie: string | undefined, name: string): string | undefined {
  for (const part of (cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase()
}
