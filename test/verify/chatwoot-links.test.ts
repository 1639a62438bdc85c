import { afterAll, beforeAll, expect, it } from 'vitest'
import { getApi } from '../../src/openapi/catalog.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'

// `chatmock verify --api chatwoot --negative` follows Chatwoot's OpenAPI links as a client's flow
// does: the created contact's source_id into its conversation, the conversation's id into its
// messages, the created message's id into its update, the resolved conversation's uuid into its
// CSAT survey. Every operation is sent.

let server: ChatmockServer
beforeAll(async () => {
  // verify follows a link at once, and the CSAT survey comes after toggle_status's answer (as on the
  // server, whose async listener sends it): with no delay it is there for getCsatSurvey's link.
  server = await startChatmockServer({ port: 0, settings: { apis: { chatwoot: { jobDelay: 0 } } } })
})
afterAll(() => server.close())

it('sends every Chatwoot operation, each linked one with the values of the response it follows', async () => {
  const report = await verify({ api: 'chatwoot', baseUrl: `${server.url}/chatwoot`, negative: true })
  expect(
    report.cases
      .filter((item) => item.verdict !== 'pass')
      .map((item) => `${item.operationId} ${item.case}: ${item.got} ${item.issues.join('; ')}`),
  ).toEqual([])
  expect(new Set(report.cases.map((item) => item.operationId))).toEqual(
    new Set(getApi('chatwoot').operations.map((operation) => operation.operationId)),
  )

  const positive = report.cases.filter((item) => item.case.startsWith('positive'))
  const contact = /\/contacts\/([0-9a-f-]{36})$/.exec(
    positive.find((item) => item.operationId === 'getContact')!.url,
  )![1]!
  const linked = positive
    .filter((item) => item.case.startsWith('positive: linked'))
    .map(
      (item) =>
        `${item.operationId} ${item.case.replace('positive: linked from ', '← ')} ${item.method} ${item.url
          .replace(server.url, '')
          .replace(contact, '<source_id>')
          .replace(/csat_survey\/[0-9a-f-]{36}/, 'csat_survey/<uuid>')}`,
    )
  const base = '/chatwoot/public/api/v1/inboxes/inbox_identifier_example/contacts/<source_id>'
  expect(linked).toEqual([
    `getContact ← createContact GET ${base}`,
    `updateContact ← createContact PATCH ${base}`,
    `listConversations ← createContact GET ${base}/conversations`,
    `createConversation ← createContact POST ${base}/conversations`,
    `getConversation ← createConversation GET ${base}/conversations/65`,
    `toggleConversationTyping ← createConversation POST ${base}/conversations/65/toggle_typing?typing_status=on`,
    `updateConversationLastSeen ← createConversation POST ${base}/conversations/65/update_last_seen`,
    `createMessage ← createConversation POST ${base}/conversations/65/messages`,
    `updateMessage ← createMessage PATCH ${base}/conversations/65/messages/70`,
    `listMessages ← createConversation GET ${base}/conversations/65/messages`,
    `toggleConversationStatus ← createConversation POST ${base}/conversations/65/toggle_status`,
    'getCsatSurvey ← toggleConversationStatus GET /chatwoot/public/api/v1/csat_survey/<uuid>',
    'updateCsatSurvey ← toggleConversationStatus PUT /chatwoot/public/api/v1/csat_survey/<uuid>',
  ])
})
