import type { Faker } from '@faker-js/faker'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { MockStore } from '../api/api.js'
import type { ApiSpec } from '../api/spec.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { StoreError } from '../errors/store-error.js'
import { generateFromSchema } from '../generate/generate-from-schema.js'
import { checkSchema, getSchemaValidator } from '../generate/schema-validators.js'
import type { Resource, ResourcePlan } from '../api/resource-plan.js'
import { DEFAULT_RECORD_LIMIT } from './record-limit.js'
import { inferResources } from '../openapi/infer-resources.js'
import { listSchemaProperties, readSchema } from '../openapi/find-record-place.js'
import { hashText } from './hash-text.js'
import { loadFaker } from './load-faker.js'
import { createIdAllocator, type IdAllocator } from './resource-ids.js'
import { listSeedExamples } from './resource-examples.js'
import { Table } from './table.js'
import { toStandardSchema } from './to-standard-schema.js'

export type ResourceRecord = Record<string, unknown>

/**
 * A user API's state: its seed, and the records of each collection that has been read or written,
 * by collection path, then by scope (`account_id=1`; `""` for a top-level collection). A
 * collection or scope it does not list is seeded when first used, the same whatever the order.
 */
export interface ResourceFixtures {
  seed: number
  collections?: Record<string, Record<string, ResourceRecord[]>>
}

/** The store of the resources inferred from an API's document (inferred as they are first used). */
export function createResourceStore(api: ApiSpec, recordLimit?: number): ResourceStore {
  return new ResourceStore(api, () => inferResources(api), { recordLimit })
}

/** Records a collection is seeded with in each scope when its document shows none in its examples. */
const SEEDED_RECORDS = 3
/** The most records a scope takes from the document's examples. */
const MAX_EXAMPLE_RECORDS = 50

const SCOPE_SEPARATOR = '\u0000'

interface Collection {
  resource: Resource
  table: Table<ResourceRecord, never, 'byScope', 'id'>
  ids: IdAllocator
  /** The scopes it holds: seeded or loaded, so never seeded again until `clear`. */
  scopes: Set<string>
  /** The ids it was seeded with, per scope: a child collection is seeded under these only. */
  seededIds: Map<string, Set<string>>
  /** Generated records a create's values go over, made once each (generating one per create costs more than the rest of it). */
  fillers: ResourceRecord[]
  /** The record's property each scope parameter goes into (`account_id` or `accountId` for `{account_id}`), and whether it holds a number. */
  scopeProperties: ReadonlyArray<[parameter: string, property: string, numeric: boolean]>
}

/** How many generated records a collection's creates take turns to go over. */
const FILLERS = 4

/**
 * The records of every resource inferred from a user's document, one table per collection, each
 * record checked against the record's schema from the document. A record is held under its scope
 * (the collection path's parameters) and its id, so a lookup never scans. Collections are made and
 * seeded when first used: a document of thousands of operations starts as fast as one of three.
 */
export class ResourceStore implements MockStore<ResourceFixtures> {
  readonly #readPlan: () => ResourcePlan
  #plan: ResourcePlan | undefined
  readonly #api: ApiSpec
  readonly #limit: number
  readonly #collections = new Map<string, Collection>()
  /** Each scope's seeding, by collection path and scope: a request that comes while it runs waits for it. */
  readonly #seeding = new Map<string, Promise<void>>()
  #seed = 0

  /** `plan` is read when first needed: a large document's paths are grouped on its first request, not at start. */
  constructor(api: ApiSpec, plan: ResourcePlan | (() => ResourcePlan), options: { recordLimit?: number } = {}) {
    this.#api = api
    this.#readPlan = typeof plan === 'function' ? plan : () => plan
    this.#limit = options.recordLimit ?? DEFAULT_RECORD_LIMIT
  }

  /** What was inferred from the document: the store's collections, and how each operation uses them. */
  get plan(): ResourcePlan {
    this.#plan ??= this.#readPlan()
    return this.#plan
  }

  /** The scope key of a collection's path parameters: `account_id=1`, `""` at the top level. */
  scopeKey(resource: Resource, params: Readonly<Record<string, unknown>>): string {
    return resource.scope
      .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(String(params[name]))}`)
      .join('&')
  }

  /** The records of one scope, in the order they were added. */
  async list(resource: Resource, scope: string): Promise<readonly ResourceRecord[]> {
    const collection = await this.#open(resource, scope)
    return collection.table.list('byScope', scope)
  }

  async get(resource: Resource, scope: string, id: unknown): Promise<ResourceRecord | undefined> {
    const collection = await this.#open(resource, scope)
    return collection.table.get(toKey(scope, id))
  }

  /**
   * Stores a new record: `values` (the request's, which win) over a generated record, with a new id
   * its schema admits and the scope's parameters where the record has properties of their names.
   */
  async create(resource: Resource, scope: string, values: ResourceRecord): Promise<ResourceRecord> {
    const collection = await this.#open(resource, scope)
    const faker = await loadFaker()
    const next = collection.table.next('id')
    const drawn = () => {
      faker.seed(this.#seedOf(resource, 'create', String(next)))
      return faker
    }
    const like = collection.table.list('byScope', scope).at(-1)?.[resource.idProperty]
    const id = collection.ids.allocate(
      drawn,
      next,
      (candidate) => collection.table.get(toKey(scope, candidate)) !== undefined,
      like,
    )
    const base = structuredClone(this.#filler(collection, next % FILLERS, faker))
    // The request's values win, down to the fields of its objects: a partial `content` keeps the generated rest.
    // The table checks the record once; a scope value its schema refuses is refused there.
    const record = this.#withScope(collection, scope, {
      [resource.idProperty]: id,
      ...mergeDeep(base, values),
      [resource.idProperty]: id,
    })
    return collection.table.insert(record, toKey(scope, id))
  }

  /** Replaces a stored record's fields with `next` (its id kept); RECORD_INVALID when its schema refuses the result. */
  async replace(resource: Resource, scope: string, id: unknown, next: ResourceRecord): Promise<ResourceRecord> {
    const collection = await this.#open(resource, scope)
    const key = toKey(scope, id)
    const stored = collection.table.get(key)!
    const patch: ResourceRecord = { ...next, [resource.idProperty]: stored[resource.idProperty] }
    for (const field of Object.keys(stored)) if (!Object.hasOwn(patch, field)) patch[field] = undefined
    return collection.table.update(key, patch)
  }

  async remove(resource: Resource, scope: string, id: unknown): Promise<boolean> {
    const collection = await this.#open(resource, scope)
    return collection.table.remove(toKey(scope, id))
  }

  /** A record of a scope already opened (a cursor's), without seeding anything. */
  peek(resource: Resource, scope: string, id: unknown): ResourceRecord | undefined {
    return this.#collections.get(resource.collectionPath)?.table.get(toKey(scope, id))
  }

  /** Seeds every top-level collection not used yet (what a snapshot then shows); a nested one is seeded per parent record, when used. */
  async open(): Promise<void> {
    for (const resource of this.plan.resources) if (resource.scope.length === 0) await this.#open(resource, '')
  }

  /** Where a stored record stands in its collection's insertion order (a cursor's place). */
  ordinalOf(resource: Resource, record: ResourceRecord): number {
    return this.#collection(resource).table.ordinal(record)
  }

  /** Whether the record a nested collection hangs from exists (contacts of account 9 need account 9). */
  async hasParent(resource: Resource, params: Readonly<Record<string, unknown>>): Promise<boolean> {
    const parent = resource.parent === undefined ? undefined : this.plan.get(resource.parent)
    if (!parent) return true
    const id = params[resource.scope.at(-1)!]
    return (await this.get(parent, this.scopeKey(parent, toParentParams(resource, parent, params)), id)) !== undefined
  }

  async load(fixtures: ResourceFixtures): Promise<void> {
    this.#seed = fixtures.seed
    for (const [path, scopes] of Object.entries(fixtures.collections ?? {})) {
      const resource = this.plan.get(path)
      if (!resource)
        throw new StoreError(
          ErrorCodes.FIXTURES_INVALID,
          `Failed to load the records of ${path}: ${this.#api.id} has no such collection; it has ${this.plan.resources.map((known) => known.collectionPath).join(', ') || 'none'}.`,
        )
      const collection = this.#collection(resource)
      for (const [scope, records] of Object.entries(scopes)) {
        collection.scopes.add(scope)
        for (const record of records) await collection.table.insert(record, toKey(scope, record[resource.idProperty]))
      }
    }
  }

  clear(): void {
    this.#collections.clear()
    this.#seeding.clear()
  }

  snapshot(): ResourceFixtures {
    const collections: Record<string, Record<string, ResourceRecord[]>> = {}
    for (const [path, collection] of this.#collections) {
      const scopes: Record<string, ResourceRecord[]> = {}
      for (const scope of collection.scopes) scopes[scope] = [...collection.table.list('byScope', scope)]
      collections[path] = scopes
    }
    return structuredClone({ seed: this.#seed, collections })
  }

  /** The collection of a resource, its scope seeded on first use. */
  async #open(resource: Resource, scope: string): Promise<Collection> {
    const collection = this.#collection(resource)
    const key = toKey(resource.collectionPath, scope)
    if (!collection.scopes.has(scope)) {
      collection.scopes.add(scope)
      this.#seeding.set(key, this.#seedScope(collection, scope))
    }
    // Concurrent first requests of a scope all get its seeded records; a seeding that failed (a full table) fails each.
    await this.#seeding.get(key)
    return collection
  }

  #collection(resource: Resource): Collection {
    let collection = this.#collections.get(resource.collectionPath)
    if (!collection) {
      const { document } = this.#api
      const validate = getSchemaValidator(document, resource.recordSchema, false)
      const table = new Table<ResourceRecord, never, 'byScope', 'id'>({
        name: `${this.#api.id} ${resource.collectionPath}`,
        schema: toStandardSchema<ResourceRecord>(validate, `chatmock:${this.#api.id}`),
        key: (record) => String(record[resource.idProperty]),
        limit: this.#limit,
        groups: { byScope: (_, key) => String(key).slice(0, String(key).indexOf(SCOPE_SEPARATOR)) },
        // Digits count too: ids "1", "2" and "3" make the next "4".
        sequences: { id: (record) => toSequenceNumber(record[resource.idProperty]) },
      })
      const ids = createIdAllocator(document, resource, this.#findIdParameter(resource))
      const properties = listSchemaProperties(document, resource.recordSchema)
      const scopeProperties = resource.scope.flatMap((parameter): Array<[string, string, boolean]> => {
        const property = [...properties.keys()].find((name) => toNameKey(name) === toNameKey(parameter))
        if (property === undefined) return []
        const types = ([] as unknown[]).concat(readSchema(document, properties.get(property))?.type ?? [])
        return [[parameter, property, types.includes('integer') || types.includes('number')]]
      })
      collection = { resource, table, ids, scopes: new Set(), seededIds: new Map(), fillers: [], scopeProperties }
      this.#collections.set(resource.collectionPath, collection)
    }
    return collection
  }

  /**
   * A scope's first records: the document's examples that keep the record's schema, else
   * `SEEDED_RECORDS` generated ones, each from a faker seeded by the seed, the collection,
   * the scope and its place, so the same whatever was used before. A nested collection is seeded
   * only under a record its parent was seeded with (a new account has no contacts yet).
   */
  async #seedScope(collection: Collection, scope: string): Promise<void> {
    const { resource, table } = collection
    if (!(await this.#isSeededParent(resource, scope))) return
    const faker = await loadFaker()
    const records: ResourceRecord[] = []
    const taken = new Set<string>()
    for (const example of listSeedExamples(this.#api, resource)) {
      const id = String(example[resource.idProperty])
      if (records.length >= MAX_EXAMPLE_RECORDS || taken.has(id)) continue
      const record = this.#withScope(collection, scope, structuredClone(example))
      if (this.#isValid(resource, record)) {
        records.push(record)
        taken.add(id)
      }
    }
    // The document's own examples are the data its readers expect; only a resource without any gets generated records.
    for (let place = records.length === 0 ? 0 : SEEDED_RECORDS; place < SEEDED_RECORDS; place++) {
      faker.seed(this.#seedOf(resource, scope, String(place)))
      const next =
        Math.max(records.length, ...records.map((record) => toSequenceNumber(record[resource.idProperty]))) + 1
      const like = records.at(-1)?.[resource.idProperty]
      const id = collection.ids.allocate(
        () => faker,
        next,
        (candidate) => taken.has(String(candidate)),
        like,
      )
      const record = this.#withScope(collection, scope, {
        [resource.idProperty]: id,
        ...this.#generate(resource, faker),
        [resource.idProperty]: id,
      })
      if (!this.#isValid(resource, record)) continue
      records.push(record)
      taken.add(String(id))
    }
    for (const record of records) await table.insert(record, toKey(scope, record[resource.idProperty]))
    collection.seededIds.set(scope, taken)
  }

  async #isSeededParent(resource: Resource, scope: string): Promise<boolean> {
    const parent = resource.parent === undefined ? undefined : this.plan.get(resource.parent)
    if (!parent) return true
    const params = parseScope(scope)
    const parentScope = this.scopeKey(parent, toParentParams(resource, parent, params))
    const collection = await this.#open(parent, parentScope)
    return collection.seededIds.get(parentScope)?.has(String(params[resource.scope.at(-1)!])) ?? false
  }

  /** The schema of the item path's id parameter, as an item operation declares it. */
  #findIdParameter(resource: Resource): unknown {
    for (const planned of resource.operations) {
      const operation = this.#api.operationsById.get(planned.operationId)
      const parameter = operation?.parameters.find(
        (candidate) => candidate.in === 'path' && candidate.name === resource.idParameter,
      )
      if (parameter) return parameter.schema
    }
    return undefined
  }

  #generate(resource: Resource, faker: Faker): ResourceRecord {
    const value = generateFromSchema(resource.recordSchema, {
      document: this.#api.document,
      direction: 'response',
      faker,
      strict: false,
    })
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as ResourceRecord) : {}
  }

  /** The record with its scope's values in the properties named as the scope's parameters (typed as the property is). */
  #withScope(collection: Collection, scope: string, record: ResourceRecord): ResourceRecord {
    if (collection.scopeProperties.length === 0) return record
    const params = parseScope(scope)
    for (const [parameter, name, numeric] of collection.scopeProperties)
      record[name] = numeric ? toNumber(params[parameter]!) : params[parameter]
    return record
  }

  /** A collection's generated record at `place`, made the first time a create needs it. */
  #filler(collection: Collection, place: number, faker: Faker): ResourceRecord {
    let filler = collection.fillers[place]
    if (!filler) {
      faker.seed(this.#seedOf(collection.resource, 'filler', String(place)))
      filler = collection.fillers[place] = this.#generate(collection.resource, faker)
    }
    return filler
  }

  #isValid(resource: Resource, record: ResourceRecord): boolean {
    return checkSchema(this.#api.document as OpenAPIV3_1.Document, false, 'response', resource.recordSchema, record)
  }

  #seedOf(resource: Resource, scope: string, place: string): number {
    return Number.parseInt(hashText(`${this.#seed}\u0000${resource.collectionPath}\u0000${scope}\u0000${place}`), 16)
  }
}

function toKey(scope: string, id: unknown): string {
  return `${scope}${SCOPE_SEPARATOR}${String(id)}`
}

/** A child's path parameters as its parent's collection names them, by place (`{org}` there may be `{organization}` here). */
function toParentParams(
  resource: Resource,
  parent: Resource,
  params: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  return Object.fromEntries(parent.scope.map((name, index) => [name, params[resource.scope[index]!]]))
}

const parsedScopes = new Map<string, Record<string, string>>()

/** A scope key's parameters; the scopes most used are parsed once. */
function parseScope(scope: string): Record<string, string> {
  let parsed = parsedScopes.get(scope)
  if (!parsed) {
    if (parsedScopes.size >= 1000) parsedScopes.clear()
    parsedScopes.set(scope, (parsed = Object.fromEntries(new URLSearchParams(scope))))
  }
  return parsed
}

/** A path parameter's digits as a number; anything else stays text, for the record's schema to refuse. */
function toNumber(text: string): number | string {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text
}

function toNameKey(name: string): string {
  return name.replace(/[-_]/g, '').toLowerCase()
}

function mergeDeep(base: ResourceRecord, values: ResourceRecord): ResourceRecord {
  const merged: ResourceRecord = { ...base }
  for (const [name, value] of Object.entries(values)) {
    const under = merged[name]
    merged[name] = isPlainObject(value) && isPlainObject(under) ? mergeDeep(under, value) : value
  }
  return merged
}

function isPlainObject(value: unknown): value is ResourceRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The number an id counts in its collection's sequence: itself, or a string's last digits (`o-2` is 2). */
function toSequenceNumber(id: unknown): number {
  const digits = typeof id === 'string' ? /(\d{1,15})$/.exec(id)?.[1] : undefined
  const number = typeof id === 'number' ? id : digits !== undefined ? Number(digits) : 0
  return Number.isSafeInteger(number) ? number : 0
}
