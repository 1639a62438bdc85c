/**
 * The built-in APIs, in the order they are served and listed: the one place that names them. The
 * package's entry points import this module, which registers them by id.
 */
import { registerApis } from '../src/openapi/catalog.js'
import { chatwootApi } from './chatwoot/index.js'
import { hapihubApi } from './hapihub/index.js'
import { roostedApi } from './roosted/index.js'
import { togglFocusApi } from './toggl-focus/index.js'

export { chatwootApi, hapihubApi, roostedApi, togglFocusApi }

// Written out, so that the published declarations import each API's module (and its types).
export const builtinApis: readonly [typeof togglFocusApi, typeof roostedApi, typeof hapihubApi, typeof chatwootApi] = [togglFocusApi, roostedApi, hapihubApi, chatwootApi]

/** The ids of the built-in APIs. */
export const apiIds = builtinApis.map((api) => api.id)

export type BuiltinApiId = (typeof builtinApis)[number]['id']

registerApis(builtinApis)
