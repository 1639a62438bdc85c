import type { ValidateFunction } from 'ajv'
import { validators as chatwoot } from '../spec/documents/chatwoot.validators.js'
import { validators as hapihub } from '../spec/documents/hapihub.validators.js'
import { validators as roosted } from '../spec/documents/roosted.validators.js'
import { validators as togglFocus } from '../spec/documents/toggl-focus.validators.js'

/** Every API's validators, compiled by `npm run gen` from its spec, by schema key. */
export const precompiledValidators: Record<string, Record<string, ValidateFunction>> = {
  'toggl-focus': togglFocus,
  roosted,
  hapihub,
  chatwoot,
}
