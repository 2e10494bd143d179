export * from './schema.js';
export * from './validate.js';
export * from './load.js';
export * from './query.js';
export * from './class-filter.js';
