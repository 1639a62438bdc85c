import { generateFromPattern, toPatternRegExp } from './generate-from-pattern.js'
import { UnsatisfiableSchema, type GenerationContext } from './generation-context.js'
import { findStringHint } from './property-hints.js'
import type { SchemaShape } from './schema-shape.js'
import { checkFormat, FORMAT_VALUES, padFormatValue, SHORTEST_FORMAT_VALUES } from './string-formats.js'

/**
 * A string meeting the shape's lengths (in code points, as Ajv counts them), patterns and formats:
 * from a pattern when there is one, else its format, else the property name's hint or words.
 */
export function generateString(shape: SchemaShape, ctx: GenerationContext): string {
  const min = shape.minLength ?? 0
  const max = shape.maxLength ?? Infinity
  if (min > max) throw new UnsatisfiableSchema(shape.pointer, 'its minLength is above its maxLength')
  const format = shape.formats.find((name) => name in FORMAT_VALUES)
  const fits = (text: string | undefined): text is string => {
    if (text === undefined) return false
    const length = Array.from(text).length
    return (
      length >= min &&
      length <= max &&
      shape.patterns.every((pattern) => toPatternRegExp(pattern)?.test(text) === true) &&
      shape.formats.every((name) => checkFormat(name, text))
    )
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const text = draftString(shape, ctx, format, min, max, attempt)
    if (fits(text)) return text
  }
  const shortest = format === undefined ? undefined : padFormatValue(format, SHORTEST_FORMAT_VALUES[format]!, min)
  if (fits(shortest)) return shortest
  throw new UnsatisfiableSchema(shape.pointer, `no string found that meets ${describe(shape)}`)
}

function draftString(
  shape: SchemaShape,
  ctx: GenerationContext,
  format: string | undefined,
  min: number,
  max: number,
  attempt: number,
): string | undefined {
  if (shape.patterns.length > 0)
    return generateFromPattern(shape.patterns[attempt % shape.patterns.length]!, ctx.faker, {
      minimal: ctx.minimal && attempt === 0,
      minLength: min,
      maxLength: max,
    })
  if (format !== undefined) return padFormatValue(format, FORMAT_VALUES[format]!(ctx.faker), min)
  const hint = attempt < 2 ? findStringHint(ctx.hint) : undefined
  return fitLength(hint ? hint(ctx.faker) : ctx.faker.lorem.words({ min: 1, max: 3 }), min, max, ctx)
}

/** Words appended until the text is long enough, then cut to the maximum (whole code points). */
function fitLength(text: string, min: number, max: number, ctx: GenerationContext): string {
  if (min === 0 && max === Infinity) return text
  const characters = Array.from(text)
  while (characters.length < min) characters.push(' ', ...Array.from(ctx.faker.lorem.word()))
  const cut = characters.slice(0, max)
  while (cut.length > min && cut[cut.length - 1] === ' ') cut.pop()
  return cut.join('')
}

function describe(shape: SchemaShape): string {
  const parts = [
    shape.minLength !== undefined ? `minLength ${shape.minLength}` : '',
    shape.maxLength !== undefined ? `maxLength ${shape.maxLength}` : '',
    ...shape.patterns.map((pattern) => `pattern ${pattern}`),
    ...shape.formats.map((format) => `format ${format}`),
  ]
  return parts.filter(Boolean).join(', ')
}
