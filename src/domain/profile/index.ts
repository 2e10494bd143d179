// The schemas (zod) and the rule apart: the web app imports the rule from build.ts without building the schemas.
export * from './schema.js';
export * from './build.js';
