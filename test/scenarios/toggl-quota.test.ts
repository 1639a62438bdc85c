import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Runtime, runtimes } from '../support/runtimes.js'

// Toggl Focus quotas (issue: "every request that reaches one of its operations counts down"), in
// every runtime, on a clock the test moves.

const toggl = { authorization: 'Bearer toggl_sk_ada' }
const REMAINING = 'x-toggl-quota-remaining'
const RESETS_IN = 'x-toggl-quota-resets-in'

describe.each(runtimes)('%s', (_, start) => {
  let runtime: Runtime
  let clock = Date.UTC(2026, 11, 1, 9, 0, 0)
  beforeAll(async () => {
    runtime = await start({ now: () => new Date(clock) })
  })
  afterAll(() => runtime.stop())

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${runtime.baseUrl('toggl-focus')}${path}`, { headers: { ...toggl, ...headers } })
  const quota = (response: Response) => [
    response.status,
    response.headers.get(REMAINING),
    response.headers.get(RESETS_IN),
  ]

  it('sends no quota header while no quota is set', async () => {
    expect(quota(await get('/workspaces/1/chats'))).toEqual([200, null, null])
  })

  it("counts down a workspace's quota on every answer, errors and steered answers included, then answers 402 until the window resets", async () => {
    runtime.admin.updateSettings({ quota: { 'toggl-focus': { '1': { limit: 3, resetsInSeconds: 3600 } } } })
    expect(quota(await get('/workspaces/1/chats'))).toEqual([200, '2', '3600'])
    expect(quota(await get('/workspaces/1/chats/999999'))).toEqual([404, '1', '3600'])
    clock += 600_000
    expect(quota(await get('/workspaces/1/chats/1', { prefer: 'example=deleted' }))).toEqual([200, '0', '3000'])
    const spent = await get('/workspaces/1/chats')
    expect(quota(spent)).toEqual([402, '0', '3000'])
    expect(await spent.json()).toMatchObject({
      error: 'payment_required',
      error_description: 'the request quota of workspace_id 1 is spent; it resets in 3000 s',
    })
    // Another workspace has no quota.
    expect(quota(await get('/workspaces/2/chats'))).toEqual([200, null, null])
    clock += 3_000_000
    expect(quota(await get('/workspaces/1/chats'))).toEqual([200, '2', '3600'])
  })

  it('fills every counter again on reset, and keeps the quotas', async () => {
    runtime.admin.updateSettings({ quota: { 'toggl-focus': { '1': { limit: 1, resetsInSeconds: 60 } } } })
    await get('/workspaces/1/chats')
    expect((await get('/workspaces/1/chats')).status).toBe(402)
    await runtime.reset()
    expect(quota(await get('/workspaces/1/chats'))).toEqual([200, '0', '60'])
    expect(runtime.admin.settings()).toEqual({ quota: { 'toggl-focus': { '1': { limit: 1, resetsInSeconds: 60 } } } })
    runtime.admin.updateSettings({})
  })

  // Cleans up even when it fails, so that the tests after it see no quota.
  const withQuota = async (limit: number, check: () => Promise<void>) => {
    runtime.admin.updateSettings({ quota: { 'toggl-focus': { '1': { limit, resetsInSeconds: 3600 } } } })
    try {
      await check()
    } finally {
      await runtime.reset()
      runtime.admin.updateSettings({})
    }
  }
  const longUrl = `/workspaces/1/chats?name=${'a'.repeat(9000)}`

  it('charges no oversized request to the quota: after a 414 URL and a 413 body the next request counts as the first', async () => {
    await withQuota(3, async () => {
      expect(quota(await get(longUrl))).toEqual([414, null, null])
      const post = await fetch(`${runtime.baseUrl('toggl-focus')}/workspaces/1/chats`, {
        method: 'POST',
        headers: { ...toggl, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x'.repeat(1_048_577) }),
      })
      expect(quota(post)).toEqual([413, null, null])
      expect(quota(await get('/workspaces/1/chats'))).toEqual([200, '2', '3600'])
    })
  })

  it('answers an oversized request 414, not 402, when the quota is spent', async () => {
    await withQuota(0, async () => {
      expect((await get('/workspaces/1/chats')).status).toBe(402)
      expect(quota(await get(longUrl))).toEqual([414, null, null])
    })
  })

  it('answers Prefer: code=402 with the declared 402 and both headers', async () => {
    const response = await get('/workspaces/1/chats', { prefer: 'code=402' })
    expect(quota(response)).toEqual([402, '0', '1800'])
    expect(await response.json()).toMatchObject({ error: 'payment_required' })
  })

  it('refuses a quota for an API that declares none, and a bad limit, changing nothing', async () => {
    expect(() =>
      runtime.admin.updateSettings({ quota: { hapihub: { 'room-id': { limit: 1, resetsInSeconds: 1 } } } }),
    ).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_API',
        message: expect.stringContaining('the APIs with a quota are toggl-focus'),
      }),
    )
    expect(() =>
      runtime.admin.updateSettings({
        latency: 5,
        quota: { 'toggl-focus': { '1': { limit: -1, resetsInSeconds: 1 } } },
      }),
    ).toThrow('settings.quota.toggl-focus.1.limit must be an integer >= 0, got -1')
    expect(runtime.admin.settings()).toEqual({})
  })
})
