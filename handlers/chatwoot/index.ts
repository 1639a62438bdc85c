import { definePrecompiledApi } from '../../src/mock/define-precompiled-api.js'
import { extendRecordSchema } from '../../src/store/extend-record-schema.js'
import { chatwootActions } from './actions.js'
import { chatwootRealtime } from './cable.js'
import { chatwootErrorStyle } from './error-style.js'
import { defaultFixtures } from '../../fixtures/chatwoot/generated/default-fixtures.js'
import { document } from './generated/document.js'
import { events } from './generated/events.js'
import type { Operations } from './generated/operations.js'
import { validators } from './generated/validators.js'
import { blobSchema } from './blobs.js'
import { chatwootResolvers } from './resolvers.js'
import {
  contactInboxSchema,
  conversationSchema,
  createChatwootStore,
  type ChatwootFixtures,
  type ChatwootStore,
} from './store.js'

/** The chatwoot API: specs/chatwoot.yaml (and .asyncapi.yaml), its resolvers, store and fixtures, its agents' actions and its ActionCable endpoint. */
export const chatwootApi = definePrecompiledApi<'chatwoot', Operations, ChatwootStore, ChatwootFixtures>({
  id: 'chatwoot',
  spec: document,
  source: {
    file: 'specs/chatwoot.yaml',
    format: 'yaml',
    loadText: async () => (await import('./generated/source-text.js')).sourceText,
  },
  errorStyle: chatwootErrorStyle,
  validators,
  events,
  resolvers: chatwootResolvers,
  actions: chatwootActions,
  realtime: chatwootRealtime,
  createStore: createChatwootStore,
  fixtures: {
    defaults: defaultFixtures,
    seeded: async (seed) => (await import('../../fixtures/chatwoot/create-fixtures.js')).createFixtures(seed),
    records: {
      inboxes: extendRecordSchema(
        document,
        'PublicInbox',
        {
          id: { type: 'integer' },
          hmac_token: { type: 'string', minLength: 1 },
          avatar_url: { type: 'string' },
          csat_config: {
            type: 'object',
            additionalProperties: false,
            properties: { display_type: { type: 'string' }, message: { type: 'string' } },
          },
          greeting_message: { type: ['string', 'null'], maxLength: 10000 },
          out_of_office_message: { type: ['string', 'null'], maxLength: 10000 },
          lock_to_single_conversation: { type: 'boolean' },
          active_bot: { type: 'boolean' },
        },
        ['id', 'hmac_token', 'avatar_url', 'csat_config'],
      ),
      contacts: { $ref: '#/components/schemas/ContactRecord' },
      contact_inboxes: contactInboxSchema.json,
      conversations: conversationSchema.json,
      messages: extendRecordSchema(
        document,
        'PublicMessage',
        {
          private: { type: 'boolean' },
          status: { type: 'string', enum: ['sent', 'delivered', 'read', 'failed'] },
          created_at_ms: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
          updated_at: { type: 'string', format: 'date-time' },
        },
        [],
      ),
      csat_survey_responses: { $ref: '#/components/schemas/CsatSurveyResponseRecord' },
      blobs: blobSchema.json,
    },
  },
})

declare module '../../src/api/api.js' {
  interface RegisteredApis {
    chatwoot: typeof chatwootApi
  }
}
