/** A request in the small shape every runtime produces cheaply: what the pipeline takes. */
export interface MockRequest {
  method: string
  /** The path relative to the API's base (documented server URL or mount prefix), still encoded. */
  path: string
  /** The query string without `?`. */
  search: string
  /** Lower-cased names. */
  headers: Record<string, string>
  /** The raw body (bytes, or text); `undefined` or empty for none. */
  body?: Uint8Array | string
}
