#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import '../builtin-apis.js'
import { resolvePackageFile } from './package-root.js'
import { createProcessIo } from './process-io.js'
import { runCli } from './run-cli.js'

const version = (JSON.parse(readFileSync(resolvePackageFile('package.json'), 'utf8')) as { version: string }).version

process.exitCode = await runCli(process.argv.slice(2), createProcessIo(), version)
