import { listDocFiles } from './read-docs.js'
import { describeDocs } from './run-docs.js'

// The README and the guides (the rest of the docs is in reference.test.ts): every shell block run as a reader would run it.
describeDocs(listDocFiles().filter((file) => file === 'README.md' || file.startsWith('docs/guides/')))
