import { renderSpecText } from '../openapi/render-spec-text.js'
import type { ApiSpec } from '../api/spec.js'

/** An API's spec with `servers` pointing at where this server serves it first, as JSON or YAML text. */
export function renderSpec(api: ApiSpec, baseUrl: string, format: 'json' | 'yaml'): Promise<string> {
  const here = { url: baseUrl, description: api.serverUrl ? `chatmock, standing for ${api.serverUrl}` : 'chatmock' }
  return renderSpecText(api, format, [here, ...(api.document.servers ?? [])])
}
