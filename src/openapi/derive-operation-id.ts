/**
 * A stable operationId for an operation that has none, from its method and path:
 * `GET /pets/{petId}/photos` → `getPetsByPetIdPhotos`. The same document always gives the same ids;
 * `chatmock spec <file> --operations` prints them.
 */
export function deriveOperationId(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)
      return param ? `By${toPascal(param[1]!)}` : toPascal(segment)
    })
  return `${method}${words.join('') || 'Root'}`
}

function toPascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}
