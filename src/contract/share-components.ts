import type { Ajv2020 } from 'ajv/dist/2020.js'
import { resolveSchema, type SchemaEnv } from 'ajv/dist/compile/index.js'

/**
 * Makes every schema an Ajv compiles use one compiled function per component of the document at
 * `documentUri`. Left to itself, Ajv keeps the function of a referenced schema under the schema
 * that references it, so each of GitHub's operations that returns a repository compiled
 * `full-repository` again: most of what a large document's validators weighed and cost. A
 * component Ajv inlines (one without references) is still inlined; what is compiled, and every
 * verdict and error, stays as it was.
 */
export function shareComponents(ajv: Ajv2020, documentUri: string): void {
  const prefix = `${documentUri}#/`
  const refs = ajv.refs as Record<string, SchemaEnv | string | undefined>
  // Ajv looks a resolved reference up in `refs` before resolving it under the referencing schema.
  const shared = new Proxy(refs, {
    get(target, key, receiver) {
      if (typeof key !== 'string' || !key.startsWith(prefix) || Object.hasOwn(target, key))
        return Reflect.get(target, key, receiver)
      const document = ajv.schemas[documentUri] as SchemaEnv | undefined
      const found = document && resolveSchema.call(ajv, document, key)
      if (found) target[key] = found
      return found
    },
  })
  Object.defineProperty(ajv, 'refs', { value: shared })
}
