/** The district protocol now lives in src-protocol/ (shared with the server); this path re-exports it. */
export * from '../../src-protocol/index.js';
