// Vue 3 with single-file components (@vitejs/plugin-vue): vite.config.js tells the template compiler that `xf-`
// tags are custom elements; `npm run typecheck` (vue-tsc) checks App.vue's template against their types.
import '@xinfang/elements/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
