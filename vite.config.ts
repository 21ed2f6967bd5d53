import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // Chromium (the kiosk's only browser) preloads modules natively: no polyfill in the first script.
    modulePreload: { polyfill: false },
  },
});
