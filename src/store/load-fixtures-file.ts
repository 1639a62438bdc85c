import { readFileSync } from 'node:fs'
import type { FixturesByApi } from '../../fixtures/index.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import { validateFixtures } from './validate-fixtures.js'

/** Reads fixtures from a JSON file (`{ "toggl-focus": { "chats": [...] }, ... }`), validated record by record. */
export function loadFixturesFile(file: string): Partial<FixturesByApi> {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new StoreError(ErrorCodes.FIXTURES_INVALID, `Failed to load fixtures from ${file}: ${(error as Error).message}`)
  }
  return validateFixtures(data, file)
}
