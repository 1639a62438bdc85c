import { DEFAULT_FAILURE_STATUS, jsonResponse } from '../error-style.js'
import { type ErrorStyle } from '../../api/error-style.js'
import { getStatusText } from '../status-text.js'
import type { Issue } from '../../api/exchange.js'

/**
 * Rails: invalid input is a 422 `{ message, attributes }` (`ActiveRecord::RecordInvalid`, with the
 * mock's `issues` added), anything else Rails' default JSON error page `{ status, error }`.
 */
export const railsStyle: ErrorStyle = {
  name: 'rails',
  status: { ...DEFAULT_FAILURE_STATUS, invalid: 422 },
  render: (status, detail, issues) =>
    status === 422
      ? jsonResponse(status, {
          message: detail,
          attributes: toAttributes(issues),
          ...(issues.length > 0 ? { issues } : {}),
        })
      : jsonResponse(status, { status, error: getStatusText(status) }),
}

/** Rails lists the attributes that failed; here, the first segment of each issue's pointer. */
function toAttributes(issues: Issue[]): string[] {
  return [...new Set(issues.map((issue) => issue.pointer.split('/')[1] || issue.location))]
}
