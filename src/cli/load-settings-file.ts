import { readFileSync } from 'node:fs'
import { isChatmockError } from '../errors/chatmock-error.js'
import type { MockSettings } from '../mock/behaviours/mock-settings.js'
import { checkSettings } from '../mock/behaviours/settings.js'
import type { Api } from '../api/api.js'
import { UsageError } from './command.js'

/** Reads `--settings <file>`: the JSON that PUT /__chatmock/settings takes, checked for the APIs to serve. */
export function loadSettingsFile(file: string, apis: readonly Api[]): MockSettings {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `--settings ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : (error as Error).message}`,
    )
  }
  let settings: unknown
  try {
    settings = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`--settings ${file} is not JSON: ${(error as Error).message}`)
  }
  checkSettingsFrom(`--settings ${file}`, settings, apis)
  return settings as MockSettings
}

/** Checks settings, a mistake in them being a usage error that says where they came from. */
export function checkSettingsFrom(source: string, settings: unknown, apis: readonly Api[]): void {
  try {
    checkSettings(settings, apis)
  } catch (error) {
    if (!(error instanceof RangeError) && !isChatmockError(error)) throw error
    throw new UsageError(`${source}: ${error.message.replace(/^\[chatmock\] /, '').replace(/\.$/, '')}`)
  }
}
