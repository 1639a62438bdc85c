import { hashText } from '../../src/store/hash-text.js'

/** The image formats ActiveStorage keeps for a variant (`web_image_content_types`); any other image becomes a PNG. */
const WEB_IMAGE_FORMATS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp'])

/** Where a blob's bytes are served: `url_for(file)`, ActiveStorage's redirect route. */
export function createBlobUrl(serverUrl: string, signedId: string, filename: string): string {
  return `${serverUrl}/rails/active_storage/blobs/redirect/${signedId}/${encodeURIComponent(sanitizeFilename(filename))}`
}

/** Where an image's thumbnail is served: `url_for(file.representation(resize_to_fill: [250, nil]))`. */
export function createThumbnailUrl(serverUrl: string, signedId: string, filename: string): string {
  const { base, extension } = splitFilename(sanitizeFilename(filename))
  const format = WEB_IMAGE_FORMATS.has(extension.toLowerCase()) ? extension : 'png'
  const variationKey = sign({ format, resize_to_fill: [250, null] }, 'variation')
  return `${serverUrl}/rails/active_storage/representations/redirect/${signedId}/${variationKey}/${encodeURIComponent(`${base}.${format}`)}`
}

/**
 * A blob's signed id as Rails writes one: the message (the blob's id, for `blob_id`) as base64
 * JSON, `--`, and a digest. The mock's digest is no HMAC, only the same 40 hex digits for the same
 * message, so that the same records always have the same URLs.
 */
export function createSignedId(blobId: number): string {
  return sign(blobId, 'blob_id')
}

/** In the URL-safe alphabet (no `+` or `/`), so that it stays one path segment. */
function sign(data: unknown, purpose: string): string {
  const message = btoa(JSON.stringify({ _rails: { data, pur: purpose } }))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
  const digest = [1, 2, 3, 4, 5].map((round) => hashText(`${round}:${message}`)).join('')
  return `${message}--${digest}`
}

/** `ActiveStorage::Filename#sanitized`: characters a path or a header cannot hold become `-`. */
function sanitizeFilename(filename: string): string {
  return filename.trim().replace(/[\u202E%$|:;/<>?*"\t\r\n\\]/g, '-')
}

function splitFilename(filename: string): { base: string; extension: string } {
  const dot = filename.lastIndexOf('.')
  return dot > 0
    ? { base: filename.slice(0, dot), extension: filename.slice(dot + 1) }
    : { base: filename, extension: '' }
}
