/** How a piece of a value (an item, a key, a property's value) is escaped where it is sent; delimiters are written around it as they are. */
export type Encode = (text: string) => string

/** A header carries text as it is. */
export function keepText(text: string): string {
  return text
}

/**
 * `allowReserved` (query): RFC 3986's reserved characters pass unescaped, but for those a query
 * string reads as its own (`&`, `+`, `#`, and `[` `]`, which a query may not carry) and `%`, so
 * that a value is sent as the value it is, not read as an escape.
 */
export function encodeReserved(text: string): string {
  return encodeURIComponent(text).replace(/%(3A|2F|3F|40|24|2C|3B|3D)/gi, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  )
}
