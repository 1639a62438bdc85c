import type { Ajv2020 } from 'ajv/dist/2020.js'
import { _, type Code, type Name } from 'ajv/dist/compile/codegen/index.js'
import { resolveRef, SchemaEnv } from 'ajv/dist/compile/index.js'
import names from 'ajv/dist/compile/names.js'
import { inlineRef } from 'ajv/dist/compile/resolve.js'
import type { KeywordCxt } from 'ajv/dist/compile/validate/index.js'

// ajv ships CommonJS; under NodeNext a default export arrives wrapped.
const { errors: ERRORS, vErrors: V_ERRORS } = ((names as unknown as { default?: unknown }).default ?? names) as {
  errors: Name
  vErrors: Name
}

/**
 * For precompiled validators (`inlineRefs: false`): every `$ref` becomes a call of the target's one
 * function instead of a copy of the target inlined at each use, which makes the generated code a
 * fraction of the size. Ajv's default inlines a target without `$ref`s of its own, and the errors
 * of an inlined target carry the `$ref` before their path in it (`…#/components/schemas/Id/type`),
 * where a called one's say only `#/type`; format-issue.ts tells a failed alternative's errors from
 * its siblings' by that path. So after each call of a target Ajv would have inlined, the errors it
 * added get the path they would have had: the same errors, the same issues, whichever way compiled.
 */
export function keepInlinedErrorPaths(ajv: Ajv2020): void {
  const rule = (ajv as unknown as { RULES: { all: Record<string, { definition: { code(cxt: KeywordCxt): void } }> } })
    .RULES.all.$ref!
  // Ajv copies a definition into each instance's rules: this changes this instance only.
  const call = rule.definition.code
  rule.definition.code = (cxt) => {
    const { gen, schema: $ref, it } = cxt
    const root = it.schemaEnv.root
    const isRootRef = ($ref === '#' || $ref === '#/') && it.baseId === root.baseId
    // Resolved (and compiled) here as Ajv's own code does first; it then finds it cached.
    const target = isRootRef ? undefined : resolveRef.call(it.self, root, it.baseId, $ref as string)
    if (!(target instanceof SchemaEnv) || !inlineRef(target.schema, true)) return call(cxt)
    const before = gen.const('before', ERRORS)
    call(cxt)
    gen.forRange('i', before, ERRORS, (i) => {
      const error: Code = _`${V_ERRORS}[${i}]`
      gen.assign(_`${error}.schemaPath`, _`${$ref as string} + ${error}.schemaPath.slice(1)`)
    })
  }
}
