/**
 * The regular expressions of a user's schemas: with the `u` flag, as JSON Schema means, and where a
 * pattern is not valid under it (an unescaped `{` that real documents write, `^(?:{[0-9a-f]{4}…})$`),
 * without it, as the browsers' and most servers' regular expressions read it.
 */
export function compileLenientRegExp(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags)
  } catch (error) {
    if (!flags.includes('u')) throw error
    return new RegExp(pattern, flags.replace('u', ''))
  }
}

compileLenientRegExp.code = 'new RegExp'
