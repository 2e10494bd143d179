export * from './legacy.js';
export * from './suggest.js';
export { diplomaRanks, educationClauses, educationFit, seniorityHits, yearsAsked } from './cues.js';
export { terms, splitCompound } from './text.js';
