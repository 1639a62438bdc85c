import type { ContactRecord, PublicContactUpdatePayload } from './generated/openapi.js'
import { mergeDeep, presence } from './contact-values.js'
import { mergeContacts, type MovedMessage } from './merge-contacts.js'
import type { ChatwootStore } from './store.js'

/** What a contact update comes to: the contacts to merge, in order, and the change of the contact that remains. */
interface IdentifyPlan {
  merges: Array<{ base: ContactRecord; mergee: ContactRecord }>
  contact: ContactRecord
  patch: Partial<ContactRecord>
}

/** Rails' `RecordInvalid` body, when the contact that remains cannot be saved. */
interface IdentifyRefusal {
  invalid: { message: string; attributes: string[] }
}

/**
 * ContactIdentifyAction, as the public API's update calls it: without `identifier` (the controller
 * drops it), so `merge_contacts?` is always true. The contact whose email is the one sent (looked
 * up as sent; stored emails are lowercase) absorbs the current contact; then the contact whose
 * phone number is the one sent absorbs the result, unless the request has an email and that
 * contact another one (then the phone number is left out of the update). The contact that remains
 * takes the request's non-blank name, email and phone number, and its custom attributes are
 * deep-merged with the request's. Nothing is written here: the server runs all of it in one
 * transaction, which a failing save rolls back.
 */
export function planContactIdentify(
  store: ChatwootStore,
  current: ContactRecord,
  values: PublicContactUpdatePayload,
): IdentifyPlan | IdentifyRefusal {
  const email = presence(values.email)
  const phoneNumber = presence(values.phone_number)
  const merges: IdentifyPlan['merges'] = []
  const deleted = new Set<number>()
  let contact = current
  const mergeInto = (holder: ContactRecord) => {
    if (holder.id === contact.id) return
    merges.push({ base: holder, mergee: contact })
    deleted.add(contact.id)
    contact = holder
  }

  const emailHolder = email === null ? undefined : store.contacts.find('byEmail', email.toLowerCase())
  if (emailHolder && emailHolder.email === email) mergeInto(emailHolder)
  // Looked up after the email's merge, which has deleted the current contact if it had the number.
  const phoneHolder = phoneNumber === null ? undefined : store.contacts.find('byPhone', phoneNumber)
  let keepsPhoneNumber = true
  if (phoneHolder && !deleted.has(phoneHolder.id)) {
    if (email !== null && phoneHolder.email && phoneHolder.email !== email) keepsPhoneNumber = false
    else mergeInto(phoneHolder)
  }

  const patch: Partial<ContactRecord> = {}
  const name = presence(values.name)
  if (name !== null && name !== contact.name) patch.name = name
  // prepare_email_attribute: saved lowercase.
  if (email !== null && email.toLowerCase() !== contact.email) patch.email = email.toLowerCase()
  if (keepsPhoneNumber && phoneNumber !== null && phoneNumber !== contact.phone_number) patch.phone_number = phoneNumber
  if (values.custom_attributes !== undefined && Object.keys(values.custom_attributes).length > 0) {
    const merged = mergeDeep(contact.custom_attributes, values.custom_attributes)
    if (JSON.stringify(merged) !== JSON.stringify(contact.custom_attributes)) patch.custom_attributes = merged
  }
  // Contacts::SyncAttributes: a visitor with an email or a phone number is a lead.
  if (contact.contact_type === 'visitor' && (patch.email || patch.phone_number)) patch.contact_type = 'lead'

  // The email lookup above is exact, the uniqueness validation ignores case: another contact's email in other letters.
  const taken = patch.email ? store.contacts.find('byEmail', patch.email) : undefined
  if (taken && taken.id !== contact.id && !deleted.has(taken.id))
    return { invalid: { message: 'Email has already been taken', attributes: ['email'] } }
  return { merges, contact, patch }
}

/** Carries a plan out: the merges, then the save of the contact that remains. Answers the messages the merges moved. */
export function applyContactIdentify(store: ChatwootStore, plan: IdentifyPlan, time: Date): MovedMessage[] {
  const moved = plan.merges.flatMap(({ base, mergee }) => mergeContacts(store, base, mergee, time))
  if (Object.keys(plan.patch).length > 0)
    store.updateContact(plan.contact.id, { ...plan.patch, updated_at: time.toISOString() })
  return moved
}
