import { definePrecompiledApi } from '../../src/mock/define-precompiled-api.js'
import { roostedActions } from './actions.js'
import { extendRecordSchema } from '../../src/store/extend-record-schema.js'
import { defaultFixtures } from '../../fixtures/roosted/generated/default-fixtures.js'
import { document } from './generated/document.js'
import type { Operations } from './generated/operations.js'
import { validators } from './generated/validators.js'
import { roostedResolvers } from './resolvers.js'
import { createRoostedStore, type RoostedFixtures, type RoostedStore } from './store.js'

/** The roosted API: specs/roosted.yaml, its resolvers, its store, its fixtures and the other members' actions. */
export const roostedApi = definePrecompiledApi<'roosted', Operations, RoostedStore, RoostedFixtures>({
  id: 'roosted',
  spec: document,
  source: {
    file: 'specs/roosted.yaml',
    format: 'yaml',
    loadText: async () => (await import('./generated/source-text.js')).sourceText,
  },
  errorStyle: 'problem',
  validators,
  resolvers: roostedResolvers,
  actions: roostedActions,
  createStore: createRoostedStore,
  fixtures: {
    defaults: defaultFixtures,
    seeded: async (seed) => (await import('../../fixtures/roosted/create-fixtures.js')).createFixtures(seed),
    records: {
      workers: { $ref: '#/components/schemas/ChatMember' },
      chats: extendRecordSchema(document, 'ChatListItem', { worker_id: { type: 'string' } }),
      messages: extendRecordSchema(document, 'ChatMessage', {
        worker_id: { type: 'string' },
        chat_id: { type: 'string' },
      }),
    },
  },
})

declare module '../../src/api/api.js' {
  interface RegisteredApis {
    roosted: typeof roostedApi
  }
}
