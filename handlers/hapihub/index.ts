import { definePrecompiledApi } from '../../src/mock/define-precompiled-api.js'
import { hapihubActions } from './actions.js'
import { defaultFixtures } from '../../fixtures/hapihub/generated/default-fixtures.js'
import { document } from './generated/document.js'
import type { Operations } from './generated/operations.js'
import { validators } from './generated/validators.js'
import { hapihubResolvers } from './resolvers.js'
import { createHapihubStore, type HapihubFixtures, type HapihubStore } from './store.js'

/** The hapihub API: specs/hapihub.yaml, its resolvers, its store, its fixtures and the other participants' actions. */
export const hapihubApi = definePrecompiledApi<'hapihub', Operations, HapihubStore, HapihubFixtures>({
  id: 'hapihub',
  spec: document,
  source: {
    file: 'specs/hapihub.yaml',
    format: 'yaml',
    loadText: async () => (await import('./generated/source-text.js')).sourceText,
  },
  errorStyle: 'problem',
  validators,
  resolvers: hapihubResolvers,
  actions: hapihubActions,
  createStore: createHapihubStore,
  fixtures: {
    defaults: defaultFixtures,
    seeded: async (seed) => (await import('../../fixtures/hapihub/create-fixtures.js')).createFixtures(seed),
    records: {
      // A room is a full ChatRoom, or a bare id as fixtures files had them first.
      rooms: { anyOf: [{ type: 'string', minLength: 1 }, { $ref: '#/components/schemas/ChatRoom' }] },
      accounts: {
        type: 'object',
        required: ['token', 'uid'],
        properties: { token: { type: 'string' }, uid: { type: 'string' } },
      },
      messages: { $ref: '#/components/schemas/ChatMessage' },
    },
  },
})

declare module '../../src/api/api.js' {
  interface RegisteredApis {
    hapihub: typeof hapihubApi
  }
}
