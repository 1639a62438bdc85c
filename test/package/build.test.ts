import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
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
  execFileSync(process.execPath, [join(root, 'scripts/bundle-library.mjs'), '--outdir', join(packageDir, 'dist')], { stdio: 'pipe' })
  execFileSync(process.execPath, [join(root, 'scripts/bundle-cli.mjs'), '--outdir', join(packageDir, 'dist')], { stdio: 'pipe' })
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
  const yaml = spawnSync(process.execPath, [join(packageDir, manifest.bin.chatmock), 'spec', 'roosted', '--server-url', 'http://127.0.0.1:4010/roosted'], { encoding: 'utf8' })
  expect(yaml.stdout).toContain('servers:\n  - url: http://127.0.0.1:4010/roosted\n')
  expect(yaml.stdout).toContain('  description: |\n')
  const json = spawnSync(process.execPath, [join(packageDir, manifest.bin.chatmock), 'spec', 'roosted', '--format', 'json', '--server-url', 'http://127.0.0.1:4010/roosted'], { encoding: 'utf8' })
  expect(JSON.parse(json.stdout).servers).toEqual([{ url: 'http://127.0.0.1:4010/roosted' }])

  // A consumer type-checks against the published declarations: its typos fail, the rest compiles.
  const consumer = join(packageDir, 'consumer')
  mkdirSync(join(consumer, 'node_modules'), { recursive: true })
  symlinkSync(packageDir, join(consumer, 'node_modules', 'chatmock'))
  writeFileSync(join(consumer, 'package.json'), '{ "type": "module" }')
  writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }, files: ['consumer.ts'] }))
  writeFileSync(join(consumer, 'consumer.ts'), CONSUMER)
  const typecheck = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(consumer, 'tsconfig.json')], { encoding: 'utf8' })
  expect(typecheck.stdout + typecheck.stderr).toBe('')
  expect(typecheck.status).toBe(0)
})

const CONSUMER = `import { contract, defineApi } from 'chatmock'
import { setupChatmock } from 'chatmock/node'
import type { paths } from 'chatmock/types/toggl-focus'

type ListChats = paths['/workspaces/{workspace_id}/chats']['get']
export const perPage: NonNullable<ListChats['parameters']['query']>['per_page'] = 20
declare const response: Response
void contract('toggl-focus').validateResponse('listChats', response)
// @ts-expect-error: listChats, not listChatz
void contract('toggl-focus').validateResponse('listChatz', response)
// @ts-expect-error: no API is called "nope"
void contract('nope')
// @ts-expect-error: no such path
export type Nope = paths['/workspaces/{workspace_id}/chatz']
// An API of the user's joins the typed ids through declaration merging.
declare const petsDocument: Parameters<typeof defineApi>[0]['spec']
const petsApi = defineApi<'pets', { listPets: { params: Record<string, never>; query: Record<string, never>; headers: Record<string, never>; body: undefined } }, undefined, undefined>({ id: 'pets', spec: petsDocument })
declare module 'chatmock' {
  interface RegisteredApis { pets: typeof petsApi }
}
void contract('pets').validateResponse('listPets', response)
// @ts-expect-error: listPets, not listPetz
void contract('pets').validateResponse('listPetz', response)
export async function start() {
  // @ts-expect-error: an unknown operation in the fault settings
  await setupChatmock({ apis: ['hapihub'], settings: { operations: { findChatMessagez: { errorRate: 1 } } } })
  const both = await setupChatmock({ apis: ['toggl-focus', 'roosted'], settings: { apis: { roosted: { operations: { listChatMessages: { errorRate: 1 } } } } } })
  // @ts-expect-error: getChat is Toggl Focus's, not RoostedHR's
  both.admin.updateSettings({ apis: { roosted: { operations: { getChat: { errorRate: 1 } } } } })
  // @ts-expect-error: both APIs have listChatMessages: a bare id cannot say which
  both.admin.updateSettings({ operations: { listChatMessages: { errorRate: 1 } } })
  // @ts-expect-error: no API is called "nope"
  both.admin.updateSettings({ apis: { nope: {} } })
}
`
