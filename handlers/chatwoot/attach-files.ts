import type { FormFile } from '../../src/api/exchange.js'
import { createBlobUrl, createSignedId, createThumbnailUrl } from './active-storage-urls.js'
import { encodeBase64 } from './base64.js'
import type { PublicMessageAttachment } from './generated/openapi.js'
import { readImageSize } from './read-image-size.js'
import { ACCOUNT, type ChatwootStore } from './store.js'

/** `FileTypeHelper#image_file?` and `#video_file?`: the media types shown as such. */
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/webp'])
const VIDEO_TYPES = new Set(['video/ogg', 'video/mp4', 'video/webm', 'video/quicktime'])

/** The form fields a message's files come in: Rails reads `params[:attachments]`, sent as `attachments[]`. */
const ATTACHMENT_FIELDS = new Set(['attachments[]', 'attachments'])

/** `FileTypeHelper#file_type`: what a file's media type (as the client sent it) makes of its attachment. */
export function toFileType(contentType: string): 'image' | 'video' | 'audio' | 'file' {
  if (IMAGE_TYPES.has(contentType)) return 'image'
  if (VIDEO_TYPES.has(contentType)) return 'video'
  if (contentType.includes('audio/')) return 'audio'
  return 'file'
}

/** The files of a request that become the message's attachments. */
export function listAttachedFiles(files: readonly FormFile[]): FormFile[] {
  return files.filter((file) => ATTACHMENT_FIELDS.has(file.field))
}

/** Fails, before anything is written, when the store cannot keep these files. */
export function ensureRoomForFiles(store: ChatwootStore, files: readonly FormFile[]): void {
  if (files.length === 0) return
  store.ensureBlobRoom(
    files.length,
    files.reduce((total, file) => total + file.bytes.length, 0),
  )
}

/**
 * Stores each file (a blob) and answers the message's attachments as `Attachment#push_event_data`
 * renders them: `id`, `message_id`, `file_type`, `account_id`, then `extension` (null: the server
 * does not fill it for an upload), `data_url`, `thumb_url` (an image's thumbnail, else empty),
 * `file_size`, and `width` and `height` (an image's, read from its header; null otherwise). An
 * audio file has `transcribed_text` too, empty until it is transcribed.
 */
export async function attachFiles(
  store: ChatwootStore,
  files: readonly FormFile[],
  messageId: number,
  serverUrl: string,
): Promise<PublicMessageAttachment[]> {
  const attachments: PublicMessageAttachment[] = []
  for (const file of files) {
    const id = store.allocateBlobId()
    const signedId = createSignedId(id)
    await store.insertBlob({
      id,
      signed_id: signedId,
      filename: file.filename,
      content_type: file.contentType,
      byte_size: file.bytes.length,
      data: encodeBase64(file.bytes),
    })
    const fileType = toFileType(file.contentType)
    const size = fileType === 'image' ? readImageSize(file.bytes) : undefined
    attachments.push({
      id: store.allocateAttachmentId(),
      message_id: messageId,
      file_type: fileType,
      account_id: ACCOUNT.id,
      extension: null,
      data_url: createBlobUrl(serverUrl, signedId, file.filename),
      thumb_url: fileType === 'image' ? createThumbnailUrl(serverUrl, signedId, file.filename) : '',
      file_size: file.bytes.length,
      width: size?.width ?? null,
      height: size?.height ?? null,
      ...(fileType === 'audio' ? { transcribed_text: '' } : {}),
    })
  }
  return attachments
}
