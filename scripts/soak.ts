/**
 * `npm run soak`: the HTTP soak (mixed load, RSS within 20%), then the real-time soak (200 open
 * connections, a message a second, RSS within 10%), each at least 60 s on 127.0.0.1. Exits 1 when
 * either fails. On demand, never in CI.
 */
import { parseArgs } from 'node:util'
import { runHttpSoak } from './soak-http.js'
import { runRealtimeSoak } from './soak-realtime.js'

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, help: { type: 'boolean', short: 'h' } },
})
if (values.help) {
  console.log('Usage: npm run soak -- [--seconds <60 to 600>]   (each part runs that long)')
  process.exit(0)
}
const seconds = Number(values.seconds)
if (!Number.isInteger(seconds) || seconds < 60 || seconds > 600) {
  console.error(`soak: --seconds must be an integer from 60 to 600 (got "${values.seconds}")`)
  process.exit(1)
}
const http = await runHttpSoak(seconds)
const realtime = await runRealtimeSoak(seconds)
process.exit(http && realtime ? 0 : 1)
