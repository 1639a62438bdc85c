import type { Resolvers } from '../../src/api/api.js'
import type { Operations } from './generated/operations.js'
import type { PublicMessage } from './generated/openapi.js'
import { ACCOUNT, type ChatwootStore } from './store.js'
import { empty, fail, json } from '../../src/mock/respond.js'
import { presence } from './contact-values.js'
import { CSAT_LOCKED, isCsatLocked } from './csat-lock.js'
import { checkIdentity, refuseIdentity } from './identity.js'
import { applyContactIdentify, planContactIdentify } from './identify-contact.js'
import { recordCsatAnswer } from './record-csat-answer.js'
import { resolveConversation } from './resolve-conversation.js'
import { markMessagesRead } from './mark-messages-read.js'
import { saveConversation } from './save-conversation.js'
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
import { attachFiles, ensureRoomForFiles, listAttachedFiles } from './attach-files.js'
import { isFlooded, TOO_MANY_MESSAGES } from './flood-limit.js'
import { sendMessageTemplates } from './send-message-templates.js'
import { attachmentFileResolvers } from './file-resolvers.js'
import { toUnixSeconds } from './unix-seconds.js'

const PAGE_SIZE = 20

/** The operations the spec declares once; the method aliases follow below. */
type Aliases = 'putContact' | 'putMessage' | 'patchCsatSurvey'

const resolvers: Omit<Resolvers<Operations, ChatwootStore>, Aliases> = {
  getInbox: ({ api, params, store }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    return inbox ? json(200, renderInbox(inbox)) : fail(api, 404, 'Not Found')
  },

  createContact: async ({ api, params, body, store, now, strict }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    if (!inbox) return fail(api, 404, 'Not Found')
    const values = body ?? {}
    if ((await checkIdentity(inbox, values.identifier, values.identifier_hash)) === 'refused')
      return refuseIdentity(api, strict)
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
        // Contacts::SyncAttributes copies them from additional attributes, which the public API cannot set.
        location: null,
        country_code: null,
        blocked: false,
        company_id: null,
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

  getContact: async ({ api, params, query, store, now, strict }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    const identity = await checkIdentity(inbox!, query.identifier, query.identifier_hash)
    if (identity === 'refused') return refuseIdentity(api, strict)
    if (identity === 'valid' && !contactInbox.hmac_verified)
      store.contactInboxes.update(contactInbox.id, { hmac_verified: true, updated_at: now().toISOString() })
    return json(200, renderPublicContact(contactInbox, store.contacts.get(contactInbox.contact_id)!))
  },

  updateContact: async ({ api, params, body, store, now, publish, strict }) => {
    const inbox = store.getInbox(params.inbox_identifier)
    const contactInbox = inbox && store.getContactInbox(inbox.id, params.contact_identifier)
    if (!contactInbox) return fail(api, 404, 'Not Found')
    const values = body ?? {}
    const identity = await checkIdentity(inbox!, values.identifier, values.identifier_hash)
    if (identity === 'refused') return refuseIdentity(api, strict)
    // process_hmac saves the verification before the update runs, so a refused update keeps it.
    const time = now()
    if (identity === 'valid' && !contactInbox.hmac_verified)
      store.contactInboxes.update(contactInbox.id, { hmac_verified: true, updated_at: time.toISOString() })

    // ContactIdentifyAction (identify-contact.ts): an email or phone number of another contact merges into it.
    const plan = planContactIdentify(store, store.contacts.get(contactInbox.contact_id)!, values)
    if ('invalid' in plan) return json(422, plan.invalid)
    const moved = applyContactIdentify(store, plan, time)
    // After the transaction commits, each message the merge moved is a message.updated to the contact.
    const events = createContactEvents(store, publish)
    for (const { message, previousChanges } of moved) events.message('message.updated', message, { previousChanges })
    return json(200, store.contacts.get(plan.contact.id))
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
    // ConversationBuilder: an inbox locked to one conversation answers the contact inbox's last one, whatever its status.
    const last = inbox!.lock_to_single_conversation
      ? store.listContactInboxConversations(contactInbox.id).at(-1)
      : undefined
    if (last) return json(200, renderConversation(store, last))
    const contact = store.contacts.get(contactInbox.contact_id)!
    const time = now()
    const conversation = await store.insertConversation({
      ...store.allocateConversationIds(),
      uuid: createUuid(),
      inbox_id: inbox!.id,
      contact_id: contact.id,
      contact_inbox_id: contactInbox.id,
      // Conversation#determine_conversation_status: a blocked contact's starts resolved, a bot's inbox's pending.
      status: contact.blocked ? 'resolved' : inbox!.active_bot ? 'pending' : 'open',
      contact_last_seen_at: null,
      agent_last_seen_at: null,
      first_reply_created_at: null,
      // ensure_waiting_since: a new conversation waits for an answer from its creation.
      waiting_since: toUnixSeconds(time),
      custom_attributes: body?.custom_attributes ?? {},
      created_at: toUnixSeconds(time),
      updated_at: time.toISOString(),
    })
    createContactEvents(store, publish).created(conversation)
    return json(200, renderConversation(store, conversation))
  },

  getConversation: ({ api, params, store }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    return found ? json(200, renderConversation(store, found.conversation)) : fail(api, 404, 'Not Found')
  },

  toggleConversationStatus: async (context) => {
    const { api, params, store } = context
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    // It only resolves; an already resolved conversation is returned as it is. The CSAT survey is
    // not in the answer: it follows in the background (jobDelay 0 puts it in).
    await resolveConversation(context, found.conversation)
    return json(200, renderConversation(store, found.conversation))
  },

  toggleConversationTyping: ({ api, params, store }) => {
    // `typing_status` on/off only tells the agents; any other value is ignored, as on the server.
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    // Rails' `head :ok`: no body, `content-length: 0`, and a JSON content type all the same.
    return found ? empty(200, { 'content-type': 'application/json' }) : fail(api, 404, 'Not Found')
  },

  updateConversationLastSeen: async ({ api, params, store, now, publish, defer }) => {
    const found = store.findConversation(params.inbox_identifier, params.contact_identifier, params.conversation_id)
    if (!found) return fail(api, 404, 'Not Found')
    const { conversation } = found
    const seenAt = now()
    // Only `conversation.read` follows, which goes to the agents alone.
    saveConversation(store, conversation, { contact_last_seen_at: toUnixSeconds(seenAt) }, seenAt)
    // UpdateMessageStatusJob, queued with the time of the look: the messages the contact has seen become read.
    await defer(() => markMessagesRead(store, publish, conversation.display_id, seenAt, now()))
    return empty(200, { 'content-type': 'application/json' })
  },

  listMessages: ({ api, params, query, store }) => {
    // The message endpoints find the conversation among all of the contact's (InboxesController#set_conversation).
    const found = store.findContactConversation(
      params.inbox_identifier,
      params.contact_identifier,
      params.conversation_id,
    )
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

  createMessage: async ({ api, params, body, files, store, now, publish }) => {
    const found = store.findContactConversation(
      params.inbox_identifier,
      params.contact_identifier,
      params.conversation_id,
    )
    if (!found) return fail(api, 404, 'Not Found')
    const { conversation } = found
    const contact = store.contacts.get(conversation.contact_id)!
    const time = now()
    if (isFlooded(store, conversation.display_id, time)) return json(422, TOO_MANY_MESSAGES)
    const attached = listAttachedFiles(files)
    store.ensureRoom('messages')
    ensureRoomForFiles(store, attached)
    const id = store.allocateMessageId()
    const release = store.holdMessageSlot(conversation.display_id)
    let message: PublicMessage
    try {
      const attachments = await attachFiles(store, attached, id, api.serverUrl ?? '')
      // No body is needed (content null). Only content is kept; echo_id only travels on websocket events. The contact sends it.
      message = await store.insertMessage({
        id,
        content: body?.content ?? null,
        message_type: 0,
        content_type: 'text',
        content_attributes: {},
        created_at: toUnixSeconds(time),
        created_at_ms: time.getTime(),
        conversation_id: params.conversation_id,
        ...(attachments.length > 0 ? { attachments } : {}),
        sender: renderContactSender(contact),
      })
    } finally {
      release()
    }
    // An incoming message reopens a resolved or snoozed conversation (a resolved one of a bot's inbox as
    // pending, for the bot), and is the contact's latest activity.
    const reopens = conversation.status === 'resolved' || conversation.status === 'snoozed'
    const status =
      conversation.status === 'resolved' && store.getInboxById(conversation.inbox_id)!.active_bot ? 'pending' : 'open'
    const reopened = reopens ? saveConversation(store, conversation, { status }, time) : {}
    // Message#update_waiting_since: a contact who waited for nobody waits from now (after an answer, or a resolve).
    const waiting =
      conversation.waiting_since === null
        ? saveConversation(store, conversation, { waiting_since: toUnixSeconds(time) }, time)
        : {}
    store.updateContact(contact.id, { last_activity_at: time.toISOString(), updated_at: time.toISOString() })
    // In Rails' order: the reopening's events, the message (the contact's own subscription gets it too, with
    // the echo_id that matches it to what it shows), then the wait's conversation.updated.
    const events = createContactEvents(store, publish)
    events.saved(conversation, reopened)
    events.message('message.created', message, body?.echo_id !== undefined ? { echoId: body.echo_id } : {})
    events.saved(conversation, waiting)
    // MessageTemplates::HookExecutionService: the inbox's out-of-office message or greeting follows.
    for (const template of await sendMessageTemplates(store, conversation, time))
      events.message('message.created', template)
    return json(200, renderMessage(store, message))
  },

  updateMessage: async ({ api, params, body, store, now, publish }) => {
    const found = store.findContactConversation(
      params.inbox_identifier,
      params.contact_identifier,
      params.conversation_id,
    )
    const message = found && store.messages.get(params.message_id)
    if (!message || message.conversation_id !== params.conversation_id) return fail(api, 404, 'Not Found')
    if (message.content_type === 'input_csat' && isCsatLocked(message.created_at, now())) return json(422, CSAT_LOCKED)
    if (body.submitted_values !== undefined) {
      const previousChanges = await recordCsatAnswer(store, found!.conversation, message, body.submitted_values, now())
      // A save that changed nothing sends nothing (`previous_changes.blank?`).
      if (Object.keys(previousChanges).length > 0)
        createContactEvents(store, publish).message('message.updated', message, { previousChanges })
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
      const previousChanges = await recordCsatAnswer(
        store,
        conversation!,
        message,
        body.message.submitted_values,
        now(),
      )
      if (Object.keys(previousChanges).length > 0)
        createContactEvents(store, publish).message('message.updated', message, { previousChanges })
    }
    return json(200, answered)
  },

  ...attachmentFileResolvers,
}

/**
 * Chatwoot's public client API, as specs/chatwoot.yaml decides (README: "Chatwoot"). Rails routes
 * PATCH and PUT of a resource to its one `update` action: each alias is the same resolver.
 */
export const chatwootResolvers: Resolvers<Operations, ChatwootStore> = {
  ...resolvers,
  putContact: resolvers.updateContact,
  putMessage: resolvers.updateMessage,
  patchCsatSurvey: resolvers.updateCsatSurvey,
}
