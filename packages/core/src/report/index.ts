export { computeLineStarts, positionAt, rangeOf } from './positions.js';
export { summarise, compareDiagnostics } from './summary.js';
