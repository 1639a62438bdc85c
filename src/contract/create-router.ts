import type { Operation } from '../api/spec.js'

/** An operation with the names its template gives, in order, to the values a lookup captures. */
interface Route {
  operation: Operation
  names: string[]
}

/**
 * A segment of a template that mixes literal text and variables (`{name}.json`, `{x}-{y}`). The
 * node is shared by every template with the same literal text, whatever its variables are named.
 */
interface SegmentPattern {
  shape: string
  literalLength: number
  regex: RegExp
  node: RouteNode
}

interface RouteNode {
  statics: Map<string, RouteNode>
  patterns: SegmentPattern[]
  /** A segment that is one variable, whatever its name: the names belong to the routes. */
  param?: RouteNode
  /** Routes whose template ends here without a trailing slash, by lower-case method. */
  routes: Map<string, Route>
  /** Routes whose template ends here with a trailing slash (`/reports/`). */
  slashRoutes: Map<string, Route>
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }

export type Router = (method: string, path: string) => RouteMatch

const notFound: RouteMatch = { kind: 'not-found' }
const variable = /\{([^{}]+)\}/g
const slash = 47

/**
 * A segment tree compiled once from the operations: a lookup walks the path's segments, literal
 * segments before mixed ones before whole-segment variables (concrete paths first, as OpenAPI
 * says), and costs the same however many operations there are. A template with a trailing slash is
 * its own route; a request with or without the slash falls back to its twin when only one is
 * declared for its method.
 */
export function createRouter(operations: Operation[]): Router {
  const root = createNode()
  for (const operation of operations) addRoute(root, operation)

  return (method, path) => {
    const values: string[] = []
    const node = walk(root, splitPath(path), 0, values)
    if (!node) return notFound
    const key = method.toLowerCase()
    const trailingSlash = path.length > 1 && path.endsWith('/')
    const route = trailingSlash
      ? (node.slashRoutes.get(key) ?? node.routes.get(key))
      : (node.routes.get(key) ?? node.slashRoutes.get(key))
    if (!route) return { kind: 'method-not-allowed', allow: listMethods(node) }
    const params: Record<string, string> = {}
    // A name used twice (`/{id}/{action}/{id}`) takes its first value, as a client reads left to right.
    for (let i = 0; i < route.names.length; i++) params[route.names[i]!] ??= values[i]!
    return { kind: 'operation', operation: route.operation, params }
  }
}

function addRoute(root: RouteNode, operation: Operation): void {
  const names: string[] = []
  let node = root
  for (const segment of splitPath(operation.path)) {
    const segmentNames = [...segment.matchAll(variable)].map((match) => match[1]!)
    names.push(...segmentNames)
    if (segmentNames.length === 0) node = getOrAdd(node.statics, segment)
    else if (/^\{[^{}]+\}$/.test(segment)) node = node.param ??= createNode()
    else node = getOrAddPattern(node, segment)
  }
  const routes = operation.path.length > 1 && operation.path.endsWith('/') ? node.slashRoutes : node.routes
  routes.set(operation.method, { operation, names })
}

function getOrAdd(statics: Map<string, RouteNode>, segment: string): RouteNode {
  let next = statics.get(segment)
  if (!next) statics.set(segment, (next = createNode()))
  return next
}

function getOrAddPattern(node: RouteNode, segment: string): RouteNode {
  const shape = segment.replace(variable, '{}')
  const known = node.patterns.find((pattern) => pattern.shape === shape)
  if (known) return known.node
  const literals = shape.split('{}')
  // Each variable takes at least one character and as few as let the rest match, as find-my-way does.
  const regex = new RegExp(`^${literals.map(escapeRegExp).join('(.+?)')}$`)
  const pattern = { shape, literalLength: literals.join('').length, regex, node: createNode() }
  node.patterns.push(pattern)
  // More literal text is more concrete: `{name}.json` is tried before `{name}.{format}`.
  node.patterns.sort((a, b) => b.literalLength - a.literalLength)
  return pattern.node
}

/** The node the path ends at, with the values of its variables pushed in order onto `values`. */
function walk(node: RouteNode, segments: string[], index: number, values: string[]): RouteNode | undefined {
  if (index === segments.length) return hasRoutes(node) ? node : undefined
  const segment = segments[index]!
  const byStatic = node.statics.get(segment)
  const found = byStatic && walk(byStatic, segments, index + 1, values)
  if (found) return found
  for (let i = 0; i < node.patterns.length; i++) {
    const pattern = node.patterns[i]!
    const match = pattern.regex.exec(segment)
    if (!match) continue
    const depth = values.length
    if (pushDecoded(values, match)) {
      const byPattern = walk(pattern.node, segments, index + 1, values)
      if (byPattern) return byPattern
    }
    values.length = depth
  }
  if (node.param && segment !== '') {
    const value = decodeSegment(segment)
    if (value === undefined) return undefined
    values.push(value)
    const byParam = walk(node.param, segments, index + 1, values)
    if (byParam) return byParam
    values.pop()
  }
  return undefined
}

function pushDecoded(values: string[], match: RegExpExecArray): boolean {
  for (let i = 1; i < match.length; i++) {
    const value = decodeSegment(match[i]!)
    if (value === undefined) return false
    values.push(value)
  }
  return true
}

function hasRoutes(node: RouteNode): boolean {
  return node.routes.size > 0 || node.slashRoutes.size > 0
}

function listMethods(node: RouteNode): string[] {
  const methods = new Set([...node.routes.keys(), ...node.slashRoutes.keys()])
  return [...methods].map((method) => method.toUpperCase())
}

function splitPath(path: string): string[] {
  let start = 0
  let end = path.length
  while (start < end && path.charCodeAt(start) === slash) start++
  while (end > start && path.charCodeAt(end - 1) === slash) end--
  return start === end ? [] : path.slice(start, end).split('/')
}

function decodeSegment(segment: string): string | undefined {
  // Most segments have no escape; decodeURIComponent and its try block cost more than this look.
  if (!segment.includes('%')) return segment
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function createNode(): RouteNode {
  return { statics: new Map(), patterns: [], routes: new Map(), slashRoutes: new Map() }
}
