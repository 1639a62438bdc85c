import type { Faults, MockSettings } from './faults.js'
import type { Quotas, QuotaSettingsByApi } from './quotas.js'
import type { ScriptedReplies, ScriptedReply } from './scripted-replies.js'

/**
 * The settings a runtime can change while it runs: latency and faults, quotas, scripted replies.
 * Replaced all or nothing: every part is checked before any changes.
 */
export class Settings {
  readonly #faults: Faults
  readonly #quotas: Quotas
  readonly #replies: ScriptedReplies

  constructor(faults: Faults, quotas: Quotas, replies: ScriptedReplies) {
    this.#faults = faults
    this.#quotas = quotas
    this.#replies = replies
  }

  get(): MockSettings {
    const quota = this.#quotas.settings
    const replies = this.#replies.rules
    return { ...this.#faults.settings, ...(Object.keys(quota).length > 0 ? { quota } : {}), ...(replies.length > 0 ? { replies } : {}) }
  }

  /** Throws a RangeError naming a bad value, a SpecError naming an unknown API, operation, event or action. */
  set(settings: MockSettings): void {
    this.#quotas.validate(settings.quota)
    this.#replies.validate(settings.replies)
    this.#faults.set(settings)
    this.#quotas.set(settings.quota as QuotaSettingsByApi | undefined)
    this.#replies.set(settings.replies as ScriptedReply[] | undefined)
  }
}
