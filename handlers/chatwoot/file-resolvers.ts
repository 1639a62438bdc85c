import type { Resolvers } from '../../src/api/api.js'
import type { PlainResponse } from '../../src/api/exchange.js'
import type { ApiSpec } from '../../src/api/spec.js'
import { fail } from '../../src/mock/respond.js'
import { decodeBase64 } from './base64.js'
import type { StoredBlob } from './blobs.js'
import type { Operations } from './generated/operations.js'
import type { ChatwootStore } from './store.js'
import { toFileType } from './attach-files.js'

/**
 * The files of attachments, at their `data_url` and `thumb_url`: ActiveStorage's redirect routes,
 * which the mock answers with the bytes themselves (the real server redirects to its storage).
 */
export const attachmentFileResolvers: Pick<
  Resolvers<Operations, ChatwootStore>,
  'getAttachmentFile' | 'getAttachmentThumbnail'
> = {
  getAttachmentFile: ({ api, params, store }) => serveBlob(api, store.getBlob(params.signed_id)),

  // The thumbnail is the image itself: the mock resizes nothing. A file that is no image has none.
  getAttachmentThumbnail: ({ api, params, store }) => {
    const blob = store.getBlob(params.signed_blob_id)
    return serveBlob(api, blob && toFileType(blob.content_type) === 'image' ? blob : undefined)
  },
}

function serveBlob(api: ApiSpec, blob: StoredBlob | undefined): PlainResponse {
  if (!blob) return fail(api, 404, 'Not Found')
  const bytes = decodeBase64(blob.data)
  return {
    status: 200,
    headers: { 'content-type': blob.content_type, 'content-length': String(bytes.length) },
    body: bytes,
  }
}
