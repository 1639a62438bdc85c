import { defineApi } from '../../src/mock/define-api.js'
import { extendRecordSchema } from '../../src/store/extend-record-schema.js'
import { chatwootErrorStyle } from './error-style.js'
import { defaultFixtures } from './generated/default-fixtures.js'
import { document, sourceText } from './generated/document.js'
import type { Operations } from './generated/operations.js'
import { validators } from './generated/validators.js'
import { chatwootResolvers } from './resolvers.js'
import { createChatwootStore, type ChatwootFixtures, type ChatwootStore } from './store.js'

/** The chatwoot API: specs/chatwoot.yaml, its resolvers, its store and its fixtures. */
export const chatwootApi = defineApi<'chatwoot', Operations, ChatwootStore, ChatwootFixtures>({
  id: 'chatwoot',
  spec: document,
  source: { file: 'specs/chatwoot.yaml', format: 'yaml', text: sourceText },
  errorStyle: chatwootErrorStyle,
  validators,
  resolvers: chatwootResolvers,
  createStore: createChatwootStore,
  fixtures: {
    defaults: defaultFixtures,
    seeded: async (seed) => (await import('./fixtures.js')).createFixtures(seed),
  records: {
    inboxes: { type: 'object', required: ['identifier', 'name'], properties: { identifier: { type: 'string' }, name: { type: 'string' } } },
    contacts: { type: 'object', required: ['inbox_identifier', 'source_id', 'sender'], properties: { inbox_identifier: { type: 'string' }, source_id: { type: 'string' }, sender: { $ref: '#/components/schemas/PublicMessageSender' } } },
    conversations: { type: 'object', required: ['display_id', 'inbox_identifier', 'contact_source_id'], properties: { display_id: { type: 'integer' }, inbox_identifier: { type: 'string' }, contact_source_id: { type: 'string' } } },
    messages: extendRecordSchema(document, 'PublicMessage', { private: { type: 'boolean' } }, []),
  },
  },
})

declare module '../../src/mock/types.js' {
  interface RegisteredApis {
    'chatwoot': typeof chatwootApi
  }
}
