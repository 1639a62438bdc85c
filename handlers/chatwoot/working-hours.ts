import type { WorkingHour } from './generated/openapi.js'
import type { StoredInbox } from './store.js'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/**
 * `OutOfOffisable#out_of_office?`: the inbox keeps working hours, and today's (the weekday in the
 * inbox's time zone) are closed now. Open means from the opening minute to the closing minute,
 * both included (`between?` of times whose seconds `change` zeroed): at 17:00:30 an inbox that
 * closes at 17:00 is closed; `open_all_day` is 00:00 to 23:59, as Rails saves it. A day the
 * schedule does not list counts as open.
 */
export function isOutOfOffice(inbox: StoredInbox, now: Date): boolean {
  if (!inbox.working_hours_enabled) return false
  const local = readLocalTime(now, inbox.timezone)
  const today = inbox.working_hours.find((hours) => hours.day_of_week === local.weekday)
  return today !== undefined && !isOpenAt(today, local.millisecondOfDay)
}

function isOpenAt(hours: WorkingHour, millisecondOfDay: number): boolean {
  if (hours.closed_all_day) return false
  const [openHour, openMinutes, closeHour, closeMinutes] = hours.open_all_day
    ? [0, 0, 23, 59]
    : [hours.open_hour, hours.open_minutes, hours.close_hour, hours.close_minutes]
  if (openHour === null || openMinutes === null || closeHour === null || closeMinutes === null) return false
  const minute = 60_000
  return (
    millisecondOfDay >= (openHour * 60 + openMinutes) * minute &&
    millisecondOfDay <= (closeHour * 60 + closeMinutes) * minute
  )
}

/** The weekday (0 is Sunday) and the time of day of an instant in a time zone (UTC when the name is unknown). */
function readLocalTime(now: Date, timeZone: string): { weekday: number; millisecondOfDay: number } {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
  } catch {
    return readLocalTime(now, 'UTC')
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]))
  return {
    weekday: WEEKDAYS.indexOf(parts.weekday!),
    millisecondOfDay:
      ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + now.getUTCMilliseconds(),
  }
}
