import type {
  ContactRecord,
  CsatSurvey,
  PublicContact,
  PublicConversation,
  PublicInbox,
  PublicMessage,
  PublicMessageSender,
} from './generated/openapi.js'
import {
  ACCOUNT,
  type ChatwootStore,
  type ContactInboxRecord,
  type ConversationRecord,
  type StoredInbox,
} from './store.js'

/** `inboxes/show.json.jbuilder`: the identifier and identity validation, then the `_inbox` partial. */
export function renderInbox(inbox: StoredInbox): PublicInbox {
  return {
    identifier: inbox.identifier,
    identity_validation_enabled: inbox.identity_validation_enabled,
    name: inbox.name,
    timezone: inbox.timezone,
    working_hours: inbox.working_hours,
    working_hours_enabled: inbox.working_hours_enabled,
    csat_survey_enabled: inbox.csat_survey_enabled,
    greeting_enabled: inbox.greeting_enabled,
  }
}

/** `contacts/create.json.jbuilder` and `show`: the contact inbox's ids, then the `_contact` partial. */
export function renderPublicContact(contactInbox: ContactInboxRecord, contact: ContactRecord): PublicContact {
  return {
    source_id: contactInbox.source_id,
    pubsub_token: contactInbox.pubsub_token,
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phone_number,
  }
}

/** `Contact#push_event_data`: how a contact appears as a message's sender. */
export function renderContactSender(contact: ContactRecord): PublicMessageSender {
  return {
    id: contact.id,
    name: contact.name,
    email: contact.email,
    phone_number: contact.phone_number,
    identifier: contact.identifier,
    thumbnail: '',
    additional_attributes: contact.additional_attributes,
    custom_attributes: contact.custom_attributes,
    blocked: contact.blocked,
    type: 'contact',
  }
}

/** `_message.json.jbuilder`: the sender is rendered when the message is, so a contact's messages show the contact as it is now. */
export function renderMessage(store: ChatwootStore, message: PublicMessage): PublicMessage {
  if (message.sender?.type !== 'contact') return message
  const contact = store.contacts.get(message.sender.id)
  return contact ? { ...message, sender: renderContactSender(contact) } : message
}

/** The messages a contact may see (`messages.chat`): no private notes, no activity messages, oldest first. */
export function listChatMessages(store: ChatwootStore, displayId: number): PublicMessage[] {
  return store
    .listMessages(displayId)
    .filter((message) => message.message_type !== 2 && !store.isPrivate(message.id))
    .map((message) => renderMessage(store, message))
}

/** `_conversation.json.jbuilder`: times as Unix seconds (0 when never), every chat message, the whole contact. */
export function renderConversation(store: ChatwootStore, conversation: ConversationRecord): PublicConversation {
  return {
    id: conversation.display_id,
    uuid: conversation.uuid,
    inbox_id: conversation.inbox_id,
    contact_last_seen_at: conversation.contact_last_seen_at ?? 0,
    status: conversation.status,
    agent_last_seen_at: conversation.agent_last_seen_at ?? 0,
    messages: listChatMessages(store, conversation.display_id),
    contact: store.contacts.get(conversation.contact_id)!,
  }
}

/** `_csat_survey.json.jbuilder`: the survey message, its recorded response, and the inbox's CSAT settings. */
export function renderCsatSurvey(
  store: ChatwootStore,
  conversation: ConversationRecord,
  message: PublicMessage,
  response = store.getCsatResponse(message.id),
): CsatSurvey {
  const inbox = store.getInboxById(conversation.inbox_id)!
  return {
    id: message.id,
    csat_survey_response: response ? { ...response } : null,
    display_type: inbox.csat_config.display_type ?? 'emoji',
    content: inbox.csat_config.message ?? null,
    inbox_avatar_url: inbox.avatar_url,
    inbox_name: inbox.name,
    locale: ACCOUNT.locale,
    conversation_id: conversation.id,
    // To the millisecond, as Rails renders the message's time.
    created_at: store.getMessageTimes(message.id).created_at,
  }
}
