import type { Faker } from '@faker-js/faker'

type StringHint = [RegExp, (faker: Faker) => string]

/** Realistic strings by property name (snake_case, lower case); the first match wins. */
const STRING_HINTS: StringHint[] = [
  [/(^|_)e?mail(_address)?$/, (faker) => faker.internet.email()],
  [/^(first|given)_?name$/, (faker) => faker.person.firstName()],
  [/^(last|family|sur)_?name$/, (faker) => faker.person.lastName()],
  [/^(user_?name|login|handle|nickname)$/, (faker) => faker.internet.username()],
  [/^(company|organi[sz]ation|employer)(_name)?$/, (faker) => faker.company.name()],
  [/^((full|display|contact|author|sender|customer|agent|assignee)_)?name$/, (faker) => faker.person.fullName()],
  [/^(city|town)$/, (faker) => faker.location.city()],
  [/^country_?code$/, (faker) => faker.location.countryCode()],
  [/^country$/, (faker) => faker.location.country()],
  [/^(street|address|street_address|address_line_?1)$/, (faker) => faker.location.streetAddress()],
  [/^(zip|zip_?code|postal_?code|post_?code)$/, (faker) => faker.location.zipCode()],
  [/(^|_)(phone|mobile|telephone|tel|fax)(_number)?$/, (faker) => faker.phone.number()],
  [/(^|_)(avatar|image|photo|picture|thumbnail|logo)(_url)?$/, (faker) => faker.image.avatar()],
  [/(^|_)(url|uri|link|href|website|homepage)$/, (faker) => faker.internet.url()],
  [/(^|_)(domain|host|hostname)$/, (faker) => faker.internet.domainName()],
  [/(^|_)ip(_address)?$/, (faker) => faker.internet.ipv4()],
  [/^(uuid|guid)$|(^|_)id$/, (faker) => faker.string.uuid()],
  [/(_at|_time|timestamp|^date_?time)$/, (faker) => toDateTime(faker)],
  [/(_on|_date|^date|^birthday|^dob)$/, (faker) => toDateTime(faker).slice(0, 10)],
  [
    /^(description|summary|bio|about|comment|note|notes|content|body|text|message|reason)$/,
    (faker) => faker.lorem.sentence(),
  ],
  [/^(title|subject|headline)$/, (faker) => faker.lorem.sentence({ min: 2, max: 5 }).replace(/\.$/, '')],
  [/(^|_)colou?r$/, (faker) => faker.color.human()],
  [/(^|_)currency(_code)?$/, (faker) => faker.finance.currencyCode()],
  [/^(locale|language|lang)$/, (faker) => faker.location.language().alpha2],
  [/^(time_?zone|tz)$/, (faker) => faker.location.timeZone()],
  [/(^|_)(token|secret|api_key|key)$/, (faker) => faker.string.alphanumeric(32)],
  [/^password$/, (faker) => faker.internet.password()],
  [/^slug$/, (faker) => faker.lorem.slug()],
  [/^(version|semver)$/, (faker) => faker.system.semver()],
  [/^(mime_?type|content_type|media_type)$/, (faker) => faker.system.mimeType()],
  [/^(file_?name)$/, (faker) => faker.system.fileName()],
  [/^(type|kind|role|status|category|tag|label|channel|source)$/, (faker) => faker.lorem.word()],
]

/** Ranges of realistic numbers by property name: [min, max, fraction digits]. */
const NUMBER_HINTS: Array<[RegExp, [number, number, number]]> = [
  [/(^|_)(id|number|no)$/, [1, 99_999, 0]],
  [/(^|_)(count|total|quantity|qty|size|length)$/, [0, 100, 0]],
  [/^age$/, [18, 90, 0]],
  [/^year$/, [1990, 2035, 0]],
  [/^month$/, [1, 12, 0]],
  [/^(day|day_of_month)$/, [1, 28, 0]],
  [/^hours?$/, [0, 23, 0]],
  [/^(minutes?|seconds?)$/, [0, 59, 0]],
  [/^port$/, [1024, 65_535, 0]],
  [/(^|_)(price|amount|cost|balance|fee|salary)$/, [1, 1000, 2]],
  [/^(lat|latitude)$/, [-90, 90, 6]],
  [/^(lng|lon|long|longitude)$/, [-180, 180, 6]],
  [/^(rating|stars)$/, [1, 5, 0]],
  [/(percent|percentage|score)$/, [0, 100, 0]],
  [/^page$/, [1, 20, 0]],
  [/^(per_page|page_size|limit)$/, [1, 100, 0]],
  [/(_at|timestamp)$/, [1_577_836_800, 1_893_456_000, 0]],
  [/(duration|_seconds|_secs|_ms)$/, [1, 3600, 0]],
]

/** Turns `firstName`, `first-name` and `First Name` into `first_name`. */
function toHintKey(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
}

/** The name of one item of a plural property: `emails` → `email`, `categories` → `category`. */
export function toSingularHint(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1)
  return name
}

// Property names repeat: each is matched against the hints once.
const stringHints = new Map<string, ((faker: Faker) => string) | undefined>()
const numberHints = new Map<string, [number, number, number] | undefined>()

export function findStringHint(name: string | undefined): ((faker: Faker) => string) | undefined {
  if (name === undefined) return undefined
  if (!stringHints.has(name))
    stringHints.set(name, STRING_HINTS.find(([pattern]) => pattern.test(toHintKey(name)))?.[1])
  return stringHints.get(name)
}

export function findNumberHint(name: string | undefined): [number, number, number] | undefined {
  if (name === undefined) return undefined
  if (!numberHints.has(name))
    numberHints.set(name, NUMBER_HINTS.find(([pattern]) => pattern.test(toHintKey(name)))?.[1])
  return numberHints.get(name)
}

/** A date-time in the 2020s, whole seconds, from integers only (the same in every engine). */
export function toDateTime(faker: Faker): string {
  return new Date(faker.number.int({ min: 1_577_836_800, max: 1_893_455_999 }) * 1000)
    .toISOString()
    .replace('.000Z', 'Z')
}
