/** Rails' `has_secure_token` alphabet (base58: no 0, O, I or l). */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'

/** A new `pubsub_token`: 24 base58 characters, as Rails' `has_secure_token` makes them. */
export function createPubsubToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  return Array.from(bytes, (byte) => BASE58[byte % BASE58.length]).join('')
}

/** A new `source_id` or conversation `uuid`: a random UUID, as `SecureRandom.uuid` makes it. */
export function createUuid(): string {
  return crypto.randomUUID()
}

// A few of the words of the Haikunator gem, which names Chatwoot's anonymous contacts.
const ADJECTIVES = [
  'autumn',
  'hidden',
  'bitter',
  'misty',
  'silent',
  'empty',
  'dry',
  'dark',
  'summer',
  'icy',
  'delicate',
  'quiet',
  'white',
  'cool',
  'spring',
  'winter',
  'patient',
  'twilight',
  'dawn',
  'crimson',
  'wispy',
  'weathered',
  'blue',
  'restless',
]
const NOUNS = [
  'waterfall',
  'river',
  'breeze',
  'moon',
  'rain',
  'wind',
  'sea',
  'morning',
  'snow',
  'lake',
  'sunset',
  'pine',
  'shadow',
  'leaf',
  'dawn',
  'glitter',
  'forest',
  'hill',
  'cloud',
  'meadow',
  'sun',
  'glade',
  'bird',
  'snowflake',
]

/** The name the server gives a contact created without one: `Haikunator.haikunate(1000)`, e.g. `restless-snowflake-670`. */
export function createHaikuName(): string {
  const [adjective, noun, number] = crypto.getRandomValues(new Uint32Array(3))
  return `${ADJECTIVES[adjective! % ADJECTIVES.length]}-${NOUNS[noun! % NOUNS.length]}-${number! % 1000}`
}
