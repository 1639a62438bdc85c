import type { Faker } from '@faker-js/faker'
import type { PatternNode } from './parse-pattern.js'

const measured = new WeakMap<PatternNode, [number, number]>()

/** How much longer than its minimum an unbounded repetition gets: short text reads better. */
export const REPEAT_SPREAD = 6

/** The shortest and longest text a node matches (lookarounds and backreferences count as nothing). */
export function measurePattern(node: PatternNode): [number, number] {
  let lengths = measured.get(node)
  if (lengths) return lengths
  switch (node.kind) {
    case 'sequence':
      lengths = node.items
        .map(measurePattern)
        .reduce<[number, number]>(([low, high], [a, b]) => [low + a, high + b], [0, 0])
      break
    case 'choice': {
      const options = node.options.map(measurePattern)
      lengths = [Math.min(...options.map(([low]) => low)), Math.max(...options.map(([, high]) => high))]
      break
    }
    case 'repeat': {
      const [low, high] = measurePattern(node.node)
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
export function walkPattern(node: PatternNode, faker: Faker, minimal: boolean, target: number | undefined): string {
  switch (node.kind) {
    case 'sequence':
      return walkSequence(node.items, faker, minimal, target)
    case 'choice': {
      const fitting =
        target === undefined
          ? node.options
          : node.options.filter((option) => measurePattern(option)[0] <= target && target <= measurePattern(option)[1])
      const options = fitting.length > 0 ? fitting : node.options
      return walkPattern(minimal ? options[0]! : faker.helpers.arrayElement(options), faker, minimal, target)
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
  if (target === undefined) return items.map((item) => walkPattern(item, faker, minimal, undefined)).join('')
  let surplus = target - items.reduce((sum, item) => sum + measurePattern(item)[0], 0)
  return items
    .map((item) => {
      const [low, high] = measurePattern(item)
      const extra = Math.max(0, Math.min(surplus, high - low))
      surplus -= extra
      return walkPattern(item, faker, minimal, low + extra)
    })
    .join('')
}

function walkRepeat(
  node: Extract<PatternNode, { kind: 'repeat' }>,
  faker: Faker,
  minimal: boolean,
  target: number | undefined,
): string {
  const [low, high] = measurePattern(node.node)
  if (target === undefined || high === 0) {
    const count = minimal
      ? node.min
      : faker.number.int({ min: node.min, max: Math.min(node.max, node.min + REPEAT_SPREAD) })
    return Array.from({ length: count }, () => walkPattern(node.node, faker, minimal, undefined)).join('')
  }
  const needed = high === Infinity ? (target > 0 ? 1 : 0) : Math.ceil(target / high)
  const count = Math.min(node.max, Math.max(node.min, needed))
  // The target spread evenly, the remainder one by one, so the lengths add up to it.
  const base = count === 0 ? 0 : Math.floor(target / count)
  const remainder = target - base * count
  return Array.from({ length: count }, (_, index) =>
    walkPattern(node.node, faker, minimal, Math.max(low, Math.min(high, base + (index < remainder ? 1 : 0)))),
  ).join('')
}
