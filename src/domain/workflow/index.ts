export * from './schema.js';
export * from './transitions.js';
export * from './transition.js';
export * from './deadlines.js';
export * from './calendar.js';
export * from './periods.js';
export * from './current-class.js';
export * from './blockers.js';
