import fc from 'fast-check'
import type { OpenAPIV3_1 } from 'openapi-types'
import { describe, expect, it } from 'vitest'
import type { Operation } from '../../src/api/spec.js'
import { createRouter } from '../../src/contract/create-router.js'
import { compileParameterReader } from '../../src/contract/deserialize-parameters.js'
import { parseQuery } from '../../src/contract/locate-request.js'
import { toFetchArguments } from '../../src/verify/to-fetch-arguments.js'
import type { DraftRequest } from '../../src/verify/types.js'

// verify writes each parameter as its style, explode and content say (OpenAPI's defaults where
// they are absent), and the contract's own readers (compileParameterReader, behind its router and
// query parser) read back the value it wrote, for every style, explode and kind of value.

const document = { openapi: '3.1.0', info: { title: 'styles', version: '1' }, paths: {} } as OpenAPIV3_1.Document
type Parameter = OpenAPIV3_1.ParameterObject

function toOperation(parameter: Parameter): Operation {
  return {
    operationId: 'sendColor',
    method: 'get',
    path: parameter.in === 'path' ? `/colors/{${parameter.name}}` : '/colors',
    parameters: [parameter],
    responses: {},
    security: [],
  }
}

function toRequest(parameter: Parameter, value: unknown, headers: Record<string, string> = {}): DraftRequest {
  const request: DraftRequest = { path: {}, query: {}, headers }
  if (parameter.in === 'path') request.path[parameter.name] = value
  if (parameter.in === 'query') request.query[parameter.name] = value
  if (parameter.in === 'header') request.header = { [parameter.name]: value }
  if (parameter.in === 'cookie') request.cookie = { [parameter.name]: value }
  return request
}

/** What verify puts on the wire for the parameter: the path and query as a URL gives them, and the headers. */
function send(parameter: Parameter, value: unknown, headers: Record<string, string> = {}) {
  const [url, init] = toFetchArguments('http://127.0.0.1', toOperation(parameter), toRequest(parameter, value, headers))
  const { pathname, search } = new URL(url)
  return { path: pathname.slice('/colors'.length), search: search.slice(1), headers: init.headers }
}

/** Compiles the contract's reader for the parameter once; each call sends a value as verify does and reads it back. */
function compileRoundTrip(parameter: Parameter): (value: unknown) => unknown {
  const operation = toOperation(parameter)
  const route = createRouter([operation])
  const read = compileParameterReader(document, [parameter])
  return (value) => {
    const [url, init] = toFetchArguments('http://127.0.0.1', operation, toRequest(parameter, value))
    const { pathname, search } = new URL(url)
    const match = route('get', pathname)
    if (match.kind !== 'operation') throw new Error(`${url} is not routed to its operation`)
    const headers = Object.fromEntries(Object.entries(init.headers).map(([name, text]) => [name.toLowerCase(), text]))
    const result = read({ path: match.params, query: parseQuery(search.slice(1)), headers })
    expect(result.unreadable, url).toEqual([])
    expect(result.repeated, url).toEqual([])
    return result[parameter.in as 'path'][parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name]
  }
}

// No style can tell a delimiter inside a value from one between values (`,` `.` `;` `=` `|`, a space,
// and for label a number's decimal point); everything else a URL, a header or a cookie must escape is in.
const headerAlphabet = [..."abcXYZ019-_~&+#%/?:@!$()*'"]
const alphabet = [...headerAlphabet, 'é', '✓', '"']
const text = (location: string) =>
  fc.string({
    unit: fc.constantFrom(...(location === 'header' ? headerAlphabet : alphabet)),
    minLength: 1,
    maxLength: 8,
  })
const decimal = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((n) => (n === 0 ? 0 : n))

type Kind = 'primitive' | 'array' | 'object'

/** Scalars of each type, with their schema. */
function listScalars(location: string, style?: string): Array<{ schema: object; value: fc.Arbitrary<unknown> }> {
  return [
    { schema: { type: 'string' }, value: text(location) },
    { schema: { type: 'integer' }, value: fc.integer() },
    { schema: { type: 'number' }, value: style === 'label' ? fc.integer() : decimal },
    { schema: { type: 'boolean' }, value: fc.boolean() },
  ]
}

/** A schema of the kind and values valid against it. */
function drawValues(kind: Kind, location: string, style?: string): fc.Arbitrary<{ schema: object; value: unknown }> {
  const scalars = listScalars(location, style)
  if (kind === 'primitive')
    return fc.oneof(...scalars.map(({ schema, value }) => value.map((item) => ({ schema, value: item }))))
  if (kind === 'array')
    return fc.oneof(
      ...scalars.map(({ schema, value }) =>
        fc
          .array(value, { minLength: 1, maxLength: 4 })
          .map((items) => ({ schema: { type: 'array', items: schema }, value: items })),
      ),
    )
  const properties = { R: { type: 'string' }, G: { type: 'integer' }, B: { type: 'boolean' } }
  return fc
    .record({ R: text(location), G: fc.integer(), B: fc.boolean() }, { requiredKeys: [] })
    .filter((value) => Object.keys(value).length > 0)
    .map((value) => ({ schema: { type: 'object', properties }, value }))
}

const kinds: Kind[] = ['primitive', 'array', 'object']
const explodes = [false, true]
const styled: Array<{ in: string; style?: string; explode?: boolean; allowReserved?: boolean; kinds: Kind[] }> = [
  ...['simple', 'label', 'matrix'].flatMap((style) =>
    explodes.map((explode) => ({ in: 'path', style, explode, kinds })),
  ),
  ...explodes.map((explode) => ({ in: 'header', style: 'simple', explode, kinds })),
  ...['query', 'cookie'].flatMap((location) =>
    explodes.map((explode) => ({ in: location, style: 'form', explode, kinds })),
  ),
  ...['spaceDelimited', 'pipeDelimited'].flatMap((style) => [
    { in: 'query', style, explode: false, kinds: ['array', 'object'] as Kind[] },
    { in: 'query', style, explode: true, kinds: ['array'] as Kind[] },
  ]),
  { in: 'query', style: 'deepObject', explode: true, kinds: ['object'] },
  // OpenAPI's defaults: path and header simple, not exploded; query and cookie form, exploded.
  ...['path', 'header', 'query', 'cookie'].map((location) => ({ in: location, kinds })),
  ...explodes.map((explode) => ({ in: 'query', style: 'form', explode, allowReserved: true, kinds })),
]

describe.each(
  styled.flatMap(({ kinds: each, ...how }) =>
    each.map(
      (kind) =>
        [
          `${how.in} ${how.style ?? '(default)'}${how.explode === undefined ? '' : how.explode ? ' exploded' : ' not exploded'}${how.allowReserved ? ' allowReserved' : ''} ${kind}`,
          how,
          kind,
        ] as const,
    ),
  ),
)('%s', (_, how, kind) => {
  it('reads back every value it writes', () => {
    fc.assert(
      fc.property(drawValues(kind, how.in, how.style), ({ schema, value }) => {
        const parameter = { name: 'color', required: true, schema, ...how } as Parameter
        expect(compileRoundTrip(parameter)(value)).toEqual(value)
      }),
      { numRuns: 60, seed: 20261202 },
    )
  })
})

describe.each(['path', 'header', 'query', 'cookie'])('%s content application/json', (location) => {
  it('reads back every value it writes, as JSON', () => {
    fc.assert(
      fc.property(fc.oneof(...kinds.map((kind) => drawValues(kind, 'header'))), ({ schema, value }) => {
        const parameter = { name: 'color', in: location, required: true, content: { 'application/json': { schema } } }
        expect(compileRoundTrip(parameter as Parameter)(value)).toEqual(value)
      }),
      { numRuns: 60, seed: 20261202 },
    )
  })
})

// OpenAPI's style table, for `color`: the primitive "blue", the array blue, black, brown, and
// the object R 100, G 200, B 150.
const blue = 'blue'
const colors = ['blue', 'black', 'brown']
const rgb = { R: 100, G: 200, B: 150 }
const schemas = {
  primitive: { type: 'string' },
  array: { type: 'array', items: { type: 'string' } },
  object: { type: 'object', properties: { R: { type: 'integer' }, G: { type: 'integer' }, B: { type: 'integer' } } },
}

function sendText(how: Partial<Parameter> & { in: string }, value: unknown, schema: object): string {
  const parameter = { name: 'color', required: true, schema, ...how } as Parameter
  const sent = send(parameter, value)
  if (how.in === 'path') return sent.path.slice(1)
  if (how.in === 'query') return sent.search
  return sent.headers[how.in === 'cookie' ? 'cookie' : 'color']!
}

it.each([
  [{ in: 'path' }, ['blue', 'blue,black,brown', 'R,100,G,200,B,150']],
  [{ in: 'path', explode: true }, ['blue', 'blue,black,brown', 'R=100,G=200,B=150']],
  [{ in: 'path', style: 'label' }, ['.blue', '.blue,black,brown', '.R,100,G,200,B,150']],
  [{ in: 'path', style: 'label', explode: true }, ['.blue', '.blue.black.brown', '.R=100.G=200.B=150']],
  [{ in: 'path', style: 'matrix' }, [';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150']],
  [
    { in: 'path', style: 'matrix', explode: true },
    [';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ],
  [{ in: 'query', explode: false }, ['color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150']],
  [{ in: 'query' }, ['color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150']],
  [{ in: 'header' }, ['blue', 'blue,black,brown', 'R,100,G,200,B,150']],
  [{ in: 'header', explode: true }, ['blue', 'blue,black,brown', 'R=100,G=200,B=150']],
  [{ in: 'cookie', explode: false }, ['color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150']],
  [{ in: 'cookie' }, ['color=blue', 'color=blue; color=black; color=brown', 'R=100; G=200; B=150']],
] as const)("writes %o as OpenAPI's style table does", (how, [primitive, array, object]) => {
  expect([
    sendText(how, blue, schemas.primitive),
    sendText(how, colors, schemas.array),
    sendText(how, rgb, schemas.object),
  ]).toEqual([primitive, array, object])
})

it('writes the delimited styles and deepObject as the style table does', () => {
  expect(sendText({ in: 'query', style: 'spaceDelimited', explode: false }, colors, schemas.array)).toBe(
    'color=blue%20black%20brown',
  )
  expect(sendText({ in: 'query', style: 'spaceDelimited', explode: false }, rgb, schemas.object)).toBe(
    'color=R%20100%20G%20200%20B%20150',
  )
  expect(sendText({ in: 'query', style: 'pipeDelimited', explode: false }, colors, schemas.array)).toBe(
    'color=blue|black|brown',
  )
  expect(sendText({ in: 'query', style: 'pipeDelimited', explode: false }, rgb, schemas.object)).toBe(
    'color=R|100|G|200|B|150',
  )
  expect(sendText({ in: 'query', style: 'deepObject', explode: true }, rgb, schemas.object)).toBe(
    'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150',
  )
})

it("leaves a query value's reserved characters as they are under allowReserved, but those a query string reads as its own", () => {
  const value = 'a/b?c:d@e!$,;=f&g+h#i[j]k%l'
  expect(sendText({ in: 'query', allowReserved: true }, value, schemas.primitive)).toBe(
    'color=a/b?c:d@e!$,;=f%26g%2Bh%23i%5Bj%5Dk%25l',
  )
  expect(sendText({ in: 'query' }, value, schemas.primitive)).toBe(
    'color=a%2Fb%3Fc%3Ad%40e!%24%2C%3B%3Df%26g%2Bh%23i%5Bj%5Dk%25l',
  )
})

it("sends a content parameter as its media type's text, escaped where it goes", () => {
  const filter = { name: 'filter', required: true, content: { 'application/json': { schema: { type: 'object' } } } }
  const value = { color: 'blue', sizes: [1, 2] }
  expect(send({ ...filter, in: 'query' } as Parameter, value).search).toBe(
    `filter=${encodeURIComponent(JSON.stringify(value))}`,
  )
  expect(send({ ...filter, in: 'header' } as Parameter, value).headers.filter).toBe(JSON.stringify(value))
})

it("sends cookie parameters in one Cookie header, after the run's own", () => {
  const parameter = { name: 'color', in: 'cookie', required: true, schema: schemas.array } as Parameter
  expect(send(parameter, colors, { cookie: 'session=abc' }).headers.cookie).toBe(
    'session=abc; color=blue; color=black; color=brown',
  )
})
