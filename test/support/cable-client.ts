import * as ActionCable from '@rails/actioncable'

/**
 * What ActionCable's consumer needs in Node: no-op `addEventListener`/`removeEventListener` on the
 * global (its connection monitor listens for the page's `visibilitychange`), and the WebSocket class
 * to open (the browser's own, msw's patched global, or the `ws` package's).
 */
export function useActionCableIn(WebSocketClass: unknown): typeof ActionCable {
  const global = globalThis as { addEventListener?: unknown; removeEventListener?: unknown }
  global.addEventListener ??= () => {}
  global.removeEventListener ??= () => {}
  ActionCable.adapters.WebSocket = WebSocketClass as typeof WebSocket
  return ActionCable
}

/** A subscription's life as a test waits on it: confirmed or rejected, and each message received. */
export function subscribe(consumer: ActionCable.Consumer, params: ActionCable.ChannelNameWithParams) {
  const received: any[] = []
  let state: 'pending' | 'connected' | 'rejected' = 'pending'
  const waiters: Array<() => void> = []
  const wake = () => {
    for (const waiter of waiters.splice(0)) waiter()
  }
  const subscription = consumer.subscriptions.create(params, {
    connected: () => ((state = 'connected'), wake()),
    rejected: () => ((state = 'rejected'), wake()),
    received: (message: unknown) => (received.push(message), wake()),
  })
  const until = async (done: () => boolean) => {
    while (!done()) await new Promise<void>((resolve) => waiters.push(resolve))
  }
  return {
    subscription,
    received,
    /** Resolves with the subscription's fate: confirmed (`connected`) or `rejected`. */
    settled: async () => (await until(() => state !== 'pending'), state),
    /** Resolves once `count` messages arrived, with all of them. */
    messages: async (count: number) => (await until(() => received.length >= count), received),
  }
}
