import { afterAll, beforeAll, expect, it, vi } from 'vitest'
import type { Api } from '../../src/api/api.js'
import { contract, verify } from '../../src/index.js'
import { type ChatmockServer, startChatmockServer } from '../../src/express.js'
import { loadApi } from '../../src/node.js'
import { createPlaceholderCredentials } from '../../src/verify/create-placeholder-credentials.js'
import { type CorpusDocument, listCorpusDocuments } from '../support/corpus-documents.js'

// Every document of @readme/oas-examples (public OpenAPI 2.0, 3.0 and 3.1 documents written to
// exercise every corner of the specification; nobody here wrote them) is served by one Express
// mock and driven by `verify`: one valid request per operation (parameters and bodies from the
// document's examples, else generated), then requests that break one constraint each. Each
// document starts or is refused in one line naming why; no answer is a 5xx; every valid request
// gets a status its operation declares, with a body valid against the document; every invalid one
// gets a 4xx that names what was wrong.

/** Documents invalid by their own specification, and the line that refuses each. */
const REFUSED: Record<string, RegExp> = {
  // OpenAPI: "Each name MUST correspond to a security scheme which is declared in the Security Schemes under the Components Object."
  '3.0/response-http-behavior':
    /^\[chatmock\] The spec ".+": the security of #\/paths\/~1cache\/get names the scheme "api_key", which #\/components\/securitySchemes does not declare/,
  // There is no draft-05 of JSON Schema.
  '3.1/schema-validation-local':
    /^\[chatmock\] The spec ".+": #\/paths\/~1anything~1numbers\/parameters\/4\/schema\/\$schema names the JSON Schema dialect "https:\/\/json-schema\.org\/draft-05\/schema#", which chatmock does not read/,
}

/**
 * Operations whose valid request no client can send or receive as declared, each with what verify
 * then reports: their schema admits no value, or HTTP cannot carry the status.
 */
const EXCUSED: Record<string, RegExp> = {
  // TreeNode requires a parent TreeNode: no finite value.
  '3.0/circular-request-bodies#directCircular': /^- no valid request could be drafted: .*it nests itself without end/,
  // Its two oneOf branches are the same schema, so every value meets both (the discriminator is a hint, not a rule).
  '3.0/discriminators#postPotentiallyUndefinedFormData':
    /^- no valid request could be drafted: .*no value found that matches exactly one branch of its oneOf/,
  // A value exists (["text"] meets ArrayOfPrimitives alone) that the generator does not find among
  // five overlapping branches, one a oneOf of its own: a limit of the generator, not of the document.
  '3.0/complex-nesting#postMultischemaOfEverything':
    /^- no valid request could be drafted: .*no value found that matches exactly one branch of its oneOf/,
  // An allOf of a string and an object, written to show what tools do with it.
  '3.0/schema-types#quirks_entirelyIncompatibleAllOf':
    /^- no valid request could be drafted: .*its types have none in common/,
  '3.0/schema-types#quirks_partiallyUsableIncompatibleAllOf':
    /^- no valid request could be drafted: .*its types have none in common/,
  '3.1/schema-types#quirks_entirelyIncompatibleAllOf':
    /^- no valid request could be drafted: .*its types have none in common/,
  '3.1/schema-types#quirks_partiallyUsableIncompatibleAllOf':
    /^- no valid request could be drafted: .*its types have none in common/,
  // fetch never hands a 1xx (interim) or a 407 (a proxy's) to its caller: verify cannot send these and says so.
  ...Object.fromEntries(
    [100, 101, 102, 103, 407].map((code) => [
      `3.0/http-status-codes#getStatus${code}`,
      new RegExp(`^- not sent: fetch never gives a ${code} as an answer`),
    ]),
  ),
}

const documents = listCorpusDocuments()
const loaded: Array<CorpusDocument & { api: Api }> = []
const refused = new Map<string, string>()
for (const document of documents) {
  try {
    loaded.push({ ...document, api: loadApi(document.file, { id: document.id }) })
  } catch (error) {
    refused.set(document.name, (error as Error).message)
  }
}

/** What the mock answered each request verify sent, to read what a refusal says. */
/**
 * Refusals whose declared body no value meets, by document and status: the problem details stand,
 * and verify finds them not to match.
 */
const UNMET_REFUSALS: Record<string, RegExp> = {
  // Its errors are each a oneOf of schemas that differ only in a default (error_APIKEY_EMPTY and
  // error_APIKEY_NOTFOUND, error_VERSION_EMPTY and error_VERSION_DUPLICATE …): every body meets several.
  '3.0/readme-legacy 400': /^body must be a error_[A-Z_]+(?: or a error_[A-Z_]+)+ \(got /,
  '3.0/readme-legacy 401': /^body must be a error_APIKEY_EMPTY or a error_APIKEY_NOTFOUND \(got /,
}

interface Exchange {
  method: string
  url: string
  status: number
  text: string
  refusal: string | null
}
const exchanges: Exchange[] = []
const warnings: string[] = []
let server: ChatmockServer<readonly Api[]>

beforeAll(async () => {
  server = await startChatmockServer<readonly Api[]>({
    apis: loaded.map(({ api }) => api),
    port: 0,
    warn: (line) => warnings.push(line),
  })
  const fetch = globalThis.fetch
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const failed = { method: init?.method ?? 'GET', url: String(input), status: 0, text: '', refusal: null }
    const response = await fetch(input, init).catch((error: unknown) => {
      exchanges.push(failed)
      throw error
    })
    exchanges.push({
      method: init?.method ?? 'GET',
      url: String(input),
      status: response.status,
      text: await response.clone().text(),
      refusal: response.headers.get('x-chatmock-refusal'),
    })
    return response
  })
})
afterAll(async () => {
  vi.restoreAllMocks()
  await server.close()
})

it('reads every document of the corpus, refusing only those invalid by their own specification, each in one line', () => {
  expect(documents).toHaveLength(70)
  expect([...refused.keys()]).toEqual(Object.keys(REFUSED))
  for (const [name, message] of refused) {
    expect(message, name).toMatch(REFUSED[name]!)
    expect(message.split('\n'), name).toHaveLength(1)
  }
})

const excused = new Set<string>()

it.each(loaded.map((document) => [document.name, document] as const))(
  'answers every operation of %s as it declares, and refuses what breaks it with a 4xx naming why',
  async (name, { api, id }) => {
    const spec = contract(api).api
    const credentials = createPlaceholderCredentials(spec.document)
    const run = async (authorization?: string, operations?: string[]) => {
      const sent = exchanges.length
      const headers = authorization ? { ...credentials.headers, Authorization: authorization } : credentials.headers
      const report = await verify({
        api,
        baseUrl: `${server.url}/${id}`,
        negative: true,
        headers,
        query: credentials.query,
        maxRequestsPerOperation: 4,
        ...(operations ? { operations } : {}),
      })
      // verify sends one case at a time, so its requests and the cases that sent them come in the same order.
      let next = sent
      return {
        report,
        cases: report.cases.map((item) => ({ item, answer: item.got === '-' ? undefined : exchanges[next++] })),
      }
    }
    const first = await run()
    let { cases } = first
    // verify sends one Authorization: the operations that ask for another kind (Basic where most take
    // Bearer) run again with it.
    const refused = [
      ...new Set(
        cases
          .filter(
            ({ item }) =>
              item.case.startsWith('positive') && /refused the credential verify sent/.test(item.issues[0] ?? ''),
          )
          .map(({ item }) => item.operationId),
      ),
    ]
    for (const authorization of [`Basic ${btoa('placeholder:placeholder')}`, 'Bearer placeholder-token']) {
      if (refused.length === 0 || authorization === credentials.headers.Authorization) continue
      const again = await run(authorization, refused)
      const passed = new Set(
        again.cases
          .filter(({ item }) => item.case.startsWith('positive') && item.verdict === 'pass')
          .map(({ item }) => item.operationId),
      )
      cases = [
        ...cases.filter(({ item }) => !passed.has(item.operationId)),
        ...again.cases.filter(({ item }) => passed.has(item.operationId)),
      ]
      refused.splice(0, refused.length, ...refused.filter((operationId) => !passed.has(operationId)))
    }
    const problems: string[] = []
    for (const { item, answer } of cases) {
      const key = `${name}#${item.operationId}`
      const found = `${item.got} ${item.issues.join('; ')}`
      const where = `${key} ${item.case}: ${item.method} ${item.url}`
      const declared = Object.keys(spec.operationsById.get(item.operationId)!.responses)
      if (item.case.startsWith('positive') && EXCUSED[key]?.test(found)) {
        excused.add(key)
        continue
      }
      // Only an operation that declares nothing but server errors may answer one.
      if (/^5/.test(item.got) && declared.every((status) => /^5/.test(status))) continue
      if (!/^[1-4]\d\d$/.test(item.got)) problems.push(`${where} got ${found}`)
      else if (item.case.startsWith('positive')) {
        if (item.verdict !== 'pass') problems.push(`${where} got ${found}`)
      } else {
        // A refusal whose status the document does not declare is a warning: its body cannot be checked.
        const unmet = UNMET_REFUSALS[`${name} ${item.got}`]
        if (item.verdict === 'fail' && unmet && item.issues.every((issue) => unmet.test(issue)))
          excused.add(`${name} ${item.got}`)
        else if (!/^4/.test(item.got) || item.verdict === 'fail') problems.push(`${where} got ${found}`)
        const subject = /^negative: [^"]*"([^"]+)"/.exec(item.case)?.[1]
        const said = `${answer?.text ?? ''} ${answer?.refusal ?? ''}`
        if (subject && !said.includes(subject))
          problems.push(`${where}: the refusal does not name "${subject}": ${said}`)
      }
    }
    expect(problems, name).toEqual([])
    // A document of webhooks alone (3.1/webhooks) has nothing to verify; every other one verified something.
    expect(first.report.verified > 0, name).toBe(spec.operations.length > 0)
  },
)

it('meets every operation it excuses, as it says, so that no excuse outlives its reason', () => {
  expect([...excused].sort()).toEqual([...Object.keys(EXCUSED), ...Object.keys(UNMET_REFUSALS)].sort())
})
