export { computeLineStarts, positionAt, rangeOf } from './positions.js';
export { summarise, compareDiagnostics } from './summary.js';
export { reviewContext, type ReviewContext, type ReviewDocument, type ReviewRow, type ReviewCell } from './review.js';
