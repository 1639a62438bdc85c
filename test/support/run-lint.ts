import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** The npm scripts of package.json. */
export function readScripts(): Record<string, string> {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts
}

const BINS: Record<string, string> = {
  depcruise: 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs',
  knip: 'node_modules/knip/bin/knip.js',
  prettier: 'node_modules/prettier/bin/prettier.cjs',
}

/** An npm script of package.json (`lint:deps`), run in another directory with the project's own config file: its exit code and output. */
export function runLint(
  script: string,
  cwd: string,
  config: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command, ...args] = readScripts()[script]!.split(' ')
  const bin = BINS[command!]
  if (!bin) throw new Error(`npm run ${script} runs ${command}, which runLint does not know`)
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(root, bin), ...args, '--config', join(root, config)],
      { cwd },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr })
      },
    )
  })
}
