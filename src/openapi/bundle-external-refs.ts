import { readFileSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { parse } from 'yaml'
import { describeFileError } from '../errors/describe-file-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'

type Node = Record<string, unknown>

/**
 * A document whose `$ref`s into other local files (`./schemas.yaml#/Pet`, `common.json`) are
 * brought in: a schema is added to `components.schemas` (once, so recursive schemas stay
 * recursive) and referenced there; anything else (a parameter, a response) is copied in place.
 * Node only; the file names are resolved from the file that holds the `$ref`.
 */
export function bundleExternalRefs(document: Node, file: string): Node {
  const root = resolve(file)
  const files = new Map<string, unknown>([[root, document]])
  const hoisted = new Map<string, string>()
  const components = (document.components ??= {}) as Node
  const schemas = (components.schemas ??= {}) as Node
  const inlining: string[] = []

  const load = (path: string, where: string): unknown => {
    if (!files.has(path)) {
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (error) {
        throw new SpecError(
          ErrorCodes.SPEC_REF_UNRESOLVED,
          `${where} points at ${path}, which cannot be read: ${describeFileError(error)}.`,
        )
      }
      try {
        files.set(path, parse(text))
      } catch (error) {
        throw new SpecError(
          ErrorCodes.SPEC_INVALID,
          `${path} (named by ${where}) is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}.`,
        )
      }
    }
    return files.get(path)
  }

  const visit = (node: unknown, base: string, pointer: string, inSchema: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => visit(item, base, `${pointer}/${index}`, inSchema))
    if (typeof node !== 'object' || node === null) return node
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string' && (base !== root || !ref.startsWith('#'))) return bringIn(ref, base, pointer, inSchema)
    const copy: Node = {}
    for (const [key, value] of Object.entries(node)) {
      // Examples are data: a "$ref" key in them is not a reference.
      if (key === 'example' || key === 'examples') copy[key] = value
      else
        copy[key] = visit(
          value,
          base,
          `${pointer}/${key}`,
          inSchema || key === 'schema' || (key === 'schemas' && pointer.endsWith('/components')),
        )
    }
    return copy
  }

  const bringIn = (ref: string, base: string, pointer: string, inSchema: boolean): unknown => {
    const [target = '', fragment = ''] = ref.split('#')
    const path = target === '' ? base : resolve(dirname(base), target)
    const where = `the $ref "${ref}" at ${base === root ? '' : `${base} `}#${pointer}`
    const key = `${path}#${fragment}`
    if (inSchema && hoisted.has(key)) return { $ref: `#/components/schemas/${hoisted.get(key)}` }
    const value = readPointer(load(path, where), fragment, where)
    if (inSchema) {
      const name = chooseName(schemas, fragment, path)
      hoisted.set(key, name)
      schemas[name] = {}
      schemas[name] = visit(value, path, `/components/schemas/${name}`, true)
      return { $ref: `#/components/schemas/${name}` }
    }
    if (inlining.includes(key))
      throw new SpecError(
        ErrorCodes.SPEC_REF_UNRESOLVED,
        `${where} refers back to itself through other files; only schemas may be recursive.`,
      )
    inlining.push(key)
    const copy = visit(value, path, pointer, false)
    inlining.pop()
    return copy
  }

  const ownSchemas = Object.entries(schemas)
  for (const [key, value] of Object.entries(document))
    if (key !== 'components') document[key] = visit(value, root, `/${key}`, false)
  for (const [key, value] of Object.entries(components)) {
    // Example values are data, whatever keys they hold.
    if (key !== 'schemas' && key !== 'examples') components[key] = visit(value, root, `/components/${key}`, false)
  }
  for (const [name, value] of ownSchemas) schemas[name] = visit(value, root, `/components/schemas/${name}`, true)
  return document
}

function readPointer(document: unknown, fragment: string, where: string): unknown {
  let node = document
  for (const raw of fragment.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key))
      throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `${where} points at nothing: "${key}" does not exist.`)
    node = (node as Node)[key]
  }
  return node
}

/** A components.schemas name for a schema from another file: its last pointer segment, or its file name. */
function chooseName(schemas: Node, fragment: string, path: string): string {
  const last = fragment.split('/').filter(Boolean).at(-1) ?? basename(path, extname(path))
  const base = last.replace(/[^A-Za-z0-9._-]/g, '_') || 'Schema'
  let name = base
  for (let n = 2; Object.hasOwn(schemas, name); n++) name = `${base}_${n}`
  return name
}
