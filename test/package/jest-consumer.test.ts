import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { installPackage } from '../support/install-package.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

interface JestResult {
  title: string
  status: string
  failureMessages: string[]
}

// The fixture Jest project, installed twice from the built package: once pinning the lowest msw
// of chatmock's peer range, which chatmock then shares; once with another msw nested under chatmock.
const results: Record<'peer' | 'second', JestResult[]> = { peer: [], second: [] }
const dir = mkdtempSync(join(tmpdir(), 'chatmock-jest-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(() => {
  const projects = { peer: join(dir, 'peer'), second: join(dir, 'second-msw') }
  for (const project of Object.values(projects))
    cpSync(join(root, 'test/fixtures/jest-consumer'), project, { recursive: true })
  installPackage(inject('packageDir'), projects.peer, { msw: 'msw-lowest' })
  installPackage(inject('packageDir'), projects.second, { msw: 'msw-lowest', chatmockMsw: 'msw' })
  const out = join(dir, 'report.json')
  const jest = join(root, 'node_modules/jest/bin/jest.js')
  const run = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      jest,
      '--ci',
      '--json',
      `--outputFile=${out}`,
      '--cacheDirectory',
      join(dir, 'cache'),
      '--projects',
      projects.peer,
      projects.second,
    ],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.error).toBeUndefined()
  expect(run.status).toBe(1)
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: Array<{ name: string; assertionResults: JestResult[] }>
  }
  for (const file of report.testResults)
    results[file.name.startsWith(projects.peer) ? 'peer' : 'second'].push(...file.assertionResults)
}, 60_000)

const statuses = (list: JestResult[]) => list.map((result) => [result.title, result.status])

it("fails the Jest test whose response broke the spec with chatmock's message, and passes the others", () => {
  expect(statuses(results.peer)).toEqual([
    ['reads a message of the fixtures', 'passed'],
    ['reads the message an override answers', 'passed'],
    ['shows nothing when the API answers a message that breaks the spec', 'failed'],
    ['matches a response of the fixtures to its operation', 'passed'],
    ['tells a response that breaks its operation', 'passed'],
  ])
  const [message] = results.peer[2]!.failureMessages
  expect(message).toContain('[chatmock] During this test a response broke the spec (chatmock failed the request):')
  expect(message).toContain('GET https://yourdomain.com/chat-messages/id-1 → getChatMessage 200:')
  expect(message).toContain('- body field "id" must be string (got 7)')
})

it('fails the Jest tests that override with another copy of msw with MSW_COPY_MISMATCH, naming both versions', () => {
  expect(statuses(results.second)).toEqual([
    ['reads a message of the fixtures', 'passed'],
    ['reads the message an override answers', 'failed'],
    ['shows nothing when the API answers a message that breaks the spec', 'failed'],
    ['matches a response of the fixtures to its operation', 'passed'],
    ['tells a response that breaks its operation', 'passed'],
  ])
  const version = (name: string) =>
    JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string
  for (const result of results.second.filter((entry) => entry.status === 'failed')) {
    expect(result.failureMessages[0]).toContain(
      `ChatmockError: [chatmock] server.use() was given a handler made by another copy of msw than chatmock's: chatmock runs on msw ${version('msw')} (`,
    )
    expect(result.failureMessages[0]).toContain(`the handler comes from msw ${version('msw-lowest')} (`)
  }
})
