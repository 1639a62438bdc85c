import { describe, expect, it } from 'vitest'
import { getContract } from '../../src/contract/get-contract.js'
import { checkResponse } from '../../src/contract/validate-response.js'
import { getApi } from '../../src/openapi/catalog.js'
import { call, useChatmock } from '../support/start-chatmock.js'

// The records as Chatwoot's server renders them (issue 23): the inbox's exact fields, every column
// of a contact and of a CSAT response, an agent sender with its thumbnail, and Rails' own words for
// the validations the server's models share with the spec.

const host = 'https://app.chatwoot.com/public/api/v1'
const inbox = `${host}/inboxes/inbox_identifier_example`
const api = getApi('chatwoot')

useChatmock()

async function send(method: string, url: string, body?: unknown) {
  const { status, body: answer } = await call(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status, body: answer }
}

/** Whether a body is a valid 200 of the operation, as a contract test of a real server would check it. */
function checkOk(operationId: string, body: unknown) {
  const operation = api.operationsById.get(operationId)!
  return checkResponse(
    getContract(api).compiled(operation),
    200,
    { 'content-type': 'application/json; charset=utf-8' },
    JSON.stringify(body),
  )
}

describe('the inbox', () => {
  const day = (dayOfWeek: number) => ({
    day_of_week: dayOfWeek,
    closed_all_day: false,
    open_hour: 9,
    open_minutes: 0,
    close_hour: 17,
    close_minutes: 0,
    open_all_day: false,
  })

  it("validates a real server's answer: inboxes/show and the _inbox partial, without csat_response_visible", () => {
    const real = {
      identifier: 'inbox_identifier_example',
      identity_validation_enabled: false,
      name: 'Website',
      timezone: 'UTC',
      working_hours: [0, 1, 2, 3, 4, 5, 6].map(day),
      working_hours_enabled: false,
      csat_survey_enabled: true,
      greeting_enabled: false,
    }
    expect(checkOk('getInbox', real)).toEqual({ valid: true })
  })

  it('answers exactly those fields', async () => {
    const { body } = await send('GET', inbox)
    expect(Object.keys(body).sort()).toEqual([
      'csat_survey_enabled',
      'greeting_enabled',
      'identifier',
      'identity_validation_enabled',
      'name',
      'timezone',
      'working_hours',
      'working_hours_enabled',
    ])
  })
})

describe('a contact', () => {
  it('has company_id, and a null location and country code, when created through the API', async () => {
    const created = (await send('POST', `${inbox}/contacts`, { source_id: 'records-visitor', name: 'Rae' })).body
    const record = (await send('PATCH', `${inbox}/contacts/records-visitor`, {})).body
    expect(record).toMatchObject({ id: created.id, location: null, country_code: null, company_id: null })
  })

  it('has them in the fixtures too (the contact of a conversation)', async () => {
    const conversation = (await send('GET', `${inbox}/contacts/contact_identifier_example/conversations/56`)).body
    expect(conversation.contact).toMatchObject({ id: 77, location: null, country_code: null, company_id: null })
  })
})

describe('an agent sender', () => {
  it("carries User#push_event_data's thumbnail in every message an agent sent", async () => {
    const messages = (await send('GET', `${inbox}/contacts/contact_identifier_example/conversations/56/messages`)).body
    const agents = messages.filter((message: { sender?: { type: string } }) => message.sender?.type === 'user')
    expect(agents.length).toBeGreaterThan(0)
    for (const message of agents)
      expect(message.sender).toEqual({
        id: 1,
        name: 'Support Agent',
        available_name: 'Support Agent',
        avatar_url: '',
        type: 'user',
        availability_status: expect.any(String),
        thumbnail: '',
      })
  })
})

describe('a CSAT response', () => {
  it('has the review-notes columns, null', async () => {
    const survey = (await send('GET', `${host}/csat_survey/b1e2c3d4-0000-4000-8000-000000000064`)).body
    expect(survey.csat_survey_response).toMatchObject({
      rating: 4,
      csat_review_notes: null,
      review_notes_updated_at: null,
      review_notes_updated_by_id: null,
    })
  })
})

describe("Rails' validation messages", () => {
  it.each([
    [
      'an email',
      'PATCH',
      `${inbox}/contacts/contact_update_example`,
      { email: 'carol' },
      'Email Invalid email',
      'email',
    ],
    [
      'a phone number',
      'POST',
      `${inbox}/contacts`,
      { phone_number: '0123' },
      'Phone number should be in e164 format',
      'phone_number',
    ],
    [
      'a message content',
      'POST',
      `${inbox}/contacts/contact_identifier_example/conversations/56/messages`,
      { content: 'x'.repeat(150_001) },
      'Content is too long (maximum is 150000 characters)',
      'content',
    ],
  ])('words an invalid %s as the server does, keeping the issues', async (_, method, url, body, message, attribute) => {
    const answer = await send(method, url, body)
    expect(answer).toMatchObject({ status: 422, body: { message, attributes: [attribute] } })
    expect(answer.body.issues).toEqual([expect.objectContaining({ location: 'body', pointer: `/${attribute}` })])
  })

  it('joins two of them as full_messages.join does', async () => {
    expect(
      (await send('PATCH', `${inbox}/contacts/contact_update_example`, { email: 'carol', phone_number: '0123' })).body,
    ).toMatchObject({
      message: 'Email Invalid email, Phone number should be in e164 format',
      attributes: ['email', 'phone_number'],
    })
  })
})
