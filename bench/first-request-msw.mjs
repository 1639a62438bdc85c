// The anchor of first-request-chatmock.mjs: plain msw/node with one handler answering the same JSON.
const { setupServer } = await import('msw/node')
const { http, HttpResponse } = await import('msw')
const server = setupServer(
  http.get('https://yourdomain.com/chat-messages/:id', () =>
    HttpResponse.json({ id: 'id-1', createdAt: 1564661697125, createdBy: 'some-uid' }),
  ),
)
server.listen({ onUnhandledRequest: 'error' })
const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })
await response.json()
server.close()
