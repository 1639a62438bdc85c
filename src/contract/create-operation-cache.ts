import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { Operation } from '../api/spec.js'
import type { CompiledOperation } from './compile-operation.js'
import { createLruCache } from './create-lru-cache.js'

/** How many operations of a user's document keep their compiled validators, unless the API says otherwise. */
export const DEFAULT_VALIDATOR_CACHE = 300

/** One Ajv and the operations compiled with it. */
interface Generation {
  ajv: () => Ajv2020
  compiles: number
  operations: Set<Operation>
}

export interface OperationCache {
  /** The operation's compiled validators: held ones as they are, else compiled now. */
  get(operation: Operation): CompiledOperation
}

/**
 * The compiled operations of a document without precompiled validators, at most `capacity`, the
 * least recently used dropped first. An Ajv keeps every function it ever compiled, so dropping an
 * operation would free nothing while its Ajv lives: operations are compiled in generations of half
 * the capacity, each with an Ajv of its own (createOperationAjv: the operations' own code, the
 * schemas they reference staying in the document's component table), and when a third generation
 * starts, the oldest one's operations are dropped with its Ajv. So the validators of at most
 * `capacity` operations (rounded up to an even number) are alive, and an operation held is never
 * compiled again.
 */
export function createOperationCache(
  capacity: number,
  createAjv: () => Ajv2020,
  compile: (operation: Operation, ajv: () => Ajv2020) => CompiledOperation,
): OperationCache {
  const perGeneration = Math.max(1, Math.ceil(capacity / 2))
  const generations: Generation[] = []
  const entries = createLruCache<Operation, { compiled: CompiledOperation; generation: Generation }>(
    capacity,
    (operation, { generation }) => generation.operations.delete(operation),
  )
  const startGeneration = (): Generation => {
    let ajv: Ajv2020 | undefined
    const generation: Generation = { ajv: () => (ajv ??= createAjv()), compiles: 0, operations: new Set() }
    generations.push(generation)
    if (generations.length > 2) for (const operation of generations.shift()!.operations) entries.delete(operation)
    return generation
  }
  return {
    get(operation) {
      const held = entries.get(operation)
      if (held) return held.compiled
      let generation = generations.at(-1)
      if (!generation || generation.compiles >= perGeneration) generation = startGeneration()
      const compiled = compile(operation, generation.ajv)
      generation.compiles++
      generation.operations.add(operation)
      entries.set(operation, { compiled, generation })
      return compiled
    },
  }
}
