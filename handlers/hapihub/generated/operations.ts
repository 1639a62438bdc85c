// Generated from specs/hapihub.yaml by scripts/generate-specs.ts. Do not edit: run "npm run gen".
import type { ResolverOperations } from '../../../src/api/resolver-operations.js'
import type { operations } from './openapi.js'

/** What each operation's resolver receives, keyed by operationId. */
export type Operations = ResolverOperations<operations, {
  findChatMessages: "$skip"
  findChatRooms: "$skip"
}>
