import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { OpenAPIV3_1 } from 'openapi-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtinApis } from '../../apis/index.js'
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
  const basic = Object.keys(schemes).filter((name) => (schemes[name] as OpenAPIV3_1.HttpSecurityScheme).scheme?.toLowerCase() === 'basic')
  const keep = (requirements: OpenAPIV3_1.SecurityRequirementObject[]) => requirements.filter((requirement) => !basic.some((name) => name in requirement))
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

function runSpecmatic(spec: string, baseUrl: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(java!, ['-jar', jar, 'test', spec, '--testBaseURL', baseUrl], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (status) => resolve({ status, output }))
  })
}

describe.skipIf(!java)('Specmatic against the running mock', () => {
  let server: ChatmockServer
  const dir = mkdtempSync(join(tmpdir(), 'chatmock-specmatic-'))
  beforeAll(async () => {
    server = await startChatmockServer({ port: 0 })
  })
  afterAll(() => server.close())

  // Each JVM mostly waits on start-up and on the mock: the four run side by side.
  it.concurrent.each(builtinApis.map((api) => api.id))('passes every named example set of %s', async (id) => {
    const api = builtinApis.find((candidate) => candidate.id === id)!
    const served = (await (await fetch(`${server.url}${api.prefix}/openapi.json`)).json()) as OpenAPIV3_1.Document
    const spec = join(dir, `${id}.json`)
    writeFileSync(spec, JSON.stringify(keepBearerOnly(served), null, 2))
    const { status, output } = await runSpecmatic(spec, `${server.url}${api.prefix}`)
    const failures = output.split('\n').filter((line) => / has FAILED|^\s+Specification expected|^\s+>> /.test(line))
    expect(failures, output.slice(-3000)).toEqual([])
    expect(output).toMatch(/Tests run: [1-9]\d*, Successes: [1-9]\d*, Failures: 0, WIP: 0, Errors: 0/)
    expect(status).toBe(0)
  }, 120_000)
})
