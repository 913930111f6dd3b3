// A Vue 3 app: `@xinfang/elements/vue` adds the tags to Vue's `GlobalComponents` (what Volar checks templates
// against: `:clock="…"`, `@xf-submit="…"`); here the same types are checked with `h()`.
import type { PetitionInput } from '@xinfang/core/schema';
import type {} from '@xinfang/elements/vue';
import '@xinfang/elements/define';
import { type GlobalComponents, h } from 'vue';

declare const IntakeForm: GlobalComponents['xf-intake-form'];
declare const Timeline: GlobalComponents['xf-petition-timeline'];
declare const CommandForm: GlobalComponents['xf-command-form'];

export function render(onPetition: (petition: PetitionInput) => void) {
  return [
    h(IntakeForm, {
      mode: 'staff',
      clock: () => '2025-09-20T01:30:00.000Z',
      onXfSubmit: (event) => onPetition(event.detail),
      onXfChange: (event) => console.log(event.detail.path),
    }),
    h(Timeline, { events: [], label: '办理记录' }),
    h(CommandForm, {
      command: 'urge',
      fields: [{ name: 'text', kind: 'textarea', label: '内容' }],
      onXfSubmit: (event) => console.log(event.detail.command.type, event.detail.options),
    }),
    // @ts-expect-error `mode` is 'public' | 'staff'
    h(IntakeForm, { mode: 'nobody' }),
    // @ts-expect-error `events` is a list of petition events
    h(Timeline, { events: 'none' }),
  ];
}
