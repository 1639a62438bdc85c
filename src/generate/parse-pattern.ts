/** A regular expression as a tree to walk: what the generator needs of it, not a full parser. */
export type PatternNode =
  | { kind: 'sequence'; items: PatternNode[] }
  | { kind: 'choice'; options: PatternNode[] }
  | { kind: 'repeat'; node: PatternNode; min: number; max: number }
  | { kind: 'characters'; pool: string[] }
  | { kind: 'empty' }

const PRINTABLE = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index))
const DIGITS = PRINTABLE.filter((c) => c >= '0' && c <= '9')
const WORD = PRINTABLE.filter((c) => /\w/.test(c))
const ALPHANUMERIC = PRINTABLE.filter((c) => /[a-zA-Z0-9]/.test(c))
const ESCAPE_CLASSES: Record<string, string[]> = {
  d: DIGITS,
  D: PRINTABLE.filter((c) => !DIGITS.includes(c)),
  w: WORD,
  W: PRINTABLE.filter((c) => !WORD.includes(c)),
  s: [' '],
  S: ALPHANUMERIC,
}
const CONTROL: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v', '0': '\0' }

/**
 * Parses a pattern into a tree. Lookarounds, word boundaries and backreferences become empty (the
 * generated text is verified against the real expression afterwards); `\p{…}` becomes letters.
 */
export function parsePattern(source: string): PatternNode {
  const chars = Array.from(source)
  let index = 0
  const peek = () => chars[index]

  function parseChoice(): PatternNode {
    const options = [parseSequence()]
    while (peek() === '|') {
      index++
      options.push(parseSequence())
    }
    return options.length === 1 ? options[0]! : { kind: 'choice', options }
  }

  function parseSequence(): PatternNode {
    const items: PatternNode[] = []
    while (index < chars.length && peek() !== '|' && peek() !== ')') items.push(parseQuantified(parseAtom()))
    return { kind: 'sequence', items }
  }

  function parseQuantified(atom: PatternNode): PatternNode {
    for (;;) {
      const c = peek()
      let bounds: [number, number] | undefined
      if (c === '*') bounds = [0, Infinity]
      else if (c === '+') bounds = [1, Infinity]
      else if (c === '?') bounds = [0, 1]
      else if (c === '{') {
        const match = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(index).join(''))
        if (!match) return atom
        bounds = [Number(match[1]), match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity]
        index += match[0].length - 1
      } else return atom
      index++
      if (peek() === '?') index++
      atom = { kind: 'repeat', node: atom, min: bounds[0], max: bounds[1] }
    }
  }

  function parseAtom(): PatternNode {
    const c = chars[index++]!
    if (c === '(') {
      const lookaround = /^\?(=|!|<=|<!)/.exec(chars.slice(index, index + 3).join(''))
      if (lookaround) index += lookaround[0].length
      else if (peek() === '?' && chars[index + 1] === ':') index += 2
      else if (peek() === '?' && chars[index + 1] === '<')
        while (index < chars.length && chars[index - 1] !== '>') index++
      const inner = parseChoice()
      index++
      return lookaround ? { kind: 'empty' } : inner
    }
    if (c === '[') return parseClass()
    if (c === '.') return { kind: 'characters', pool: ALPHANUMERIC }
    if (c === '^' || c === '$') return { kind: 'empty' }
    if (c === '\\') return parseEscape()
    return { kind: 'characters', pool: [c] }
  }

  function parseEscape(): PatternNode {
    const c = chars[index++] ?? '\\'
    if (c in ESCAPE_CLASSES) return { kind: 'characters', pool: ESCAPE_CLASSES[c]! }
    if (c === 'b' || c === 'B' || (c >= '1' && c <= '9')) return { kind: 'empty' }
    if (c === 'p' || c === 'P') {
      if (peek() === '{') while (index < chars.length && chars[index - 1] !== '}') index++
      return { kind: 'characters', pool: ALPHANUMERIC.filter((letter) => /[a-zA-Z]/.test(letter)) }
    }
    return { kind: 'characters', pool: [readEscapedCharacter(c)] }
  }

  function readEscapedCharacter(c: string): string {
    if (c in CONTROL) return CONTROL[c]!
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/ : c === 'u' ? /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/ : undefined
    const match = hex?.exec(chars.slice(index, index + 10).join(''))
    if (!match) return c === 'c' && peek() ? String.fromCharCode(chars[index++]!.charCodeAt(0) % 32) : c
    index += match[0].length
    return String.fromCodePoint(parseInt(match[0].replace(/[{}]/g, ''), 16))
  }

  function parseClass(): PatternNode {
    const negate = peek() === '^'
    if (negate) index++
    const members: string[] = []
    const ranges: Array<[number, number]> = []
    while (index < chars.length && peek() !== ']') {
      let c = chars[index++]!
      if (c === '\\') {
        const escaped = chars[index++] ?? '\\'
        if (escaped in ESCAPE_CLASSES) {
          members.push(...ESCAPE_CLASSES[escaped]!)
          continue
        }
        c = escaped === 'b' ? '\b' : readEscapedCharacter(escaped)
      }
      if (peek() === '-' && chars[index + 1] !== undefined && chars[index + 1] !== ']') {
        index++
        let end = chars[index++]!
        if (end === '\\') end = readEscapedCharacter(chars[index++] ?? '\\')
        ranges.push([c.codePointAt(0)!, end.codePointAt(0)!])
      } else members.push(c)
    }
    index++
    const inClass = (c: string) =>
      members.includes(c) || ranges.some(([low, high]) => c.codePointAt(0)! >= low && c.codePointAt(0)! <= high)
    // Letters and digits first: `[^@\s]` reads better as `k` than as `}`.
    let pool = ALPHANUMERIC.filter((c) => inClass(c) !== negate)
    if (pool.length === 0) pool = PRINTABLE.filter((c) => inClass(c) !== negate)
    // A class of characters outside ASCII (`[α-ω]`): its first characters.
    if (pool.length === 0 && !negate)
      pool = [
        ...members,
        ...ranges.flatMap(([low, high]) =>
          Array.from({ length: Math.min(high - low + 1, 64) }, (_, offset) => String.fromCodePoint(low + offset)),
        ),
      ]
    return { kind: 'characters', pool }
  }

  return parseChoice()
}
