import express, { type Router } from 'express'
import { problemDetailsStyle } from '../contract/error-styles/problem-details.js'
import { type Admin, createAdmin } from '../mock/create-admin.js'
import { createMockApis, type MockApis, type MockApisOptions } from '../mock/create-mock-apis.js'
import type { AllRegistered, ApiRef, IdOf, OperationIdsByApiOf } from '../api/api.js'
import { VIOLATIONS_HEADER } from '../mock/violation-policy.js'
import { createAdminRouter } from './create-admin-router.js'
import { applyCors, type CorsOptions, listExposedHeaders } from './cors.js'
import { createApiHandler } from './create-api-handler.js'
import { type AllowedHosts, createHostCheck } from './create-host-check.js'
import { createUpgradeHandler, type UpgradeHandler } from './create-upgrade-handler.js'
import { describeApis, renderIndexHtml } from './render-index.js'
import { renderSpec } from './render-spec.js'
import { sendResponse } from './send-response.js'

/** What Express routes to the admin router: its mount path, in any case. */
const ADMIN_PATH = /^\/__chatmock(?:[/?]|$)/i

export interface ChatmockRouterOptions<Refs extends readonly ApiRef[] = AllRegistered> extends MockApisOptions<Refs> {
  cors?: CorsOptions
  /** When set, the admin API under /__chatmock requires `Authorization: Bearer <adminToken>`. */
  adminToken?: string
  /**
   * Origins (`http://app.test:3000`), beyond loopback ones, whose pages may call the admin API
   * from a browser; a page on any other origin is refused with a 403. `cors` is the mocked APIs' rule.
   */
  adminOrigins?: readonly string[]
  /**
   * The guard against DNS rebinding: a request (or WebSocket upgrade) whose `Host` is not an IP
   * literal, `localhost`, `*.localhost` or one of these names (`.example.test` allows a domain and
   * its subdomains) is refused with a 403. Off when left out, since the app that mounts the router
   * knows the names it is reached by; `[]` turns it on for loopback and IPs only, `true` is off.
   * `startChatmockServer` turns it on.
   */
  allowedHosts?: AllowedHosts
  /** Receives one line per request; leave it out for silence. */
  log?: (line: string) => void
}

export interface ChatmockRouter<Refs extends readonly ApiRef[] = AllRegistered> extends MockApis<Refs> {
  /** Mount it anywhere: `app.use('/mocks', router)`. */
  router: Router
  /** The admin API as functions (also served under `/__chatmock`). */
  admin: Admin<IdOf<Refs[number]>, OperationIdsByApiOf<Refs>>
  /**
   * The WebSocket endpoints (ActionCable): hand it your server's upgrades when you mount the router
   * yourself, `server.on('upgrade', (request, socket, head) => mock.upgrade.handle(request, socket, head) || socket.destroy())`.
   */
  upgrade: UpgradeHandler
}

/**
 * Every chosen API under its prefix (`/<id>` by default), `GET /`
 * listing them, each spec at `<prefix>/openapi.json|yaml` with `servers` pointing here, CORS, and a
 * 404 listing the prefixes for anything else. The admin API under `/__chatmock` answers pages on
 * loopback origins and `adminOrigins` only; with `allowedHosts`, every request's Host is checked.
 * Response violations are logged and reported in an `x-chatmock-violations` header (policy
 * `'warn'`) unless told otherwise.
 */
export async function createChatmockRouter<const Refs extends readonly ApiRef[] = AllRegistered>(
  options: ChatmockRouterOptions<Refs> = {},
): Promise<ChatmockRouter<Refs>> {
  const checkHost =
    options.allowedHosts === undefined || options.allowedHosts === true
      ? undefined
      : createHostCheck(options.allowedHosts)
  const mock = await createMockApis<Refs>({ onResponseViolation: 'warn', ...options })
  const router = express.Router()
  const { log } = options
  const specs = mock.apis.map((mockApi) => mockApi.api)
  const exposedHeaders = listExposedHeaders(specs)
  const origin = (request: express.Request) =>
    `${request.protocol}://${request.get('host') ?? 'localhost'}${request.baseUrl}`

  router.use((request, response, next) => {
    if (log) {
      const started = performance.now()
      response.once('finish', () => {
        const violations = response.getHeader(VIOLATIONS_HEADER)
        const count =
          typeof violations === 'string' ? ` violations: ${(JSON.parse(violations) as unknown[]).length}` : ''
        log(
          `${request.method} ${request.originalUrl} ${response.statusCode} ${(performance.now() - started).toFixed(2)}ms${count}`,
        )
      })
    }
    const refused = checkHost?.(request.headers.host)
    if (refused !== undefined) return sendResponse(response, problemDetailsStyle.render(403, refused, []))
    // The admin API answers origins by its own rule, in its router.
    if (ADMIN_PATH.test(request.url)) return next()
    if (!applyCors(request, response, options.cors ?? {}, exposedHeaders)) next()
  })

  // API requests, the hot path, go straight to their handler by the path's first segment, not
  // through a walk of Express's layers; everything else (specs, the index, 404) is routed below.
  const handlers = new Map(
    mock.apis.map((mockApi) => [
      mockApi.api.prefix,
      createApiHandler(mockApi, (error) =>
        console.error(`[chatmock] ${mockApi.api.id}: ${(error as Error).stack ?? error}`),
      ),
    ]),
  )
  router.use((request, response, next) => {
    const url = request.url
    const end = url.indexOf('/', 1)
    const stop = end === -1 ? url.search(/[?#]/) : end
    const handler = handlers.get(stop === -1 ? url : url.slice(0, stop))
    if (!handler || /^\/[^/]+\/openapi\.(json|yaml)(\?|$)/.test(url)) return next()
    const prefix = url.slice(0, stop === -1 ? url.length : stop)
    request.url = url.slice(prefix.length) || '/'
    void handler(request, response)
  })

  router.get('/', (request, response) => {
    const entries = describeApis(specs, origin(request))
    if (request.accepts(['json', 'html']) === 'html') response.type('html').send(renderIndexHtml(entries))
    else response.json({ name: 'chatmock', apis: entries })
  })

  const admin = createAdmin(mock as never) as ChatmockRouter<Refs>['admin']
  const upgrade = createUpgradeHandler(mock, checkHost)
  router.use('/__chatmock', createAdminRouter(admin, { token: options.adminToken, origins: options.adminOrigins }))

  for (const mockApi of mock.apis) {
    const { api } = mockApi
    router.get(`${api.prefix}/openapi.json`, async (request, response) => {
      response.type('application/json').send(await renderSpec(api, `${origin(request)}${api.prefix}`, 'json'))
    })
    router.get(`${api.prefix}/openapi.yaml`, async (request, response) => {
      response.type('application/yaml').send(await renderSpec(api, `${origin(request)}${api.prefix}`, 'yaml'))
    })
  }

  router.use((request, response) => {
    const prefixes = specs.map((api) => api.prefix)
    sendResponse(response, {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No API is served at ${request.path}. Served prefixes: ${prefixes.join(', ')}.`,
        prefixes,
      },
    })
  })

  return { ...mock, router, admin, upgrade }
}
