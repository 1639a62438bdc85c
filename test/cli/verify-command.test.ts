import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'

// `chatmock verify` refuses to judge what it cannot reach: one line and exit code 3, not a table
// of failures that blames the provider.

it('exits 3 with one line when no server answers at --base-url', async () => {
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
  await new Promise((resolve) => closed.close(resolve))
  expect(await runCli(['verify', '--api', 'hapihub', '--base-url', url])).toEqual({
    status: 3,
    stdout: '',
    stderr: `chatmock verify: no server answered at ${url}: connection refused (ECONNREFUSED); nothing was checked.\n`,
  })
})

it('says that --out names a folder that does not exist before it sends any request', async () => {
  let requests = 0
  const server = createServer((_, response) => void (requests++, response.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    expect(
      await runCli([
        'verify',
        '--api',
        'hapihub',
        '--base-url',
        url,
        '--report',
        'junit',
        '--out',
        '/nonexistent-folder/verify.xml',
      ]),
    ).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'chatmock verify: --out /nonexistent-folder/verify.xml: the folder /nonexistent-folder does not exist. Run "chatmock verify --help".\n',
    })
    expect(requests).toBe(0)
  } finally {
    server.close()
  }
})

it('says that --base-url is not a URL it can use', async () => {
  expect(await runCli(['verify', '--api', 'hapihub', '--base-url', 'http://'])).toEqual({
    status: 1,
    stdout: '',
    stderr:
      'chatmock verify: --base-url must be an http(s) URL, e.g. http://127.0.0.1:4010/toggl-focus (got "http://"). Run "chatmock verify --help".\n',
  })
})
