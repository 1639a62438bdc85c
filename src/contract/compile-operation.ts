import type { ValidateFunction } from 'ajv/dist/2020.js'
import type { OpenAPIV3_1 } from 'openapi-types'
import { resolveRef } from '../openapi/resolve-ref.js'
import type { Operation } from '../api/spec.js'
import { compileSecurityCheck, type SecurityCheck } from './check-security.js'
import { compileParameterReader, type DeserializedParameters, type RawParameters } from './deserialize-parameters.js'
import { schemaKeys, toParametersSchema } from './schema-keys.js'
import { compileValueShape, type ValueShape } from './parameter-styles/value-shape.js'

/** Compiles a schema of the spec by its key (or finds it precompiled). */
export type SchemaCompiler = (key: string, schema: unknown) => ValidateFunction

interface CompiledResponse {
  mediaTypes: string[]
  bodyValidator(mediaType: string): ValidateFunction | undefined
  requiredHeaders: string[]
}

export interface CompiledOperation {
  operation: Operation
  readParameters(raw: RawParameters): DeserializedParameters
  validateParameters: ValidateFunction
  checkSecurity: SecurityCheck
  body?: {
    required: boolean
    mediaTypes: string[]
    validator(mediaType: string): ValidateFunction | undefined
    /** How a form body (urlencoded or multipart) of this media type turns its text into typed fields. */
    formShape(mediaType: string): ValueShape
  }
  response(status: number): { key: string; compiled: CompiledResponse } | undefined
  /** A declared response by its key in the spec (`200`, `2XX`, `default`). */
  responseByKey(key: string): CompiledResponse
  declaredStatuses: string[]
}

/** Prepares everything an operation needs to check an exchange; called once per operation. */
export function compileOperation(
  compileSchema: SchemaCompiler,
  document: OpenAPIV3_1.Document,
  operation: Operation,
): CompiledOperation {
  const responses = new Map<string, CompiledResponse>()
  const declaredStatuses = Object.keys(operation.responses)

  return {
    operation,
    readParameters: compileParameterReader(document, operation.parameters, {
      strictQuery: operation.strictQuery === true,
    }),
    validateParameters: compileSchema(schemaKeys.parameters(operation), toParametersSchema(operation.parameters)),
    checkSecurity: compileSecurityCheck(document, operation.security),
    body: operation.requestBody && {
      required: operation.requestBody.required === true,
      mediaTypes: Object.keys(operation.requestBody.content ?? {}),
      validator: memoize((mediaType) =>
        compileSchema(schemaKeys.body(operation, mediaType), operation.requestBody!.content[mediaType]?.schema ?? {}),
      ),
      formShape: memoize((mediaType) => compileValueShape(document, operation.requestBody!.content[mediaType]?.schema)),
    },
    declaredStatuses,
    response(status) {
      const text = String(status)
      const key = [text, `${text[0]}XX`, `${text[0]}xx`, 'default'].find(
        (candidate) => candidate in operation.responses,
      )
      return key === undefined ? undefined : { key, compiled: this.responseByKey(key) }
    },
    responseByKey(key) {
      let compiled = responses.get(key)
      if (!compiled) {
        compiled = compileResponse(document, operation.responses[key]!, (mediaType, schema) =>
          compileSchema(schemaKeys.response(operation, key, mediaType), schema),
        )
        responses.set(key, compiled)
      }
      return compiled
    },
  }
}

function compileResponse(
  document: OpenAPIV3_1.Document,
  response: OpenAPIV3_1.ResponseObject,
  compileSchema: (mediaType: string, schema: unknown) => ValidateFunction,
): CompiledResponse {
  const content = response.content ?? {}
  return {
    mediaTypes: Object.keys(content),
    bodyValidator: memoize((mediaType) =>
      content[mediaType]?.schema ? compileSchema(mediaType, content[mediaType]!.schema) : undefined,
    ),
    requiredHeaders: Object.entries(response.headers ?? {})
      .filter(([, header]) => resolveRef<OpenAPIV3_1.HeaderObject>(document, header).required)
      .map(([name]) => name.toLowerCase()),
  }
}

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>()
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key))
    return cache.get(key)!
  }
}
