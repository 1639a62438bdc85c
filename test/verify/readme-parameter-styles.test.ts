import { afterAll, beforeAll, expect, it } from 'vitest'
import { loadApi } from '../../src/mock/load-api.js'
import { type ChatmockServer, startChatmockServer } from '../../src/server/start-chatmock-server.js'
import { verify } from '../../src/verify/verify.js'

// ReadMe's parameters-style.yaml (@readme/oas-examples, a document nobody here wrote) declares every
// style and explode of a primitive, an array and an object in the path, the query, a header and a
// cookie. verify sends each as its style says, and chatmock's mock of the document, which reads
// them as the contract does, answers every one with its declared 200.

const api = loadApi('node_modules/@readme/oas-examples/3.0/yaml/parameters-style.yaml', { id: 'parameters-style' })
let server: ChatmockServer<readonly [typeof api]>
beforeAll(async () => {
  server = await startChatmockServer({ port: 0, apis: [api] })
})
afterAll(() => server.close())

it('sends the path, query, header and cookie parameters of every style so that the mock reads them', async () => {
  // Its form-data operations send bodies, not parameters.
  const operations = api.operations
    .map((operation) => operation.operationId)
    .filter((id) => /^(paths|query|headers|cookies)_/.test(id))
  const report = await verify({ api, baseUrl: `${server.url}/parameters-style`, operations, negative: true })
  expect(operations).toHaveLength(19)
  expect(
    report.cases.map((item) => `${item.operationId} ${item.verdict} ${item.got} ${item.issues.join('; ')}`),
  ).toEqual(operations.map((id) => `${id} pass 200 `))
  const paths = report.cases.filter((item) => item.operationId.startsWith('paths_'))
  for (const item of paths) expect(item.url).not.toContain('%5Bobject%20Object%5D')
})
