import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

it('fails the test that caused a violation, even when the code under test swallowed the error', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'chatmock-vitest-')), 'report.json')
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      join(root, 'test/fixtures/violation-suite/vitest.config.ts'),
      '--reporter=json',
      `--outputFile=${out}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.status).toBe(1)
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: Array<{ assertionResults: Array<{ title: string; status: string; failureMessages: string[] }> }>
  }
  const results = report.testResults.flatMap((file) => file.assertionResults)
  expect(results.map((result) => [result.title, result.status])).toEqual([
    ['swallows the error of an override that breaks the spec', 'failed'],
    ['passes when every response keeps the spec', 'passed'],
  ])
  const [message] = results[0]!.failureMessages
  expect(message).toContain('During this test a response broke the spec (chatmock failed the request):')
  expect(message).toContain('GET https://yourdomain.com/chat-messages/id-1 → getChatMessage 200:')
  expect(message).toContain('- body field "createdAt" is required')
  expect(message).toContain('- body field "id" must be string (got 7)')
}, 60_000)
