import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../spec/resolve-ref.js'
import type { Operation } from '../spec/types.js'
import { compileSecurityCheck, type SecurityCheck } from './check-security.js'
import { rebaseSchema } from './create-ajv.js'
import { compileParameterReader, type DeserializedParameters, type RawParameters } from './deserialize-parameters.js'

export interface CompiledResponse {
  mediaTypes: string[]
  bodyValidator(mediaType: string): ValidateFunction | undefined
  requiredHeaders: string[]
}

export interface CompiledOperation {
  operation: Operation
  readParameters(raw: RawParameters): DeserializedParameters
  validateParameters: ValidateFunction
  checkSecurity: SecurityCheck
  body?: { required: boolean; mediaTypes: string[]; validator(mediaType: string): ValidateFunction | undefined }
  response(status: number): { key: string; compiled: CompiledResponse } | undefined
  declaredStatuses: string[]
}

/** Compiles everything an operation needs to check an exchange; called once per operation. */
export function compileOperation(ajv: Ajv2020, document: OpenAPIV3_1.Document, documentUri: string, operation: Operation): CompiledOperation {
  const compileSchema = (schema: unknown) => ajv.compile(rebaseSchema((schema ?? {}) as object, documentUri))
  const responses = new Map<string, CompiledResponse>()
  const declaredStatuses = Object.keys(operation.responses)

  return {
    operation,
    readParameters: compileParameterReader(document, operation.parameters),
    validateParameters: compileSchema(toParametersSchema(operation.parameters)),
    checkSecurity: compileSecurityCheck(document, operation.security),
    body: operation.requestBody && {
      required: operation.requestBody.required === true,
      mediaTypes: Object.keys(operation.requestBody.content ?? {}),
      validator: memoize((mediaType) => compileSchema(operation.requestBody!.content[mediaType]?.schema)),
    },
    declaredStatuses,
    response(status) {
      const text = String(status)
      const key = [text, `${text[0]}XX`, `${text[0]}xx`, 'default'].find((candidate) => candidate in operation.responses)
      if (key === undefined) return undefined
      let compiled = responses.get(key)
      if (!compiled) {
        compiled = compileResponse(document, operation.responses[key]!, compileSchema)
        responses.set(key, compiled)
      }
      return { key, compiled }
    },
  }
}

function compileResponse(document: OpenAPIV3_1.Document, response: OpenAPIV3_1.ResponseObject, compileSchema: (schema: unknown) => ValidateFunction): CompiledResponse {
  const content = response.content ?? {}
  return {
    mediaTypes: Object.keys(content),
    bodyValidator: memoize((mediaType) => (content[mediaType]?.schema ? compileSchema(content[mediaType]!.schema) : undefined)),
    requiredHeaders: Object.entries(response.headers ?? {})
      .filter(([, header]) => resolveRef<OpenAPIV3_1.HeaderObject>(document, header).required)
      .map(([name]) => name.toLowerCase()),
  }
}

/** One object schema for all parameters, so each Ajv error's path names its location. */
function toParametersSchema(parameters: OpenAPIV3_1.ParameterObject[]) {
  const locations = { path: objectSchema(), query: objectSchema(), header: objectSchema() }
  for (const parameter of parameters) {
    if (parameter.in === 'cookie') continue
    const target = locations[parameter.in as keyof typeof locations]
    const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name
    target.properties[name] = parameter.schema ?? {}
    if (parameter.required) target.required.push(name)
  }
  return { type: 'object', properties: locations }
}

function objectSchema() {
  return { type: 'object', properties: {} as Record<string, unknown>, required: [] as string[] }
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key))
    return cache.get(key)!
  }
}
