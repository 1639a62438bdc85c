import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { type ChatmockRouter, createChatmockRouter, type ChatmockRouterOptions } from './create-chatmock-router.js'

export interface ChatmockServerOptions extends ChatmockRouterOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
}

export interface ChatmockServer extends ChatmockRouter {
  server: Server
  /** `http://127.0.0.1:4010`, with the port actually bound. */
  url: string
  /** Stops accepting connections, ends idle ones, and resolves once closed. */
  close(): Promise<void>
}

export class PortInUseError extends Error {}

/** The standalone mock: an Express 5 app with the chatmock router at its root, listening. */
export async function startChatmockServer(options: ChatmockServerOptions = {}): Promise<ChatmockServer> {
  const mock = await createChatmockRouter(options)
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.set('query parser', false)
  app.use(mock.router)
  const server = createServer(app)
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? 4010
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(`port ${port} on ${host} is in use`) : error))
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    ...mock,
    server,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      }),
  }
}
