import { expect, it } from 'vitest'
import { measureBrowserPage } from '../../bench/browser-page.js'
import { builtinApiIds } from '../../handlers/index.js'

/** The most of chatmock's JavaScript (minified, before compression) a page that mocks one built-in API may load. */
const BUDGET_BYTES = 1_000_000

const pages = await Promise.all(builtinApiIds.map((id) => measureBrowserPage(id)))
const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a))

it(`loads at most 1 MB of chatmock for the largest one-API page (${largest.id}: ${largest.bytes} bytes)`, () => {
  expect(largest.bytes, largest.parts.map((part) => `${part.name} ${part.bytes}`).join(', ')).toBeLessThanOrEqual(
    BUDGET_BYTES,
  )
})

it.each(pages.map((page) => [page.id, page] as const))(
  'loads no faker on a page that mocks %s with its default fixtures',
  (_, page) => {
    expect(page.packages).not.toContain('@faker-js/faker')
    // A seed of the page's own still finds it, loaded on demand.
    expect(page.deferredPackages).toContain('@faker-js/faker')
  },
)
