const DAY_MS = 86_400_000

/**
 * The server's CSAT lock: `(Time.zone.now.to_date - created_at.to_date).to_i > 14`, calendar days
 * in UTC, so a survey sent at 23:59 is locked from the 15th midnight after, and one dated in the
 * future never is.
 */
export function isCsatLocked(createdAtSeconds: number, now: Date): boolean {
  const today = Math.floor(now.getTime() / DAY_MS)
  const sentOn = Math.floor((createdAtSeconds * 1000) / DAY_MS)
  return today - sentOn > 14
}

export const CSAT_LOCKED = { error: 'You cannot update the CSAT survey after 14 days' }
