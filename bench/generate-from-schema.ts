/**
 * `npx tsx bench/generate-from-schema.ts [values]`: microseconds per value generated from the
 * built-in specs' response schemas (every operation, status and media type), the faker re-seeded per
 * value as the mock seeds it per answer. Compiling (once per schema) is timed apart. Not part of `npm test`.
 */
import { fileURLToPath } from 'node:url'
import '../src/builtin-apis.js'
import type { Api } from '../src/api/api.js'
import { importApis } from '../src/openapi/catalog.js'
import { generateFromSchema } from '../src/generate/generate-from-schema.js'
import { createSeededFaker } from '../src/store/seeded-faker.js'

export interface GenerationResult {
  api: string
  schemas: number
  /** The first value of every schema: its validators compiled, its shapes collected. */
  firstMs: number
  /** Per value after that, each drawn from a freshly seeded faker. */
  valueUs: number
  /** Of which seeding the faker (`faker.seed`): the mock's cost per answer, not the generator's. */
  seedUs: number
}

const builtinApis = (await importApis()) as Api[]

export function measureGeneration(values: number): GenerationResult[] {
  return builtinApis.map((api) => {
    const schemas = api.operations.flatMap((operation) =>
      Object.values(operation.responses).flatMap((response) =>
        Object.values(response.content ?? {}).flatMap((media) => (media.schema ? [media.schema] : [])),
      ),
    )
    const faker = createSeededFaker(1)
    const generate = (schema: unknown, seed: number) => {
      faker.seed(seed)
      return generateFromSchema(schema, { document: api.document, direction: 'response', faker })
    }
    const coldStarted = performance.now()
    for (const schema of schemas) generate(schema, 0)
    const firstMs = performance.now() - coldStarted
    for (const schema of schemas) for (let seed = 1; seed <= 100; seed++) generate(schema, seed)
    const started = performance.now()
    for (const schema of schemas) for (let seed = 1; seed <= values; seed++) generate(schema, seed)
    const valueUs = ((performance.now() - started) * 1000) / (schemas.length * values)
    const seeding = performance.now()
    for (let seed = 1; seed <= values; seed++) faker.seed(seed)
    const seedUs = ((performance.now() - seeding) * 1000) / values
    return {
      api: api.id,
      schemas: schemas.length,
      firstMs: Math.round(firstMs),
      valueUs: Math.round(valueUs * 10) / 10,
      seedUs: Math.round(seedUs * 10) / 10,
    }
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const values = Number(process.argv[2] ?? 1000)
  const results = measureGeneration(values)
  for (const result of results)
    console.log(
      `${result.api.padEnd(12)} ${String(result.schemas).padStart(3)} response schemas  first values ${String(result.firstMs).padStart(4)} ms  then ${result.valueUs} us per value (of which ${result.seedUs} us faker.seed)`,
    )
  const all =
    results.reduce((sum, result) => sum + result.valueUs * result.schemas, 0) /
    results.reduce((sum, result) => sum + result.schemas, 0)
  console.log(`all          ${values} values per schema: ${Math.round(all * 10) / 10} us per value`)
}
