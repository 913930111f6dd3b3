// Plain TypeScript in the browser, no framework: listeners get the element's own typed events under `strict`.
import type { PetitionInput } from '@xinfang/core/schema';
import '@xinfang/elements/intake-form';
import '@xinfang/elements/reply-form';
import type { ReplyPayload } from '@xinfang/elements';

const intake = document.querySelector('xf-intake-form');
intake?.addEventListener('xf-submit', (event) => {
  const petition: PetitionInput = event.detail;
  const subject: string = event.detail.subject;
  console.log(petition, subject);
});
intake?.addEventListener('xf-invalid', (event) => console.log(event.detail.issues.map((issue) => issue.path)));
intake?.addEventListener('click', (event) => console.log(event.clientX));
intake?.addEventListener('xf-submit', (event) => {
  // @ts-expect-error `detail` is the PetitionInput, not a string
  const wrong: string = event.detail;
  console.log(wrong);
});

const reply = document.createElement('xf-reply-form');
reply.clock = () => '2025-09-20T01:30:00.000Z';
reply.addEventListener('xf-submit', (event) => {
  const payload: ReplyPayload = event.detail;
  console.log(payload.letter.title);
});
// @ts-expect-error `clock` is a function
reply.clock = '2025-09-20T01:30:00.000Z';

// The staff-only command form, from its own entry: the detail is the command and the options ticked with it.
import '@xinfang/elements/command-form';
import type { CommandField, CommandSubmitDetail } from '@xinfang/elements';

const action = document.createElement('xf-command-form');
const fields: CommandField[] = [
  { name: 'reason', kind: 'textarea', label: { zh: '理由', en: 'Reason' }, required: true },
];
action.command = 'transfer';
action.fields = fields;
action.check = (command) => (command.type === 'transfer' ? { ok: true } : undefined);
action.addEventListener('xf-submit', (event) => {
  const detail: CommandSubmitDetail = event.detail;
  const type: string = event.detail.command.type;
  console.log(detail.options, type);
});
// @ts-expect-error a field's kind is one of the known kinds
action.fields = [{ name: 'reason', kind: 'html', label: 'x' }];
