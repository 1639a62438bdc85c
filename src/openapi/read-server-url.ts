import type { OpenAPIV3_1 } from 'openapi-types'

/**
 * The document's first server URL, each `{variable}` replaced by its `default` (as a client that
 * sets none would call it), without a trailing slash; absent when the document names no server.
 */
export function readServerUrl(document: OpenAPIV3_1.Document): string | undefined {
  const server = document.servers?.[0]
  if (typeof server?.url !== 'string') return undefined
  const url = server.url.replace(/\{([^{}]+)\}/g, (written, name: string) => {
    const value = server.variables?.[name]?.default
    return typeof value === 'string' ? value : written
  })
  // As the URL of a request reads it (`https://host:443/v2` is `https://host/v2`); a relative one as written.
  return (URL.canParse(url) ? new URL(url).href : url).replace(/\/+$/, '')
}
