// npm run client: writes the typed client's types (clients/typescript/src/openapi.ts) from
// openapi/openapi.json with openapi-typescript. test/client.test.ts fails when they are out of date.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const root = path.resolve(import.meta.dirname, '..')
export const documentFile = path.join(root, 'openapi/openapi.json')
export const typesFile = path.join(root, 'clients/typescript/src/openapi.ts')

const header = `// Generated from openapi/openapi.json by \`npm run client\` (openapi-typescript). Do not edit: change the
// routes' schemas, run \`npm run openapi\`, then \`npm run client\`.
/* eslint-disable */
`

/** The client's types for the document as it is committed. */
export async function clientTypes(): Promise<string> {
  const document = JSON.parse(await readFile(documentFile, 'utf8')) as Parameters<typeof openapiTS>[0]
  const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: false })
  return header + astToString(ast)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(typesFile, await clientTypes())
  console.log(`Wrote ${path.relative(process.cwd(), typesFile)}`)
}
