// JSON Schema for editors. YAML editors see unquoted numbers as numbers, so every field that
// takes numeric text accepts a number or a string here; the loader still reads the source text.
import { z } from 'zod';
import { NUMERIC_TEXT } from './primitives.ts';
import { disclosureSchema } from './disclosure.ts';
import { regionSchema } from './region.ts';
import { departmentSchema } from './department.ts';
import { classificationSchema } from './classification.ts';
import { portalSchema } from './portal.ts';
import { templateSchema } from './template.ts';

function toJson(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = z.globalRegistry.get(ctx.zodSchema) as Record<string, unknown> | undefined;
      if (meta?.[NUMERIC_TEXT]) {
        const { description } = ctx.jsonSchema;
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, { anyOf: [{ type: 'number' }, { type: 'string' }], ...(description ? { description } : {}) });
      }
    },
  }) as Record<string, unknown>;
  return { ...json, title };
}

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  return {
    disclosure: toJson(disclosureSchema, 'Gongkai disclosure (data/<region>/<dept>/<year>.yaml)'),
    region: toJson(regionSchema, 'Gongkai region (data/<region>/region.yaml)'),
    department: toJson(departmentSchema, 'Gongkai department (data/<region>/<dept>/department.yaml)'),
    classification: toJson(classificationSchema, 'Gongkai classification (data/classifications/*.yaml)'),
    portal: toJson(portalSchema, 'Gongkai portal settings (portal.yaml)'),
    template: toJson(templateSchema, 'Gongkai template (templates/<id>.yaml, data/templates/<id>.yaml)'),
  };
}
