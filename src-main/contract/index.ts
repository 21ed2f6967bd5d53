export * from './errors.js';
export * from './result.js';
export * from './types.js';
export * from './events.js';
export * from './methods.js';
export * from './method-names.js';
export * from './api-shape.js';
export * from './catalog.schema.js';
