import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url))

const IN_PROCESS_SUITES = [
  'test/msw-lowest/*.test.ts',
  'test/mock/drift-guard.test.ts',
  'test/scenarios/*.test.ts',
  'test/realtime/{action-cable,chatwoot-cable,chatwoot-replies,limits,toggl-stream}.test.ts',
  'test/frontend/{steering-and-faults,unknown-names}.test.ts',
  'test/user-specs/in-process-user-specs.test.ts',
]

export default defineConfig({
  resolve: {
    // The README's examples import the package by its name; here that name is the sources.
    alias: [
      { find: /^chatmock\/node$/, replacement: src('node.ts') },
      { find: /^chatmock\/vitest$/, replacement: src('vitest.ts') },
      { find: /^chatmock$/, replacement: src('index.ts') },
    ],
  },
  test: {
    testTimeout: 20_000,
    // Node 20 has a global WebSocket (which msw's ws interception needs) only with this flag; Node 22 has it by default.
    execArgv: ['--experimental-websocket'],
    // Every core: the default leaves one free, which on two cores runs the files one at a time.
    maxWorkers: 2,
    // One module registry per worker, not per file: importing the APIs' generated validators once per
    // worker instead of once per file halves the run. Every file cleans up after itself (servers
    // closed, stores reset), which this relies on.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'chatmock',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/readme/**', 'test/msw-lowest/**', 'test/package/**'],
          setupFiles: ['test/support/register-builtins.ts', 'test/support/no-process-warnings.ts'],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      // The suites that run msw in process, again on the lowest msw of chatmock's peer range (the
      // devDependency msw-lowest): the tests and chatmock both import it as `msw` here.
      {
        extends: true,
        resolve: { alias: [{ find: /^msw(?=\/|$)/, replacement: 'msw-lowest' }] },
        test: {
          name: 'msw-lowest',
          include: IN_PROCESS_SUITES,
          setupFiles: ['test/support/register-builtins.ts', 'test/support/no-process-warnings.ts'],
        },
      },
      // What uses the package as published, built once per run by the project's global setup, on a budget of its own.
      {
        extends: true,
        test: {
          name: 'package',
          include: ['test/package/*.test.ts'],
          setupFiles: ['test/support/no-process-warnings.ts'],
          globalSetup: ['test/support/build-package.ts'],
        },
      },
      // The README's vitest setup file and test, verbatim, driving a test suite of their own.
      {
        extends: true,
        test: {
          name: 'readme-setup',
          include: ['test/readme/*.test.ts'],
          setupFiles: ['test/support/no-process-warnings.ts', 'test/readme/vitest.setup.ts'],
        },
      },
    ],
  },
})
