import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { SpecError } from '../errors/spec-error.js'
import { getApi } from '../openapi/catalog.js'
import type { ApiRef, OperationIdOf } from '../api/api.js'
import type { ApiSpec, Operation } from '../api/spec.js'
import { compileOperation, type CompiledOperation } from './compile-operation.js'
import { createAjv, getDocumentUri, isStrictApi, rebaseSchema } from './create-ajv.js'
import { getComponentTable } from './create-component-table.js'
import { toComponentCalls } from './create-operation-ajv.js'
import { createOperationCache, DEFAULT_VALIDATOR_CACHE } from './create-operation-cache.js'
import { createRouter, type Router } from './create-router.js'

/** A spec ready to check exchanges: its Ajv, its router and its operations compiled on first use. */
export interface Contract {
  api: ApiSpec
  route: Router
  compiled(operation: Operation): CompiledOperation
  /** The spec's Ajv, created on first use (only for schemas that were not precompiled). */
  ajv(): Ajv2020
  /** A validator by schema key: precompiled by `npm run gen`, else compiled once here. */
  compileSchema(key: string, schema: unknown): ValidateFunction
}

const contracts = new WeakMap<ApiSpec, Contract>()
const owners = new WeakMap<Operation, Contract>()

/** The contract of an API (by id, or the API itself), built once. */
export function getContract(api: string | ApiSpec): Contract {
  const spec = getApi(api)
  let contract = contracts.get(spec)
  if (!contract) {
    contract = createContract(spec)
    contracts.set(spec, contract)
    for (const operation of spec.operations) owners.set(operation, contract)
  }
  return contract
}

/** The contract an operation belongs to (an operation of an API whose contract was built). */
export function getContractOf(operation: Operation): Contract {
  const contract = owners.get(operation)
  if (!contract) {
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `The operation "${operation.operationId}" belongs to no API chatmock knows. Please take operations from an API's \`operations\` (or pass the API to contract()).`,
    )
  }
  return contract
}

export function getOperation<R extends ApiRef>(api: R, operationId: OperationIdOf<R>): Operation
export function getOperation(api: ApiSpec, operationId: string): Operation
export function getOperation(api: string | ApiSpec, operationId: string): Operation {
  const spec = getApi(api)
  const operation = spec.operationsById.get(operationId)
  if (!operation) {
    throw new SpecError(
      ErrorCodes.UNKNOWN_OPERATION,
      `Unknown operation "${operationId}" in ${spec.id}. Expected one of: ${[...spec.operationsById.keys()].join(', ')}.`,
    )
  }
  getContract(spec)
  return operation
}

/** Compiling generates code (`new Function`); a page whose Content-Security-Policy forbids that gets told so. */
function compileOrExplain(api: ApiSpec, compile: () => ValidateFunction): ValidateFunction {
  try {
    return compile()
  } catch (error) {
    if (error instanceof EvalError)
      throw new SpecError(ErrorCodes.UNSAFE_EVAL_BLOCKED, describeEvalBlocked(api.id), { cause: error })
    throw error
  }
}

export function describeEvalBlocked(id: string): string {
  return `The validators of "${id}" are compiled in the page, which needs 'unsafe-eval', and this page's Content-Security-Policy forbids it. Allow 'unsafe-eval' in script-src while you develop, or mock only APIs with precompiled validators (the built-in ones).`
}

function createContract(api: ApiSpec): Contract {
  let instance: Ajv2020 | undefined
  const ajv = () => (instance ??= createAjv(api.id, api.document, { strict: isStrictApi(api) }))
  const documentUri = getDocumentUri(api.id)
  const precompiled = (api.validators ?? {}) as Record<string, ValidateFunction>
  const validators = new Map<string, ValidateFunction>()
  // A user's document: its schemas compiled with their references as calls, compiled as values reach them.
  const components = api.validators ? undefined : getComponentTable(api.document)
  let schemaAjv: Ajv2020 | undefined
  const compileSchema = (key: string, schema: unknown) => {
    let validate = validators.get(key) ?? precompiled[key]
    validate ??= compileOrExplain(api, () =>
      components
        ? (schemaAjv ??= components.createAjv(api.id)).compile(toComponentCalls((schema ?? {}) as object))
        : ajv().compile(rebaseSchema((schema ?? {}) as object, documentUri)),
    )
    validators.set(key, validate)
    return validate
  }
  return {
    api,
    route: createRouter(api.operations),
    ajv,
    compileSchema,
    compiled: components
      ? createOperationCache(
          api.validatorCache ?? DEFAULT_VALIDATOR_CACHE,
          () => components.createAjv(api.id, true),
          (operation, from) =>
            compileOperation(
              (_key, schema) => compileOrExplain(api, () => from().compile(toComponentCalls((schema ?? {}) as object))),
              api.document,
              operation,
            ),
        ).get
      : holdEveryOperation((operation) => compileOperation(compileSchema, api.document, operation)),
  }
}

/** A built-in API's operations, all held: their validators are precompiled, so holding one costs little. */
function holdEveryOperation(compile: (operation: Operation) => CompiledOperation) {
  const compiled = new Map<Operation, CompiledOperation>()
  return (operation: Operation) => {
    let result = compiled.get(operation)
    if (!result) {
      result = compile(operation)
      compiled.set(operation, result)
    }
    return result
  }
}
