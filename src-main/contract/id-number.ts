/** Shared with the district server: defined in src-protocol/id-number.ts. */
export * from '../../src-protocol/id-number.js';
