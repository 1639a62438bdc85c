/**
 * The built-in APIs, in the order they are served and listed: the one place that names them. The
 * package's entry points import this module, which registers them by id.
 */
import { registerApis } from '../src/spec/catalog.js'
import { chatwootApi } from './chatwoot/index.js'
import { hapihubApi } from './hapihub/index.js'
import { roostedApi } from './roosted/index.js'
import { togglFocusApi } from './toggl-focus/index.js'

export const builtinApis = [togglFocusApi, roostedApi, hapihubApi, chatwootApi] as const

/** The ids of the built-in APIs. */
export const apiIds = builtinApis.map((api) => api.id)

export type BuiltinApiId = (typeof builtinApis)[number]['id']

registerApis(builtinApis)
