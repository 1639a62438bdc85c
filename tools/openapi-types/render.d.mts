/** The TypeScript declarations of an OpenAPI document, as openapi-typescript writes them. */
export function renderOpenapiTypes(document: object): Promise<string>
