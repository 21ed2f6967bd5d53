/** Shared with the district server: defined in src-protocol/feedback.ts. */
export * from '../../src-protocol/feedback.js';
