import { readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { MswCopies } from '../mock/assert-same-msw.js'

interface MswCopy {
  version: string
  path: string
}

/**
 * Names chatmock's msw (the one its own files resolve) and the handler's: the one that the file
 * which made the handler resolves (msw records that file as the handler's call frame), or else
 * the project's (resolved from the working directory).
 */
export function locateMswCopies(handler: object): MswCopies {
  const ours = findMsw(import.meta.url)
  const theirs = [readCallFrameFile(handler), pathToFileURL(`${process.cwd()}/`).href]
    .map((from) => (from === undefined ? undefined : findMsw(from)))
    .find((copy) => copy !== undefined && copy.path !== ours?.path)
  return { ours: ours && describeCopy(ours), theirs: theirs && describeCopy(theirs) }
}

function findMsw(from: string): MswCopy | undefined {
  try {
    const manifest = realpathSync(createRequire(from).resolve('msw/package.json'))
    return { version: String(JSON.parse(readFileSync(manifest, 'utf8')).version), path: dirname(manifest) }
  } catch {
    return undefined
  }
}

/** `file:///app/test/a.test.mjs:3:7` or `/app/test/a.test.mjs:3:7` (request handlers keep it in `info`). */
function readCallFrameFile(handler: object): string | undefined {
  const { info, callFrame } = handler as { info?: { callFrame?: unknown }; callFrame?: unknown }
  const frame = info?.callFrame ?? callFrame
  if (typeof frame !== 'string') return undefined
  const file = frame.trim().replace(/^at\s+/, '').replace(/:\d+:\d+$/, '')
  if (file.startsWith('file://')) return file
  return isAbsolute(file) ? pathToFileURL(file).href : undefined
}

function describeCopy({ version, path }: MswCopy): string {
  return `msw ${version} (${path})`
}
