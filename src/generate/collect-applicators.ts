import { toPropertyPointer, type Located } from './generation-context.js'
import type { SchemaShape } from './schema-shape.js'

type Schema = Record<string, unknown>

/** `anyOf`/`oneOf`, `if`/`then`/`else`, `dependentSchemas` and `not`: what a value is checked against, or chooses between. */
export function addApplicators(shape: SchemaShape, s: Schema, pointer: string): void {
  for (const kind of ['anyOf', 'oneOf'] as const) {
    if (!Array.isArray(s[kind])) continue
    const branches = (s[kind] as unknown[]).map((schema, index) => ({ schema, pointer: `${pointer}/${kind}/${index}` }))
    const discriminator = s.discriminator as { propertyName?: unknown; mapping?: Record<string, string> } | undefined
    shape.choices.push({
      kind,
      branches,
      pointer: `${pointer}/${kind}`,
      ...(typeof discriminator?.propertyName === 'string'
        ? { discriminator: { propertyName: discriminator.propertyName, mapping: discriminator.mapping ?? {} } }
        : {}),
    })
  }
  if ('if' in s && ('then' in s || 'else' in s)) {
    const test = { schema: s.if, pointer: `${pointer}/if` }
    shape.conditions.push({
      test,
      then: 'then' in s ? [test, { schema: s.then, pointer: `${pointer}/then` }] : [test],
      else: 'else' in s ? [{ schema: s.else, pointer: `${pointer}/else` }] : [],
      pointer: `${pointer}/if`,
    })
  }
  if (typeof s.dependentSchemas === 'object' && s.dependentSchemas !== null) {
    for (const [property, dependent] of Object.entries(s.dependentSchemas)) {
      const dependentPointer = toPropertyPointer(pointer, 'dependentSchemas', property)
      shape.conditions.push({
        test: { property },
        then: [
          { schema: { required: [property] }, pointer: dependentPointer },
          { schema: dependent, pointer: dependentPointer },
        ],
        else: [],
        elseForbids: property,
        pointer: dependentPointer,
      })
    }
  }
  if ('not' in s) addNot(shape, { schema: s.not, pointer: `${pointer}/not` })
}

/** A `not` is checked on the value; one with `required` is also met by leaving that property out. */
function addNot(shape: SchemaShape, not: Located): void {
  const required = (not.schema as Schema | null)?.required
  if (Array.isArray(required) && typeof required[0] === 'string') shape.forbidden.push(required[0])
  shape.nots.push(not)
}
