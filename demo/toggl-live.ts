const STREAM = 'https://focus.toggl.com/api/workspaces/1/chats/1/messages/stream'

interface MessageEventData {
  message: { id: number; role: string | object; content: { text?: string } }
  complete: boolean
}

/**
 * Toggl Focus chat 1, live: the page's own EventSource on the message stream (the API key as
 * `?access_token=`, since an EventSource cannot send headers), and a button that makes the
 * assistant answer in chunks. Each chunk updates the same line until the reply is complete.
 */
export function startTogglLive(
  chatmock: { admin: { act(api: 'toggl-focus', action: string, input?: unknown): Promise<unknown> } },
  list: HTMLElement,
  ask: HTMLButtonElement,
): EventSource {
  const source = new EventSource(`${STREAM}?access_token=toggl_sk_ada`)
  const show = (event: MessageEvent<string>) => {
    const { message, complete } = JSON.parse(event.data) as MessageEventData
    let line = list.querySelector<HTMLLIElement>(`li[data-id="${message.id}"]`)
    if (!line) {
      line = document.createElement('li')
      line.dataset.id = String(message.id)
      line.className = message.role === 'assistant' ? 'outgoing' : 'incoming'
      list.append(line)
    }
    line.textContent = message.content.text ?? ''
    line.dataset.complete = String(complete)
    // How many events drew this line: a reply in four chunks is drawn four times.
    line.dataset.events = String(Number(line.dataset.events ?? 0) + 1)
  }
  source.addEventListener('message.created', show)
  source.addEventListener('message.updated', show)
  ask.addEventListener('click', () => {
    void chatmock.admin.act('toggl-focus', 'assistantReply', {
      workspace_id: 1,
      chat_id: 1,
      text: 'Here is the agenda: planning at ten, then the design review.',
      chunks: 4,
      chunkIntervalMs: 150,
    })
  })
  return source
}
