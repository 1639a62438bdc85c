/** How long background work waits when no setting says: shortly after the answer, as a real job queue takes. */
export const DEFAULT_JOB_DELAY_MS = 100

/** Where a job's delay comes from: the settings (see MockSettings.jobDelay). */
interface JobDelaySource {
  jobDelay(api: string, operationId?: string): number
}

/**
 * The work a real server does in the background after answering (an async listener, a queued job),
 * scheduled by resolvers and actions through their context's `defer`. A job runs `jobDelay` ms
 * later, or at once when that is 0 (the caller awaits it, so the answer shows what it did). Jobs
 * still due are cancelled when their API's store is reset (they would write to what is gone) and
 * when the runtime closes, so no timer outlives the mock. A job that fails later is warned about:
 * nobody awaits it (a full store, for one, refuses what it would insert).
 */
export class BackgroundJobs {
  readonly #delays: JobDelaySource
  readonly #warn: (line: string) => void
  readonly #due = new Map<ReturnType<typeof setTimeout>, string>()

  constructor(delays: JobDelaySource, warn: (line: string) => void = (line) => console.warn(line)) {
    this.#delays = delays
    this.#warn = warn
  }

  /** How many jobs are waiting to run. */
  get pending(): number {
    return this.#due.size
  }

  /** Runs the job after the API's (or operation's) `jobDelay`; resolves once it is scheduled, or, with no delay, done. */
  async schedule(api: string, operationId: string | undefined, job: () => unknown): Promise<void> {
    const delayMs = this.#delays.jobDelay(api, operationId)
    if (delayMs === 0) {
      await job()
      return
    }
    const timer = setTimeout(() => {
      this.#due.delete(timer)
      Promise.resolve()
        .then(job)
        .catch((error: unknown) =>
          this.#warn(
            `chatmock: ${api}: background work${operationId ? ` after ${operationId}` : ''} failed: ${(error as Error).message}`,
          ),
        )
    }, delayMs)
    // A job still due must not keep a test process alive.
    ;(timer as { unref?: () => void }).unref?.()
    this.#due.set(timer, api)
  }

  /** Cancels the jobs still due: one API's (its store is being reset), or all (the runtime closes). */
  cancel(api?: string): void {
    for (const [timer, owner] of this.#due) {
      if (api !== undefined && owner !== api) continue
      clearTimeout(timer)
      this.#due.delete(timer)
    }
  }
}
