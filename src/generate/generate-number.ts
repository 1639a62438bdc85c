import { UnsatisfiableSchema, type GenerationContext } from './generation-context.js'
import { findNumberHint } from './property-hints.js'
import type { SchemaShape } from './schema-shape.js'

interface Bounds {
  low: number
  high: number
  lowOpen: boolean
  highOpen: boolean
}

const INT32: [number, number] = [-(2 ** 31), 2 ** 31 - 1]

/**
 * A number within the shape's bounds, a multiple of its `multipleOf`s, whole when `integer` or its
 * format says so; realistic ranges come from the property name. Only integers and divisions by
 * powers of ten: the same value in every JavaScript engine.
 */
export function generateNumber(shape: SchemaShape, ctx: GenerationContext, integer: boolean): number {
  const whole = integer || shape.formats.includes('int32') || shape.formats.includes('int64')
  const bounds = getBounds(shape)
  const [hintLow, hintHigh, digits] = findNumberHint(ctx.hint) ?? (whole ? [1, 1000, 0] : [0, 1000, 2])
  const [low, high] = chooseWindow(bounds, hintLow, hintHigh)
  const accepts = (value: number) =>
    isWithin(value, bounds) &&
    (!whole || Number.isInteger(value)) &&
    shape.multipleOf.every((step) => isMultipleOf(value, step))
  if (shape.multipleOf.length > 0) return generateMultiple(shape, ctx, low, high, accepts)
  if (whole) {
    const min = bounds.lowOpen && Math.ceil(low) <= bounds.low ? Math.floor(bounds.low) + 1 : Math.ceil(low)
    const max = bounds.highOpen && Math.floor(high) >= bounds.high ? Math.ceil(bounds.high) - 1 : Math.floor(high)
    const value = pickInteger(ctx, min, max)
    if (accepts(value)) return value
    throw new UnsatisfiableSchema(shape.pointer, `no integer lies within its bounds`)
  }
  const scale = 10 ** (ctx.minimal ? 0 : digits)
  for (let draw = 0; draw < 3; draw++) {
    const value = pickInteger(ctx, Math.ceil(low * scale), Math.floor(high * scale)) / scale
    if (accepts(value)) return normalizeZero(value)
  }
  const middle = (low + high) / 2
  if (accepts(middle)) return normalizeZero(middle)
  throw new UnsatisfiableSchema(shape.pointer, 'no number lies within its bounds')
}

function getBounds(shape: SchemaShape): Bounds {
  const bounds: Bounds = {
    low: shape.minimum ?? -Infinity,
    high: shape.maximum ?? Infinity,
    lowOpen: false,
    highOpen: false,
  }
  if (shape.exclusiveMinimum !== undefined && shape.exclusiveMinimum >= bounds.low)
    Object.assign(bounds, { low: shape.exclusiveMinimum, lowOpen: true })
  if (shape.exclusiveMaximum !== undefined && shape.exclusiveMaximum <= bounds.high)
    Object.assign(bounds, { high: shape.exclusiveMaximum, highOpen: true })
  if (shape.formats.includes('int32')) {
    if (INT32[0] > bounds.low) Object.assign(bounds, { low: INT32[0], lowOpen: false })
    if (INT32[1] < bounds.high) Object.assign(bounds, { high: INT32[1], highOpen: false })
  }
  return bounds
}

/** The realistic range where it fits the bounds, else a range of the same span at the bound that is set. */
function chooseWindow(bounds: Bounds, hintLow: number, hintHigh: number): [number, number] {
  const low = Math.max(bounds.low, hintLow)
  const high = Math.min(bounds.high, hintHigh)
  if (low < high || (low === high && !bounds.lowOpen && !bounds.highOpen)) return [low, high]
  const span = hintHigh - hintLow
  if (Number.isFinite(bounds.low) && Number.isFinite(bounds.high)) return [bounds.low, bounds.high]
  if (Number.isFinite(bounds.low)) return [bounds.low, bounds.low + span]
  return [bounds.high - span, bounds.high]
}

function isWithin(value: number, bounds: Bounds): boolean {
  return (
    Number.isFinite(value) &&
    (bounds.lowOpen ? value > bounds.low : value >= bounds.low) &&
    (bounds.highOpen ? value < bounds.high : value <= bounds.high)
  )
}

/** Ajv's own test: the quotient is a whole number as `parseInt` reads it. */
function isMultipleOf(value: number, step: number): boolean {
  const quotient = value / step
  return quotient === parseInt(String(quotient), 10)
}

function pickInteger(ctx: GenerationContext, min: number, max: number): number {
  if (min > max) return NaN
  // Beyond 2^53 faker cannot count; the bound itself is a whole number there.
  if (ctx.minimal || min === max || !Number.isSafeInteger(min) || !Number.isSafeInteger(max))
    return normalizeZero(Number.isFinite(min) ? min : max)
  return normalizeZero(ctx.faker.number.int({ min, max }))
}

/** Scans multiples of the largest step from a random start, rounding away binary noise (0.1 * 3). */
function generateMultiple(
  shape: SchemaShape,
  ctx: GenerationContext,
  low: number,
  high: number,
  accepts: (value: number) => boolean,
): number {
  const step = Math.max(...shape.multipleOf.map(Math.abs))
  const first = Math.ceil(low / step)
  const last = Math.floor(high / step)
  const start =
    Number.isSafeInteger(first) && Number.isSafeInteger(last) && first <= last ? pickInteger(ctx, first, last) : first
  const count = Number.isSafeInteger(last - first) && first <= last ? Math.min(last - first + 1, 256) : 256
  for (let offset = 0; offset < count; offset++) {
    const k = first <= last ? first + ((start - first + offset) % (last - first + 1)) : start + offset
    for (const value of [Number((k * step).toPrecision(12)), k * step]) if (accepts(value)) return normalizeZero(value)
  }
  if (accepts(0)) return 0
  throw new UnsatisfiableSchema(shape.pointer, 'no multiple of its multipleOf lies within its bounds')
}

function normalizeZero(value: number): number {
  return value === 0 ? 0 : value
}
