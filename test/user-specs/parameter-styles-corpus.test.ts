import document from '@readme/oas-examples/3.1/json/parameters-style.json' with { type: 'json' }
import type { OpenAPIV3_1 } from 'openapi-types'
import { expect, it } from 'vitest'
import { compileParameterReader } from '../../src/contract/deserialize-parameters.js'
import { createApiSpec } from '../../src/contract/create-api-spec.js'
import { parseQuery } from '../../src/contract/locate-request.js'

// ReadMe's parameters-style.yaml (@readme/oas-examples, a document nobody here wrote) declares every
// style and explode of OpenAPI 3.1 for a primitive, an array and an object in each location; each
// of its operations reads the values of OpenAPI's style table.

const api = createApiSpec({
  id: 'parameters-style',
  // The JSON's inferred type is narrower than openapi-types' (its styles are plain strings).
  document: document as unknown as OpenAPIV3_1.Document,
})
const values = { primitive: 'blue', array: ['blue', 'black', 'brown'], object: { name: 'Rex', description: 'dog' } }

function read(
  operationId: string,
  raw: { path?: Record<string, string>; search?: string; headers?: Record<string, string> },
) {
  const operation = api.operations.find((candidate) => candidate.operationId === operationId)!
  const result = compileParameterReader(
    api.document,
    operation.parameters,
  )({
    path: raw.path ?? {},
    query: parseQuery(raw.search ?? ''),
    headers: raw.headers ?? {},
  })
  expect(result.unreadable, operationId).toEqual([])
  expect(result.repeated, operationId).toEqual([])
  return result
}

it('reads the cookie parameters of every form style of the document', () => {
  const exploded = 'primitive=blue; array=blue; array=black; array=brown; name=Rex; description=dog'
  expect(read('cookies_standard', { headers: { cookie: exploded } }).cookie).toEqual(values)
  expect(read('cookies_form_exploded', { headers: { cookie: exploded } }).cookie).toEqual(values)
  const cookie = 'primitive=blue; array=blue,black,brown; object=name,Rex,description,dog'
  expect(read('cookies_form_nonExploded', { headers: { cookie } }).cookie).toEqual(values)
})

it('reads the header parameters of every simple style of the document', () => {
  const headers = { primitive: 'blue', array: 'blue,black,brown', object: 'name,Rex,description,dog' }
  expect(read('headers_standard', { headers }).header).toEqual(values)
  expect(read('headers_simple_nonExploded', { headers }).header).toEqual(values)
  expect(
    read('headers_simple_exploded', { headers: { ...headers, object: 'name=Rex,description=dog' } }).header,
  ).toEqual(values)
})

it('reads the path parameters of every simple, matrix and label style of the document', () => {
  const simple = { primitive: 'blue', array: 'blue,black,brown', object: 'name,Rex,description,dog' }
  expect(read('paths_standard', { path: simple }).path).toEqual(values)
  expect(read('paths_simple_nonExploded', { path: simple }).path).toEqual(values)
  expect(read('paths_simple_exploded', { path: { ...simple, object: 'name=Rex,description=dog' } }).path).toEqual(
    values,
  )
  const matrix = {
    primitive: ';primitive=blue',
    array: ';array=blue,black,brown',
    object: ';object=name,Rex,description,dog',
  }
  expect(read('paths_matrix_nonExploded', { path: matrix }).path).toEqual(values)
  expect(
    read('paths_matrix_exploded', {
      path: {
        primitive: ';primitive=blue',
        array: ';array=blue;array=black;array=brown',
        object: ';name=Rex;description=dog',
      },
    }).path,
  ).toEqual(values)
  const label = { primitive: '.blue', array: '.blue,black,brown', object: '.name,Rex,description,dog' }
  expect(read('paths_label_nonExploded', { path: label }).path).toEqual(values)
  expect(
    read('paths_label_exploded', {
      path: { primitive: '.blue', array: '.blue.black.brown', object: '.name=Rex.description=dog' },
    }).path,
  ).toEqual(values)
})

it('reads the query parameters of every form, delimited and deepObject style of the document', () => {
  const exploded = 'primitive=blue&array=blue&array=black&array=brown&name=Rex&description=dog'
  expect(read('query_standard', { search: exploded }).query).toEqual(values)
  expect(read('query_form_exploded', { search: exploded }).query).toEqual(values)
  expect(
    read('query_form_nonExploded', { search: 'primitive=blue&array=blue,black,brown&object=name,Rex,description,dog' })
      .query,
  ).toEqual(values)
  const { array, object } = values
  expect(
    read('query_spaceDelimited_nonExploded', {
      search: 'array=blue%20black%20brown&object=name%20Rex%20description%20dog',
    }).query,
  ).toEqual({ array, object })
  expect(
    read('query_pipeDelimited_nonExploded', { search: 'array=blue|black|brown&object=name|Rex|description|dog' }).query,
  ).toEqual({ array, object })
  expect(read('query_deepObject_nonExploded', { search: 'object[name]=Rex&object[description]=dog' }).query).toEqual({
    object,
  })
})
