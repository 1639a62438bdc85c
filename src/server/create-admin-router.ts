import express, { type Router } from 'express'
import { problemDetailsStyle } from '../contract/error-styles/problem-details.js'
import type { Admin } from '../mock/create-admin.js'
import { isChatmockError } from '../errors/chatmock-error.js'
import { ErrorCodes } from '../errors/error-codes.js'
import { readBody } from './read-body.js'
import { sendResponse } from './send-response.js'
import { createAdminOriginGuard } from './create-admin-origin-guard.js'

const ENDPOINTS = {
  'POST /__chatmock/reset': 'restore every store to its fixtures',
  'POST /__chatmock/reset/:api': "restore one API's store",
  'GET /__chatmock/state/:api': "what one API's store holds now (its tables, or a document's resources)",
  'GET /__chatmock/journal?limit=N': 'the last N exchanges, with their violations',
  'DELETE /__chatmock/journal': 'clear the journal',
  'GET /__chatmock/coverage?api=ID': 'operations and declared statuses exercised so far (all APIs, or the ones named)',
  'DELETE /__chatmock/coverage': 'start counting coverage again',
  'GET /__chatmock/settings': 'latency and fault settings',
  'PUT /__chatmock/settings': 'replace the latency, fault, quota and scripted-reply settings',
  'GET /__chatmock/actions': 'what the other side can do in each API (actions, with their input schemas)',
  'POST /__chatmock/act/:api/:action': "do it: the JSON body is the action's input",
}

export interface AdminRouterOptions {
  /** When set, every call needs `Authorization: Bearer <token>`. */
  token?: string
  /** Origins, beyond loopback ones, whose pages may call it from a browser. */
  origins?: readonly string[]
}

/**
 * The admin API over HTTP (mounted at `/__chatmock`). The origin guard comes first, ahead of the
 * token, for whatever path Express routes here (it matches `/__CHATMOCK` too).
 */
export function createAdminRouter(admin: Admin, options: AdminRouterOptions = {}): Router {
  const { token } = options
  const router = express.Router()
  const problem = (response: express.Response, status: number, detail: string) =>
    sendResponse(response, problemDetailsStyle.render(status, detail, []))

  router.use(createAdminOriginGuard(options.origins))
  router.use((request, response, next) => {
    if (token === undefined || request.headers.authorization === `Bearer ${token}`) return next()
    problem(response, 401, 'the admin API needs Authorization: Bearer <token> (the token the server printed at start)')
  })
  router.get('/', (_, response) => void response.json({ endpoints: ENDPOINTS }))
  router.post('/reset', async (_, response) => {
    await admin.reset()
    response.status(204).end()
  })
  router.post('/reset/:api', async (request, response) => {
    try {
      await admin.reset(request.params.api)
      response.status(204).end()
    } catch (error) {
      problem(response, 400, describeError(error))
    }
  })
  router.get('/state/:api', async (request, response) => {
    try {
      response.json(await admin.state(request.params.api))
    } catch (error) {
      if (!isChatmockError(error)) throw error
      problem(response, 404, describeError(error))
    }
  })
  router.get('/journal', (request, response) => {
    const limit = request.url.match(/[?&]limit=(\d+)/)?.[1]
    response.json(admin.journal(limit === undefined ? undefined : Number(limit)))
  })
  router.delete('/journal', (_, response) => {
    admin.clearJournal()
    response.status(204).end()
  })
  router.get('/coverage', (request, response) => {
    const apis = [...request.url.matchAll(/[?&]api=([^&]+)/g)].map((match) => decodeURIComponent(match[1]!))
    try {
      response.json(admin.coverage(apis.length > 0 ? apis : undefined))
    } catch (error) {
      problem(response, 400, describeError(error))
    }
  })
  router.delete('/coverage', (_, response) => {
    admin.clearCoverage()
    response.status(204).end()
  })
  router.get('/settings', (_, response) => void response.json(admin.settings()))
  router.put('/settings', async (request, response) => {
    try {
      admin.updateSettings(JSON.parse((await readBody(request))?.toString('utf8') ?? '{}'))
      response.json(admin.settings())
    } catch (error) {
      problem(response, 400, `invalid settings: ${describeError(error)}`)
    }
  })
  router.get('/actions', (_, response) => void response.json(admin.actions()))
  router.post('/act/:api/:action', async (request, response) => {
    let input: unknown
    try {
      const text = (await readBody(request))?.toString('utf8')
      input = text ? JSON.parse(text) : {}
    } catch (error) {
      problem(response, 400, `the body must be the action's input as JSON: ${(error as Error).message}`)
      return
    }
    try {
      const result = await admin.act(request.params.api, request.params.action, input)
      response.status(result === undefined ? 204 : 200)
      if (result === undefined) response.end()
      else response.json(result)
    } catch (error) {
      if (!isChatmockError(error)) throw error
      // An input the action refuses is a 422; a full store, a 507 as over HTTP; an API or action that is not there, a 404.
      problem(
        response,
        error.code === ErrorCodes.ACTION_INVALID ? 422 : error.code === ErrorCodes.STORE_FULL ? 507 : 404,
        describeError(error),
      )
    }
  })
  return router
}

/** The message of an error for a client, without the `[chatmock]` prefix of developer errors. */
function describeError(error: unknown): string {
  return (error as Error).message.replace(/^\[chatmock\] /, '')
}
