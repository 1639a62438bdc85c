import { readFileSync } from 'node:fs'
import { basename, dirname, extname, resolve } from 'node:path'
import { parse } from 'yaml'
import { describeFileError } from '../errors/describe-file-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { isExtension } from './is-extension.js'
import { escapeSegment } from './visit-schemas.js'

type Node = Record<string, unknown>

/**
 * A document whose `$ref`s into other local files (`./schemas.yaml#/Pet`, `common.json`) are
 * brought in: a schema is added to `components.schemas` (once, so recursive schemas stay
 * recursive) and referenced there; anything else (a parameter, a response) is copied in place.
 * An example's `$ref` (`examples: { a: { $ref: './examples/a.yaml' } }`) is replaced by the Example
 * Object it names. Vendor extensions are kept as they are. Node only; the file names are resolved
 * from the file that holds the `$ref`.
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
      const at = `${pointer}/${escapeSegment(key)}`
      // Examples are data, and so is a vendor extension: a "$ref" key in them is not a reference.
      if (key === 'example' || isExtension(key, pointer) || (key === 'examples' && (inSchema || !isNode(value))))
        copy[key] = value
      else if (key === 'examples') copy[key] = bringInExamples(value as Node, base, at)
      else
        copy[key] = visit(
          value,
          base,
          at,
          inSchema || key === 'schema' || (key === 'schemas' && pointer.endsWith('/components')),
        )
    }
    return copy
  }

  /** A map of Example Objects, each `$ref` into another file replaced by the Example Object it names. */
  const bringInExamples = (examples: Node, base: string, pointer: string): Node =>
    Object.fromEntries(
      Object.entries(examples).map(([name, example]) => [
        name,
        bringInExample(example, base, `${pointer}/${escapeSegment(name)}`),
      ]),
    )

  const bringInExample = (example: unknown, base: string, pointer: string): unknown => {
    const ref = (example as { $ref?: unknown } | null)?.$ref
    if (typeof ref !== 'string' || (base === root && ref.startsWith('#'))) return example
    const { path, fragment, where, key } = locate(ref, base, pointer)
    if (inlining.includes(key))
      throw new SpecError(ErrorCodes.SPEC_REF_UNRESOLVED, `${where} refers back to itself through other files.`)
    inlining.push(key)
    const value = bringInExample(readPointer(load(path, where), fragment, where), path, pointer)
    inlining.pop()
    return value
  }

  const locate = (ref: string, base: string, pointer: string) => {
    const [target = '', fragment = ''] = ref.split('#')
    const path = target === '' ? base : resolve(dirname(base), target)
    return {
      path,
      fragment,
      where: `the $ref "${ref}" at ${base === root ? '' : `${base} `}#${pointer}`,
      key: `${path}#${fragment}`,
    }
  }

  const bringIn = (ref: string, base: string, pointer: string, inSchema: boolean): unknown => {
    const { path, fragment, where, key } = locate(ref, base, pointer)
    if (inSchema && hoisted.has(key)) return { $ref: `#/components/schemas/${hoisted.get(key)}` }
    const value = readPointer(load(path, where), fragment, where)
    if (inSchema) {
      const name = chooseName(schemas, fragment, path)
      hoisted.set(key, name)
      schemas[name] = {}
      schemas[name] = visit(value, path, `/components/schemas/${escapeSegment(name)}`, true)
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
    if (key !== 'components' && !isExtension(key, ''))
      document[key] = visit(value, root, `/${escapeSegment(key)}`, false)
  for (const [key, value] of Object.entries(components)) {
    if (key === 'examples' && isNode(value)) components[key] = bringInExamples(value, root, '/components/examples')
    else if (key !== 'schemas' && !isExtension(key, '/components'))
      components[key] = visit(value, root, `/components/${escapeSegment(key)}`, false)
  }
  for (const [name, value] of ownSchemas)
    schemas[name] = visit(value, root, `/components/schemas/${escapeSegment(name)}`, true)
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

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
