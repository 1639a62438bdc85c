import { ChatmockError } from './chatmock-error.js'
import { ErrorCodes } from './error-codes.js'

const REASONS: Record<string, string> = {
  EADDRNOTAVAIL: 'it is not an address of this machine',
  ENOTFOUND: 'the name does not resolve',
  EAI_AGAIN: 'the name does not resolve',
  EACCES: 'permission denied',
}

/** The standalone server could not listen where it was asked to. */
export class ListenError extends ChatmockError {
  /** The system's code: EADDRINUSE, EADDRNOTAVAIL, ENOTFOUND, EACCES… */
  readonly reason: string
  readonly host: string
  readonly port: number

  constructor(host: string, port: number, reason: string, message = describeListenFailure(host, port, reason)) {
    super(ErrorCodes.LISTEN_FAILED, message)
    this.name = 'ListenError'
    this.reason = reason
    this.host = host
    this.port = port
  }
}

/** The port is taken by another process. */
export class PortInUseError extends ListenError {
  constructor(host: string, port: number) {
    super(host, port, 'EADDRINUSE', `port ${port} on ${host} is in use`)
    this.name = 'PortInUseError'
  }
}

function describeListenFailure(host: string, port: number, reason: string): string {
  const words = REASONS[reason]
  const where =
    reason === 'EADDRNOTAVAIL' || reason === 'ENOTFOUND' || reason === 'EAI_AGAIN' ? host : `port ${port} on ${host}`
  const privileged = reason === 'EACCES' && port > 0 && port < 1024 ? ', ports below 1024 need privileges' : ''
  return `cannot listen on ${where}${words ? `: ${words}${privileged}` : ''} (${reason})`
}
