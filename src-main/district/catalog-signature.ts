/** The catalog signature now lives in src-protocol/ (shared with the server); this path re-exports it. */
export * from '../../src-protocol/catalog-signature.js';
