import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { BackgroundJobs } from './background-jobs.js'
import { Faults } from './faults.js'

// The background work of resolvers and actions: after the setting's delay (per operation, per API,
// 100 ms by default), at once with 0, and never once cancelled. Fake timers make the delays exact.

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

it('runs a job 100 ms after by default, not before', async () => {
  const jobs = new BackgroundJobs(new Faults())
  const job = vi.fn()
  await jobs.schedule('chatwoot', 'toggleConversationStatus', job)
  expect(jobs.pending).toBe(1)
  await vi.advanceTimersByTimeAsync(99)
  expect(job).not.toHaveBeenCalled()
  await vi.advanceTimersByTimeAsync(1)
  expect(job).toHaveBeenCalledOnce()
  expect(jobs.pending).toBe(0)
})

it("takes the operation's jobDelay over its API's, and the API's for an action (no operation)", async () => {
  const jobs = new BackgroundJobs(
    new Faults({
      jobDelay: 500,
      apis: { chatwoot: { jobDelay: 50, operations: { updateConversationLastSeen: { jobDelay: 10 } } } },
    }),
  )
  const order: string[] = []
  await jobs.schedule('chatwoot', undefined, () => order.push('action'))
  await jobs.schedule('chatwoot', 'updateConversationLastSeen', () => order.push('operation'))
  await jobs.schedule('toggl-focus', 'getChat', () => order.push('other API'))
  await vi.advanceTimersByTimeAsync(10)
  expect(order).toEqual(['operation'])
  await vi.advanceTimersByTimeAsync(40)
  expect(order).toEqual(['operation', 'action'])
  await vi.advanceTimersByTimeAsync(450)
  expect(order).toEqual(['operation', 'action', 'other API'])
})

it('runs a job at once, before schedule resolves, when jobDelay is 0, and passes its failure on', async () => {
  const jobs = new BackgroundJobs(new Faults({ jobDelay: 0 }))
  const job = vi.fn()
  await jobs.schedule('chatwoot', 'toggleConversationStatus', job)
  expect(job).toHaveBeenCalledOnce()
  expect(jobs.pending).toBe(0)
  await expect(
    jobs.schedule('chatwoot', 'toggleConversationStatus', () => Promise.reject(new Error('store full'))),
  ).rejects.toThrow('store full')
})

it("cancels one API's jobs still due, or every job", async () => {
  const jobs = new BackgroundJobs(new Faults())
  const ran: string[] = []
  await jobs.schedule('chatwoot', 'toggleConversationStatus', () => ran.push('chatwoot'))
  await jobs.schedule('toggl-focus', 'getChat', () => ran.push('toggl-focus'))
  jobs.cancel('chatwoot')
  expect(jobs.pending).toBe(1)
  expect(vi.getTimerCount()).toBe(1)
  await vi.advanceTimersByTimeAsync(100)
  expect(ran).toEqual(['toggl-focus'])
  await jobs.schedule('chatwoot', 'toggleConversationStatus', () => ran.push('chatwoot'))
  jobs.cancel()
  expect(jobs.pending).toBe(0)
  expect(vi.getTimerCount()).toBe(0)
})

it('warns about a job that fails later, naming its API and operation', async () => {
  const warn = vi.fn()
  const jobs = new BackgroundJobs(new Faults(), warn)
  await jobs.schedule('chatwoot', 'toggleConversationStatus', () => {
    throw new Error('the store is full')
  })
  await vi.advanceTimersByTimeAsync(100)
  expect(warn).toHaveBeenCalledWith(
    'chatmock: chatwoot: background work after toggleConversationStatus failed: the store is full',
  )
})

it.each([[-1], [Number.NaN], ['100']])('refuses jobDelay %s', (jobDelay) => {
  expect(() => new Faults({ apis: { chatwoot: { jobDelay: jobDelay as number } } })).toThrow(
    `settings.apis.chatwoot.jobDelay must be milliseconds >= 0, got ${JSON.stringify(jobDelay)}`,
  )
})

it('keeps jobDelay in the settings it answers', () => {
  expect(new Faults({ jobDelay: 0 }).settings).toEqual({ jobDelay: 0 })
})
