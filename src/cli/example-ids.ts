import { listApiIds } from '../openapi/catalog.js'

/** Two API ids for the examples of a command's help: the first registered ones. */
export function exampleIds(): [string, string] {
  const [first = 'my-api', second = first] = listApiIds()
  return [first, second]
}
