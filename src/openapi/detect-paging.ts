import type { OpenAPIV3_1 } from 'openapi-types'
import { listSchemaProperties, readSchema, toNameKey } from './find-record-place.js'
import type { ListField, Paging } from '../api/resource-plan.js'

/** Query parameter names of each paging role (`_`, `-` and case aside). */
const PARAMETER_ROLES = {
  page: ['page', 'pagenumber', 'pageno', 'pageindex'],
  size: ['perpage', 'pagesize', 'limit', 'size', 'count', 'pagelimit', 'maxresults', 'top', '$top', 'first'],
  offset: ['offset', 'skip', 'start', '$skip', 'from'],
  after: ['cursor', 'after', 'startingafter', 'pagetoken', 'nexttoken', 'continuationtoken', 'startcursor'],
  before: ['before', 'endingbefore'],
} as const

/** Wrapper field names of each role. */
const FIELD_ROLES: Record<ListField['role'], readonly string[]> = {
  total: ['total', 'totalcount', 'totalitems', 'totalresults', 'totalentries', 'totalrecords', 'count', 'totalsize'],
  totalPages: ['totalpages', 'pagecount', 'pages', 'lastpage'],
  page: ['page', 'currentpage', 'pagenumber'],
  size: ['perpage', 'pagesize', 'limit', 'size'],
  offset: ['offset', 'skip'],
  hasMore: ['hasmore', 'hasnext', 'hasnextpage', 'more'],
  next: ['next', 'nextcursor', 'nextpagetoken', 'nexttoken', 'nextpage', 'cursor', 'endcursor'],
  nextUrl: ['nextlink', 'nexturl', 'nextpageurl', '@odata.nextlink'],
}

const DEFAULT_PAGE_SIZE = 20

/** How a list pages, by the query parameters its operation declares. */
export function detectPaging(
  document: OpenAPIV3_1.Document,
  parameters: readonly OpenAPIV3_1.ParameterObject[],
): Paging {
  const query = parameters.filter((parameter) => parameter.in === 'query')
  const find = (role: keyof typeof PARAMETER_ROLES) =>
    query.find((parameter) => (PARAMETER_ROLES[role] as readonly string[]).includes(toNameKey(parameter.name)))
  const page = find('page')
  const size = find('size')
  const offset = find('offset')
  const after = find('after')
  const before = find('before')
  const style = page ? 'page' : offset ? 'offset' : after || before ? 'cursor' : 'none'
  const sizeDefault = readSchema(document, size?.schema)?.default
  const pageSchema = readSchema(document, page?.schema)
  return {
    style: size && style === 'none' ? 'offset' : style,
    ...(page ? { page: page.name } : {}),
    ...(size ? { size: size.name } : {}),
    ...(offset ? { offset: offset.name } : {}),
    ...(after ? { after: after.name } : {}),
    ...(before ? { before: before.name } : {}),
    defaultSize:
      typeof sizeDefault === 'number' && sizeDefault > 0
        ? sizeDefault
        : style === 'none' && !size
          ? Number.POSITIVE_INFINITY
          : DEFAULT_PAGE_SIZE,
    firstPage: pageSchema?.minimum === 0 || pageSchema?.default === 0 ? 0 : 1,
  }
}

/** The fields of a list's wrapper (beside the list, or in an object beside it such as `meta`) that say where the page stands. */
export function findListFields(
  document: OpenAPIV3_1.Document,
  wrapper: unknown,
  listPointer: readonly string[],
): ListField[] {
  const fields: ListField[] = []
  const visit = (schema: unknown, pointer: string[], depth: number) => {
    for (const [name, property] of listSchemaProperties(document, schema)) {
      const at = [...pointer, name]
      if (at.length <= listPointer.length && at.every((key, i) => key === listPointer[i])) {
        if (at.length < listPointer.length && depth < 2) visit(property, at, depth + 1)
        continue
      }
      const key = toNameKey(name)
      const role = (Object.keys(FIELD_ROLES) as Array<ListField['role']>).find((candidate) =>
        FIELD_ROLES[candidate].includes(key),
      )
      if (role)
        fields.push({ role: role === 'next' && isLink(document, property, pointer) ? 'nextUrl' : role, pointer: at })
      else if (depth < 2 && readSchema(document, property)?.properties) visit(property, at, depth + 1)
    }
  }
  visit(wrapper, [], 0)
  return fields
}

/** A `next` that is a URL: a `uri` string, or one under `links` (`{ links: { next } }`, HAL's `_links`). */
function isLink(document: OpenAPIV3_1.Document, schema: unknown, holder: readonly string[]): boolean {
  const format = readSchema(document, schema)?.format
  return format === 'uri' || format === 'url' || /^_?links$/i.test(holder.at(-1) ?? '')
}
