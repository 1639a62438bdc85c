import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../support/find-chromium.js'
import { startDemoInChromium } from '../support/start-demo.js'

const executablePath = findChromium()

describe.skipIf(!executablePath)('the demo page in Chromium', () => {
  let page: Page
  let stopDemo: () => Promise<void> = async () => {}
  const pageErrors: string[] = []

  beforeAll(async () => {
    const demo = await startDemoInChromium(executablePath!)
    stopDemo = demo.stop
    page = await demo.browser.newPage()
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(demo.url)
    await page.waitForSelector('body[data-worker="ready"]', { timeout: 20_000 })
  }, 60_000)

  afterAll(() => stopDemo())

  it('lists the Toggl chats of workspace 1 from the mock', async () => {
    await page.waitForFunction(() => document.querySelectorAll('#toggl-chats li').length === 20)
    expect(await page.locator('#toggl-chats li').first().textContent()).toBe('Quarterly planning (6 messages)')
  })

  it('shows the Chatwoot conversation: the latest 20 public messages', async () => {
    await page.waitForFunction(() => document.querySelectorAll('#chatwoot-messages li').length === 20)
    expect(await page.locator('#chatwoot-messages li[data-id="56"]').textContent()).toBe('Hello, how can I help you?')
    expect(await page.locator('#chatwoot-messages li[data-id="40"]').count()).toBe(0)
  })

  it("posts a message through the form; over ActionCable the message arrives, then the agent's scripted answer", async () => {
    await page.waitForSelector('#chatwoot-messages[data-live="true"]')
    const before = await page.locator('#chatwoot-messages li').count()
    await page.fill('#message-content', 'Sent from Chromium')
    await page.click('#message-form button')
    // Nothing fetches the list again: both lines come from message.created events of the subscription.
    await page.waitForFunction(
      (count) => document.querySelectorAll('#chatwoot-messages li').length === count + 2,
      before,
    )
    const lines = await page
      .locator('#chatwoot-messages li')
      .evaluateAll((items) => items.slice(-2).map((li) => [li.textContent, li.className]))
    expect(lines).toEqual([
      ['Sent from Chromium', 'incoming'],
      ['Thanks! An agent will be with you shortly.', 'outgoing'],
    ])
  })

  it('answers a fetch to https://focus.toggl.com/api/workspaces/1/chats made from the page', async () => {
    const result = await page.evaluate(async () => {
      const response = await fetch('https://focus.toggl.com/api/workspaces/1/chats', {
        headers: { Authorization: `Bearer toggl_sk_ada` },
      })
      return { status: response.status, body: await response.json() }
    })
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({
      page: 1,
      per_page: 20,
      data: expect.arrayContaining([expect.objectContaining({ id: 1, name: 'Quarterly planning' })]),
    })
    const journal = await page.evaluate(
      () =>
        (
          window as unknown as {
            chatmock: { admin: { journal(limit: number): { entries: Array<{ operationId: string; status: number }> } } }
          }
        ).chatmock.admin.journal(1).entries,
    )
    expect(journal).toEqual([expect.objectContaining({ operationId: 'listChats', status: 200 })])
  })

  it('shows the error state when faults are switched on', async () => {
    await page.selectOption('#simulate', 'failing')
    await page.waitForFunction(() => document.querySelector('#toggl-chats li')?.classList.contains('error'))
    expect(await page.locator('#toggl-chats li').textContent()).toMatch(/^The API answered 500: /)
    await page.selectOption('#simulate', 'normal')
    await page.waitForFunction(() => document.querySelectorAll('#toggl-chats li').length === 20)
  })

  it("shows Toggl chat 1 live through the page's own EventSource, and the assistant's reply arriving in chunks", async () => {
    await page.waitForFunction(() => document.querySelectorAll('#toggl-stream li').length === 6)
    await page.click('#ask-assistant')
    await page.waitForFunction(
      () =>
        document.querySelector('#toggl-stream li:last-child')?.getAttribute('data-complete') === 'true' &&
        document.querySelectorAll('#toggl-stream li').length === 7,
    )
    const reply = page.locator('#toggl-stream li').last()
    expect(await reply.textContent()).toBe('Here is the agenda: planning at ten, then the design review.')
    expect(await reply.getAttribute('data-events')).toBe('4')
  })

  it("runs a custom client's whole Chatwoot flow: contact, conversation, messages, typing, last seen, resolve, CSAT", async () => {
    await page.click('#widget-start')
    await page.waitForSelector('#widget-state[data-state="open"]')
    await page.fill('#widget-input', 'Hello from the widget')
    await page.click('#widget-form button')
    await page.waitForFunction(() => document.querySelectorAll('#widget-messages li').length === 2)
    expect(
      await page
        .locator('#widget-messages li')
        .evaluateAll((items) => items.map((li) => [li.textContent, li.className])),
    ).toEqual([
      ['Hello from the widget', 'incoming'],
      ['Thanks! An agent will be with you shortly.', 'outgoing'],
    ])
    expect(await page.locator('#widget-typing').getAttribute('data-seen')).toBe('true')
    await page.click('#widget-resolve')
    await page.waitForSelector('#widget-state[data-state="resolved"]')
    await page.waitForSelector('#widget-messages li.csat')
    await page.click('#widget-rate')
    await page.waitForSelector('#widget-messages li.csat[data-rating="5"]')
    // What the widget saw is what the API now says: the conversation resolved, the agent's answer seen.
    const conversation = await page.evaluate(async () => {
      const id = document.querySelector('#widget-state')!.textContent!.match(/Conversation (\d+)/)![1]
      const chatwoot = (
        window as unknown as {
          chatmock: {
            stores: {
              chatwoot: {
                conversations: { get(id: number): { status: string; contact_last_seen_at: unknown } | undefined }
              }
            }
          }
        }
      ).chatmock.stores.chatwoot
      return chatwoot.conversations.get(Number(id))
    })
    expect(conversation).toMatchObject({ status: 'resolved' })
    expect(conversation?.contact_last_seen_at).not.toBeNull()
  })

  it('takes a multipart message with a PNG in the service worker, and serves the same bytes back at its data_url', async () => {
    const result = await page.evaluate(async () => {
      const png = Uint8Array.from(
        atob('iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR42mOQn/wfjhhwcgCBgBRNl+vZMwAAAABJRU5ErkJggg=='),
        (character) => character.charCodeAt(0),
      )
      const form = new FormData()
      form.append('attachments[]', new Blob([png], { type: 'image/png' }), 'photo.png')
      const created = await fetch(
        'https://app.chatwoot.com/public/api/v1/inboxes/inbox_identifier_example/contacts/contact_attachments_example/conversations/55/messages',
        { method: 'POST', body: form },
      )
      const [attachment] = (await created.json()).attachments
      const served = await fetch(attachment.data_url)
      return {
        attachment,
        type: served.headers.get('content-type'),
        same: Array.from(new Uint8Array(await served.arrayBuffer())).join() === Array.from(png).join(),
      }
    })
    expect(result).toMatchObject({
      attachment: { file_type: 'image', width: 4, height: 3 },
      type: 'image/png',
      same: true,
    })
  })

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([])
  })
})
