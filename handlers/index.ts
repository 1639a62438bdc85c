/**
 * The built-in APIs, in the order they are served and listed: the one place that names them. Each
 * entry loads its API's module on first use (a chunk of its own in a bundle), so importing this
 * list loads no API and registers nothing. `chatmock/apis/<id>` exports each API's value.
 */
import type { Api } from '../src/api/api.js'
import type { chatwootApi } from './chatwoot/index.js'
import type { hapihubApi } from './hapihub/index.js'
import type { roostedApi } from './roosted/index.js'
import type { togglFocusApi } from './toggl-focus/index.js'

// The return types name each API's module, so that the published declarations bring in its types
// (and its `RegisteredApis` entry) without the code importing it.
export const builtinApiLoaders = {
  'toggl-focus': async (): Promise<typeof togglFocusApi> => (await import('./toggl-focus/index.js')).togglFocusApi,
  roosted: async (): Promise<typeof roostedApi> => (await import('./roosted/index.js')).roostedApi,
  hapihub: async (): Promise<typeof hapihubApi> => (await import('./hapihub/index.js')).hapihubApi,
  chatwoot: async (): Promise<typeof chatwootApi> => (await import('./chatwoot/index.js')).chatwootApi,
} satisfies Record<string, () => Promise<Api>>

export type BuiltinApiId = keyof typeof builtinApiLoaders

/** The ids of the built-in APIs, in order: `setupChatmock({ apis: [...builtinApiIds, myApi] })`. */
export const builtinApiIds = Object.keys(builtinApiLoaders) as BuiltinApiId[]
