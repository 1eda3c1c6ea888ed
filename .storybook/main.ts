// Storybook 10 for designers: `npm run storybook` (dev) and `npm run build-storybook`
// (static, storybook-static/; test/ship/storybook.mjs walks every story of it).
// Both run `npm run analyze` first: controls and docs come from dist/custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Offline, quiet builds: no telemetry, no update checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The bundled data, at /data/wisg-projects.json, for the stories that load by `src`.
  staticDirs: [{ from: '../data', to: '/data' }],
  viteFinal(viteConfig) {
    // Source maps are for debugging the dev server; the static build stays small and fast.
    return { ...viteConfig, build: { ...viteConfig.build, sourcemap: false, chunkSizeWarningLimit: 4000 } };
  },
};

export default config;
