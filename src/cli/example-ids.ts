import { importApis, isApiId, listApiIds } from '../openapi/catalog.js'

/** Two API ids for the examples of a command's help: the first registered ones. */
export function exampleIds(): [string, string] {
  const [first = 'my-api', second = first] = listApiIds()
  return [first, second]
}

/** Loads the built-in APIs the examples name: a command's help quotes one of their operations. */
export async function importExampleApis(): Promise<void> {
  await importApis(exampleIds().filter(isApiId))
}
