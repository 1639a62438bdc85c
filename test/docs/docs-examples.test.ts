import { expect, it } from 'vitest'
import { seedRequests } from '../support/seed-requests.js'
import { readBlocks, splitChunks } from './read-docs.js'

// docs/reference/specs.md, "The docs' own examples": every request example of the APIs' own
// documentation, verbatim but for the host and the path placeholders, one per seed request and in
// the same order. run-docs.ts sends them; here they are matched to the requests they stand for.

const block = readBlocks('docs/reference/specs.md').find((candidate) =>
  candidate.code.startsWith('# 200: listChats\n'),
)!
const chunks = splitChunks(block)

it('gives one curl example per seed request, in the same order', () => {
  expect(chunks.map((chunk) => chunk.comment)).toEqual(
    seedRequests.map((request) => `# ${request.status}: ${request.operationId}`),
  )
})

it.each(seedRequests.map((request, index) => [`${request.api} ${request.operationId}`, request, index] as const))(
  'sends %s with the method and path of its seed request',
  (_, request, index) => {
    const { command } = chunks[index]!
    const method = /(?:-X|--request) (\w+)/.exec(command)?.[1] ?? 'GET'
    const url = /"?(http:\/\/127\.0\.0\.1:4010[^\s"]+)/.exec(command)![1]!
    expect(`${method} ${new URL(url).pathname}`).toBe(`${request.method} /${request.api}${request.path}`)
  },
)
