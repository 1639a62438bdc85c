const BASE = 'https://app.chatwoot.com/public/api/v1'
const INBOX = 'inbox_identifier_example'
const JSON_HEADERS = { 'Content-Type': 'application/json' }

interface CableEvent {
  event: string
  data: Record<string, unknown> & {
    id?: number
    conversation_id?: number
    content?: string | null
    message_type?: number
    content_type?: string
    status?: string
    content_attributes?: { submitted_values?: { csat_survey_response?: { rating?: number } } }
  }
}

interface WidgetElements {
  start: HTMLButtonElement
  state: HTMLElement
  messages: HTMLElement
  form: HTMLFormElement
  input: HTMLInputElement
  resolve: HTMLButtonElement
  rate: HTMLButtonElement
  typing: HTMLElement
}

/**
 * A custom chat client on Chatwoot's public client API, as a widget runs it: look up the inbox,
 * create a contact, open a conversation, subscribe to the contact's events over ActionCable, send
 * messages (saying when the contact types), mark the agent's answers seen, resolve, and rate the
 * CSAT survey that resolving sends. Every call goes to `https://app.chatwoot.com/…`.
 */
export function startChatwootWidget(ui: WidgetElements): void {
  let conversation: { id: number; uuid: string } | undefined
  let contactPath = ''
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers: JSON_HEADERS,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
    const text = await response.text()
    return text ? JSON.parse(text) : undefined
  }
  const setState = (state: string) => {
    ui.state.dataset.state = state
    ui.state.textContent = `Conversation ${conversation?.id ?? '–'}: ${state}`
  }
  const draw = (data: CableEvent['data']) => {
    const line =
      ui.messages.querySelector<HTMLLIElement>(`li[data-id="${data.id}"]`) ??
      ui.messages.appendChild(document.createElement('li'))
    line.dataset.id = String(data.id)
    line.className = data.content_type === 'input_csat' ? 'csat' : data.message_type === 0 ? 'incoming' : 'outgoing'
    line.textContent = data.content ?? ''
    const rating = data.content_attributes?.submitted_values?.csat_survey_response?.rating
    if (rating !== undefined) line.dataset.rating = String(rating)
  }

  const onEvent = ({ event, data }: CableEvent) => {
    if (data.conversation_id !== undefined && data.conversation_id !== conversation?.id) return
    if (event === 'message.created' || event === 'message.updated') {
      draw(data)
      // The contact saw the agent's answer.
      if (event === 'message.created' && data.message_type === 1)
        void call('POST', `${contactPath}/conversations/${conversation!.id}/update_last_seen`)
    } else if (event === 'conversation.typing_on' || event === 'conversation.typing_off') {
      ui.typing.textContent = event === 'conversation.typing_on' ? 'The agent is typing…' : ''
      if (event === 'conversation.typing_on') ui.typing.dataset.seen = 'true'
    } else if (event === 'conversation.status_changed') {
      setState(String(data.status))
    }
  }

  ui.start.addEventListener('click', async () => {
    await call('GET', `/inboxes/${INBOX}`)
    const contact = await call('POST', `/inboxes/${INBOX}/contacts`, { name: 'Demo visitor' })
    contactPath = `/inboxes/${INBOX}/contacts/${contact.source_id}`
    conversation = await call('POST', `${contactPath}/conversations`, {})
    // Imported after worker.start(): ActionCable takes the WebSocket class when it is loaded.
    const ActionCable = await import('@rails/actioncable')
    ActionCable.adapters.WebSocket = window.WebSocket
    const consumer = ActionCable.createConsumer('wss://app.chatwoot.com/cable')
    await new Promise<void>((resolve) =>
      consumer.subscriptions.create(
        { channel: 'RoomChannel', pubsub_token: contact.pubsub_token },
        { connected: () => resolve(), received: onEvent },
      ),
    )
    setState('open')
  })
  ui.input.addEventListener(
    'input',
    () =>
      void (
        conversation &&
        call('POST', `${contactPath}/conversations/${conversation.id}/toggle_typing`, { typing_status: 'on' })
      ),
  )
  ui.form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (!conversation) return
    await call('POST', `${contactPath}/conversations/${conversation.id}/toggle_typing`, { typing_status: 'off' })
    await call('POST', `${contactPath}/conversations/${conversation.id}/messages`, { content: ui.input.value })
    ui.input.value = ''
  })
  ui.resolve.addEventListener(
    'click',
    () => void (conversation && call('POST', `${contactPath}/conversations/${conversation.id}/toggle_status`)),
  )
  ui.rate.addEventListener(
    'click',
    () =>
      void (
        conversation &&
        call('PUT', `/csat_survey/${conversation.uuid}`, {
          message: {
            submitted_values: { csat_survey_response: { rating: 5, feedback_message: 'Quick and friendly.' } },
          },
        })
      ),
  )
}
