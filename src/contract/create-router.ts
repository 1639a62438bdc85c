import type { HttpMethod, Operation } from '../api/spec.js'

interface RouteNode {
  statics: Map<string, RouteNode>
  param?: { name: string; node: RouteNode }
  operations: Map<string, Operation>
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }

export type Router = (method: string, path: string) => RouteMatch

/**
 * A segment tree compiled once from the operations: a lookup walks the path's segments, static
 * segments before templated ones, and costs the same however many operations there are.
 */
export function createRouter(operations: Operation[]): Router {
  const root = createNode()
  for (const operation of operations) {
    let node = root
    for (const segment of splitPath(operation.path)) {
      const param = /^\{(.+)\}$/.exec(segment)
      if (param) {
        node.param ??= { name: param[1]!, node: createNode() }
        node = node.param.node
      } else {
        let next = node.statics.get(segment)
        if (!next) node.statics.set(segment, (next = createNode()))
        node = next
      }
    }
    node.operations.set(operation.method, operation)
  }

  return (method, path) => {
    const segments = splitPath(path)
    const params: Record<string, string> = {}
    const node = walk(root, segments, 0, params)
    if (!node || node.operations.size === 0) return { kind: 'not-found' }
    const operation = node.operations.get(method.toLowerCase() as HttpMethod)
    if (!operation)
      return { kind: 'method-not-allowed', allow: [...node.operations.keys()].map((m) => m.toUpperCase()) }
    return { kind: 'operation', operation, params }
  }
}

function walk(
  node: RouteNode,
  segments: string[],
  index: number,
  params: Record<string, string>,
): RouteNode | undefined {
  if (index === segments.length) return node
  const segment = segments[index]!
  const byStatic = node.statics.get(segment)
  const found = byStatic && walk(byStatic, segments, index + 1, params)
  if (found && found.operations.size > 0) return found
  if (node.param && segment !== '') {
    const value = decodeSegment(segment)
    const byParam = value !== undefined ? walk(node.param.node, segments, index + 1, params) : undefined
    if (byParam && byParam.operations.size > 0) {
      params[node.param.name] = value!
      return byParam
    }
  }
  return found
}

function splitPath(path: string): string[] {
  const trimmed = path.replace(/^\/+/, '').replace(/\/+$/, '')
  return trimmed === '' ? [] : trimmed.split('/')
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function createNode(): RouteNode {
  return { statics: new Map(), operations: new Map() }
}
