import { readFileSync } from 'node:fs'
import { describeFileError } from '../errors/describe-file-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import type { ApiRef } from '../api/api.js'
import { validateFixtures } from './validate-fixtures.js'

/** Reads fixtures from a JSON file (`{ "<api id>": { "<collection>": [...] }, ... }`), validated record by record. */
export function loadFixturesFile(file: string, apis?: readonly ApiRef[]): Record<string, Record<string, unknown[]>> {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new StoreError(
      ErrorCodes.FIXTURES_INVALID,
      `Failed to load fixtures from ${file}: ${describeFileError(error)}`,
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new StoreError(
      ErrorCodes.FIXTURES_INVALID,
      `Failed to load fixtures from ${file}: ${(error as Error).message}`,
    )
  }
  return validateFixtures(data, file, apis)
}
