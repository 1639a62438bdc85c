import { compileLenientRegExp } from '../contract/lenient-reg-exp.js'
import type { Faker } from '@faker-js/faker'
import { parsePattern, type PatternNode } from './parse-pattern.js'
import { measurePattern, REPEAT_SPREAD, walkPattern } from './walk-pattern.js'

const expressions = new Map<string, RegExp | null>()
const parsed = new Map<string, PatternNode>()

export interface PatternOptions {
  minimal: boolean
  /** The lengths the text must have (code points), when the schema says. */
  minLength: number
  maxLength: number
}

/** The pattern as Ajv runs it (`u` flag, unanchored search); null when it does not compile. */
export function toPatternRegExp(pattern: string): RegExp | null {
  if (!expressions.has(pattern)) {
    let expression: RegExp | null = null
    try {
      // As the lenient contract reads it: without `u` where `u` refuses it (an unescaped `{`).
      expression = compileLenientRegExp(pattern, 'u')
    } catch {
      expression = null
    }
    expressions.set(pattern, expression)
  }
  return expressions.get(pattern)!
}

/**
 * A string the pattern matches: faker's `fromRegExp` first (its syntax is a small subset, so its
 * answer is verified), else a walk of the parsed pattern aimed at a length the schema allows;
 * undefined when nothing matched.
 */
export function generateFromPattern(pattern: string, faker: Faker, options: PatternOptions): string | undefined {
  const expression = toPatternRegExp(pattern)
  if (!expression) return undefined
  const fits = (text: string) => {
    const length = Array.from(text).length
    return length >= options.minLength && length <= options.maxLength && expression.test(text)
  }
  if (!options.minimal) {
    try {
      // faker takes `^` and `$` literally; a JSON Schema pattern is unanchored anyway.
      const text = faker.helpers.fromRegExp(pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, ''))
      if (text.length <= 64 && fits(text)) return text
    } catch {
      // Syntax faker does not know: the walk below handles it.
    }
  }
  let node = parsed.get(pattern)
  if (!node) {
    node = parsePattern(pattern)
    parsed.set(pattern, node)
  }
  const [shortest, longest] = measurePattern(node)
  const low = Math.max(options.minLength, shortest)
  const high = Math.min(options.maxLength, longest, low + 2 * REPEAT_SPREAD)
  const targeted = options.minLength > shortest || options.maxLength < longest
  for (let attempt = 0; attempt < 4; attempt++) {
    const target =
      !targeted || low > high ? undefined : options.minimal ? low : faker.number.int({ min: low, max: high })
    const text = walkPattern(node, faker, options.minimal, target)
    if (fits(text)) return text
  }
  return undefined
}
