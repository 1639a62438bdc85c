/** An image's pixel size, as ActiveStorage's analyzer records it (`metadata[:width]`, `[:height]`). */
export interface ImageSize {
  width: number
  height: number
}

/**
 * The width and height written in the header of a PNG, GIF, JPEG, WebP or BMP file; undefined
 * for bytes of another kind, or a header cut short. Reads only the bytes the header takes.
 */
export function readImageSize(bytes: Uint8Array): ImageSize | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return readPng(bytes)
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return readGif(bytes)
  if (startsWith(bytes, [0xff, 0xd8])) return readJpeg(bytes)
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 4) === 'WEBP') return readWebp(bytes)
  if (startsWith(bytes, [0x42, 0x4d])) return readBmp(bytes)
  return undefined
}

/** The IHDR chunk comes first: width and height as big-endian 32-bit integers at 16 and 20. */
function readPng(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 24 || ascii(bytes, 12, 4) !== 'IHDR') return undefined
  return sized(view(bytes).getUint32(16), view(bytes).getUint32(20))
}

/** The logical screen: little-endian 16-bit width and height at 6 and 8. */
function readGif(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 10) return undefined
  return sized(view(bytes).getUint16(6, true), view(bytes).getUint16(8, true))
}

/** The first start-of-frame segment (SOF0 to SOF15, but DHT, JPG and DAC) holds height, then width. */
function readJpeg(bytes: Uint8Array): ImageSize | undefined {
  let offset = 2
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1]!
    // Fill bytes, and markers without a length (standalone ones).
    if (marker === 0xff) {
      offset++
      continue
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
      offset += 2
      continue
    }
    const length = view(bytes).getUint16(offset + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return sized(view(bytes).getUint16(offset + 7), view(bytes).getUint16(offset + 5))
    offset += 2 + length
  }
  return undefined
}

/** A lossy (`VP8 `), lossless (`VP8L`) or extended (`VP8X`) WebP: each writes its size its own way. */
function readWebp(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 30) return undefined
  const data = view(bytes)
  switch (ascii(bytes, 12, 4)) {
    case 'VP8 ':
      return sized(data.getUint16(26, true) & 0x3fff, data.getUint16(28, true) & 0x3fff)
    case 'VP8L': {
      const bits = data.getUint32(21, true)
      return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1)
    }
    case 'VP8X':
      return sized(readUint24(bytes, 24) + 1, readUint24(bytes, 27) + 1)
    default:
      return undefined
  }
}

/** BITMAPINFOHEADER: little-endian 32-bit width and height at 18 and 22 (a negative height is top-down). */
function readBmp(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 26) return undefined
  return sized(Math.abs(view(bytes).getInt32(18, true)), Math.abs(view(bytes).getInt32(22, true)))
}

function sized(width: number, height: number): ImageSize | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte)
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length))
}

function readUint24(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16)
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
