// Vue 3 with an in-DOM/string template: tell the compiler that `xf-` tags are custom elements. With a build
// step (@vitejs/plugin-vue) the same option goes to `vue({ template: { compilerOptions: { isCustomElement } } })`.
import '@xinfang/elements/define';
import { createApp, ref } from 'vue';

const app = createApp({
  setup() {
    const label = { zh: '办结期限', en: 'conclusion due' };
    const submitted = ref(null);
    return { label, submitted, onSubmit: (e) => (submitted.value = e.detail) };
  },
  template: `
    <main>
      <h1>信访事项</h1>
      <xf-deadline-badge id="due" due="2025-10-09" now="2025-10-08T09:00:00+08:00" :label="label"></xf-deadline-badge>
      <xf-intake-form id="petition" lang="zh-CN" @xf-submit="onSubmit"></xf-intake-form>
      <output v-if="submitted" id="submitted">{{ submitted.subject }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('xf-');
app.mount('#app');
