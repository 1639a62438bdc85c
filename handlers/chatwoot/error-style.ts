import { jsonResponse } from '../../src/contract/error-style.js'
import { type ErrorStyle } from '../../src/api/error-style.js'
import { railsStyle } from '../../src/contract/error-styles/rails.js'

/** Rails' errors, and for 401 the `{ error }` body of a refused identity (the only 401 the spec declares). */
export const chatwootErrorStyle: ErrorStyle = {
  ...railsStyle,
  name: 'chatwoot',
  render: (status, detail, issues) =>
    status === 401 ? jsonResponse(status, { error: detail }) : railsStyle.render(status, detail, issues),
}
