import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages (@xinfang/core) are read from their TypeScript sources through the custom
// `source` export condition, so Storybook needs no prior build of the core.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
});
