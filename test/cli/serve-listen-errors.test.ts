import { readFileSync } from 'node:fs'
import { networkInterfaces } from 'node:os'
import { expect, it } from 'vitest'
import { runCli } from '../support/run-cli.js'
import { spawnCli } from '../support/spawn-cli.js'

// Where `chatmock serve` cannot listen: one line naming the host or port and what to pass instead,
// exit code 1. (A port in use: serve-command.test.ts.)

const own = Object.values(networkInterfaces())
  .flatMap((entries) => entries ?? [])
  .map((entry) => entry.address)
const remedy = `pass --host an address of this machine: 127.0.0.1 (the default), 0.0.0.0 for every interface${own.some((address) => address !== '127.0.0.1' && address !== '::1' && !address.startsWith('fe80:')) ? ', or ' : ''}`

it('says that a --host name does not resolve', async () => {
  // .invalid never resolves (RFC 6761); resolvers answer it without asking anyone.
  const { status, stdout, stderr } = await runCli(['serve', '--port', '0', '--quiet', '--host', 'nope.invalid'])
  expect({ status, stdout }).toEqual({ status: 1, stdout: '' })
  expect(stderr).toMatch(
    /^chatmock serve: cannot listen on nope\.invalid: the name does not resolve \(ENOTFOUND\); [^\n]+\.\n$/,
  )
  expect(stderr).toContain(remedy)
})

it("says that a --host address is not one of this machine's", async () => {
  // Documentation addresses (RFC 5737) that no machine here has; the first this one lacks.
  const address = ['192.0.2.1', '198.51.100.1', '203.0.113.1'].find((candidate) => !own.includes(candidate))!
  const { status, stdout, stderr } = await runCli(['serve', '--port', '0', '--quiet', '--host', address])
  expect({ status, stdout }).toEqual({ status: 1, stdout: '' })
  expect(stderr).toMatch(
    new RegExp(
      `^chatmock serve: cannot listen on ${address.replaceAll('.', '\\.')}: it is not an address of this machine \\(EADDRNOTAVAIL\\); [^\\n]+\\.\\n$`,
    ),
  )
  expect(stderr).toContain(remedy)
})

// Ports below this one need privileges. Where it is 0 (Docker's default) no port does, and EACCES
// cannot happen: the test then does not run, and says so in its name.
const unprivileged = Number(readFileSync('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8'))

it.runIf(unprivileged > 0)(
  'says that a privileged port needs privileges, when not root (where some ports are privileged)',
  async () => {
    const port = unprivileged - 1
    // As root, the command runs as nobody.
    const cli = spawnCli(
      ['serve', '--port', String(port), '--quiet'],
      {},
      process.getuid?.() === 0 ? { uid: 65534 } : {},
    )
    expect(await cli.exited).toBe(1)
    expect(cli.stderr()).toBe(
      `chatmock serve: cannot listen on port ${port} on 127.0.0.1: permission denied${port < 1024 ? ', ports below 1024 need privileges' : ''} (EACCES); choose ${port < 1024 ? 'a port from 1024 up' : 'another'} with --port or PORT.\n`,
    )
  },
)
