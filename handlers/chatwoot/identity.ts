import type { PlainResponse } from '../../src/api/exchange.js'
import type { ApiSpec } from '../../src/api/spec.js'
import { fail, json } from '../../src/mock/respond.js'

const encoder = new TextEncoder()

/** HMAC-SHA256 of `identifier` under an inbox's HMAC token, as lowercase hex (OpenSSL::HMAC.hexdigest). Web Crypto, so it runs in Node and in the browser. */
async function signIdentifier(hmacToken: string, identifier: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(hmacToken),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(identifier)))
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The server's identity validation (`process_hmac`): skipped when no hash is given and the inbox
 * does not require one; otherwise the hash must be the HMAC of the identifier (a missing
 * identifier counts as "").
 */
export async function checkIdentity(
  inbox: { hmac_token: string; identity_validation_enabled: boolean },
  identifier: string | undefined,
  identifierHash: string | undefined,
): Promise<'skipped' | 'valid' | 'refused'> {
  const blank = identifierHash === undefined || identifierHash.trim() === ''
  if (blank && !inbox.identity_validation_enabled) return 'skipped'
  if (blank) return 'refused'
  return identifierHash === (await signIdentifier(inbox.hmac_token, identifier ?? '')) ? 'valid' : 'refused'
}

/**
 * The answer to a refused identity. The server raises a `StandardError` that nothing rescues, so the
 * client gets Rails' 500 page; strict mode answers the spec's 401 with the body Chatwoot's widget
 * API sends for the same check, so that a client can tell a refused identity from a fault.
 */
export function refuseIdentity(api: ApiSpec, strict: boolean): PlainResponse {
  return strict
    ? json(401, { error: 'HMAC failed: Invalid Identifier Hash Provided' })
    : fail(api, 500, 'Internal Server Error')
}
