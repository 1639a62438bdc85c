import { jsonResponse } from '../../src/contract/error-style.js'
import { type ErrorStyle } from '../../src/api/error-style.js'
import type { Issue } from '../../src/api/exchange.js'
import { railsStyle } from '../../src/contract/error-styles/rails.js'

/**
 * The full messages of the server's own model validations (`errors.full_messages`, config/locales/en.yml)
 * for the body fields the spec checks with the same rule: a body field's pointer and the failed keyword.
 */
const RAILS_MESSAGES: Record<string, string> = {
  '/email pattern': 'Email Invalid email',
  '/phone_number pattern': 'Phone number should be in e164 format',
  '/content maxLength': 'Content is too long (maximum is 150000 characters)',
}

function findRailsMessage(issue: Issue): string | undefined {
  return issue.location === 'body' ? RAILS_MESSAGES[`${issue.pointer} ${issue.keyword}`] : undefined
}

/**
 * Rails' errors, and for 401 the `{ error }` body of a refused identity (the only 401 the spec
 * declares, in strict mode). A 422 whose every issue is one the server's model validation also
 * refuses says it in Rails' words (joined by ", ", as `full_messages.join`), keeping the issues.
 */
export const chatwootErrorStyle: ErrorStyle = {
  ...railsStyle,
  name: 'chatwoot',
  render: (status, detail, issues) => {
    if (status === 401) return jsonResponse(status, { error: detail })
    const messages = issues.map(findRailsMessage)
    const rails = status === 422 && issues.length > 0 && messages.every((message) => message !== undefined)
    return railsStyle.render(status, rails ? messages.join(', ') : detail, issues)
  },
}
