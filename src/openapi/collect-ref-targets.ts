import type { OpenAPIV3_1 } from 'openapi-types'
import { isExtension } from './is-extension.js'

const skeletons = new WeakMap<object, Record<string, unknown>>()

/**
 * The parts of a document that its local `$ref`s point at outside `#/components/schemas` (a
 * request body's schema, a path's parameter), at their own places in an otherwise empty document,
 * so that a schema registered with the rest can reach them (`#/paths/~1pets/post/…/schema`).
 * Vendor extensions are not read. Made once per document.
 */
export function collectRefTargets(document: OpenAPIV3_1.Document): Record<string, unknown> {
  let skeleton = skeletons.get(document)
  if (skeleton) return skeleton
  skeleton = {}
  const pointers = new Set<string>()
  collectPointers(document, '', pointers)
  for (const pointer of pointers) place(skeleton, document, pointer)
  skeletons.set(document, skeleton)
  return skeleton
}

function collectPointers(value: unknown, pointer: string, pointers: Set<string>): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) collectPointers(item, `${pointer}/${index}`, pointers)
    return
  }
  if (typeof value !== 'object' || value === null) return
  for (const [key, child] of Object.entries(value)) {
    if (isExtension(key, pointer)) continue
    if (key === '$ref' && typeof child === 'string') {
      if (child.startsWith('#/') && !child.startsWith('#/components/schemas/')) pointers.add(child.slice(1))
    } else collectPointers(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, pointers)
  }
}

/** Copies the value at `pointer` into `skeleton` along the same path; a pointer to nothing is left out. */
function place(skeleton: Record<string, unknown>, document: unknown, pointer: string): void {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
  let source: unknown = document
  for (const part of parts) {
    if (typeof source !== 'object' || source === null || !Object.hasOwn(source, part)) return
    source = (source as Record<string, unknown>)[part]
  }
  let target = skeleton
  for (const [index, part] of parts.entries()) {
    if (index === parts.length - 1) target[part] = source
    else target = (target[part] ??= {}) as Record<string, unknown>
  }
}
