/**
 * The demo's page under `Content-Security-Policy: script-src 'self'` (no 'unsafe-eval'): a user
 * document's validators are compiled in the page, which that policy forbids. chatmock says so with
 * UNSAFE_EVAL_BLOCKED, and the page shows it, instead of failing silently at the first request.
 */
import { setupChatmockWorker } from '../src/browser.js'
import { loadUserApi } from './user-api.js'

const status = document.getElementById('status')!

try {
  await setupChatmockWorker({ apis: [await loadUserApi()] })
  status.textContent = 'The worker was set up: this page allows code generation after all.'
  document.body.dataset.state = 'started'
} catch (error) {
  status.textContent = `${(error as { code?: string }).code ?? (error as Error).name}: ${(error as Error).message}`
  status.className = 'error'
  document.body.dataset.state = 'failed'
}
