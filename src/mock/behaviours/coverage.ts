import type { ApiSpec } from '../../api/spec.js'

export interface StatusCoverage {
  /** The declared response key: `200`, `404`, `default`… */
  status: string
  count: number
}

export interface OperationCoverage {
  operationId: string
  method: string
  path: string
  statuses: StatusCoverage[]
  /** Statuses answered that the operation does not declare. */
  undeclared: Array<{ status: number; count: number }>
}

export interface CoverageReport {
  apis: Array<{ id: string; operations: OperationCoverage[] }>
  totals: {
    operations: { covered: number; total: number }
    statuses: { covered: number; total: number }
    /** Declared statuses exercised, as a percentage of all declared statuses. */
    percent: number
  }
}

/** Counts, per operation, each status answered: which part of the specs a test suite exercised. */
export class Coverage {
  readonly #counts = new Map<string, Map<number, number>>()

  record(api: string, operationId: string, status: number): void {
    const key = `${api} ${operationId}`
    let counts = this.#counts.get(key)
    if (!counts) this.#counts.set(key, (counts = new Map()))
    counts.set(status, (counts.get(status) ?? 0) + 1)
  }

  clear(): void {
    this.#counts.clear()
  }

  report(apis: readonly ApiSpec[]): CoverageReport {
    let operationsCovered = 0
    let statusesCovered = 0
    let statusesTotal = 0
    const result = apis.map((api) => ({
      id: api.id,
      operations: api.operations.map((operation) => {
        const counts = new Map(this.#counts.get(`${api.id} ${operation.operationId}`) ?? [])
        const statuses = Object.keys(operation.responses).map((declared) => {
          let count = 0
          for (const [status, n] of counts) {
            if (matchesDeclared(declared, status, operation.responses)) {
              count += n
              counts.delete(status)
            }
          }
          return { status: declared, count }
        })
        statusesTotal += statuses.length
        statusesCovered += statuses.filter((status) => status.count > 0).length
        if (statuses.some((status) => status.count > 0)) operationsCovered++
        return {
          operationId: operation.operationId,
          method: operation.method.toUpperCase(),
          path: operation.path,
          statuses,
          undeclared: [...counts].map(([status, count]) => ({ status, count })),
        }
      }),
    }))
    const operationsTotal = apis.reduce((sum, api) => sum + api.operations.length, 0)
    return {
      apis: result,
      totals: {
        operations: { covered: operationsCovered, total: operationsTotal },
        statuses: { covered: statusesCovered, total: statusesTotal },
        percent: statusesTotal === 0 ? 100 : Math.round((statusesCovered / statusesTotal) * 1000) / 10,
      },
    }
  }
}

function matchesDeclared(declared: string, status: number, responses: Record<string, unknown>): boolean {
  const text = String(status)
  if (declared === text) return true
  if (text in responses) return false
  if (declared.toUpperCase() === `${text[0]}XX`) return true
  return declared === 'default' && !(`${text[0]}XX` in responses) && !(`${text[0]}xx` in responses)
}
