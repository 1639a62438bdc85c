const WORDS: Record<string, string> = {
  ENOENT: 'the file does not exist',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a folder on its path is a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
}

/** Why a file could not be read, in words with the system's code: `the file does not exist (ENOENT)`. */
export function describeFileError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException
  if (code === undefined) return message
  // Else Node's own words: `EEXIST: file already exists, mkdir '/x'` is `file already exists`.
  return `${WORDS[code] ?? message.replace(/^\w+: /, '').replace(/, \w+ .*$/, '')} (${code})`
}
