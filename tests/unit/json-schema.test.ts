import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/lib/schema/json-schema.ts';

describe('committed JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s.schema.json matches the zod schema (run npm run schema:json)', (name, schema) => {
    expect(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8'))).toEqual(schema);
  });

  it('accepts numbers or text for amounts, as YAML editors see them', () => {
    const disclosure = jsonSchemas().disclosure as { properties: { income: { properties: { general_budget: unknown } } } };
    expect(JSON.stringify(disclosure.properties.income.properties.general_budget)).toContain('number');
    expect(JSON.stringify(disclosure.properties.income.properties.general_budget)).toContain('string');
  });
});
