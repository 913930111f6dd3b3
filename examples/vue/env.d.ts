// The elements' types for Vue templates (`GlobalComponents`: props, `@xf-submit` payloads), and `.vue` imports.
import type {} from '@xinfang/elements/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}
