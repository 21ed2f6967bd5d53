import type { Linter } from 'eslint';

/** The layering rules (ARCHITECTURE.md), exported so a test can show them failing on bad imports. */
export declare const layering: Linter.Config[];
declare const config: Linter.Config[];
export default config;
