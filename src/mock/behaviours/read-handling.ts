/**
 * RFC 7240's `handling` preference: `strict` or `lenient`, as the first `handling` given says
 * (`Prefer: code=404, handling=strict`); `undefined` when the header asks for neither. Names and
 * values are read without regard to case, as the RFC says of preferences; `;` separates them too,
 * as it does for `code` and `example` (Prism's habit).
 */
export function readHandling(prefer: string | undefined): 'strict' | 'lenient' | undefined {
  if (prefer === undefined) return undefined
  const value = /(?:^|[,;])\s*handling\s*=\s*"?([^",;\s]*)/i.exec(prefer)?.[1]?.toLowerCase()
  return value === 'strict' || value === 'lenient' ? value : undefined
}

/** Whether a request is handled strictly: as its `Prefer: handling=…` says, else as the runtime does. */
export function isStrict(prefer: string | undefined, strictByDefault: boolean): boolean {
  const handling = readHandling(prefer)
  return handling === undefined ? strictByDefault : handling === 'strict'
}
