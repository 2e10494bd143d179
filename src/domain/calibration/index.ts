export * from './find-findings.js';
export { normaliseTitle, cosine, tfIdfVectors, similarityIndex, digest } from './similarity.js';
export { isOwnDeviation, justificationCovers } from './justification.js';
