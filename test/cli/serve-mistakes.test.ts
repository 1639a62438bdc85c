import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { runCli, startCli } from '../support/run-cli.js'

// Mistakes a user makes calling `chatmock serve`: each is one line on stderr and exit code 1.

const spec = 'test/fixtures/user-specs/petstore-30.yaml'
const help = ' Run "chatmock serve --help".\n'

async function serveFails(...args: string[]): Promise<string> {
  const { status, stdout, stderr } = await runCli(['serve', '--port', '0', '--quiet', ...args])
  expect({ status, stdout }).toEqual({ status: 1, stdout: '' })
  expect(stderr.split('\n')).toHaveLength(2)
  return stderr
}

it('says that a --spec prefix must start with /', async () => {
  expect(await serveFails('--spec', `${spec}=shop`)).toBe(
    `chatmock serve: --spec ${spec}=shop: the prefix must start with / (--spec ${spec}=/shop).${help}`,
  )
})

it('says what is missing around the = of --spec', async () => {
  expect(await serveFails('--spec', `${spec}=`)).toBe(
    `chatmock serve: --spec ${spec}=: nothing follows "="; give a prefix (--spec ${spec}=/shop) or leave out "=".${help}`,
  )
  expect(await serveFails('--spec', '=/shop')).toBe(
    `chatmock serve: --spec =/shop: the file is missing before "=" (--spec openapi.yaml=/shop).${help}`,
  )
  expect(await serveFails('--spec', `${spec}=/`)).toBe(
    `chatmock serve: --spec ${spec}=/: the prefix must name a path under the server's root, which lists the APIs (--spec ${spec}=/shop).${help}`,
  )
})

it('says that a --spec file does not exist, or is a folder', async () => {
  expect(await serveFails('--spec', 'shop.yaml=/shop')).toBe(
    'chatmock serve: Cannot read the spec "shop.yaml": the file does not exist (ENOENT).\n',
  )
  expect(await serveFails('--spec', 'test/fixtures')).toBe(
    'chatmock serve: Cannot read the spec "test/fixtures": it is a folder, not a file (EISDIR).\n',
  )
})

it('refuses a --spec prefix that would hide the admin API', async () => {
  expect(await serveFails('--spec', `${spec}=/__chatmock`)).toBe(
    `chatmock serve: --spec ${spec}=/__chatmock: its prefix /__chatmock is taken by the admin API; give it another prefix with --spec ${spec}=/<prefix>.${help}`,
  )
})

it('says that a --fixtures file does not exist, or is a folder', async () => {
  const missing = join(mkdtempSync(join(tmpdir(), 'chatmock-serve-')), 'fixtures.json')
  expect(await serveFails('--fixtures', missing)).toBe(
    `chatmock serve: Failed to load fixtures from ${missing}: the file does not exist (ENOENT).\n`,
  )
  expect(await serveFails('--fixtures', 'test')).toBe(
    'chatmock serve: Failed to load fixtures from test: it is a folder, not a file (EISDIR).\n',
  )
})

it('names PORT, not --port, when the port from the environment is wrong, and takes an empty PORT as none', async () => {
  expect(await runCli(['serve', '--quiet'], { PORT: '80a' })).toEqual({
    status: 1,
    stdout: '',
    stderr: `chatmock serve: PORT must be an integer from 0 to 65535 (got "80a").${help}`,
  })
  // The port is read before the host: the mistake said is the host's, so the empty PORT passed.
  expect(await runCli(['serve', '--quiet', '--host', ''], { PORT: '' })).toMatchObject({
    status: 1,
    stderr: expect.stringMatching(/^chatmock serve: --host is empty/),
  })
})

it('refuses an empty --host, which would bind every interface', async () => {
  expect(await serveFails('--host', '')).toBe(
    `chatmock serve: --host is empty; give an address of this machine, e.g. 127.0.0.1 (the default) or 0.0.0.0 for every interface.${help}`,
  )
})

it('refuses an --api that names no API', async () => {
  expect(await serveFails('--api', ',')).toBe(
    `chatmock serve: --api names no API; expected toggl-focus, roosted, hapihub, chatwoot.${help}`,
  )
})

it('refuses a --cors-origin that is not an origin', async () => {
  expect(await serveFails('--cors-origin', 'localhost:5173')).toBe(
    `chatmock serve: --cors-origin: "localhost:5173" is not an origin; give its scheme, host and port, such as http://app.test:3000.${help}`,
  )
})

it('answers the origin a --cors-origin with a trailing slash names', async () => {
  const cli = startCli(['serve', '--port', '0', '--quiet', '--cors-origin', 'http://localhost:5173/'])
  try {
    const url = (await cli.waitFor(/chatmock listening on (http:\/\/\S+)/))[1]!
    const response = await fetch(`${url}/hapihub/chat-messages/id-1`, {
      headers: { authorization: 'Bearer t', origin: 'http://localhost:5173' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
  } finally {
    cli.stop()
    await cli.exited
  }
})

it('says an unknown option with the nearest one, and a value that looks like an option, in one line', async () => {
  expect(await serveFails('--prot', '8080')).toBe(
    `chatmock serve: unknown option --prot (did you mean --port?).${help}`,
  )
  expect(await serveFails('--seed', '-1')).toBe(
    `chatmock serve: --seed needs a value; one that starts with "-" is written --seed=<value>.${help}`,
  )
  expect(await serveFails('--seed', 'abc')).toBe(
    `chatmock serve: --seed must be an integer from 0 to 9007199254740991 (got "abc").${help}`,
  )
  expect(await serveFails('8080')).toBe(
    `chatmock serve: unexpected argument "8080": this command takes options only.${help}`,
  )
})

it('reads a --host in brackets, as a URL writes an IPv6 address, as the address', async () => {
  // 2001:db8::1 is a documentation address (RFC 3849), never this machine's.
  expect(await serveFails('--host', '[2001:db8::1]')).toMatch(
    /^chatmock serve: cannot listen on 2001:db8::1: it is not an address of this machine \(EADDRNOTAVAIL\); /,
  )
})
