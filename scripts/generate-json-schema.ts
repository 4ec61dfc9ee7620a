// Writes schemas/*.schema.json from the zod schemas, for YAML editors.
// `npm run schema:json` after changing src/lib/schema; a test fails when they drift.
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/schema/json-schema.ts';

mkdirSync('schemas', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`schemas/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`schemas/${name}.schema.json`);
}
