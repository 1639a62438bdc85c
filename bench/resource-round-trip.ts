import { loadApi } from '../src/mock/load-api.js'
import { createMockApis } from '../src/mock/create-mock-apis.js'
import type { MockApi } from '../src/mock/create-mock-api.js'
import { setupChatmock } from '../src/runtimes/node.js'
import '../src/builtin-apis.js'

/** One create and one read back of the record it made, as a client sends them. */
interface RoundTrip {
  create: { path: string; headers: Record<string, string>; body: string }
  read(created: any): string
  base: string
}

const TOGGL: RoundTrip = {
  base: 'https://focus.toggl.com/api',
  create: {
    path: '/workspaces/1/chats',
    headers: { authorization: 'Bearer toggl_sk_ada', 'content-type': 'application/json' },
    body: '{"name":"Launch"}',
  },
  read: (created) => `/workspaces/1/chats/${created.id}`,
}

const CONTACTS: RoundTrip = {
  base: 'https://crm.example.com/v1',
  create: {
    path: '/accounts/1/contacts',
    headers: { 'content-type': 'application/json' },
    body: '{"name":"Ada","email":"ada@example.com"}',
  },
  read: (created) => `/accounts/1/contacts/${created.payload.contact.id}`,
}

export interface RoundTripResult {
  /** Microseconds per create + read back, through the mock's pipeline (no HTTP, no msw). */
  core: { builtinUs: number; userUs: number }
  /** The same through msw's setupServer and fetch, as a test suite in process sends them. */
  inProcess: { builtinUs: number; userUs: number }
}

/**
 * Create + read back on a user document (test/fixtures/user-specs/contacts.yaml: a contact nested
 * under an account, wrapped, every field checked) beside the same on a built-in API (a Toggl chat),
 * `rounds` of each, in turn, after a warm-up; the store is reset between batches so neither grows.
 */
export async function measureRoundTrip(rounds: number): Promise<RoundTripResult> {
  const contacts = loadApi('test/fixtures/user-specs/contacts.yaml')
  const mock = await createMockApis({ apis: ['toggl-focus', contacts], onResponseViolation: 'error' })
  const byId = (id: string) => mock.apis.find((api) => api.api.id === id)!
  const core = async (api: MockApi, trip: RoundTrip) => {
    const created = await api.handle({
      method: 'POST',
      path: trip.create.path,
      search: '',
      headers: trip.create.headers,
      body: trip.create.body,
    })
    const read = await api.handle({
      method: 'GET',
      path: trip.read(created.body),
      search: '',
      headers: trip.create.headers,
    })
    if (created.status >= 300 || read.status !== 200)
      throw new Error(`round trip answered ${created.status}, ${read.status}`)
  }
  const coreUs = { builtin: [] as number[], user: [] as number[] }
  for (let batch = 0; batch < 6; batch++) {
    for (const [key, api, trip] of [
      ['builtin', byId('toggl-focus'), TOGGL],
      ['user', byId('contacts'), CONTACTS],
    ] as const) {
      await mock.reset()
      for (let i = 0; i < 50; i++) await core(api, trip)
      await mock.reset()
      const started = performance.now()
      for (let i = 0; i < rounds; i++) await core(api, trip)
      if (batch > 0) coreUs[key].push(((performance.now() - started) * 1000) / rounds)
    }
  }

  const chatmock = await setupChatmock({ apis: ['toggl-focus', contacts] })
  chatmock.server.listen({ onUnhandledRequest: 'error' })
  const viaFetch = async (trip: RoundTrip) => {
    const created = await (
      await fetch(`${trip.base}${trip.create.path}`, {
        method: 'POST',
        headers: trip.create.headers,
        body: trip.create.body,
      })
    ).json()
    const read = await fetch(`${trip.base}${trip.read(created)}`, { headers: trip.create.headers })
    await read.arrayBuffer()
    if (read.status !== 200) throw new Error(`read back answered ${read.status}`)
  }
  const fetchUs = { builtin: [] as number[], user: [] as number[] }
  for (let batch = 0; batch < 6; batch++) {
    for (const [key, trip] of [
      ['builtin', TOGGL],
      ['user', CONTACTS],
    ] as const) {
      await chatmock.reset()
      for (let i = 0; i < 50; i++) await viaFetch(trip)
      await chatmock.reset()
      const started = performance.now()
      for (let i = 0; i < rounds; i++) await viaFetch(trip)
      if (batch > 0) fetchUs[key].push(((performance.now() - started) * 1000) / rounds)
    }
  }
  chatmock.server.close()
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  return {
    core: { builtinUs: Math.round(median(coreUs.builtin)), userUs: Math.round(median(coreUs.user)) },
    inProcess: { builtinUs: Math.round(median(fetchUs.builtin)), userUs: Math.round(median(fetchUs.user)) },
  }
}

if (process.argv[1]?.endsWith('resource-round-trip.ts'))
  console.log(await measureRoundTrip(Number(process.argv[2] ?? 500)))
