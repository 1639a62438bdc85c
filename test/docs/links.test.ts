import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { expect, it } from 'vitest'
import { listDocFiles, root } from './read-docs.js'

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function toAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function readAnchors(file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => toAnchor(match[1]!)))
}

/** Every link of a doc outside code: `[text](target)`. */
function readLinks(file: string): Array<{ line: number; target: string }> {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const links: Array<{ line: number; target: string }> = []
  let fenced = false
  lines.forEach((text, index) => {
    if (text.startsWith('```')) fenced = !fenced
    if (fenced) return
    for (const match of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g))
      links.push({ line: index + 1, target: match[1]! })
  })
  return links
}

const docs = listDocFiles()

it("finds the docs: the README, the guides, the reference and each API's README", () => {
  expect(docs).toEqual(
    expect.arrayContaining([
      'README.md',
      'docs/guides/your-own-api.md',
      'docs/reference/errors.md',
      'handlers/chatwoot/README.md',
      'handlers/README.md',
    ]),
  )
})

it.each(docs.map((file) => [file] as const))('%s links only to files and headings that exist', (file) => {
  const broken: string[] = []
  for (const { line, target } of readLinks(file)) {
    if (/^(https?:|mailto:)/.test(target)) continue
    const [path, anchor] = target.split('#') as [string, string | undefined]
    const resolved = path === '' ? file : normalize(join(dirname(file), path))
    if (!existsSync(join(root, resolved))) {
      broken.push(`line ${line}: ${target} (no ${resolved})`)
      continue
    }
    if (anchor !== undefined && resolved.endsWith('.md') && !readAnchors(resolved).has(anchor))
      broken.push(`line ${line}: ${target} (no heading #${anchor} in ${resolved})`)
    if (anchor !== undefined && statSync(join(root, resolved)).isDirectory())
      broken.push(`line ${line}: ${target} (an anchor into a folder)`)
  }
  expect(broken).toEqual([])
})

it('reaches every doc from the README, through links', () => {
  const reached = new Set<string>(['README.md'])
  const queue = ['README.md']
  while (queue.length > 0) {
    const file = queue.shift()!
    for (const { target } of readLinks(file)) {
      const [path] = target.split('#') as [string]
      if (/^(https?:|mailto:)/.test(target) || path === '') continue
      let resolved = normalize(join(dirname(file), path))
      if (existsSync(join(root, resolved)) && statSync(join(root, resolved)).isDirectory())
        resolved = join(resolved, 'README.md')
      if (docs.includes(resolved) && !reached.has(resolved)) {
        reached.add(resolved)
        queue.push(resolved)
      }
    }
  }
  expect(docs.filter((file) => !reached.has(file) && !file.startsWith('docs/decisions/'))).toEqual([])
})
