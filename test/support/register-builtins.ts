// The package's entry points hand the catalog the built-in APIs' loaders (src/builtin-apis.ts);
// tests that import the machinery directly get them here, loaded up front, so that synchronous
// calls (getApi, contract) can name them by id.
import '../../src/builtin-apis.js'
import type { Api } from '../../src/api/api.js'
import { importApis } from '../../src/openapi/catalog.js'

/** The built-in APIs, loaded, in order. */
export const builtinApis = (await importApis()) as Api[]
