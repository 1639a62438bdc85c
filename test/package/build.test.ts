import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

// `npm run build` compiles the library and bundles the command line into dist/; here the same
// build goes into a copy of the package laid out as npm would publish it, and the published entry
// points are used from there.
it('builds a package whose exports and bin work', async () => {
  const packageDir = mkdtempSync(join(tmpdir(), 'chatmock-build-'))
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', join(packageDir, 'dist')], { stdio: 'pipe' })
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/bundle-cli.ts'), '--outdir', join(packageDir, 'dist')], { stdio: 'pipe' })
  cpSync(join(root, 'package.json'), join(packageDir, 'package.json'))
  cpSync(join(root, 'specs'), join(packageDir, 'specs'), { recursive: true })
  symlinkSync(join(root, 'node_modules'), join(packageDir, 'node_modules'))

  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const entry = await import(join(packageDir, manifest.exports['.'].default))
  expect(entry.getApi('toggl-focus').operations).toHaveLength(9)
  const node = await import(join(packageDir, manifest.exports['./node'].default))
  const chatmock = await node.setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen()
  try {
    const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })
    expect(await response.json()).toEqual({ id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' })
  } finally {
    chatmock.server.close()
  }

  const cli = spawnSync(process.execPath, [join(packageDir, manifest.bin.chatmock), 'spec', 'roosted'], { encoding: 'utf8' })
  expect(cli.status).toBe(0)
  expect(cli.stdout).toContain('operationId: editWorkerChat')
})
