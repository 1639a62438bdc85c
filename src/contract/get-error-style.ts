import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import type { ErrorStyle } from '../api/error-style.js'
import { errorDescriptionStyle } from './error-styles/error-description.js'
import { problemDetailsStyle } from './error-styles/problem-details.js'
import { railsStyle } from './error-styles/rails.js'

/** The styles a document can name with `x-chatmock-error-style`. */
export const errorStyles = {
  problem: problemDetailsStyle,
  rails: railsStyle,
  'error-description': errorDescriptionStyle,
} satisfies Record<string, ErrorStyle>

export type ErrorStyleName = keyof typeof errorStyles

/** A style by name (`problem`, `rails`, `error-description`), or the style itself. */
export function getErrorStyle(style: ErrorStyleName | ErrorStyle | undefined, where: string): ErrorStyle {
  if (style === undefined) return problemDetailsStyle
  if (typeof style === 'object') return style
  if (Object.hasOwn(errorStyles, style)) return errorStyles[style]
  throw new SpecError(
    ErrorCodes.SPEC_INVALID,
    `${where}: unknown error style ${JSON.stringify(style)}; expected one of ${Object.keys(errorStyles).join(', ')}.`,
  )
}
