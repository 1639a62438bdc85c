import { networkInterfaces } from 'node:os'
import type { ListenError } from '../errors/listen-error.js'

/** What to change on the command line when the server cannot listen: `choose another with --port or PORT`. */
export function describeListenRemedy(error: ListenError): string {
  if (error.reason === 'EACCES' && error.port < 1024) return 'choose a port from 1024 up with --port or PORT'
  if (error.reason === 'EADDRINUSE' || error.reason === 'EACCES') return 'choose another with --port or PORT'
  const others = listOwnAddresses()
  return `pass --host an address of this machine: 127.0.0.1 (the default), 0.0.0.0 for every interface${others.length > 0 ? `, or ${others.join(', ')}` : ''}`
}

/** This machine's addresses beyond loopback; IPv6 link-local ones need a scope, so they are left out. */
function listOwnAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => !entry.internal && !entry.address.startsWith('fe80:'))
    .map((entry) => entry.address)
}
