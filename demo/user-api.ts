/**
 * "Your own API" in the demo: an OpenAPI document fetched by URL (demo/user-api/orders.json, served
 * by the demo server), read with defineApi and mocked by the same service worker as the built-ins.
 * Its list is fetched from the document's own server URL, like any other call of the page.
 */
import { defineApi } from '../src/index.js'
import type { Api } from '../src/api/api.js'

/** Where the demo server serves the document. */
export const USER_SPEC_URL = '/user-api/orders.json'
/** `listOrders` at the document's server URL (`servers: [{ url: https://shop.example.com/api }]`). */
const ORDERS = 'https://shop.example.com/api/orders'

/** The document at `url` as an API: its id (`x-chatmock-id`) and server URL are the document's. */
export async function loadUserApi(url = USER_SPEC_URL): Promise<Api> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  // A document without `servers` would need defineApi({ spec, baseUrl: 'https://…' }).
  return defineApi({ spec: await response.text() })
}

/** The orders the mock answers (the document's first named example), one line each. */
export async function renderUserApi(list: HTMLElement): Promise<void> {
  const response = await fetch(ORDERS)
  if (!response.ok) {
    list.replaceChildren(line(`The API answered ${response.status}: ${await response.text()}`, 'error'))
    return
  }
  const orders = (await response.json()) as Array<{ id: string; status: string; total: number }>
  list.replaceChildren(
    ...orders.map((order) => line(`${order.id}: ${order.status}, ${order.total.toFixed(2)}`, undefined, order.id)),
  )
}

function line(text: string, className?: string, id?: string): HTMLLIElement {
  const li = document.createElement('li')
  li.textContent = text
  if (className) li.className = className
  if (id) li.dataset.id = id
  return li
}
