import { definePrecompiledApi } from '../../src/mock/define-precompiled-api.js'
import { togglFocusActions } from './actions.js'
import { defaultFixtures } from '../../fixtures/toggl-focus/generated/default-fixtures.js'
import { events } from './generated/events.js'
import { document } from './generated/document.js'
import type { Operations } from './generated/operations.js'
import { validators } from './generated/validators.js'
import { togglFocusResolvers } from './resolvers.js'
import { createTogglFocusStore, type TogglFocusFixtures, type TogglFocusStore } from './store.js'

/** The toggl-focus API: specs/toggl-focus.yaml (and .asyncapi.yaml), its resolvers, store, fixtures and the assistant's actions. */
export const togglFocusApi = definePrecompiledApi<'toggl-focus', Operations, TogglFocusStore, TogglFocusFixtures>({
  id: 'toggl-focus',
  spec: document,
  source: {
    file: 'specs/toggl-focus.yaml',
    format: 'yaml',
    loadText: async () => (await import('./generated/source-text.js')).sourceText,
  },
  errorStyle: 'error-description',
  validators,
  events,
  resolvers: togglFocusResolvers,
  actions: togglFocusActions,
  createStore: createTogglFocusStore,
  fixtures: {
    defaults: defaultFixtures,
    seeded: async (seed) => (await import('../../fixtures/toggl-focus/create-fixtures.js')).createFixtures(seed),
    records: {
      users: {
        type: 'object',
        required: ['toggl_user_id', 'email', 'api_token'],
        properties: { toggl_user_id: { type: 'integer' }, email: { type: 'string' }, api_token: { type: 'string' } },
      },
      chats: { $ref: '#/components/schemas/Chat' },
      messages: { $ref: '#/components/schemas/ChatMessage' },
    },
  },
})

declare module '../../src/api/api.js' {
  interface RegisteredApis {
    'toggl-focus': typeof togglFocusApi
  }
}
