import type { OpenAPIV3_1 } from 'openapi-types'
import type { ApiSpec } from '../spec/types.js'

/** An API's spec with `servers` pointing at where this server serves it, as JSON or YAML text. */
export async function renderSpec(api: ApiSpec, baseUrl: string, format: 'json' | 'yaml'): Promise<string> {
  const document: OpenAPIV3_1.Document = {
    ...api.document,
    servers: [{ url: baseUrl, description: api.serverUrl ? `chatmock, standing for ${api.serverUrl}` : 'chatmock' }, ...(api.document.servers ?? [])],
  }
  // YAML is asked for rarely; its serializer loads then, not at start-up.
  return format === 'json' ? JSON.stringify(document, null, 2) : (await import('yaml')).stringify(document)
}
