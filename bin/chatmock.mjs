#!/usr/bin/env node
/**
 * The command line. Published, it runs dist/cli.mjs, bundled when the package was built. In a clone
 * of the repository (the sources beside it) it first bundles them again whenever one is newer than
 * the bundle, or there is none yet, so that `npx chatmock` and `npm start` run what is in the tree
 * and a fresh `npm ci` needs no install script.
 */
import { existsSync } from 'node:fs'

if (existsSync(new URL('../src/cli/main.ts', import.meta.url)))
  await (await import('../scripts/ensure-cli-bundle.mjs')).ensureCliBundle()
await import('../dist/cli.mjs')
