// Runs openapi-typescript, which needs TypeScript 5's JavaScript API, from this workspace's own
// node_modules (the project itself uses TypeScript 7): docs/decisions/0004-openapi-typescript.md.
import openapiTS, { astToString } from 'openapi-typescript'

/**
 * The TypeScript declarations of an OpenAPI document, as openapi-typescript writes them: `paths`,
 * `components`, `operations`, and a type alias per component schema (`Chat`, `PublicMessage`, …).
 *
 * @param {object} document the parsed OpenAPI document
 * @returns {Promise<string>}
 */
export async function renderOpenapiTypes(document) {
  const ast = await openapiTS(structuredClone(document), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    alphabetize: false,
    silent: true,
  })
  return astToString(ast)
}
