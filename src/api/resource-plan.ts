/** What an operation does to a resource's records. */
export type ResourceAction = 'create' | 'list' | 'read' | 'replace' | 'merge' | 'remove'

/** How a list operation pages, by the query parameters it declares. */
export interface Paging {
  style: 'page' | 'offset' | 'cursor' | 'none'
  /** The query parameter of each role, as the operation names it. */
  page?: string
  size?: string
  offset?: string
  after?: string
  before?: string
  /** Records per page when the request names no size: the size parameter's default, else 20; every record when the operation pages not at all. */
  defaultSize: number
  /** The number of the first page (0 where the page parameter's minimum or default says so). */
  firstPage: number
}

/** A field of a list's wrapper that says where the page stands (`total`, `next`, `has_more` …). */
export interface ListField {
  role: 'total' | 'totalPages' | 'page' | 'size' | 'offset' | 'hasMore' | 'next' | 'nextUrl'
  pointer: readonly string[]
}

/** One operation of a resource, and where its record or list sits in its answer. */
export interface ResourceOperation {
  operationId: string
  action: ResourceAction
  /** The declared success status it answers with (`201`, `200`, `204` …). */
  status: string
  /** The JSON media type of its answer; none when its success has no body. */
  mediaType?: string
  /** The whole answer's schema: the wrapper, or the record or list itself. */
  schema?: unknown
  /** Where the record (or, for a list, the array) sits in the answer: `[]` is the answer itself. */
  pointer?: readonly string[]
  /** The schema at `pointer`: the record's, or the list's. */
  placed?: unknown
  /** A list's wrapper fields that the mock fills. */
  fields?: readonly ListField[]
  /** How a list pages. */
  paging?: Paging
  /** A list's query parameters that filter by equality on the record property of the same name. */
  filters?: ReadonlyArray<{ parameter: string; property: string }>
  /** Path parameters and the body's id property, for an item operation whose path names no id. */
  idFromBody?: boolean
}

/** A collection and its items, inferred from the document's paths (or stated with `x-chatmock-resource`). */
export interface Resource {
  /** `/accounts/{account_id}/contacts`: its name in the store, the admin API and `--resources`. */
  collectionPath: string
  /** `/accounts/{account_id}/contacts/{id}`, when the document has one. */
  itemPath?: string
  /** The item path's last parameter, which names a record's id. */
  idParameter?: string
  /** The record's property that holds its id. */
  idProperty: string
  /** The collection path's parameters: records of one account are not another's. */
  scope: readonly string[]
  /** The resource whose item path the collection path starts with (`/accounts` for its contacts). */
  parent?: string
  /** The schema of one record (the read's, else the create's, else a list item's), from the document. */
  recordSchema: unknown
  /** Its operations, in the document's order. */
  operations: readonly ResourceOperation[]
  /** The item operations that declare no 404, which the mock answers when no record has the id. */
  undeclaredNotFound: readonly string[]
}

export interface StatelessOperation {
  operationId: string
  method: string
  path: string
  /** Why inference left it stateless, to be read by a person. */
  reason: string
}

/**
 * What was inferred from a document. A resource is inferred when first asked for (`find`, `get`):
 * a document of thousands of operations starts without reading every answer's schema.
 */
export interface ResourcePlan {
  /** Every resource, in the order of the document's paths (inferring them all). */
  readonly resources: readonly Resource[]
  /** Every operation left stateless, with why, in the document's order (inferring every resource). */
  readonly stateless: readonly StatelessOperation[]
  /** The resource an operation belongs to, and what it does there: undefined when it is stateless. */
  find(operationId: string): { resource: Resource; operation: ResourceOperation } | undefined
  /** A resource by its collection path. */
  get(collectionPath: string): Resource | undefined
}
