/** One `key=value` of a query string or a cookie header, both already escaped. */
export type QueryPair = [key: string, value: string]
