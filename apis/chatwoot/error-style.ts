import { type ErrorStyle, jsonResponse } from '../../src/contract/error-style.js'
import { railsStyle } from '../../src/contract/error-styles/rails.js'

/** Rails' errors, and for 401 the `{ description, errors }` body that Chatwoot's docs declare. */
export const chatwootErrorStyle: ErrorStyle = {
  ...railsStyle,
  name: 'chatwoot',
  render: (status, detail, issues) =>
    status === 401
      ? jsonResponse(status, { description: detail, errors: issues.map((issue) => ({ field: issue.pointer.slice(1), message: issue.message, code: issue.keyword })) })
      : railsStyle.render(status, detail, issues),
}
