// A React 18 app using the `@lit/react` wrappers of `@xinfang/elements/react`, type-checked against @types/react 18.
import type { ReceptionPayload } from '@xinfang/elements';
import { XfIntakeForm, XfReceptionForm, XfReplyForm } from '@xinfang/elements/react';
import type { VFC } from 'react';

const clock = (): string => '2025-09-20T01:30:00.000Z';

// `VFC` is gone from React 19's types: this file really compiles against React 18's.
export const App: VFC<{ onVisit: (visit: ReceptionPayload) => void }> = ({ onVisit }) => (
  <>
    <XfIntakeForm
      mode="public"
      lang="zh-CN"
      clock={clock}
      onXfSubmit={(event) => {
        const subject: string = event.detail.subject;
        console.log(subject);
      }}
      onXfInvalid={(event) => console.log(event.detail.issues.length)}
    />
    <XfReceptionForm clock={clock} representativesLimit={3} onXfSubmit={(event) => onVisit(event.detail)} />
    <XfReplyForm kind="acceptance" organ="市信访局" />
    {/* @ts-expect-error `clock` is a function, not a string */}
    <XfIntakeForm clock="2025-09-20T01:30:00.000Z" />
    {/* @ts-expect-error `representativesLimit` is a number */}
    <XfReceptionForm representativesLimit="3" />
    <XfIntakeForm
      onXfSubmit={(event) => {
        // @ts-expect-error the intake payload has no `answer` (that is the reception form's)
        console.log(event.detail.answer);
      }}
    />
  </>
);
