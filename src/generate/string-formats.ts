import type { Faker } from '@faker-js/faker'
import { fullFormats } from 'ajv-formats/dist/formats.js'
import { toDateTime } from './property-hints.js'

/** Realistic values of every string format the generator knows. */
export const FORMAT_VALUES: Readonly<Record<string, (faker: Faker) => string>> = {
  'date-time': toDateTime,
  date: (faker) => toDateTime(faker).slice(0, 10),
  time: (faker) => toDateTime(faker).slice(11),
  duration: (faker) => `P${faker.number.int({ min: 1, max: 30 })}DT${faker.number.int({ min: 1, max: 23 })}H`,
  email: (faker) => faker.internet.email(),
  'idn-email': (faker) => faker.internet.email(),
  hostname: (faker) => faker.internet.domainName(),
  'idn-hostname': (faker) => faker.internet.domainName(),
  ipv4: (faker) => faker.internet.ipv4(),
  ipv6: (faker) => faker.internet.ipv6(),
  uri: (faker) => faker.internet.url(),
  iri: (faker) => faker.internet.url(),
  url: (faker) => faker.internet.url(),
  'uri-reference': (faker) => `/${faker.lorem.slug({ min: 1, max: 3 })}`,
  'iri-reference': (faker) => `/${faker.lorem.slug({ min: 1, max: 3 })}`,
  'uri-template': (faker) => `${faker.internet.url()}/${faker.lorem.word()}/{id}`,
  uuid: (faker) => faker.string.uuid(),
  'json-pointer': (faker) => `/${faker.lorem.word()}/${faker.number.int({ min: 0, max: 9 })}`,
  'relative-json-pointer': (faker) => `${faker.number.int({ min: 0, max: 3 })}/${faker.lorem.word()}`,
  regex: (faker) => `^${faker.lorem.word()}-[0-9]+$`,
  byte: (faker) => btoa(faker.lorem.words(2)),
  binary: (faker) => faker.lorem.word(),
  password: (faker) => faker.internet.password({ length: 12 }),
}

/** The shortest value of each format, for a `maxLength` the realistic ones exceed. */
export const SHORTEST_FORMAT_VALUES: Readonly<Record<string, string>> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  duration: 'P1D',
  email: 'a@b.co',
  'idn-email': 'a@b.co',
  hostname: 'a',
  'idn-hostname': 'a',
  ipv4: '1.1.1.1',
  ipv6: '::1',
  uri: 'a:b',
  iri: 'a:b',
  url: 'http://a.co',
  'uri-reference': '',
  'iri-reference': '',
  'uri-template': '',
  uuid: '00000000-0000-4000-8000-000000000000',
  'json-pointer': '',
  'relative-json-pointer': '0',
  regex: '',
  byte: '',
  binary: '',
  password: '',
}

/** The internationalized formats, checked as their ASCII forms (the generator writes ASCII). */
const CHECKED_AS: Readonly<Record<string, string>> = {
  iri: 'uri',
  'iri-reference': 'uri-reference',
  'idn-email': 'email',
  'idn-hostname': 'hostname',
}

/** Whether a string meets a format as ajv-formats' full mode checks it; an unknown format is any string. */
export function checkFormat(name: string, text: string): boolean {
  const definition = (fullFormats as Record<string, unknown>)[CHECKED_AS[name] ?? name]
  if (definition === undefined || definition === true) return true
  if (definition instanceof RegExp) return definition.test(text)
  if (typeof definition === 'function') return (definition as (text: string) => boolean)(text)
  const { type, validate } = definition as { type?: string; validate: RegExp | ((text: string) => boolean) }
  if (type !== undefined && type !== 'string') return true
  return validate instanceof RegExp ? validate.test(text) : validate(text)
}

/** A value of a format made longer (at the end of its path, at the start of an email, in its fraction of a second) to reach `minLength`. */
export function padFormatValue(format: string, text: string, minLength: number): string | undefined {
  const missing = minLength - Array.from(text).length
  if (missing <= 0) return text
  if (format === 'email' || format === 'idn-email') return 'x'.repeat(missing) + text
  // Fractions of a second may have any number of digits.
  if ((format === 'date-time' || format === 'time') && /\d\dZ$/.test(text))
    return text.replace(/Z$/, `.${'0'.repeat(Math.max(1, missing - 1))}Z`)
  if (format === 'byte') return 'AAAA'.repeat(Math.ceil(missing / 4)) + text
  if (format === 'relative-json-pointer')
    return `${text.includes('/') || text.includes('#') ? text : `${text}/`}${'a'.repeat(missing)}`
  if (['uri', 'iri', 'url', 'uri-reference', 'iri-reference', 'json-pointer'].includes(format))
    return `${text}/${'a'.repeat(missing - 1)}`
  if (['binary', 'password', 'uri-template', 'regex'].includes(format) || !(format in FORMAT_VALUES))
    return text + 'a'.repeat(missing)
  return undefined
}
