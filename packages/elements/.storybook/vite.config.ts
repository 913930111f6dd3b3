import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages (@xinfang/core) are read from their TypeScript sources through the custom
// `@xinfang/source` export condition, so Storybook needs no prior build of the core.
export default defineConfig({
  resolve: { conditions: ['@xinfang/source', ...defaultClientConditions] },
  // Storybook's web-components renderer imports lit/directive-helpers.js; pre-bundling it with the rest of Lit
  // keeps one copy of lit-html in `storybook dev` (otherwise Lit warns "Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
});
