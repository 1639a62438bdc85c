import { builtinApiIds } from '../src/index.js'
import { setupChatmockWorker } from '../src/browser.js'
import { loadUserApi, renderUserApi } from './user-api.js'
import { startTogglLive } from './toggl-live.js'
import { agentReplies, startChatwootLive } from './chatwoot-live.js'
import { startChatwootWidget } from './chatwoot-widget.js'

const TOGGL_CHATS = 'https://focus.toggl.com/api/workspaces/1/chats'
const CONVERSATION =
  'https://app.chatwoot.com/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_identifier_example/conversations/56/messages'
const togglAuth = { Authorization: `Basic ${btoa('ada@example.com:secret')}` }

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T

async function start(): Promise<void> {
  // The built-ins and a document of the user's own, loaded by URL (demo/user-api.ts).
  const chatmock = await setupChatmockWorker({
    apis: [...builtinApiIds, await loadUserApi()],
    onResponseViolation: 'warn',
    settings: agentReplies,
  })
  await chatmock.worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  // For the browser test and for poking around in the devtools.
  Object.assign(window, { chatmock })
  element('status').textContent = 'The service worker is answering.'
  document.body.dataset.worker = 'ready'

  element<HTMLSelectElement>('simulate').addEventListener('change', async (event) => {
    const mode = (event.target as HTMLSelectElement).value
    chatmock.admin.updateSettings({
      ...agentReplies,
      ...(mode === 'slow' ? { latency: 800 } : mode === 'failing' ? { errorRate: 1 } : {}),
    })
    await Promise.all([renderChats(), renderConversation()])
  })

  element<HTMLFormElement>('message-form').addEventListener('submit', async (event) => {
    event.preventDefault()
    const input = element<HTMLInputElement>('message-content')
    // The message comes back over ActionCable (message.created), and the agent's answer after it.
    await fetch(CONVERSATION, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ content: input.value }),
    })
    input.value = ''
  })

  await Promise.all([renderChats(), renderConversation(), renderUserApi(element('user-api-orders'))])
  startTogglLive(chatmock, element('toggl-stream'), element<HTMLButtonElement>('ask-assistant'))
  startChatwootWidget({
    start: element('widget-start'),
    state: element('widget-state'),
    messages: element('widget-messages'),
    form: element('widget-form'),
    input: element('widget-input'),
    resolve: element('widget-resolve'),
    rate: element('widget-rate'),
    typing: element('widget-typing'),
  })
  await startChatwootLive(element('chatwoot-messages'), drawMessage)
}

function drawMessage(message: { id: number; content: string | null; message_type: number }): HTMLLIElement {
  return item(message.content ?? '', {
    id: String(message.id),
    className: message.message_type === 0 ? 'incoming' : 'outgoing',
  })
}

async function renderChats(): Promise<void> {
  const list = element('toggl-chats')
  const response = await fetch(TOGGL_CHATS, { headers: togglAuth })
  if (!response.ok) return showError(list, response)
  const { data } = (await response.json()) as { data: Array<{ id: number; name: string; message_count: number }> }
  list.replaceChildren(
    ...data.map((chat) => item(`${chat.name} (${chat.message_count} messages)`, { id: String(chat.id) })),
  )
}

async function renderConversation(): Promise<void> {
  const list = element('chatwoot-messages')
  const response = await fetch(CONVERSATION)
  if (!response.ok) return showError(list, response)
  const messages = (await response.json()) as Array<{ id: number; content: string | null; message_type: number }>
  list.replaceChildren(...messages.map(drawMessage))
}

async function showError(list: HTMLElement, response: Response): Promise<void> {
  list.replaceChildren(item(`The API answered ${response.status}: ${await response.text()}`, { className: 'error' }))
}

function item(text: string, { id, className }: { id?: string; className?: string }): HTMLLIElement {
  const li = document.createElement('li')
  li.textContent = text
  if (id) li.dataset.id = id
  if (className) li.className = className
  return li
}

start().catch((error: unknown) => {
  element('status').textContent = `Failed to start: ${(error as Error).message}`
  document.body.dataset.worker = 'failed'
})
