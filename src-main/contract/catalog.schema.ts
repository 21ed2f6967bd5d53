/** Shared with the district server: defined in src-protocol/catalog.schema.ts. */
export * from '../../src-protocol/catalog.schema.js';
