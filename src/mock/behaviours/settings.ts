import type { Api } from '../../api/api.js'
import type { Faults } from './faults.js'
import type { MockSettings } from './mock-settings.js'
import { Quotas, type QuotaSettingsByApi } from './quotas.js'
import { indexOperations, resolveFaultSettings } from './resolve-fault-settings.js'
import { type ScriptedReplies, type ScriptedReply, validateReplies } from './scripted-replies.js'

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
    return {
      ...this.#faults.settings,
      ...(Object.keys(quota).length > 0 ? { quota } : {}),
      ...(replies.length > 0 ? { replies } : {}),
    }
  }

  /** Throws a RangeError naming a bad value, a SpecError naming an unknown API, operation, event or action. */
  set(settings: MockSettings): void {
    checkObject(settings)
    this.#quotas.validate(settings.quota)
    this.#replies.validate(settings.replies)
    this.#faults.set(settings)
    this.#quotas.set(settings.quota as QuotaSettingsByApi | undefined)
    this.#replies.set(settings.replies as ScriptedReply[] | undefined)
  }
}

/**
 * Checks settings for the APIs to serve before any runtime exists (the CLI's `--settings` file):
 * throws what `Settings.set` would.
 */
export function checkSettings(settings: unknown, apis: readonly Api[]): asserts settings is MockSettings {
  checkObject(settings)
  const quotas: Quotas = new Quotas(apis, () => new Date())
  quotas.validate(settings.quota)
  validateReplies(settings.replies, apis)
  resolveFaultSettings(settings, indexOperations(apis))
}

function checkObject(settings: unknown): asserts settings is MockSettings {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
    throw new RangeError('settings must be an object')
}
