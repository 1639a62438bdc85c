import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { createPlaceholderCredentials } from './create-placeholder-credentials.js'

const declareGet = (security?: OpenAPIV3_1.SecurityRequirementObject[]) => ({
  get: { ...(security ? { security } : {}), responses: { '200': { description: 'ok' } } },
})

function createDocument(
  securitySchemes: Record<string, unknown>,
  paths: Record<string, unknown>,
  security?: OpenAPIV3_1.SecurityRequirementObject[],
): OpenAPIV3_1.Document {
  return {
    openapi: '3.1.0',
    info: { title: 'placeholders', version: '1' },
    components: { securitySchemes: securitySchemes as never },
    paths: paths as never,
    ...(security ? { security } : {}),
  }
}

it('gives a value to every scheme an operation requires, each where its scheme says', () => {
  const document = createDocument(
    {
      basic: { type: 'http', scheme: 'basic' },
      bearer: { type: 'http', scheme: 'bearer' },
      oauth: { type: 'oauth2', flows: {} },
      oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.test' },
      headerKey: { type: 'apiKey', in: 'header', name: 'X-API-KEY' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
      cookieKey: { type: 'apiKey', in: 'cookie', name: 'session' },
      otherCookie: { $ref: '#/components/securitySchemes/cookieKeyTwo' },
      cookieKeyTwo: { type: 'apiKey', in: 'cookie', name: 'prefs' },
      tls: { type: 'mutualTLS' },
      unused: { type: 'apiKey', in: 'header', name: 'X-Unused' },
    },
    {
      '/a': declareGet([{ basic: [] }]),
      '/b': declareGet([{ bearer: [] }, { headerKey: [] }]),
      '/c': declareGet([{ oauth: ['read'] }]),
      '/d': declareGet([{ oidc: [], queryKey: [] }]),
      '/e': declareGet([{ cookieKey: [] }, { otherCookie: [] }]),
      '/f': declareGet([{ tls: [] }]),
      '/g': declareGet(),
    },
    [{ basic: [] }],
  )
  // Basic is asked for by /a and /g; a bearer token (bearer, OAuth 2, OpenID Connect) by /b, /c and /d.
  expect(createPlaceholderCredentials(document)).toEqual({
    headers: {
      Authorization: 'Bearer placeholder-token',
      'X-API-KEY': 'placeholder-key',
      Cookie: 'session=placeholder-key; prefs=placeholder-key',
    },
    query: { api_key: 'placeholder-key' },
  })
})

it('gives Authorization to the scheme declared first when as many operations ask for each', () => {
  const schemes = { basic: { type: 'http', scheme: 'basic' }, digest: { type: 'http', scheme: 'Digest' } }
  const paths = { '/a': declareGet([{ digest: [] }]), '/b': declareGet([{ basic: [] }]) }
  expect(createPlaceholderCredentials(createDocument(schemes, paths))).toEqual({
    headers: { Authorization: `Basic ${btoa('placeholder:placeholder')}` },
    query: {},
  })
  const digestFirst = { digest: schemes.digest, basic: schemes.basic }
  expect(createPlaceholderCredentials(createDocument(digestFirst, paths)).headers).toEqual({
    Authorization: 'Digest placeholder-credentials',
  })
})

it('gives nothing to a document whose operations require no credential', () => {
  const document = createDocument(
    { basic: { type: 'http', scheme: 'basic' } },
    { '/a': declareGet(), '/b': declareGet([{}]) },
  )
  expect(createPlaceholderCredentials(document)).toEqual({ headers: {}, query: {} })
})
