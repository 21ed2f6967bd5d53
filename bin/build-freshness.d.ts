/** The file scripts/build-main.mjs writes when a build of the main process is complete. */
export const BUILD_STAMP: string;
/** True when `root` has a complete main build newer than its sources (or no sources: a packaged kiosk). */
export function buildIsCurrent(root: string): boolean;
