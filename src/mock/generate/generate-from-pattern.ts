import type { Faker } from '@faker-js/faker'
import { parsePattern, type PatternNode } from './parse-pattern.js'

const expressions = new Map<string, RegExp | null>()
const parsed = new Map<string, PatternNode>()

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
 * answer is verified), else a walk of the parsed pattern; undefined when neither matches.
 */
export function generateFromPattern(pattern: string, faker: Faker, minimal: boolean): string | undefined {
  const expression = toPatternRegExp(pattern)
  if (!expression) return undefined
  if (!minimal) {
    try {
      // faker takes `^` and `$` literally; a JSON Schema pattern is unanchored anyway.
      const text = faker.helpers.fromRegExp(pattern.replace(/^\^/, '').replace(/(?<!\\)\$$/, ''))
      if (text.length <= 64 && expression.test(text)) return text
    } catch {
      // Syntax faker does not know: the walk below handles it.
    }
  }
  let node = parsed.get(pattern)
  if (!node) {
    node = parsePattern(pattern)
    parsed.set(pattern, node)
  }
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = walk(node, faker, minimal)
    if (expression.test(text)) return text
  }
  return undefined
}

function walk(node: PatternNode, faker: Faker, minimal: boolean): string {
  switch (node.kind) {
    case 'sequence':
      return node.items.map((item) => walk(item, faker, minimal)).join('')
    case 'choice':
      return walk(minimal ? node.options[0]! : faker.helpers.arrayElement(node.options), faker, minimal)
    case 'repeat': {
      // Unbounded and long repetitions stay short: realistic, and still a match.
      const count = minimal ? node.min : faker.number.int({ min: node.min, max: Math.min(node.max, node.min + 6) })
      let text = ''
      for (let index = 0; index < count; index++) text += walk(node.node, faker, minimal)
      return text
    }
    case 'characters':
      return node.pool.length === 0 ? '' : minimal ? node.pool[0]! : faker.helpers.arrayElement(node.pool)
    case 'empty':
      return ''
  }
}
