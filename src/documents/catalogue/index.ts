export * from './schema.js';
export * from './export.js';
export * from './parse.js';
export * from './csv.js';
export { catalogueJsonSchema } from './json-schema.js';
