import { isIP } from 'node:net'

/** Names a `Host` header may carry beyond IP literals, `localhost` and `*.localhost`; `true` turns the check off. */
export type AllowedHosts = true | readonly string[]

/** Answers the one-line reason a request's `Host` header is refused, or undefined when it passes. */
export type HostCheck = (host: string | undefined) => string | undefined

/**
 * The guard against DNS rebinding, where a page on a name its author controls re-points that name
 * at 127.0.0.1 and so reaches the mock as its own origin. Rebinding needs a name: IP literals,
 * `localhost` and `*.localhost` (which resolve to loopback only) always pass, as does a request
 * without a Host (HTTP/1.0). A listed `.example.test` allows that domain and its subdomains.
 * Costs a few string operations per request: nothing is looked up or compiled.
 */
export function createHostCheck(allowedHosts: readonly string[]): HostCheck {
  const names = new Set<string>()
  const domains: string[] = []
  for (const value of allowedHosts) {
    const name = normalizeHostName(value, 'allowedHosts')
    if (name === undefined) continue
    if (name.startsWith('.')) domains.push(name)
    else names.add(name)
  }
  return (host) => {
    if (!host) return undefined
    const name = readHostName(host)
    if (
      name === 'localhost' ||
      name.endsWith('.localhost') ||
      names.has(name) ||
      isIP(name.startsWith('[') ? name.slice(1, -1) : name) !== 0
    )
      return undefined
    if (domains.some((domain) => name.endsWith(domain) || name === domain.slice(1))) return undefined
    return `Host "${name}" is not allowed (a guard against DNS rebinding); to allow it, start chatmock with --allowed-host ${name} (option allowedHosts)`
  }
}

/**
 * A name to allow, lower-cased and without a trailing dot; undefined for an IP literal (always
 * allowed). Throws a RangeError, naming `option`, for anything that is not a host name.
 */
export function normalizeHostName(value: string, option: string): string | undefined {
  const name = value.trim().toLowerCase().replace(/\.$/, '')
  if (isIP(name.replace(/^\[(.*)\]$/, '$1')) !== 0) return undefined
  if (!isHostName(name))
    throw new RangeError(
      `${option}: "${value}" is not a host name; give a name such as my-box.local, or .example.test for a domain and its subdomains (no scheme, no port)`,
    )
  return name
}

/** A DNS name, or a `.domain` standing for itself and its subdomains; any case, no port. */
export function isHostName(value: string): boolean {
  return /^\.?[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/i.test(value)
}

/** `Example.test:4010` → `example.test`, `[::1]:4010` → `[::1]`; a trailing dot goes too (`localhost.` is `localhost`). */
function readHostName(host: string): string {
  const close = host.indexOf(']')
  const colon = host.indexOf(':')
  // A bracketed IPv6 literal ends at its bracket; a bare one (two colons or more) has no port to cut.
  const end =
    host.startsWith('[') && close !== -1
      ? close + 1
      : colon !== -1 && colon === host.lastIndexOf(':')
        ? colon
        : host.length
  const name = host.slice(0, end).toLowerCase()
  return name.endsWith('.') ? name.slice(0, -1) : name
}
