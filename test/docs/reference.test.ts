import { listDocFiles } from './read-docs.js'
import { describeDocs } from './run-docs.js'

// Every doc that guides.test.ts does not run: the reference, the design decisions, each API's README.
describeDocs(listDocFiles().filter((file) => file !== 'README.md' && !file.startsWith('docs/guides/')))
