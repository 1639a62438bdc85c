// The baseline of the benchmark: bare Express 5 answering res.json with the bodies chatmock gives.
// Usage: node bench/bare-express.mjs <port> <bodies.json>
import { readFileSync } from 'node:fs'
import express from 'express'

const [port, file] = process.argv.slice(2)
const bodies = JSON.parse(readFileSync(file, 'utf8'))
const app = express()
app.get('/chats', (request, response) => void response.json(bodies.list))
app.get('/chats/1', (request, response) => void response.json(bodies.get))
app.post('/chat-messages', (request, response) => void response.json(bodies.post))
app.listen(Number(port), '127.0.0.1')
