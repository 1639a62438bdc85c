import type { Resolvers } from '../../src/api/api.js'
import type { Operations } from './generated/operations.js'
import type { ContactRecord, PublicMessage } from './generated/openapi.js'
import { ACCOUNT, type ChatwootStore } from './store.js'
import { empty, fail, json } from '../../src/mock/respond.js'
import { mergeDeep, presence } from './contact-values.js'
import { CSAT_LOCKED, isCsatLocked } from './csat-lock.js'
import { checkIdentity, IDENTITY_REFUSED } from './identity.js'
import { recordCsatAnswer } from './record-csat-answer.js'
import { resolveConversation } from './resolve-conversation.js'
import { createContactEvents } from './contact-events.js'
import {
  renderContactSender,
  renderConversation,
  renderCsatSurvey,
  renderInbox,
  renderMessage,
  renderPublicContact,
} from './render.js'
import { createHaikuName, createPubsubToken, createUuid } from './tokens.js'
import { toUnixSeconds } from './unix-seconds.js'

const PAGE_SIZE = 20

/** Chatwoot's public client API, as specs/chatwoot.yaml decides (README: "Chatwoot"). */
export const chatwootResolvers: Resolvers<Operations, ChatwootStore> = {
  getInbox: ({ api, params, store }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    return inbox ? json(200, renderInbox(inbox)) : fail(api, 404, 'Not Found')
  },

  createContact: async ({ api, params, body, store, now }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    if (!inbox) return fail(api, 404, 'Not Found')
    const values = body ?? {}
    if ((await checkIdentity(inbox, values.identifier, values.identifier_hash)) === 'refused')
      return json(401, IDENTITY_REFUSED)
    const sourceId = values.source_id ?? createUuid()
    const existing = store.getContactInbox(inbox.id, sourceId)
    if (existing) return json(200, renderPublicContact(existing, store.contacts.get(existing.contact_id)!))

    const identifier = presence(values.identifier)
    const email = presence(values.email)?.toLowerCase() ?? null
    const phoneNumber = presence(values.phone_number)
    const reused = store.findContact({ identifier, email, phone_number: phoneNumber })
    store.ensureRoom(...(reused ? [] : ['contacts' as const]), 'contact_inboxes')
    const time = now().toISOString()
    const contact =
      reused ??
      (await store.insertContact({
        id: store.allocateContactId(),
        name: values.name ?? createHaikuName(),
        email,
        phone_number: phoneNumber,
        account_id: ACCOUNT.id,
        created_at: time,
        updated_at: time,
        additional_attributes: {},
        identifier,
        custom_attributes: values.custom_attributes ?? {},
        last_activity_at: null,
        contact_type: email || phoneNumber ? 'lead' : 'visitor',
        middle_name: '',
        last_name: '',
        location: '',
        country_code: '',
        blocked: false,
      }))
    // A valid hash does not verify the contact here: the server checks it before the contact inbox exists.
    const contactInbox = await store.insertContactInbox({
      id: store.allocateContactInboxId(),
      contact_id: contact.id,
      inbox_id: inbox.id,
      source_id: sourceId,
      created_at: time,
      updated_at: time,
      hmac_verified: false,
      pubsub_token: createPubsubToken(),
    })
    return json(200, renderPublicContact(contactInbox, contact))
  },

  getContact: async ({ api, params, query, store, now }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    const identity = await checkIdentity(inbox!, query.identifier, query.identifier_hash)
    if (identity === 'refused') return json(401, IDENTITY_REFUSED)
    if (identity === 'valid' && !contactInbox.hmac_verified)
      store.contactInboxes.update(contactInbox.id, { hmac_verified: true, updated_at: now().toISOString() })
    return json(200, renderPublicContact(contactInbox, store.contacts.get(contactInbox.contact_id)!))
  },

  updateContact: async ({ api, params, body, store, now }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    const values = body ?? {}
    const identity = await checkIdentity(inbox!, values.identifier, values.identifier_hash)
    if (identity === 'refused') return json(401, IDENTITY_REFUSED)

    const contact = store.contacts.get(contactInbox.contact_id)!
    // ContactIdentifyAction: blank values are skipped, custom attributes merged, the identifier never changed.
    const patch: Partial<ContactRecord> = {}
    const name = presence(values.name)
    const email = presence(values.email)?.toLowerCase()
    const phoneNumber = presence(values.phone_number)
    if (name !== null && name !== contact.name) patch.name = name
    if (email && email !== contact.email) patch.email = email
    if (phoneNumber !== null && phoneNumber !== contact.phone_number) patch.phone_number = phoneNumber
    if (values.custom_attributes !== undefined)
      patch.custom_attributes = mergeDeep(contact.custom_attributes, values.custom_attributes)
    const taken = [
      ...(patch.email && store.findContactHolding('email', patch.email, contact.id)
        ? [['email', 'Email has already been taken']]
        : []),
      ...(patch.phone_number && store.findContactHolding('phone_number', patch.phone_number, contact.id)
        ? [['phone_number', 'Phone number has already been taken']]
        : []),
    ]
    if (taken.length > 0)
      return json(422, {
        message: taken.map(([, message]) => message).join(', '),
        attributes: taken.map(([attribute]) => attribute),
      })

    const time = now().toISOString()
    if (identity === 'valid' && !contactInbox.hmac_verified)
      store.contactInboxes.update(contactInbox.id, { hmac_verified: true, updated_at: time })
    if (Object.keys(patch).length > 0) {
      if (contact.contact_type === 'visitor' && (patch.email || patch.phone_number)) patch.contact_type = 'lead'
      store.updateContact(contact.id, { ...patch, updated_at: time })
    }
    return json(200, contact)
  },

  listConversations: ({ api, params, store }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    return json(
      200,
      store.listConversations(contactInbox).map((conversation) => renderConversation(store, conversation)),
    )
  },

  createConversation: async ({ api, params, body, store, now, publish }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    const contact = store.contacts.get(contactInbox.contact_id)!
    const conversation = await store.insertConversation({
      ...store.allocateConversationIds(),
      uuid: createUuid(),
      inbox_id: inbox!.id,
      contact_id: contact.id,
      contact_inbox_id: contactInbox.id,
      // ConversationBuilder: a blocked contact's conversation starts resolved.
      status: contact.blocked ? 'resolved' : 'open',
      contact_last_seen_at: null,
      agent_last_seen_at: null,
      custom_attributes: body?.custom_attributes ?? {},
      created_at: toUnixSeconds(now()),
    })
    createContactEvents(store, publish).conversation('conversation.created', conversation)
    return json(200, renderConversation(store, conversation))
  },

  getConversation: ({ api, params, store }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    return found ? json(200, renderConversation(store, found.conversation)) : fail(api, 404, 'Not Found')
  },

  toggleConversationStatus: async ({ api, params, store, now, publish }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    // It only resolves; an already resolved conversation is returned as it is.
    await resolveConversation(store, found.conversation, now(), publish)
    return json(200, renderConversation(store, found.conversation))
  },

  toggleConversationTyping: ({ api, params, store }) => {
    // `typing_status` on/off only tells the agents; any other value is ignored, as on the server.
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    return found ? empty(200) : fail(api, 404, 'Not Found')
  },

  updateConversationLastSeen: ({ api, params, store, now, publish }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    const { conversation } = found
    const before = conversation.contact_last_seen_at
    const time = now()
    const seen = toUnixSeconds(time)
    store.conversations.update(conversation.display_id, { contact_last_seen_at: seen })
    // UpdateMessageStatusJob: the agents' and template messages the contact now has seen become read, each a
    // message.updated, oldest first. Only those since its previous look: walk back from the newest.
    const all = store.listMessages(conversation.display_id)
    const read = []
    for (let i = all.length - 1; i >= 0 && (before === null || all[i]!.created_at > before); i--) {
      if (all[i]!.created_at <= seen && all[i]!.message_type !== 0) read.push(all[i]!)
    }
    const events = createContactEvents(store, publish)
    for (const message of read.reverse()) events.message('message.updated', message, { updatedAt: time })
    return empty(200)
  },

  listMessages: ({ api, params, query, store }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    // The latest 20 public messages (before `before`, if given), oldest first: walk back from the end.
    const all = store.listMessages(params.conversation_id)
    const page: PublicMessage[] = []
    for (let i = all.length - 1; i >= 0 && page.length < PAGE_SIZE; i--) {
      const message = all[i]!
      if (query.before !== undefined && message.id >= query.before) continue
      if (message.message_type === 2 || store.isPrivate(message.id)) continue
      page.push(renderMessage(store, message))
    }
    return json(200, page.reverse())
  },

  createMessage: async ({ api, params, body, store, now, publish }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    const { conversation } = found
    const contact = store.contacts.get(conversation.contact_id)!
    const time = now()
    // Only content is kept; echo_id only travels on websocket events. The contact sends it.
    const message = await store.insertMessage({
      id: store.allocateMessageId(),
      content: body.content ?? null,
      message_type: 0,
      content_type: 'text',
      content_attributes: {},
      created_at: toUnixSeconds(time),
      conversation_id: params.conversation_id,
      sender: renderContactSender(contact),
    })
    // An incoming message reopens a resolved or snoozed conversation, and is the contact's latest activity.
    const reopens = conversation.status === 'resolved' || conversation.status === 'snoozed'
    if (reopens) store.conversations.update(conversation.display_id, { status: 'open' })
    store.updateContact(contact.id, { last_activity_at: time.toISOString(), updated_at: time.toISOString() })
    // The contact's own subscription gets its message too, with the echo_id that matches it to what it shows.
    const events = createContactEvents(store, publish)
    if (reopens) events.conversation('conversation.status_changed', conversation)
    events.message('message.created', message, body.echo_id !== undefined ? { echoId: body.echo_id } : {})
    return json(200, renderMessage(store, message))
  },

  updateMessage: async ({ api, params, body, store, now, publish }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    const message = found && store.messages.get(params.message_id)
    if (!message || message.conversation_id !== params.conversation_id) return fail(api, 404, 'Not Found')
    if (message.content_type === 'input_csat' && isCsatLocked(message.created_at, now())) return json(422, CSAT_LOCKED)
    if (body.submitted_values !== undefined) {
      await recordCsatAnswer(store, found!.conversation, message, body.submitted_values, now())
      createContactEvents(store, publish).message('message.updated', message, { updatedAt: now() })
    }
    return json(200, renderMessage(store, message))
  },

  getCsatSurvey: ({ api, params, store }) => {
    const conversation = store.getConversationByUuid(params.conversation_uuid)
    const message = conversation && store.findCsatMessage(conversation.display_id)
    return message ? json(200, renderCsatSurvey(store, conversation!, message)) : fail(api, 404, 'Not Found')
  },

  updateCsatSurvey: async ({ api, params, body, store, now, publish }) => {
    const conversation = store.getConversationByUuid(params.conversation_uuid)
    const message = conversation && store.findCsatMessage(conversation.display_id)
    if (!message) return fail(api, 404, 'Not Found')
    if (isCsatLocked(message.created_at, now())) return json(422, CSAT_LOCKED)
    // The server records the response in a background job after answering: the answer shows it as it was.
    const before = store.getCsatResponse(message.id)
    const answered = renderCsatSurvey(store, conversation!, message, before)
    if (body.message.submitted_values !== undefined) {
      await recordCsatAnswer(store, conversation!, message, body.message.submitted_values, now())
      createContactEvents(store, publish).message('message.updated', message, { updatedAt: now() })
    }
    return json(200, answered)
  },
}
