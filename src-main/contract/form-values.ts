/** Shared with the district server: defined in src-protocol/form-values.ts. */
export * from '../../src-protocol/form-values.js';
