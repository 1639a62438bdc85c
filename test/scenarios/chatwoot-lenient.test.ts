import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runtimes, type Runtime } from '../support/runtimes.js'

// Chatwoot's spec says, in x-chatmock-lenient, what its Rails server takes that the contract
// refuses: the mock does the same by default in every runtime, refuses it with strict: true or
// Prefer: handling=strict, and takes it again with Prefer: handling=lenient over a strict runtime.
// Its headers are Rails' too: JSON in utf-8, and head :ok's empty 200 with content-length: 0.

const contact = '/inboxes/inbox_identifier_example/contacts/contact_identifier_example'
const notFound = { status: 404, error: 'Not Found' }
const strictly = { prefer: 'handling=strict' }
const leniently = { prefer: 'handling=lenient' }

describe.each(runtimes)('%s', (_, start) => {
  async function send(runtime: Runtime, method: string, path: string, body?: unknown, headers = {}) {
    const response = await fetch(`${runtime.baseUrl('chatwoot')}/public/api/v1${path}`, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) }
  }

  describe('by default', () => {
    let runtime: Runtime
    beforeAll(async () => {
      runtime = await start()
    })
    afterAll(() => runtime.stop())

    it('answers 404 when conversation_id is abc', async () => {
      expect(await send(runtime, 'GET', `${contact}/conversations/abc`)).toMatchObject({ status: 404, body: notFound })
    })

    it('lists [] when before is abc', async () => {
      expect(await send(runtime, 'GET', `${contact}/conversations/56/messages?before=abc`)).toMatchObject({
        status: 200,
        body: [],
      })
    })

    it('drops an unknown body field and creates the message', async () => {
      const created = await send(runtime, 'POST', `${contact}/conversations/56/messages`, {
        content: 'Hi',
        private: true,
      })
      expect(created).toMatchObject({ status: 200, body: { content: 'Hi', message_type: 0 } })
      await runtime.reset()
    })

    it('answers 404 without Allow for a method the path does not take', async () => {
      const answer = await send(runtime, 'DELETE', `${contact}/conversations/56`)
      expect(answer).toMatchObject({ status: 404, body: notFound })
      expect(answer.headers.get('allow')).toBeNull()
    })

    it('answers 422 for each of them under Prefer: handling=strict, and 405 with Allow', async () => {
      expect((await send(runtime, 'GET', `${contact}/conversations/abc`, undefined, strictly)).status).toBe(422)
      expect(
        (await send(runtime, 'GET', `${contact}/conversations/56/messages?before=abc`, undefined, strictly)).status,
      ).toBe(422)
      expect(
        (
          await send(
            runtime,
            'POST',
            `${contact}/conversations/56/messages`,
            { content: 'Hi', private: true },
            strictly,
          )
        ).status,
      ).toBe(422)
      const wrongMethod = await send(runtime, 'DELETE', `${contact}/conversations/56`, undefined, strictly)
      expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'GET'])
    })

    it('steers with the other Prefer tokens beside handling=strict', async () => {
      const steered = await send(runtime, 'GET', `${contact}/conversations/56`, undefined, {
        prefer: 'code=404, handling=strict',
      })
      expect(steered.status).toBe(404)
    })

    it('sends JSON as application/json; charset=utf-8, its 404s too', async () => {
      const found = await send(runtime, 'GET', `${contact}/conversations/56`)
      expect(found.headers.get('content-type')).toBe('application/json; charset=utf-8')
      const missing = await send(runtime, 'GET', `${contact}/conversations/abc`)
      expect(missing.headers.get('content-type')).toBe('application/json; charset=utf-8')
    })

    it("answers toggle_typing and update_last_seen as Rails' head :ok: empty, content-length: 0, JSON content type", async () => {
      for (const action of ['toggle_typing?typing_status=on', 'update_last_seen']) {
        const answer = await send(runtime, 'POST', `${contact}/conversations/56/${action}`)
        expect([answer.status, answer.body]).toEqual([200, undefined])
        expect(answer.headers.get('content-length')).toBe('0')
        expect(answer.headers.get('transfer-encoding')).toBeNull()
        expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8')
      }
      await runtime.reset()
    })
  })

  describe('with strict: true', () => {
    let runtime: Runtime
    beforeAll(async () => {
      runtime = await start({ strict: true })
    })
    afterAll(() => runtime.stop())

    it('answers 422 when conversation_id is abc', async () => {
      expect(await send(runtime, 'GET', `${contact}/conversations/abc`)).toMatchObject({
        status: 422,
        body: { attributes: ['conversation_id'] },
      })
    })

    it('answers 422 when before is abc', async () => {
      expect(await send(runtime, 'GET', `${contact}/conversations/56/messages?before=abc`)).toMatchObject({
        status: 422,
        body: { attributes: ['before'] },
      })
    })

    it('answers 422 for an unknown body field', async () => {
      expect(
        await send(runtime, 'POST', `${contact}/conversations/56/messages`, { content: 'Hi', private: true }),
      ).toMatchObject({ status: 422, body: { message: 'body field "private" is not allowed' } })
    })

    it('answers 405 with Allow for a method the path does not take', async () => {
      const answer = await send(runtime, 'DELETE', `${contact}/conversations/56`)
      expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'GET'])
    })

    it('takes each of them as the server does under Prefer: handling=lenient', async () => {
      expect(await send(runtime, 'GET', `${contact}/conversations/abc`, undefined, leniently)).toMatchObject({
        status: 404,
        body: notFound,
      })
      expect(
        await send(runtime, 'GET', `${contact}/conversations/56/messages?before=abc`, undefined, leniently),
      ).toMatchObject({ status: 200, body: [] })
      expect(
        (
          await send(
            runtime,
            'POST',
            `${contact}/conversations/56/messages`,
            { content: 'Hi', private: true },
            leniently,
          )
        ).status,
      ).toBe(200)
      expect((await send(runtime, 'DELETE', `${contact}/conversations/56`, undefined, leniently)).status).toBe(404)
      await runtime.reset()
    })
  })
})
