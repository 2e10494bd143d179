export * from './read-legacy-file.js';
export { splitLegacyText } from './sections.js';
