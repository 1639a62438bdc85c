import type { OpenAPIV3_1 } from 'openapi-types'
import type { Operation } from '../api/spec.js'

/**
 * How to give `chatmock verify` the credential an operation's security asks for, in its flags:
 * `--basic <user:password> (basicAuth) or --bearer <token> (bearerAuth)`. Requirements are
 * alternatives; the schemes inside one requirement all go together.
 */
export function describeCredentials(document: OpenAPIV3_1.Document, operation: Operation): string | undefined {
  const schemes = (document.components?.securitySchemes ?? {}) as Record<string, OpenAPIV3_1.SecuritySchemeObject>
  const alternatives = operation.security
    .filter((requirement) => Object.keys(requirement).length > 0)
    .map((requirement) =>
      Object.keys(requirement)
        .map((name) => `${toFlag(schemes[name])} (${name})`)
        .join(' and '),
    )
  return alternatives.length === 0 ? undefined : alternatives.join(' or ')
}

function toFlag(scheme: OpenAPIV3_1.SecuritySchemeObject | undefined): string {
  if (scheme === undefined) return 'a credential'
  if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') return '--basic <user:password>'
  if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'bearer') return '--bearer <token>'
  if (scheme.type === 'http') return `--header 'Authorization: ${scheme.scheme} <credentials>'`
  if (scheme.type === 'apiKey' && scheme.in === 'header') return `--header '${scheme.name}: <key>'`
  if (scheme.type === 'apiKey' && scheme.in === 'cookie') return `--header 'Cookie: ${scheme.name}=<key>'`
  if (scheme.type === 'apiKey') return `--query '${scheme.name}=<key>'`
  if ((scheme.type as string) === 'mutualTLS') return 'a TLS client certificate, which verify cannot present'
  // OAuth 2 and OpenID Connect: the access token they give goes in a bearer header.
  return '--bearer <access token>'
}
