import { expect, it } from 'vitest'
import { readImageSize } from '../../handlers/chatwoot/read-image-size.js'
import { isOutOfOffice } from '../../handlers/chatwoot/working-hours.js'
import type { StoredInbox } from '../../handlers/chatwoot/store.js'

// The size Chatwoot's ActiveStorage records for an uploaded image (`width`, `height` of its
// attachment), read from the header of each format; and when an inbox is out of office.

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))
const le16 = (value: number) => [value & 0xff, value >> 8]
const be16 = (value: number) => [value >> 8, value & 0xff]
const le32 = (value: number) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24]

it.each([
  [
    'PNG',
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, ...ascii('IHDR'), 0, 0, 1, 0x2c, 0, 0, 0, 0xc8],
    { width: 300, height: 200 },
  ],
  ['GIF', [...ascii('GIF89a'), ...le16(640), ...le16(480)], { width: 640, height: 480 }],
  [
    // An APP0 segment, then SOF2 (progressive): precision, height, width.
    'JPEG',
    [0xff, 0xd8, 0xff, 0xe0, ...be16(4), 0, 0, 0xff, 0xc2, ...be16(11), 8, ...be16(1080), ...be16(1920), 3],
    { width: 1920, height: 1080 },
  ],
  [
    'WebP (lossy)',
    [
      ...ascii('RIFF'),
      0,
      0,
      0,
      0,
      ...ascii('WEBPVP8 '),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0x9d,
      0x01,
      0x2a,
      ...le16(800),
      ...le16(600),
      0,
    ],
    { width: 800, height: 600 },
  ],
  [
    'WebP (lossless)',
    [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8L'), 0, 0, 0, 0, 0x2f, ...le32(99 | (49 << 14)), 0, 0, 0, 0, 0],
    { width: 100, height: 50 },
  ],
  [
    'WebP (extended)',
    [...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8X'), 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x03, 0, 0xff, 0x01, 0, 0],
    { width: 1024, height: 512 },
  ],
  [
    'BMP (top-down)',
    [...ascii('BM'), ...new Array(16).fill(0), ...le32(16), ...le32(-9 >>> 0)],
    { width: 16, height: 9 },
  ],
])('reads the size of a %s', (_, bytes, size) => {
  expect(readImageSize(new Uint8Array(bytes))).toEqual(size)
})

it('reads no size from bytes of another kind, or from a header cut short', () => {
  expect(readImageSize(new TextEncoder().encode('%PDF-1.4'))).toBeUndefined()
  expect(readImageSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBeUndefined()
  expect(readImageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBeUndefined()
})

const weekdays = (hours: Partial<StoredInbox['working_hours'][number]>) =>
  Array.from({ length: 7 }, (_, day) => ({
    day_of_week: day,
    closed_all_day: false,
    open_hour: 9,
    open_minutes: 0,
    close_hour: 17,
    close_minutes: 0,
    open_all_day: false,
    ...hours,
  }))
const inbox = (values: Partial<StoredInbox>) =>
  ({ working_hours_enabled: true, timezone: 'UTC', ...values }) as StoredInbox

it('is out of office outside the working hours of the weekday in the inbox time zone, the closing minute open', () => {
  const office = inbox({ working_hours: weekdays({}) })
  expect(isOutOfOffice(office, new Date('2024-06-03T08:59:59Z'))).toBe(true)
  expect(isOutOfOffice(office, new Date('2024-06-03T09:00:00Z'))).toBe(false)
  expect(isOutOfOffice(office, new Date('2024-06-03T17:00:00Z'))).toBe(false)
  expect(isOutOfOffice(office, new Date('2024-06-03T17:00:00.001Z'))).toBe(true)
  // 18:00 UTC is 14:00 in New York.
  expect(isOutOfOffice({ ...office, timezone: 'America/New_York' }, new Date('2024-06-03T18:00:00Z'))).toBe(false)
  expect(isOutOfOffice({ ...office, working_hours_enabled: false }, new Date('2024-06-03T03:00:00Z'))).toBe(false)
})

it('is out of office all day on a closed day, and never on a day open all day (00:00 to 23:59)', () => {
  expect(
    isOutOfOffice(inbox({ working_hours: weekdays({ closed_all_day: true }) }), new Date('2024-06-03T12:00:00Z')),
  ).toBe(true)
  const always = inbox({ working_hours: weekdays({ open_all_day: true, open_hour: null, close_hour: null }) })
  expect(isOutOfOffice(always, new Date('2024-06-03T00:00:00Z'))).toBe(false)
  expect(isOutOfOffice(always, new Date('2024-06-03T23:59:30Z'))).toBe(true)
})
