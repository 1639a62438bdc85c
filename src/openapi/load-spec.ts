import { readFileSync } from 'node:fs'
import { describeFileError } from '../errors/describe-file-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { bundleExternalRefs } from './bundle-external-refs.js'
import { isExtensionAt } from './is-extension.js'
import { parseDocumentText, type ReadDocument, readDocumentObject } from './read-document.js'
import { isSwagger2, upgradeSwagger2 } from './upgrade-swagger-2.js'

export interface SpecFile extends ReadDocument {
  file: string
  /** The file's text as written; absent when `$ref`s into other files were brought in or it was converted (then it is not the document served). */
  text?: string
  /** Set when the file was Swagger 2.0, converted to OpenAPI 3.0 on load (`original` is the conversion). */
  convertedFrom?: 'Swagger 2.0'
}

/**
 * Reads an OpenAPI 3.0, 3.1 or 3.2 document from a YAML or JSON file, with the `$ref`s into other
 * local files brought in, and checks it (see readDocumentObject); a Swagger 2.0 file is converted to
 * OpenAPI 3.0 first. Node only.
 */
export function readSpecFile(file: string): SpecFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new SpecError(ErrorCodes.SPEC_INVALID, `Cannot read the spec "${file}": ${describeFileError(error)}.`)
  }
  const where = `The spec "${file}"`
  const { parsed, format } = parseDocumentText(text, where)
  if (isSwagger2(parsed)) {
    const converted = upgradeSwagger2(parsed, where)
    const bundled = hasExternalRef(converted) ? bundleExternalRefs(converted as never, file) : converted
    return { ...readDocumentObject(bundled, where, format), file, convertedFrom: 'Swagger 2.0' }
  }
  if (!hasExternalRef(parsed)) return { ...readDocumentObject(parsed, where, format), file, text }
  // Served as one document, so that a client that fetches it needs no other file.
  const bundled = bundleExternalRefs(structuredClone(parsed) as never, file)
  return { ...readDocumentObject(bundled, where, format), file }
}

/** The document of a spec file, ready for the validators (3.0 said as 3.1, other files' `$ref`s brought in). */
export function loadSpec(file: string) {
  return readSpecFile(file).document
}

/** Whether a `$ref` outside vendor extensions and example values names another file. */
function hasExternalRef(node: unknown, path: string[] = []): boolean {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      if (typeof node[index] !== 'object' || node[index] === null) continue
      path.push(String(index))
      const found = hasExternalRef(node[index], path)
      path.pop()
      if (found) return true
    }
    return false
  }
  if (typeof node !== 'object' || node === null) return false
  if (isExternalRef(node)) return true
  for (const key in node) {
    const value = (node as Record<string, unknown>)[key]
    if (typeof value !== 'object' || value === null || key === 'example' || isExtensionAt(key, path)) continue
    // A map of Example Objects may name another file; the values inside them are data.
    if (key === 'examples') {
      if (Object.values(value).some(isExternalRef)) return true
      continue
    }
    path.push(key)
    const found = hasExternalRef(value, path)
    path.pop()
    if (found) return true
  }
  return false
}

function isExternalRef(example: unknown): boolean {
  const ref = (example as { $ref?: unknown } | null)?.$ref
  return typeof ref === 'string' && !ref.startsWith('#')
}
