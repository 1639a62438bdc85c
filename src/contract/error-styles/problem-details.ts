import { DEFAULT_FAILURE_STATUS } from '../error-style.js'
import { type ErrorStyle } from '../../api/error-style.js'
import { getStatusText } from '../status-text.js'

/** RFC 9457 `application/problem+json`, every issue listed: the style of an API whose own shape is unknown. */
export const problemDetailsStyle: ErrorStyle = {
  name: 'problem',
  status: DEFAULT_FAILURE_STATUS,
  render: (status, detail, issues) => ({
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: {
      type: 'about:blank',
      title: getStatusText(status),
      status,
      detail,
      ...(issues.length > 0 ? { issues } : {}),
    },
  }),
}
