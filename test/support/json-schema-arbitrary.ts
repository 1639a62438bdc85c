import fc from 'fast-check'

type Schema = Record<string, unknown>

/** The component schemas the drawn schemas may `$ref` (recursive ones among them). */
export const arbitraryComponents: Record<string, Schema> = {
  Node: {
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value: { type: 'integer' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
    },
  },
  LinkedItem: {
    type: 'object',
    required: ['name', 'next'],
    properties: {
      name: { type: 'string', minLength: 1 },
      next: { anyOf: [{ $ref: '#/components/schemas/LinkedItem' }, { type: 'null' }] },
    },
  },
  Account: {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      id: { type: 'integer', readOnly: true },
      secret: { type: 'string', writeOnly: true },
      name: { type: 'string' },
    },
  },
  Cat: {
    type: 'object',
    required: ['kind', 'lives'],
    properties: { kind: { type: 'string' }, lives: { type: 'integer', minimum: 1, maximum: 9 } },
  },
  Dog: {
    type: 'object',
    required: ['kind', 'bark'],
    properties: { kind: { type: 'string' }, bark: { type: 'boolean' } },
  },
  Pet: {
    oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
    discriminator: { propertyName: 'kind' },
  },
}

const FORMATS = [
  'date-time',
  'date',
  'time',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'uuid',
  'json-pointer',
  'relative-json-pointer',
  'regex',
  'byte',
  'binary',
  'password',
]
const PATTERNS = [
  '^[a-z]+$',
  '^[A-Z]{2}\\d{2,4}$',
  '^(red|green|blue)(-[0-9])?$',
  '\\d',
  '^[a-f0-9]{8}(-[a-f0-9]{4})*$',
  '^\\w+@\\w+\\.com$',
]
const NAMES = ['id', 'name', 'email', 'created_at', 'city', 'count', 'url', 'tags', 'a', 'b', 'note', 'first_name']
const SCALAR_TYPES = ['null', 'boolean', 'integer', 'string'] as const

const scalar = fc.oneof(fc.constant(null), fc.boolean(), fc.integer({ min: -50, max: 50 }), fc.string({ maxLength: 6 }))

/** An integer (or number) schema whose range always holds a value, exclusive bounds and multipleOf included. */
function numberSchema(type: 'integer' | 'number'): fc.Arbitrary<Schema> {
  return fc
    .record({
      low: fc.integer({ min: -1000, max: 1000 }),
      span: fc.integer({ min: 25, max: 500 }),
      bounds: fc.constantFrom('none', 'min', 'max', 'both', 'exclusive'),
      multipleOf: fc.option(fc.constantFrom(...(type === 'integer' ? [2, 3, 5, 10] : [0.5, 0.25, 0.1, 2.5])), {
        nil: undefined,
      }),
    })
    .map(({ low, span, bounds, multipleOf }) => ({
      type,
      ...(bounds === 'min' || bounds === 'both' ? { minimum: low } : {}),
      ...(bounds === 'max' || bounds === 'both' ? { maximum: low + span } : {}),
      ...(bounds === 'exclusive' ? { exclusiveMinimum: low, exclusiveMaximum: low + span } : {}),
      ...(multipleOf !== undefined ? { multipleOf } : {}),
    }))
}

const stringSchema: fc.Arbitrary<Schema> = fc.oneof(
  fc
    .record({ minLength: fc.integer({ min: 0, max: 12 }), extra: fc.integer({ min: 0, max: 30 }) })
    .map(({ minLength, extra }) => ({ type: 'string', minLength, maxLength: minLength + extra })),
  fc.constantFrom(...FORMATS).map((format) => ({ type: 'string', format })),
  fc
    .record({
      pattern: fc.constantFrom(...PATTERNS),
      maxLength: fc.option(fc.integer({ min: 12, max: 40 }), { nil: undefined }),
    })
    .map(({ pattern, maxLength }) => ({ type: 'string', pattern, ...(maxLength ? { maxLength } : {}) })),
  fc.constant({ type: 'string', minLength: 1, not: { enum: ['a', 'b', 'c'] } }),
)

const leaf: fc.Arbitrary<Schema> = fc.oneof(
  fc.constantFrom(...SCALAR_TYPES.map((type) => ({ type }))),
  numberSchema('integer'),
  numberSchema('number'),
  stringSchema,
  fc
    .uniqueArray(scalar, { minLength: 1, maxLength: 4, selector: (value) => JSON.stringify(value) })
    .map((values) => ({ enum: values })),
  scalar.map((value) => ({ const: value })),
  fc.constantFrom(...Object.keys(arbitraryComponents)).map((name) => ({ $ref: `#/components/schemas/${name}` })),
)

/**
 * Schemas a generator must find valid values for: every keyword the generator covers, nested to a
 * bounded depth, each compilable by the contract's strict Ajv and satisfiable by construction
 * (oneOf branches of distinct types, ranges that hold a multiple, unique items only where a domain is large).
 */
export function jsonSchemaArbitrary(maxDepth = 3): fc.Arbitrary<Schema> {
  const { schema } = fc.letrec<{ schema: Schema; object: Schema; array: Schema; combined: Schema }>((tie) => ({
    schema: fc.oneof(
      { maxDepth, depthSize: 'small' },
      leaf,
      tie('object'),
      tie('array'),
      tie('combined'),
      leaf.map((inner) =>
        'type' in inner && typeof inner.type === 'string' && inner.type !== 'null'
          ? { ...inner, type: [inner.type, 'null'] }
          : inner,
      ),
    ),
    object: fc
      .record({
        properties: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), tie('schema')), {
          minLength: 0,
          maxLength: 4,
          selector: ([name]) => name,
        }),
        requiredFlags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        additional: fc.oneof(fc.constant(undefined), fc.constant(false), fc.constant(true), tie('schema')),
      })
      .map(({ properties, requiredFlags, additional }) => ({
        type: 'object',
        properties: Object.fromEntries(properties),
        required: properties.filter((_, index) => requiredFlags[index]).map(([name]) => name),
        ...(additional !== undefined ? { additionalProperties: additional } : {}),
      })),
    array: fc.oneof(
      fc
        .record({
          items: tie('schema'),
          minItems: fc.integer({ min: 0, max: 2 }),
          extra: fc.integer({ min: 0, max: 3 }),
        })
        .map(({ items, minItems, extra }) => ({ type: 'array', items, minItems, maxItems: minItems + extra })),
      fc.constant({ type: 'array', items: { type: 'string', minLength: 3 }, minItems: 2, uniqueItems: true }),
      fc
        .array(tie('schema'), { minLength: 1, maxLength: 3 })
        .map((prefixItems) => ({ type: 'array', prefixItems, minItems: prefixItems.length, items: false })),
      fc.constant({
        type: 'array',
        items: { type: 'integer' },
        contains: { type: 'integer', minimum: 100 },
        minContains: 1,
        maxContains: 2,
      }),
    ),
    combined: fc.oneof(
      fc.array(tie('schema'), { minLength: 2, maxLength: 3 }).map((anyOf) => ({ anyOf })),
      fc
        .shuffledSubarray([...SCALAR_TYPES], { minLength: 2, maxLength: 3 })
        .map((types) => ({ oneOf: types.map((type) => ({ type })) })),
      fc.tuple(tie('object'), tie('object')).map(([first, second]) => ({
        allOf: [withoutClosing(first), withoutClosing(withoutPropertiesOf(second, first))],
      })),
      fc.tuple(tie('schema'), tie('schema')).map(([then, otherwise]) => ({
        type: 'object',
        required: ['kind'],
        properties: { kind: { enum: ['x', 'y'] } },
        if: { properties: { kind: { const: 'x' } } },
        then: { properties: { detail: then }, required: ['detail'] },
        else: { properties: { other: otherwise }, required: ['other'] },
      })),
    ),
  }))
  return schema
}

/** An allOf of two objects that both close themselves allows only their common properties: keep them open. */
function withoutClosing(schema: Schema): Schema {
  const { additionalProperties: _closed, ...open } = schema
  return open
}

/** The second object of an allOf without the properties of the first, so that the two never contradict. */
function withoutPropertiesOf(schema: Schema, other: Schema): Schema {
  const taken = Object.keys(other.properties as Schema)
  const properties = Object.fromEntries(
    Object.entries(schema.properties as Schema).filter(([name]) => !taken.includes(name)),
  )
  return { ...schema, properties, required: (schema.required as string[]).filter((name) => name in properties) }
}
