import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { randomUUID } from 'node:crypto'
import express from 'express'
import { ListenError, PortInUseError } from '../errors/listen-error.js'
import type { AllRegistered, ApiRef } from '../api/api.js'
import { handleClientError } from './handle-client-error.js'
import { type ChatmockRouter, createChatmockRouter, type ChatmockRouterOptions } from './create-chatmock-router.js'
import { type AllowedHosts, isHostName } from './create-host-check.js'

export interface ChatmockServerOptions<
  Refs extends readonly ApiRef[] = AllRegistered,
> extends ChatmockRouterOptions<Refs> {
  /** Default 4010; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. A name given here is an allowed host too. */
  host?: string
  /**
   * Host names the server answers beyond IP literals, `localhost`, `*.localhost` and `host`
   * (DNS-rebinding guard, on by default here): `['my-box.local', '.example.test']`; `true` turns it off.
   */
  allowedHosts?: AllowedHosts
}

export interface ChatmockServer<Refs extends readonly ApiRef[] = AllRegistered> extends ChatmockRouter<Refs> {
  server: Server
  /** The token the admin API requires, if it requires one (always when bound beyond loopback). */
  adminToken?: string
  /** `http://127.0.0.1:4010`, with the port actually bound. */
  url: string
  /** Stops accepting connections, ends idle ones and the real-time ones, and resolves once closed. */
  close(): Promise<void>
}

/** The standalone mock: an Express 5 app with the chatmock router at its root, listening. */
export async function startChatmockServer<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: ChatmockServerOptions<Refs> = {},
): Promise<ChatmockServer<Refs>> {
  const host = options.host ?? '127.0.0.1'
  // Beyond loopback anyone on the network can reach the mock: its admin API then needs a token.
  const adminToken = options.adminToken ?? (isLoopback(host) ? undefined : randomUUID())
  // The name it is bound by is one it answers to; an address that is no name is left to listen() to refuse.
  const allowedHosts =
    options.allowedHosts === true ? true : [...(options.allowedHosts ?? []), ...(isHostName(host) ? [host] : [])]
  const mock = await createChatmockRouter<Refs>({ ...options, adminToken, allowedHosts })
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.set('query parser', false)
  app.use(mock.router)
  // Room for a 100 KB URL, so that the API answers it (414 in its own shape) rather than Node.
  const server = createServer({ maxHeaderSize: 256 * 1024 }, app)
  server.on('clientError', handleClientError(mock.apis.map((mockApi) => mockApi.api)))
  // Connections a client opened ahead of need (undici does) carry no request, so Node never counts them idle.
  const unused = new Set<Socket>()
  server.on('connection', (socket) => {
    unused.add(socket)
    socket.once('close', () => unused.delete(socket))
  })
  server.on('request', (request) => unused.delete(request.socket))
  server.on('upgrade', (request, socket, head) => {
    unused.delete(socket as Socket)
    if (!mock.upgrade.handle(request, socket, head))
      socket.end(
        'HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nno WebSocket endpoint here\n',
      )
  })
  const port = options.port ?? 4010
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(host, port)
          : error.code
            ? new ListenError(host, port, error.code)
            : error,
      ),
    )
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    ...mock,
    server,
    adminToken,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Open event streams and WebSockets never go idle: they are cut, the rest closed when idle.
        mock.connections.endAll()
        // Background work still due would run against a closed mock.
        mock.jobs.cancel()
        server.closeIdleConnections()
        for (const socket of unused) socket.destroy()
      }),
  }
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)
}
