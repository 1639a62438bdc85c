import type { ApiSpec } from '../api/spec.js'

export interface IndexEntry {
  id: string
  title: string
  baseUrl: string
  /** The documented server URL it stands for, when the document names one. */
  documentedServerUrl?: string
  spec: { json: string; yaml: string }
  operations: number
}

/** What `GET /` lists: each served API with its base URL and spec links. */
export function describeApis(apis: readonly ApiSpec[], origin: string): IndexEntry[] {
  return apis.map((api) => ({
    id: api.id,
    title: api.title,
    baseUrl: `${origin}${api.prefix}`,
    documentedServerUrl: api.serverUrl,
    spec: { json: `${origin}${api.prefix}/openapi.json`, yaml: `${origin}${api.prefix}/openapi.yaml` },
    operations: api.operations.length,
  }))
}

/** The same list as a small page, for a browser. */
export function renderIndexHtml(entries: readonly IndexEntry[]): string {
  const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`)
  const rows = entries
    .map(
      (entry) =>
        `<tr><td>${escape(entry.title)}</td><td><code>${escape(entry.baseUrl)}</code></td><td>${entry.documentedServerUrl ? `<code>${escape(entry.documentedServerUrl)}</code>` : '–'}</td><td>${entry.operations}</td><td><a href="${escape(entry.spec.json)}">json</a> · <a href="${escape(entry.spec.yaml)}">yaml</a></td></tr>`,
    )
    .join('\n')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>chatmock</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body><h1>chatmock</h1><p>Fake backends, each served under its base URL, which stands for its documented server URL.</p>
<table><thead><tr><th>API</th><th>base URL</th><th>stands for</th><th>operations</th><th>spec</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`
}
