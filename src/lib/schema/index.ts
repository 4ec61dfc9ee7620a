export { disclosureSchema } from './disclosure.ts';
export type * from './disclosure.ts';
export { regionSchema, type Region } from './region.ts';
export { departmentSchema, type Department } from './department.ts';
export { classificationSchema, type Classification, type ClassificationEntry } from './classification.ts';
