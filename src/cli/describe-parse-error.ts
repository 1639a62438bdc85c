/**
 * An error of node:util's parseArgs as one short line: `unknown option --prot (did you mean
 * --port?)`, `--port needs a value`. Node's own messages run to three lines and advise `--`.
 */
export function describeParseError(error: unknown, options: readonly string[]): string {
  const { code, message } = error as { code?: string; message: string }
  const option = message.match(/'(-[^' ]+)/)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const near = findNearest(
      option,
      options.map((name) => `--${name}`),
    )
    return `unknown option ${option}${near ? ` (did you mean ${near}?)` : ''}`
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `unexpected argument "${message.match(/'([^']*)'/)?.[1] ?? ''}": this command takes options only`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (/missing/.test(message)) return `${option} needs a value`
    // `--seed -1`: parseArgs will not take what looks like an option as a value.
    if (/ambiguous/.test(message))
      return `${option} needs a value; one that starts with "-" is written ${option}=<value>`
    if (/does not take an argument/.test(message)) return `${option} takes no value`
  }
  return message.split('\n')[0]!
}

/** The option most like a mistyped one, within two edits. */
function findNearest(typed: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const candidate of known) {
    const distance = countEdits(typed, candidate)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

/** Levenshtein distance. */
function countEdits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]!
}
