// The `.vue` files are compiled at build time; the template compiler leaves `xf-` tags to the browser as custom
// elements (their properties set with `:prop`, their events heard with `@xf-…`).
import vue from '@vitejs/plugin-vue';

export default {
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('xf-') } } })],
};
