import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { MswCopies } from './assert-same-msw.js'

interface MswCopy {
  name: unknown
  version: string
  path: string
}

/**
 * Names chatmock's msw (the one its own files resolve) and the handler's: the one that the file
 * which made the handler resolves (msw records that file as the handler's call frame), or else
 * the project's (resolved from the working directory).
 */
export function locateMswCopies(handler: object): MswCopies {
  const ours = resolveMsw(import.meta.url)
  const frame = readCallFrameFile(handler)
  const candidates = frame === undefined ? [] : [findEnclosingMsw(frame), resolveMsw(frame)]
  const theirs = [...candidates, resolveMsw(pathToFileURL(`${process.cwd()}/`).href)].find(
    (copy) => copy !== undefined && copy.path !== ours?.path,
  )
  return { ours: ours && describeCopy(ours), theirs: theirs && describeCopy(theirs) }
}

function resolveMsw(from: string): MswCopy | undefined {
  try {
    return readCopy(dirname(realpathSync(createRequire(from).resolve('msw/package.json'))))
  } catch {
    return undefined
  }
}

// Where source maps rewrite stack traces (Jest does), the call frame may be msw's own source file.
function findEnclosingMsw(file: string): MswCopy | undefined {
  for (let dir = dirname(fileURLToPath(file)); dir !== dirname(dir); dir = dirname(dir)) {
    // A package.json without a name only marks a folder's module type.
    const copy = existsSync(join(dir, 'package.json')) ? readCopy(realpathSync(dir)) : undefined
    if (copy?.name !== undefined) return copy.name === 'msw' ? copy : undefined
  }
  return undefined
}

function readCopy(path: string): MswCopy | undefined {
  try {
    const { name, version } = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'))
    return { name, version: String(version), path }
  } catch {
    return undefined
  }
}

/** `file:///app/test/a.test.mjs:3:7` or `/app/test/a.test.mjs:3:7` (request handlers keep it in `info`). */
function readCallFrameFile(handler: object): string | undefined {
  const { info, callFrame } = handler as { info?: { callFrame?: unknown }; callFrame?: unknown }
  const frame = info?.callFrame ?? callFrame
  if (typeof frame !== 'string') return undefined
  const file = frame
    .trim()
    .replace(/^at\s+/, '')
    .replace(/:\d+:\d+$/, '')
  if (file.startsWith('file://')) return file
  return isAbsolute(file) ? pathToFileURL(file).href : undefined
}

function describeCopy({ version, path }: MswCopy): string {
  return `msw ${version} (${path})`
}
