export * from './actor.js';
export * from './resources.js';
export * from './predicates.js';
export * from './rules.js';
export * from './authorize.js';
export * from './roles-table.js';
export * from './available-actions.js';
export * from './people-scope.js';
