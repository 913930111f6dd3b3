// A React 19 app using the tags directly, with the JSX typings of `@xinfang/elements/react-jsx`.
import type { PetitionInput } from '@xinfang/core/schema';
import type {} from '@xinfang/elements/react-jsx';
import '@xinfang/elements/intake-form';
import '@xinfang/elements/deadline-badge';
import '@xinfang/elements/command-form';

const clock = (): string => '2025-09-20T01:30:00.000Z';

export function App({ onPetition }: { onPetition: (petition: PetitionInput) => void }) {
  return (
    <>
      <xf-intake-form
        mode="staff"
        lang="en"
        clock={clock}
        units={[{ id: 'xfj', name: { zh: '市信访局', en: 'City Petition Bureau' } }]}
        onxf-submit={(event) => {
          event.preventDefault();
          onPetition(event.detail);
        }}
        onxf-invalid={(event) => console.log(event.detail.issues[0]?.message.zh)}
        onxf-change={(event) => console.log(event.detail.path)}
      />
      <xf-deadline-badge due="2026-03-02" status="due-soon" label={{ zh: '办结期限', en: 'Conclusion' }} size="large" />
      <xf-command-form
        command="urge"
        fields={[{ name: 'text', kind: 'textarea', label: { zh: '内容', en: 'Text' } }]}
        busy={false}
        onxf-submit={(event) => console.log(event.detail.command.type, event.detail.options)}
      />
      <xf-intake-form
        // @ts-expect-error `mode` is 'public' | 'staff'
        mode="nobody"
      />
      <xf-intake-form
        // @ts-expect-error `clock` is a function returning an ISO instant, not a string
        clock="2025-09-20T01:30:00.000Z"
      />
      <xf-intake-form
        onxf-submit={(event) => {
          // @ts-expect-error `detail` is the PetitionInput, not a number
          const wrong: number = event.detail;
          return wrong;
        }}
      />
      <xf-deadline-badge
        // @ts-expect-error `soon` is a number of working days
        soon="3"
      />
      {/* @ts-expect-error not an element of this package */}
      <xf-unknown-form />
    </>
  );
}
