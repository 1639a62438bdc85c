import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))

/** The product's front door: the README, everything under docs/, and each API's README. */
export function listDocFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = join(dir, name)
      return statSync(join(root, path)).isDirectory() ? walk(path) : path.endsWith('.md') ? [path] : []
    })
  const apis = readdirSync(join(root, 'handlers'))
    .filter((name) => statSync(join(root, 'handlers', name)).isDirectory())
    .map((name) => `handlers/${name}/README.md`)
  return ['README.md', ...walk('docs'), 'handlers/README.md', ...apis].map((path) => relative(root, join(root, path)))
}

/** A fenced code block of a doc, with the HTML comment written just above it (a directive), if any. */
export interface DocBlock {
  file: string
  /** 1-based line of the opening fence. */
  line: number
  lang: string
  code: string
  /** `not run: <why>` or `cwd: scratch`. */
  directive?: { name: string; value: string }
}

export function readBlocks(file: string): DocBlock[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n')
  const blocks: DocBlock[] = []
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\S*)\s*$/.exec(lines[index]!)
    if (!open) continue
    const end = lines.indexOf('```', index + 1)
    if (end === -1) throw new Error(`${file}:${index + 1}: a code block that never closes`)
    const comment = /^<!--\s*([\w-]+(?: [\w-]+)?):\s*(.*?)\s*-->$/.exec(lines[index - 1] ?? '')
    blocks.push({
      file,
      line: index + 1,
      lang: open[1]!,
      code: lines.slice(index + 1, end).join('\n'),
      ...(comment ? { directive: { name: comment[1]!, value: comment[2]! } } : {}),
    })
    index = end
  }
  return blocks
}

/** One command of a shell block and what its comment says it gets: an HTTP status, or an exit status. */
export interface Chunk {
  line: number
  comment: string
  expected?: { status: string } | { exit: number }
  command: string
}

/** A shell block's commands: each one a `# 200: …` or `# exit 0: …` comment, then the command. */
export function splitChunks(block: DocBlock): Chunk[] {
  let line = block.line + 1
  return block.code.split(/\n\n(?=\S)/).map((text) => {
    const lines = text.split('\n')
    const comments = lines.filter((item) => item.startsWith('#'))
    const command = lines.filter((item) => !item.startsWith('#')).join('\n')
    const first = comments[0] ?? ''
    const status = /^# (\d{3})\b/.exec(first)
    const exit = /^# exit (\d+)\b/.exec(first)
    const chunk: Chunk = {
      line,
      comment: first,
      command,
      ...(status ? { expected: { status: status[1]! } } : exit ? { expected: { exit: Number(exit[1]) } } : {}),
    }
    line += lines.length + 1
    return chunk
  })
}

export const isShell = (block: DocBlock) => block.lang === 'sh' || block.lang === 'bash' || block.lang === 'shell'

/** A block that starts the doc's server, run as written (plus a free port): `npm start …` or `npx chatmock serve …`. */
export function isServerBlock(block: DocBlock): boolean {
  const chunks = splitChunks(block)
  return (
    chunks.length === 1 &&
    chunks[0]!.expected === undefined &&
    /^(npm start\b|npx chatmock serve\b)/.test(chunks[0]!.command) &&
    !chunks[0]!.command.includes('\n')
  )
}
