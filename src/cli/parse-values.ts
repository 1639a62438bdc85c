import { UsageError } from './command.js'

/** `--base-url` without its trailing slashes; `what` says what it must be when it is missing or not an http(s) URL. */
export function parseBaseUrl(text: string | undefined, what: string): string {
  if (!text || !/^https?:\/\/./i.test(text) || !URL.canParse(text))
    throw new UsageError(`--base-url must be ${what}${text === undefined ? '' : ` (got "${text}")`}`)
  return text.replace(/\/+$/, '')
}

/** A flag's positive integer (milliseconds, counts), or undefined when the flag is not given. */
export function parsePositive(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text) || Number(text) === 0)
    throw new UsageError(`${flag} must be a positive integer (got "${text}")`)
  return Number(text)
}
