// The citizen's phone page for 从手机上传: its own small Vite entry (src-phone/, no framework), built to
// dist/phone and served by the district server under /phone/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src-phone',
  base: '/phone/',
  build: {
    outDir: '../dist/phone',
    emptyOutDir: true,
    // Phones in the hall's villages run older browsers than the kiosk's Chromium.
    target: ['es2019', 'chrome70', 'safari12'],
    sourcemap: false,
  },
});
