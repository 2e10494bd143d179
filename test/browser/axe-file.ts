/**
 * The name under which the browser project's build of the web app also holds axe-core
 * (browser-setup.ts): a test build only, never the app's own build.
 */
export const AXE_FILE = 'axe-core-for-tests.min.js';
