/** A time as the public API renders it (`.to_i`): whole Unix seconds. */
export function toUnixSeconds(time: Date): number {
  return Math.floor(time.getTime() / 1000)
}
