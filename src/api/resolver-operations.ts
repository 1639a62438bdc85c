import type { OperationShape } from './api.js'

type NoValues = Record<string, never>

/** The values of one parameter location of an openapi-typescript operation (`path`, `query`, `header`). */
type ParametersIn<Op, Location extends string> = Op extends { parameters: infer P }
  ? Location extends keyof P
    ? [Exclude<P[Location], undefined>] extends [never]
      ? NoValues
      : Exclude<P[Location], undefined>
    : NoValues
  : NoValues

/** The JSON body of an openapi-typescript operation: `undefined` when it has none or it is optional and left out. */
type BodyOf<Op> = Op extends { requestBody?: infer B }
  ? [Exclude<B, undefined>] extends [never]
    ? undefined
    : | (Exclude<B, undefined> extends { content: infer C } ? C[keyof C] : never)
      | (Op extends { requestBody: unknown } ? never : undefined)
  : undefined

/** Header names as the contract hands them over: lower-cased. */
type LowercaseKeys<T> = { [K in keyof T as K extends string ? Lowercase<K> : K]: T[K] }

/** `T` with the keys `K` present (the contract applies their defaults). */
type WithDefaults<T, K> = [K] extends [never]
  ? T
  : Omit<T, K & keyof T> & { [P in K & keyof T]-?: Exclude<T[P], undefined> }

/**
 * What each operation's resolver receives, derived from the `operations` that openapi-typescript
 * generates: path parameters, query parameters (those with a default always present), lower-cased
 * headers and the body.
 */
export type ResolverOperations<Ops, Defaulted = {}> = {
  [K in keyof Ops]: OperationShape & {
    params: ParametersIn<Ops[K], 'path'>
    query: WithDefaults<ParametersIn<Ops[K], 'query'>, K extends keyof Defaulted ? Defaulted[K] : never>
    headers: LowercaseKeys<ParametersIn<Ops[K], 'header'>>
    body: BodyOf<Ops[K]>
  }
}
