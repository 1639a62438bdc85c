import type { Faker } from '@faker-js/faker'
import { parsePattern, type PatternNode } from './parse-pattern.js'

const expressions = new Map<string, RegExp | null>()
const parsed = new Map<string, PatternNode>()
const measured = new WeakMap<PatternNode, [number, number]>()

/** How much longer than its minimum an unbounded repetition gets: short text reads better. */
const REPEAT_SPREAD = 6

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
      expression = new RegExp(pattern, 'u')
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
  const [shortest, longest] = measure(node)
  const low = Math.max(options.minLength, shortest)
  const high = Math.min(options.maxLength, longest, low + 2 * REPEAT_SPREAD)
  const targeted = options.minLength > shortest || options.maxLength < longest
  for (let attempt = 0; attempt < 4; attempt++) {
    const target = !targeted || low > high ? undefined : options.minimal ? low : faker.number.int({ min: low, max: high })
    const text = walk(node, faker, options.minimal, target)
    if (fits(text)) return text
  }
  return undefined
}

/** The shortest and longest text a node matches (lookarounds and backreferences count as nothing). */
function measure(node: PatternNode): [number, number] {
  let lengths = measured.get(node)
  if (lengths) return lengths
  switch (node.kind) {
    case 'sequence':
      lengths = node.items.map(measure).reduce<[number, number]>(([low, high], [a, b]) => [low + a, high + b], [0, 0])
      break
    case 'choice': {
      const options = node.options.map(measure)
      lengths = [Math.min(...options.map(([low]) => low)), Math.max(...options.map(([, high]) => high))]
      break
    }
    case 'repeat': {
      const [low, high] = measure(node.node)
      lengths = [low * node.min, node.max === 0 || high === 0 ? 0 : high * node.max]
      break
    }
    case 'characters':
      lengths = node.pool.length === 0 ? [0, 0] : [1, 1]
      break
    case 'empty':
      lengths = [0, 0]
  }
  measured.set(node, lengths)
  return lengths
}

/** Text the node matches, as close to `target` characters as its shape lets it be (any length without one). */
function walk(node: PatternNode, faker: Faker, minimal: boolean, target: number | undefined): string {
  switch (node.kind) {
    case 'sequence':
      return walkSequence(node.items, faker, minimal, target)
    case 'choice': {
      const fitting = target === undefined ? node.options : node.options.filter((option) => measure(option)[0] <= target && target <= measure(option)[1])
      const options = fitting.length > 0 ? fitting : node.options
      return walk(minimal ? options[0]! : faker.helpers.arrayElement(options), faker, minimal, target)
    }
    case 'repeat':
      return walkRepeat(node, faker, minimal, target)
    case 'characters':
      return node.pool.length === 0 ? '' : minimal ? node.pool[0]! : faker.helpers.arrayElement(node.pool)
    case 'empty':
      return ''
  }
}

/** Gives each item its shortest length, then the rest of the target in order, as far as each stretches. */
function walkSequence(items: PatternNode[], faker: Faker, minimal: boolean, target: number | undefined): string {
  if (target === undefined) return items.map((item) => walk(item, faker, minimal, undefined)).join('')
  let surplus = target - items.reduce((sum, item) => sum + measure(item)[0], 0)
  return items
    .map((item) => {
      const [low, high] = measure(item)
      const extra = Math.max(0, Math.min(surplus, high - low))
      surplus -= extra
      return walk(item, faker, minimal, low + extra)
    })
    .join('')
}

function walkRepeat(node: Extract<PatternNode, { kind: 'repeat' }>, faker: Faker, minimal: boolean, target: number | undefined): string {
  const [low, high] = measure(node.node)
  if (target === undefined || high === 0) {
    const count = minimal ? node.min : faker.number.int({ min: node.min, max: Math.min(node.max, node.min + REPEAT_SPREAD) })
    return Array.from({ length: count }, () => walk(node.node, faker, minimal, undefined)).join('')
  }
  const needed = high === Infinity ? (target > 0 ? 1 : 0) : Math.ceil(target / high)
  const count = Math.min(node.max, Math.max(node.min, needed))
  // The target spread evenly, the remainder one by one, so the lengths add up to it.
  const base = count === 0 ? 0 : Math.floor(target / count)
  const remainder = target - base * count
  return Array.from({ length: count }, (_, index) => walk(node.node, faker, minimal, Math.max(low, Math.min(high, base + (index < remainder ? 1 : 0))))).join('')
}
