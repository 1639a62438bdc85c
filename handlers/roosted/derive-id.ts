const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * An id in the docs' style (letters and digits, such as `yJjarB5xUW`) derived from a text: the
 * same text always gives the same id, so ids of created records are the same on every run.
 * Mulberry32 seeded with the text's FNV-1a hash; not for anything that must be unguessable.
 */
export function deriveId(text: string, length: number): string {
  let state = 0x811c9dc5
  for (let i = 0; i < text.length; i++) state = Math.imul(state ^ text.charCodeAt(i), 0x01000193)
  let id = ''
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    id += ALPHABET[((value ^ (value >>> 14)) >>> 0) % ALPHABET.length]
  }
  return id
}
