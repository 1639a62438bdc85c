import type { Operation } from '../api/spec.js'

/**
 * The status a valid request must get when no named example set says one: a 2xx; for an operation
 * that declares no 2xx (a redirect, an endpoint that only ever answers 400), one of those it
 * declares, as `300` or `301 or 4xx`.
 */
export function chooseExpectedStatus(operation: Operation): string {
  const declared = Object.keys(operation.responses).filter((status) => status !== 'default')
  if (declared.length === 0 || declared.some((status) => status.startsWith('2'))) return '2xx'
  return declared.map((status) => status.toLowerCase()).join(' or ')
}

/** Whether a status is the one expected: a class (`2xx`) or an exact status, or any of them joined by ` or `. */
export function reachesStatus(status: number, expected: string): boolean {
  const text = String(status)
  return expected
    .split(' or ')
    .some((token) => (/^\dxx$/i.test(token) ? text.length === 3 && text[0] === token[0] : text === token))
}

/**
 * Whether fetch can give an expected status as an answer: a 1xx is interim (fetch waits for the
 * final answer, which never comes) and a 407 is the proxy's (fetch makes it a network error).
 */
export function isReceivable(expected: string): boolean {
  return expected.split(' or ').some((token) => !/^1(\d\d|xx)$/i.test(token) && token !== '407')
}
