import { request } from 'node:http'
import { WebSocket } from 'ws'

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * A request to `url` (GET unless `method` says otherwise) whose `Host` header says `host`, as a
 * page on a rebound name sends it (fetch always sends the URL's own).
 */
export function requestWithHost(
  url: string,
  host: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: { ...headers, host } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    outgoing.once('error', reject)
    outgoing.end()
  })
}

/**
 * Opens an ActionCable WebSocket at `url` with `Host: host`: resolves with 101 once it is open (and
 * closes it), or with the HTTP answer that refused the upgrade.
 */
export function upgradeWithHost(url: string, host: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, ['actioncable-v1-json'], { headers: { host } })
    socket.once('open', () => {
      socket.close()
      resolve({ status: 101, headers: {}, body: '' })
    })
    socket.once('unexpected-response', (_, response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }))
    })
    socket.once('error', reject)
  })
}
