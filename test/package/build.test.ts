import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, inject, it } from 'vitest'
import { installPackage } from '../support/install-package.js'

const root = fileURLToPath(new URL('../../', import.meta.url))

// The package, built once per run as `npm run build` builds it (test/support/build-package.ts), is
// installed into a project as npm would install it, and used through its published entry points.
const project = mkdtempSync(join(tmpdir(), 'chatmock-consumer-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

it('builds a package whose exports and bin work', async () => {
  // iconv-lite and mime-db are what the command line's bundle leaves to node_modules (Express's).
  installPackage(inject('packageDir'), project, {
    msw: 'msw',
    links: ['iconv-lite', 'mime-db', '@jest/globals', 'expect'],
  })
  const packageDir = join(project, 'node_modules/chatmock')

  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  const entry = await import(join(packageDir, manifest.exports['.'].default))
  // A built-in API comes from its subpath; the main entry loads none.
  const { togglFocusApi } = await import(
    join(packageDir, manifest.exports['./apis/*'].default.replace('*', 'toggl-focus'))
  )
  expect(entry.getApi(togglFocusApi).operations).toHaveLength(9)
  const node = await import(join(packageDir, manifest.exports['./node'].default))
  const chatmock = await node.setupChatmock({ apis: ['hapihub'] })
  chatmock.server.listen()
  try {
    const response = await fetch('https://yourdomain.com/chat-messages/id-1', {
      headers: { authorization: 'Bearer t' },
    })
    expect(await response.json()).toEqual({ id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' })
  } finally {
    chatmock.server.close()
  }

  const cli = spawnSync(process.execPath, [join(packageDir, manifest.bin.chatmock), 'spec', 'roosted'], {
    encoding: 'utf8',
  })
  expect(cli.status).toBe(0)
  expect(cli.stdout).toContain('operationId: editWorkerChat')
  const yaml = spawnSync(
    process.execPath,
    [join(packageDir, manifest.bin.chatmock), 'spec', 'roosted', '--server-url', 'http://127.0.0.1:4010/roosted'],
    { encoding: 'utf8' },
  )
  expect(yaml.stdout).toContain('servers:\n  - url: http://127.0.0.1:4010/roosted\n')
  expect(yaml.stdout).toContain('  description: |\n')
  const json = spawnSync(
    process.execPath,
    [
      join(packageDir, manifest.bin.chatmock),
      'spec',
      'roosted',
      '--format',
      'json',
      '--server-url',
      'http://127.0.0.1:4010/roosted',
    ],
    { encoding: 'utf8' },
  )
  expect(JSON.parse(json.stdout).servers).toEqual([{ url: 'http://127.0.0.1:4010/roosted' }])

  // A consumer type-checks against the published declarations: its typos fail, the rest compiles.
  writeFileSync(join(project, 'package.json'), '{ "type": "module" }')
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node', 'jest'],
        typeRoots: [join(root, 'node_modules/@types')],
      },
      files: ['consumer.ts', 'jest-globals.ts', 'jest-global.ts'],
    }),
  )
  writeFileSync(join(project, 'consumer.ts'), CONSUMER)
  writeFileSync(join(project, 'jest-globals.ts'), JEST_GLOBALS_CONSUMER)
  writeFileSync(join(project, 'jest-global.ts'), JEST_GLOBAL_CONSUMER)
  const typecheck = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(project, 'tsconfig.json')],
    { encoding: 'utf8' },
  )
  expect(typecheck.stdout + typecheck.stderr).toBe('')
  expect(typecheck.status).toBe(0)
})

// chatmock/jest's matcher on the `expect` of '@jest/globals' …
const JEST_GLOBALS_CONSUMER = `import { expect } from '@jest/globals'
import 'chatmock/jest'

declare const response: Response
export async function check() {
  await expect(response).toMatchContract('toggl-focus', 'listChats')
  await expect(response).not.toMatchContract('hapihub', 'getChatMessage')
  // @ts-expect-error: listChats, not listChatz
  await expect(response).toMatchContract('toggl-focus', 'listChatz')
}
`

// … and on the global \`expect\` of @types/jest.
const JEST_GLOBAL_CONSUMER = `import 'chatmock/jest'

declare const response: Response
export async function checkGlobal() {
  await expect(response).toMatchContract('roosted', 'editWorkerChat')
  // @ts-expect-error: no API is called "nope"
  await expect(response).toMatchContract('nope', 'listChats')
}
`

const CONSUMER = `import { contract, defineApi } from 'chatmock'
import { chatwootApi } from 'chatmock/apis/chatwoot'
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
// An API's subpath gives its value, typed as the id is.
void contract(chatwootApi).validateResponse('listConversations', response)
// @ts-expect-error: listConversationz is no operation of Chatwoot's
void contract(chatwootApi).validateResponse('listConversationz', response)
export async function start() {
  await setupChatmock({ apis: [chatwootApi], settings: { apis: { chatwoot: { operations: { listConversations: { errorRate: 1 } } } } } })
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
