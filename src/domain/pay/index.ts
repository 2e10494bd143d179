/**
 * Pay transparency (directive 2023/970, issue 16): the pay record and its validation, the
 * category of a person, the Art. 9 indicators with suppression and the adjusted gap by the
 * Logib standard model. Pure: numbers and codes, no I/O. docs/pay-transparency.md.
 */
export * from './record.js';
export * from './category.js';
export * from './indicators.js';
export * from './adjusted-gap.js';
export * from './report.js';
export { ALIAS_TOLERANCE, type LeastSquaresFit, leastSquares } from './least-squares.js';
export { regularizedIncompleteBeta, studentTCdf, studentTTwoSidedP } from './student-t.js';
export * from './follow-up.js';
export * from './pay-request.js';
