// Angular (standalone component, zoneless) with CUSTOM_ELEMENTS_SCHEMA: `[label]` sets the element's property,
// `(xf-submit)` listens to its event. Plain JavaScript with the JIT compiler so that it runs without the Angular
// CLI; in a CLI app the same component is a TypeScript class with @Component({ schemas: [CUSTOM_ELEMENTS_SCHEMA] }).
import '@angular/compiler';
import '@xinfang/elements/define';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';

class AppComponent {
  label = { zh: '办结期限', en: 'conclusion due' };
  submitted = signal(null);
  onSubmit(event) {
    this.submitted.set(event.detail);
  }
}

Component({
  selector: 'xf-example-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>信访事项</h1>
    <xf-deadline-badge id="due" due="2025-10-09" now="2025-10-08T09:00:00+08:00" [label]="label"></xf-deadline-badge>
    <xf-intake-form id="petition" lang="zh-CN" (xf-submit)="onSubmit($event)"></xf-intake-form>
    @if (submitted(); as payload) {
      <output id="submitted">{{ payload.subject }}</output>
    }
  `,
})(AppComponent);

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) =>
  console.error(error),
);
