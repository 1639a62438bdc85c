import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type ChatwootCableRuntime, chatwootCableRuntimes, openContactRoom, send } from '../support/chatwoot-cable.js'

// What Chatwoot's message endpoints and inbox settings do (issue 23), the same in every runtime:
// the contact-wide conversation lookup, bodiless and form bodies, multipart files served back at
// their data_url, the flood limit, and the greeting, out-of-office, bot and single-conversation
// inboxes.

/** A 4 × 3 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mOQn/wfjhhwcgCBgBRNl+vZMwAAAABJRU5ErkJggg=='),
  (character) => character.charCodeAt(0),
)
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
const DOCUMENTED = 'https://app.chatwoot.com'

describe.each(chatwootCableRuntimes)('%s', (_, start) => {
  let runtime: ChatwootCableRuntime
  let clock = new Date('2024-06-03T10:00:00Z')
  beforeAll(async () => {
    runtime = await start({ now: () => clock, settings: { jobDelay: 0 } })
  })
  afterEach(async () => {
    clock = new Date('2024-06-03T10:00:00Z')
    await runtime.reset()
  })
  afterAll(() => runtime.stop())

  /** A URL the mock gave out (`data_url`), where this runtime answers it. */
  const reach = (url: string) => url.replace(DOCUMENTED, runtime.api.replace(/\/public\/api\/v1$/, ''))

  async function post(path: string, body: BodyInit): Promise<{ status: number; body: any }> {
    const response = await fetch(`${runtime.api}${path}`, { method: 'POST', body })
    return { status: response.status, body: await response.json() }
  }

  /** A new contact (by source id) in an inbox, and a new conversation of it there. */
  async function openConversation(inbox: string, sourceId: string, contact: Record<string, unknown> = {}) {
    const created = await send(runtime, 'POST', `/inboxes/${inbox}/contacts`, { source_id: sourceId, ...contact })
    const path = `/inboxes/${inbox}/contacts/${sourceId}`
    const conversation = await send(runtime, 'POST', `${path}/conversations`)
    return {
      contact: created.body,
      path,
      conversation: conversation.body,
      messages: `${path}/conversations/${conversation.body.id}/messages`,
    }
  }

  it("lists, creates and updates the messages of the contact's conversation in another inbox, where the conversation endpoints see none", async () => {
    await send(runtime, 'POST', '/inboxes/inbox_identifier_example/contacts', {
      source_id: 'pat-web',
      email: 'pat@example.com',
    })
    // The same email in another inbox is the same contact.
    const elsewhere = await openConversation('single_conversation_inbox_example', 'pat-app', {
      email: 'pat@example.com',
    })
    expect(elsewhere.conversation).toMatchObject({ id: 65, inbox_id: 6 })
    const web = '/inboxes/inbox_identifier_example/contacts/pat-web/conversations/65'

    const created = await send(runtime, 'POST', `${web}/messages`, { content: 'Written on the website' })
    expect(created).toMatchObject({ status: 200, body: { content: 'Written on the website', conversation_id: 65 } })
    expect((await send(runtime, 'GET', `${web}/messages`)).body.map((message: { id: number }) => message.id)).toEqual([
      created.body.id,
    ])
    const updated = await send(runtime, 'PATCH', `${web}/messages/${created.body.id}`, {
      submitted_values: [{ title: 'Billing', value: 'billing' }],
    })
    expect(updated).toMatchObject({
      status: 200,
      body: { content_attributes: { submitted_values: [{ title: 'Billing', value: 'billing' }] } },
    })
    // The conversation endpoints keep to the contact inbox's own until the contact is verified.
    expect((await send(runtime, 'GET', web)).status).toBe(404)
    expect((await send(runtime, 'POST', `${web}/toggle_status`)).status).toBe(404)
    // Another contact's conversation is none, through any inbox.
    expect(
      (await send(runtime, 'GET', '/inboxes/inbox_identifier_example/contacts/pat-web/conversations/56/messages'))
        .status,
    ).toBe(404)
  })

  it('creates a message with content null from an empty POST, and sends its message.created', async () => {
    const { contact, messages } = await openConversation('inbox_identifier_example', 'quiet-visitor')
    const room = openContactRoom(runtime, contact.pubsub_token)
    try {
      await room.settled()
      await room.next() // presence.update
      const created = await send(runtime, 'POST', messages)
      expect(created).toMatchObject({ status: 200, body: { id: 70, content: null, message_type: 0 } })
      expect(await room.next()).toEqual([
        { event: 'message.created', data: expect.objectContaining({ id: 70, content: null, conversation_id: 65 }) },
      ])
    } finally {
      room.close()
    }
  })

  it('takes a multipart message with a PNG and a PDF: an image (width, height, thumbnail) and a file, whose URLs serve the same bytes', async () => {
    const { messages } = await openConversation('inbox_identifier_example', 'sender-of-files')
    const form = new FormData()
    form.append('content', 'The label and a photo')
    form.append('attachments[]', new Blob([PNG], { type: 'image/png' }), 'photo.png')
    form.append('attachments[]', new Blob([PDF], { type: 'application/pdf' }), 'label.pdf')
    const created = await post(messages, form)
    expect(created.status).toBe(200)
    const [image, file] = created.body.attachments
    expect(image).toEqual({
      id: 4,
      message_id: created.body.id,
      file_type: 'image',
      account_id: 1,
      extension: null,
      data_url: expect.stringMatching(
        /^https:\/\/app\.chatwoot\.com\/rails\/active_storage\/blobs\/redirect\/[^/]+\/photo\.png$/,
      ),
      thumb_url: expect.stringMatching(
        /^https:\/\/app\.chatwoot\.com\/rails\/active_storage\/representations\/redirect\//,
      ),
      file_size: PNG.length,
      width: 4,
      height: 3,
    })
    expect(file).toMatchObject({
      id: 5,
      file_type: 'file',
      thumb_url: '',
      file_size: PDF.length,
      width: null,
      height: null,
    })

    for (const [url, bytes, type] of [
      [image.data_url, PNG, 'image/png'],
      [image.thumb_url, PNG, 'image/png'],
      [file.data_url, PDF, 'application/pdf'],
    ] as const) {
      const served = await fetch(reach(url))
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toBe(type)
      expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes)
    }
    expect((await send(runtime, 'GET', messages)).body.at(-1).attachments).toEqual([image, file])
  })

  it('keeps the files of a multipart message whose unknown fields it drops, as params.permit does', async () => {
    const { messages } = await openConversation('inbox_identifier_example', 'sender-of-extras')
    const form = new FormData()
    form.append('message_type', 'outgoing')
    form.append('attachments[]', new Blob([PNG], { type: 'image/png' }), 'photo.png')
    const created = await post(messages, form)
    expect(created).toMatchObject({ status: 200, body: { message_type: 0, content: null } })
    expect(created.body.attachments).toEqual([expect.objectContaining({ file_type: 'image', width: 4, height: 3 })])
  })

  it("serves the fixtures' attachments, one of each shape, and answers an unknown file with Rails' 404", async () => {
    const listed = await send(
      runtime,
      'GET',
      '/inboxes/inbox_identifier_example/contacts/contact_attachments_example/conversations/55/messages',
    )
    expect(listed.body.map((message: any) => message.attachments.map((item: any) => item.file_type))).toEqual([
      ['image'],
      ['file'],
      ['location'],
    ])
    expect(listed.body[2].attachments[0]).toMatchObject({ coordinates_lat: 52.5219, coordinates_long: 13.4132 })
    const image = await fetch(reach(listed.body[0].attachments[0].data_url))
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG)
    const unknown = await fetch(reach(`${DOCUMENTED}/rails/active_storage/blobs/redirect/nothing--0/x.png`))
    expect({ status: unknown.status, body: await unknown.json() }).toEqual({
      status: 404,
      body: { status: 404, error: 'Not Found' },
    })
  })

  it('reads form-encoded and multipart bodies as Rails does: bracketed names nest and are typed by the schema', async () => {
    const created = await post(
      '/inboxes/inbox_identifier_example/contacts',
      new URLSearchParams('source_id=form-visitor&name=Robin&email=robin@example.com&custom_attributes[plan]=pro'),
    )
    expect(created).toMatchObject({
      status: 200,
      body: { source_id: 'form-visitor', name: 'Robin', email: 'robin@example.com' },
    })
    const form = new FormData()
    form.append('custom_attributes[tier]', 'gold')
    const response = await fetch(`${runtime.api}/inboxes/inbox_identifier_example/contacts/form-visitor`, {
      method: 'PATCH',
      body: form,
    })
    expect((await response.json()).custom_attributes).toEqual({ plan: 'pro', tier: 'gold' })

    const picked = await fetch(
      `${runtime.api}/inboxes/inbox_identifier_example/contacts/contact_sets_example/conversations/63/messages/67`,
      {
        method: 'PATCH',
        body: new URLSearchParams('submitted_values[][title]=Billing&submitted_values[][value]=billing'),
      },
    )
    expect((await picked.json()).content_attributes.submitted_values).toEqual([{ title: 'Billing', value: 'billing' }])
    const rated = await fetch(`${runtime.api}/csat_survey/b1e2c3d4-0000-4000-8000-000000000062`, {
      method: 'PUT',
      body: new URLSearchParams('message[submitted_values][csat_survey_response][rating]=5'),
    })
    expect(rated.status).toBe(200)
    expect(
      (await send(runtime, 'GET', '/csat_survey/b1e2c3d4-0000-4000-8000-000000000062')).body.csat_survey_response,
    ).toMatchObject({
      rating: 5,
    })
  })

  it('refuses the 201st message within a minute of one conversation with 422 Too many messages, and takes it a minute later', async () => {
    const { messages } = await openConversation('inbox_identifier_example', 'chatty-visitor')
    for (let i = 0; i < 200; i++) expect((await send(runtime, 'POST', messages, { content: `#${i}` })).status).toBe(200)
    const refused = { status: 422, body: { message: 'Too many messages', attributes: ['base'] } }
    expect(await send(runtime, 'POST', messages, { content: 'one more' })).toEqual(refused)
    // `created_at >= 1.minute.ago`: a minute later, to the millisecond, the 200 still count.
    clock = new Date(clock.getTime() + 60_000)
    expect(await send(runtime, 'POST', messages, { content: 'one more' })).toEqual(refused)
    clock = new Date(clock.getTime() + 1)
    expect(await send(runtime, 'POST', messages, { content: 'one more' })).toMatchObject({ status: 200 })
  })

  it("greets the contact's first message with the inbox's greeting, a template message sent as message.created, and only once", async () => {
    const { contact, messages } = await openConversation('greeting_inbox_example', 'greeted-visitor')
    const room = openContactRoom(runtime, contact.pubsub_token)
    try {
      await room.settled()
      await room.next() // presence.update
      const first = await send(runtime, 'POST', messages, { content: 'Hello?' })
      expect(await room.next(2)).toEqual([
        { event: 'message.created', data: expect.objectContaining({ id: first.body.id, content: 'Hello?' }) },
        {
          event: 'message.created',
          data: expect.objectContaining({
            id: first.body.id + 1,
            content: 'Hi there! We usually reply within a few minutes.',
            message_type: 3,
            content_type: 'text',
            sender_type: null,
          }),
        },
      ])
      await send(runtime, 'POST', messages, { content: 'Anyone?' })
      const listed = (await send(runtime, 'GET', messages)).body
      expect(listed.map((message: any) => [message.message_type, message.content])).toEqual([
        [0, 'Hello?'],
        [3, 'Hi there! We usually reply within a few minutes.'],
        [0, 'Anyone?'],
      ])
      expect(listed[1]).not.toHaveProperty('sender')
    } finally {
      room.close()
    }
  })

  it('sends the out-of-office message once a day, and not after an agent answered in the last 5 minutes', async () => {
    const { messages, conversation } = await openConversation('out_of_office_inbox_example', 'late-visitor')
    const away = 'We are away right now and will answer on the next working day.'
    const templates = async () =>
      (await send(runtime, 'GET', messages)).body.filter((message: any) => message.message_type === 3).length
    await send(runtime, 'POST', messages, { content: 'Hello?' })
    await send(runtime, 'POST', messages, { content: 'Still there?' })
    expect((await send(runtime, 'GET', messages)).body.map((message: any) => message.content)).toEqual([
      'Hello?',
      away,
      'Still there?',
    ])
    clock = new Date('2024-06-04T10:00:00Z')
    await send(runtime, 'POST', messages, { content: 'A new day' })
    expect(await templates()).toBe(2)
    clock = new Date('2024-06-05T10:00:00Z')
    await runtime.admin.act('chatwoot', 'agentMessage', { conversation_id: conversation.id, content: 'On it.' })
    clock = new Date('2024-06-05T10:04:59Z')
    await send(runtime, 'POST', messages, { content: 'Thanks' })
    expect(await templates()).toBe(2)
    clock = new Date('2024-06-05T10:05:01Z')
    await send(runtime, 'POST', messages, { content: 'Hello again' })
    expect(await templates()).toBe(3)
  })

  it("starts a conversation of a bot's inbox pending, and reopens it resolved as pending", async () => {
    const { contact, path, conversation, messages } = await openConversation('bot_inbox_example', 'bot-visitor')
    expect(conversation.status).toBe('pending')
    expect((await send(runtime, 'POST', `${path}/conversations/${conversation.id}/toggle_status`)).body.status).toBe(
      'resolved',
    )
    const room = openContactRoom(runtime, contact.pubsub_token)
    try {
      await room.settled()
      await room.next() // presence.update
      await send(runtime, 'POST', messages, { content: 'It broke again' })
      expect((await room.next())[0]).toMatchObject({
        event: 'conversation.status_changed',
        data: { status: 'pending' },
      })
      expect((await send(runtime, 'GET', `${path}/conversations/${conversation.id}`)).body.status).toBe('pending')
    } finally {
      room.close()
    }
  })

  it("answers create in an inbox locked to a single conversation with the contact inbox's last one, resolved too, and sends no conversation.created", async () => {
    const created = await send(runtime, 'POST', '/inboxes/single_conversation_inbox_example/contacts', {
      source_id: 'loyal',
    })
    const path = '/inboxes/single_conversation_inbox_example/contacts/loyal'
    const first = await send(runtime, 'POST', `${path}/conversations`)
    expect(first.body).toMatchObject({ id: 65, status: 'open' })
    await send(runtime, 'POST', `${path}/conversations/65/toggle_status`)
    const room = openContactRoom(runtime, created.body.pubsub_token)
    try {
      await room.settled()
      await room.next() // presence.update
      const again = await send(runtime, 'POST', `${path}/conversations`)
      expect(again).toMatchObject({ status: 200, body: { id: 65, status: 'resolved' } })
      expect((await send(runtime, 'GET', `${path}/conversations`)).body.map((item: { id: number }) => item.id)).toEqual(
        [65],
      )
      // The next event is the message's: no conversation.created came before it.
      await send(runtime, 'POST', `${path}/conversations/65/messages`, { content: 'Me again' })
      expect((await room.next())[0]!.event).toBe('conversation.status_changed')
    } finally {
      room.close()
    }
  })
})
