import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { OpenAPIV3_1 } from 'openapi-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinApis } from '../support/register-builtins.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { findJava } from '../support/find-java.js'

// Specmatic's contract tests, run by its jar (`java -jar`, whose exit status reports failures;
// `npx specmatic test` exits 0 either way), against a fresh mock, with the spec the mock serves.
// Specmatic builds one request per named example set and expects that set's response.

const java = findJava()
const jar = join(dirname(createRequire(import.meta.url).resolve('specmatic/package.json')), 'specmatic.jar')

/**
 * Specmatic cannot load the examples of an operation whose security offers two HTTP schemes
 * (Basic and Bearer: "Authorization header must be prefixed with …"). The served Toggl spec keeps
 * both, as the docs do; Specmatic tests a copy that keeps Bearer only.
 */
function keepBearerOnly(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document)
  const schemes = copy.components?.securitySchemes ?? {}
  const basic = Object.keys(schemes).filter(
    (name) => (schemes[name] as OpenAPIV3_1.HttpSecurityScheme).scheme?.toLowerCase() === 'basic',
  )
  const keep = (requirements: OpenAPIV3_1.SecurityRequirementObject[]) =>
    requirements.filter((requirement) => !basic.some((name) => name in requirement))
  if (copy.security) copy.security = keep(copy.security)
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      const security = (operation as OpenAPIV3_1.OperationObject).security
      if (Array.isArray(security)) (operation as OpenAPIV3_1.OperationObject).security = keep(security)
    }
  }
  for (const name of basic) delete schemes[name]
  return copy
}

/**
 * Specmatic asks for `*\/*` and cannot read a stream: a `text/event-stream` representation (Toggl's
 * message stream, chatmock's own addition) makes it invent requests for which it expects a stream.
 * Its copy keeps the JSON representations only.
 */
function dropEventStreams(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document)
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      for (const response of Object.values((operation as OpenAPIV3_1.OperationObject).responses ?? {}))
        delete (response as OpenAPIV3_1.ResponseObject).content?.['text/event-stream']
    }
  }
  return copy
}

/**
 * Specmatic pairs a named example with every media type of a request body: a form-encoded or
 * multipart representation beside JSON (Chatwoot's bodies, which Rails reads in all three) without
 * the same examples fails to load ("mandatory form field missing"). Its copy keeps the JSON bodies,
 * whose examples are the named sets.
 */
function keepJsonRequestBodies(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document)
  const bodies = [
    ...Object.values(copy.paths ?? {}).flatMap((item) =>
      Object.values(item ?? {}).map((operation) => (operation as OpenAPIV3_1.OperationObject).requestBody),
    ),
    ...Object.values(copy.components?.requestBodies ?? {}),
  ]
  for (const body of bodies) {
    const content = (body as OpenAPIV3_1.RequestBodyObject | undefined)?.content
    if (!content?.['application/json']) continue
    for (const mediaType of Object.keys(content)) if (mediaType !== 'application/json') delete content[mediaType]
  }
  return copy
}

/**
 * Specmatic takes a response's media type literally: a range (`*\/*`, `image/*`, Chatwoot's
 * attachment files, of whatever type was uploaded) matches no content type, and makes it invent
 * requests for it. Its copy keeps the exact media types, whose examples are the named sets.
 */
function dropMediaRanges(document: OpenAPIV3_1.Document): OpenAPIV3_1.Document {
  const copy = structuredClone(document)
  for (const item of Object.values(copy.paths ?? {})) {
    for (const operation of Object.values(item ?? {})) {
      for (const response of Object.values((operation as OpenAPIV3_1.OperationObject).responses ?? {})) {
        const content = (response as OpenAPIV3_1.ResponseObject).content ?? {}
        for (const mediaType of Object.keys(content)) if (mediaType.endsWith('/*')) delete content[mediaType]
      }
    }
  }
  return copy
}

/** The mock serves each API under its prefix; one Specmatic run tests one base URL, so the copies' paths carry the prefix. */
function prefixPaths(document: OpenAPIV3_1.Document, prefix: string): OpenAPIV3_1.Document {
  return {
    ...document,
    paths: Object.fromEntries(Object.entries(document.paths ?? {}).map(([path, item]) => [`${prefix}${path}`, item])),
  }
}

/** One JVM for the four specs (a specmatic.yaml lists them): a JVM's start-up is most of a run's cost. */
function runSpecmatic(dir: string, baseUrl: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    // C1 only: a run this short spends more on compiling than on testing.
    // HapiHub's room examples answer for the docs' own token (see specs/hapihub.yaml): Specmatic sends it.
    const env = { ...process.env, bearerAuth: '<your-api-token>' }
    const child = spawn(java!, ['-XX:TieredStopAtLevel=1', '-jar', jar, 'test', '--testBaseURL', baseUrl], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (status) => resolve({ status, output }))
  })
}

describe.skipIf(!java)('Specmatic against the running mock', () => {
  let server: ChatmockServer
  let run: { status: number | null; output: string }
  beforeAll(async () => {
    server = await startChatmockServer({ port: 0 })
    const dir = mkdtempSync(join(tmpdir(), 'chatmock-specmatic-'))
    for (const api of builtinApis) {
      const served = (await (await fetch(`${server.url}${api.prefix}/openapi.json`)).json()) as OpenAPIV3_1.Document
      writeFileSync(
        join(dir, `${api.id}.json`),
        JSON.stringify(
          prefixPaths(dropMediaRanges(keepJsonRequestBodies(dropEventStreams(keepBearerOnly(served)))), api.prefix),
          null,
          2,
        ),
      )
    }
    writeFileSync(
      join(dir, 'specmatic.yaml'),
      `version: 2\ncontracts:\n  - provides:\n${builtinApis.map((api) => `      - ${api.id}.json`).join('\n')}\n`,
    )
    run = await runSpecmatic(dir, server.url)
  }, 120_000)
  afterAll(() => server.close())

  it.each(builtinApis.map((api) => [api.id, api.prefix] as const))(
    'passes every named example set of %s',
    (_, prefix) => {
      const scenarios = run.output
        .split('\n')
        .filter((line) => line.startsWith('Scenario: ') && line.includes(` ${prefix}/`))
      expect(scenarios.length).toBeGreaterThan(0)
      expect(
        scenarios.filter((line) => !line.endsWith('has SUCCEEDED')),
        run.output.slice(-4000),
      ).toEqual([])
    },
  )

  it('exits 0: every scenario passed', () => {
    expect(run.output).toMatch(/Tests run: [1-9]\d*, Successes: [1-9]\d*, Failures: 0, WIP: 0, Errors: 0/)
    expect(run.status).toBe(0)
  })
})
