// A bare node:http server, the anchor for start-up: `node bench/bare-http.mjs <port>`.
import { createServer } from 'node:http'

createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{}')).listen(
  Number(process.argv[2]),
  '127.0.0.1',
)
