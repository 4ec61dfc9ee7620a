// data/<region>/<dept>/department.yaml: the stable identity of a department across years.
import { z } from 'zod';
import { nonEmpty, slug, text, pattern } from './primitives.ts';

export const departmentSchema = z
  .object({
    name: nonEmpty.meta({ description: 'Current name, e.g. 临汾市行政审批服务管理局.' }),
    name_en: nonEmpty.optional().meta({ description: 'Name on English pages, e.g. Linfen Administrative Approval Services Bureau. Without it English pages show the Chinese name, marked as Chinese.' }),
    short_name: z.string().optional().meta({ description: 'Short name for tight spaces, e.g. 行政审批局.' }),
    aliases: z.array(z.string()).optional().meta({ description: 'Former names and second name plates.' }),
    code: z.string().regex(pattern(/^\d{3,9}$/, 'schema/code', 'department')).optional().meta({ description: '主管部门编码 as printed.' }),
    type: slug.optional().meta({
      description:
        'The kind of department, for comparing peers: departments of the same type are compared with each other, e.g. xingzheng-shenpi for every 行政审批服务管理局. Lowercase ASCII and hyphens; the default is the department’s folder name.',
    }),
    note: text.optional(),
  })
  .strict();

export type Department = z.output<typeof departmentSchema>;
