/** Shared with the district server: defined in src-protocol/hall-name.ts. */
export * from '../../src-protocol/hall-name.js';
