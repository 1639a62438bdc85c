/**
 * Start-up with a large document of the user's own: a generated OpenAPI 3.1 document of 200
 * operations (about 600 KB, the same bytes on every run), served by `chatmock serve --no-builtins
 * --spec` (the bundled command line, as `npm start` runs it) and by `prism mock`: spawn to the first
 * 200 of a list operation, median of `runs`. Run alone with `npx tsx bench/user-spec-start-up.ts`
 * (after `npm run build`), or as part of `npm run bench`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { freePort, median, startServer, stopServer } from './lib.js'

const root = new URL('../', import.meta.url).pathname

export interface UserSpecStartUp {
  document: { operations: number; bytes: number }
  chatmock: { medianMs: number; runsMs: number[] }
  prism: { medianMs: number; runsMs: number[] }
}

const RESOURCES = 50
const WORDS = [
  'account',
  'billing',
  'channel',
  'delivery',
  'estimate',
  'feature',
  'gateway',
  'history',
  'invoice',
  'journey',
  'kiosk',
  'ledger',
  'metric',
  'notice',
  'option',
  'payment',
]

/** The document: 50 resources, each listed, created, read and updated (200 operations), with rich schemas and examples. */
export function generateUserDocument(): Record<string, unknown> {
  const paths: Record<string, unknown> = {}
  const schemas: Record<string, unknown> = {
    Problem: {
      type: 'object',
      additionalProperties: true,
      properties: { title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
    },
  }
  for (let r = 0; r < RESOURCES; r++) {
    const name = `${capitalize(WORDS[r % WORDS.length]!)}${r}`
    const plural = `/${WORDS[r % WORDS.length]}-${r}s`
    const properties: Record<string, unknown> = {
      id: { type: 'string', pattern: '^[a-z]{3}-[0-9]{4}$', description: describe(name, 'id', 0) },
    }
    const example: Record<string, unknown> = { id: 'abc-0001' }
    for (let p = 0; p < 9; p++) {
      const key = `${WORDS[(r + p) % WORDS.length]}_${p}`
      const [schema, value] = property(r, p)
      properties[key] = { ...schema, description: describe(name, key, p) }
      example[key] = value
    }
    const required = Object.keys(properties).slice(0, 10)
    schemas[name] = { type: 'object', additionalProperties: false, required, properties }
    schemas[`New${name}`] = {
      type: 'object',
      additionalProperties: false,
      required: required.slice(1, 4),
      properties: Object.fromEntries(Object.entries(properties).filter(([key]) => key !== 'id')),
    }
    const ref = { $ref: `#/components/schemas/${name}` }
    const problem = {
      description: 'Problem',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    }
    const idParameter = {
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[a-z]{3}-[0-9]{4}$' },
    }
    paths[plural] = {
      get: {
        operationId: `list${name}`,
        summary: `List ${name} records`,
        description: describe(name, 'list', r),
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
          { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
          { name: 'sort', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
        ],
        responses: {
          '200': {
            description: `${name} records`,
            content: { 'application/json': { schema: { type: 'array', items: ref }, example: [example] } },
          },
          '400': problem,
        },
      },
      post: {
        operationId: `create${name}`,
        summary: `Create a ${name}`,
        description: describe(name, 'create', r),
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/New${name}` } } },
        },
        responses: {
          '201': { description: `The ${name}`, content: { 'application/json': { schema: ref } } },
          '400': problem,
        },
      },
    }
    paths[`${plural}/{id}`] = {
      get: {
        operationId: `get${name}`,
        summary: `Get a ${name}`,
        description: describe(name, 'get', r),
        parameters: [idParameter],
        responses: {
          '200': { description: `The ${name}`, content: { 'application/json': { schema: ref, example } } },
          '404': problem,
        },
      },
      patch: {
        operationId: `update${name}`,
        summary: `Update a ${name}`,
        description: describe(name, 'update', r),
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/New${name}` } } },
        },
        responses: {
          '200': { description: `The ${name}`, content: { 'application/json': { schema: ref } } },
          '400': problem,
          '404': problem,
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Generated (200 operations)', version: '1.0.0' },
    'x-chatmock-id': 'generated',
    servers: [{ url: 'https://generated.example.com' }],
    paths,
    components: { schemas },
  }
}

function property(r: number, p: number): [Record<string, unknown>, unknown] {
  switch ((r + p) % 8) {
    case 0:
      return [{ type: 'string', minLength: 1, maxLength: 80 }, `text ${p}`]
    case 1:
      return [{ type: 'integer', minimum: 0, maximum: 100000 }, p * 7]
    case 2:
      return [{ type: 'number', minimum: 0 }, p + 0.5]
    case 3:
      return [{ type: 'boolean' }, p % 2 === 0]
    case 4:
      return [{ type: 'string', format: 'date-time' }, '2024-03-01T09:00:00Z']
    case 5:
      return [{ type: 'string', enum: ['draft', 'active', 'archived', 'deleted'] }, 'active']
    case 6:
      return [{ type: ['string', 'null'], maxLength: 200 }, null]
    default:
      return [
        {
          type: 'array',
          maxItems: 5,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['code'],
            properties: { code: { type: 'string', maxLength: 12 }, weight: { type: 'integer', minimum: 0 } },
          },
        },
        [{ code: `c${p}`, weight: p }],
      ]
  }
}

function describe(name: string, what: string, n: number): string {
  return `The ${what} of a ${name} (${n}), as the service keeps it and checks it.`
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}

/** Writes the document to `file` and measures both servers on it. */
export async function measureUserSpecStartUp(file: string, runs: number): Promise<UserSpecStartUp> {
  const document = generateUserDocument()
  const text = `${JSON.stringify(document, null, 2)}\n`
  writeFileSync(file, text)
  const operations = Object.values(document.paths as Record<string, Record<string, unknown>>).reduce(
    (sum, item) => sum + Object.keys(item).length,
    0,
  )
  const require = createRequire(import.meta.url)
  const prismPackage = require.resolve('@stoplight/prism-cli/package.json')
  const prismBin = join(
    dirname(prismPackage),
    (JSON.parse(readFileSync(prismPackage, 'utf8')) as { bin: Record<string, string> }).bin.prism!,
  )
  const measure = async (command: (port: number) => string[], path: string) => {
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const port = await freePort()
      const { child, ms } = await startServer(command(port), `http://127.0.0.1:${port}${path}`)
      times.push(Math.round(ms))
      await stopServer(child)
    }
    return { medianMs: median(times), runsMs: times }
  }
  const chatmock = await measure(
    (port) => [
      process.execPath,
      join(root, 'dist/cli.mjs'),
      'serve',
      '--no-builtins',
      '--spec',
      file,
      '--port',
      String(port),
      '--quiet',
    ],
    '/generated/account-0s',
  )
  const prism = await measure(
    (port) => [process.execPath, prismBin, 'mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'silent', file],
    '/account-0s',
  )
  return { document: { operations, bytes: Buffer.byteLength(text) }, chatmock, prism }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureUserSpecStartUp(join(root, 'bench/.tmp/user-spec-200.json'), 5)
  console.log(JSON.stringify(result, null, 2))
}
