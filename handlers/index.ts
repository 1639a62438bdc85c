import type { ApiId } from '../src/spec/types.js'
import type { ResolverSet } from '../src/mock/types.js'
import { chatwootResolvers } from './chatwoot.js'
import { hapihubResolvers } from './hapihub.js'
import { roostedResolvers } from './roosted.js'
import { togglFocusResolvers } from './toggl-focus.js'

/** Every API's resolvers, by API id. */
export const resolversByApi: { [A in ApiId]: ResolverSet<A> } = {
  'toggl-focus': togglFocusResolvers,
  roosted: roostedResolvers,
  hapihub: hapihubResolvers,
  chatwoot: chatwootResolvers,
}
