import { ErrorCodes } from '../../src/errors/error-codes.js'
import { StoreError } from '../../src/errors/store-error.js'
import { Table } from '../../src/store/table.js'
import { createRecordSchema } from './record-schema.js'

/**
 * An uploaded file (ActiveStorage's blob): a message's attachment names it by `signed_id` in its
 * `data_url`. The bytes are kept as base64, so that a fixtures file and a store snapshot hold them
 * as JSON.
 */
export interface StoredBlob {
  id: number
  signed_id: string
  filename: string
  content_type: string
  byte_size: number
  /** The file's bytes, base64. */
  data: string
}

export const blobSchema = createRecordSchema<StoredBlob>('blob', {
  id: 'integer',
  signed_id: 'string',
  filename: 'string',
  content_type: 'string',
  byte_size: 'integer',
  data: 'string',
})

/**
 * The most bytes of files the store keeps, whatever its record limit (a mock decision: every
 * upload is at most the 1 MB body the mock reads, and together they stay bounded too).
 */
const BLOB_BYTE_LIMIT = 64 * 1024 * 1024

/** The blobs, found by their signed id, and the bytes they hold together. */
export function createBlobTable(limit: number) {
  let bytes = 0
  const table = new Table({
    name: 'chatwoot blobs',
    schema: blobSchema.standard,
    key: (blob) => blob.id,
    limit,
    unique: { bySignedId: (blob) => blob.signed_id },
    sequences: { id: (blob) => blob.id },
  })
  return {
    table,

    get(signedId: string): StoredBlob | undefined {
      return table.find('bySignedId', signedId)
    },

    /** Fails, before anything is written, when this many more files of this many bytes would not fit. */
    ensureRoom(count: number, size: number): void {
      if (table.size + count > limit)
        throw new StoreError(
          ErrorCodes.STORE_FULL,
          `Failed to insert into chatwoot blobs: it holds ${table.size} of its limit of ${limit} records, and ${count} more would not fit. Reset the store or raise the limit (recordLimit).`,
        )
      if (bytes + size > BLOB_BYTE_LIMIT)
        throw new StoreError(
          ErrorCodes.STORE_FULL,
          `Failed to store the attached files: the store holds ${bytes} bytes of files, and ${size} more would pass its limit of ${BLOB_BYTE_LIMIT}. Reset the store.`,
        )
    },

    async insert(blob: StoredBlob): Promise<StoredBlob> {
      this.ensureRoom(0, blob.byte_size)
      const record = await table.insert(blob)
      bytes += record.byte_size
      return record
    },

    clear(): void {
      table.clear()
      bytes = 0
    },
  }
}
