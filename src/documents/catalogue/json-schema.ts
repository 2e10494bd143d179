import { z } from 'zod';
import { catalogueSchema } from './schema.js';

/**
 * The JSON Schema of the catalogue, generated from the zod schema so the two cannot drift;
 * committed as docs/catalogue.schema.json (a test checks the file is up to date). Write it
 * with `npx tsx src/documents/catalogue/json-schema.ts`.
 */
export function catalogueJsonSchema(): string {
  const schema = z.toJSONSchema(catalogueSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
  return `${JSON.stringify({ $id: 'https://weegschaal.example/catalogue.schema.json', ...schema }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../../../docs/catalogue.schema.json', import.meta.url), catalogueJsonSchema());
}
