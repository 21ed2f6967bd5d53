/** The app's version for `kiosk --version`, without loading the app. */
export { appVersion } from '../core/app-version.js';
