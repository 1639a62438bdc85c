// `import('chatmock/node')`, `setupChatmock()` and the first intercepted request, in a fresh process
// (run from the built package: `npm run build`). Exits once the answer is read.
const { setupChatmock } = await import('chatmock/node')
const chatmock = await setupChatmock()
chatmock.server.listen({ onUnhandledRequest: 'error' })
const response = await fetch('https://yourdomain.com/chat-messages/id-1', { headers: { authorization: 'Bearer t' } })
await response.json()
chatmock.server.close()
