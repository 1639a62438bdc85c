import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createChatwootClient } from '../support/chatwoot-client.js'
import { runtimes, type Runtime } from '../support/runtimes.js'

// Rails' `resources` routes PATCH and PUT of a resource to its one `update` action (config/routes.rb):
// a contact and a message take PUT too, a CSAT survey PATCH too, and each answers as its original does.

const contact = '/inboxes/inbox_identifier_example/contacts/contact_update_example'
const conversation = '/inboxes/inbox_identifier_example/contacts/contact_sets_example/conversations'
/** Conversation 62's survey is dated 2100-01-01, so it is never locked. */
const survey = '/csat_survey/b1e2c3d4-0000-4000-8000-000000000062'

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  beforeAll(async () => {
    runtime = await start({ now: () => new Date('2024-06-03T10:00:00Z') })
  })
  afterEach(() => runtime.reset())
  afterAll(() => runtime.stop())

  const send = createChatwootClient(() => runtime)

  it('updates a contact with PUT as with PATCH', async () => {
    const put = await send('PUT', contact, { name: 'Carol Put', custom_attributes: { plan: 'pro' } })
    expect(put).toMatchObject({ status: 200, body: { id: 79, name: 'Carol Put', custom_attributes: { plan: 'pro' } } })
    expect(await send('PATCH', contact, { name: 'Carol Put', custom_attributes: { plan: 'pro' } })).toEqual(put)
    expect(await send('PUT', '/inboxes/inbox_identifier_example/contacts/contact_identifier_unknown', {})).toEqual({
      status: 404,
      body: { status: 404, error: 'Not Found' },
    })
  })

  it('updates a message with PUT as with PATCH', async () => {
    const reply = { submitted_values: [{ title: 'Billing', value: 'billing' }] }
    const put = await send('PUT', `${conversation}/63/messages/67`, reply)
    expect(put).toMatchObject({
      status: 200,
      body: { id: 67, content_type: 'input_select', content_attributes: { submitted_values: reply.submitted_values } },
    })
    expect(await send('PATCH', `${conversation}/63/messages/67`, reply)).toEqual(put)
  })

  it('answers a CSAT survey with PATCH as with PUT', async () => {
    const rating = { message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Great' } } } }
    expect(await send('PATCH', survey, rating)).toMatchObject({ status: 200, body: { id: 66 } })
    const recorded = (await send('GET', survey)).body.csat_survey_response
    expect(recorded).toMatchObject({ rating: 5, feedback_message: 'Great', csat_review_notes: null })
    expect(await send('PUT', survey, rating)).toMatchObject({ status: 200, body: { csat_survey_response: recorded } })
  })
})
