/**
 * `chatmock/express`: the fake backends behind Express, standalone or mounted in your app.
 * @module
 */
import './builtin-apis.js'

export { createChatmockRouter } from './server/create-chatmock-router.js'
export { startChatmockServer } from './server/start-chatmock-server.js'
export { ListenError, PortInUseError } from './errors/listen-error.js'

export type { ChatmockRouter, ChatmockRouterOptions } from './server/create-chatmock-router.js'
export type { ChatmockServer, ChatmockServerOptions } from './server/start-chatmock-server.js'
export type { CorsOptions } from './server/cors.js'
export type { AllowedHosts } from './server/create-host-check.js'
