// Restore, proven by the browser itself: a person fills in part of each form in a page that loads the BUILT
// bundle, follows a link away, and comes back with the Back button. The browser saves each element's state
// (the second argument of `ElementInternals.setFormValue`) in the history entry and gives it back through
// `formStateRestoreCallback` to the new document. The conformance suite calls that callback directly; this
// test checks that a real navigation does it. The page runs in its own window, so its history is its own.
import { afterEach, expect, it } from 'vitest';
import { handlingView } from '../src/reply-form/reply-form.stories.js';
import { control, fill, settle, until } from './helpers.js';

const page = new URL('./restore-page.html', import.meta.url).href;
let popup: Window | null = null;
afterEach(() => {
  popup?.sessionStorage.clear();
  popup?.close();
});

/** The forms of the page in `win`, once its document has loaded, the petitions are set and every form has rendered. */
async function forms(
  win: Window,
  after?: Document,
): Promise<Record<'intake' | 'reception' | 'reply' | 'late' | 'changed', HTMLElement>> {
  const doc = await until(
    'the page',
    () =>
      win.location.href === page && win.document !== after && win.document.readyState === 'complete' && win.document,
  );
  const get = (selector: string) => doc.querySelector<HTMLElement>(selector);
  const selectors = ['xf-intake-form', 'xf-reception-form', 'xf-reply-form', '#late', '#changed'];
  await until(
    'the forms',
    () =>
      doc.body.dataset.viewsSet === 'yes' && selectors.every((s) => get(s)?.shadowRoot?.querySelector('[data-field]')),
  );
  await settle(doc);
  const [intake, reception, reply, late, changed] = selectors.map((s) => get(s)!) as [
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
    HTMLElement,
  ];
  return { intake, reception, reply, late, changed };
}

it('a draft comes back after the person leaves the page and returns with Back (formStateRestoreCallback)', async () => {
  // The petition the page's reply forms get, read by the page from its opener (it loads only the built bundle).
  (window as Window & { restoreView?: unknown }).restoreView = handlingView;
  popup = window.open(page, 'xf-restore', 'width=900,height=700');
  if (!popup) throw new Error('the browser refused to open the test window');
  const win = popup;
  const first = await forms(win);
  await fill(first.intake, 'subject', '人民路路灯损坏 <b>一个月</b>');
  await fill(first.intake, 'petitioner.phone', '13800138000');
  await fill(first.reception, 'subject', '拆迁补偿');
  await fill(first.reply, 'organ', '某市信访局');
  expect(control(first.late, 'addressee').value).toBe('李雷');
  await fill(first.late, 'addressee', '李雷（代收人：韩梅梅）');
  await fill(first.changed, 'addressee', '李雷（代收人：韩梅梅）');
  const firstDocument = win.document;

  win.location.href = `${page}?away`;
  const away = await until(
    'the other page',
    () => win.location.search === '?away' && win.document.readyState === 'complete' && win.document,
  );
  // Meanwhile the petition behind the form `changed` is corrected (another petitioner's name).
  win.sessionStorage.setItem('petitioner', '王五');
  win.history.back();
  const back = await forms(win, away);

  // A new document (not the same one kept alive in the back/forward cache): the drafts were restored.
  expect(win.document).not.toBe(firstDocument);
  expect(control(back.intake, 'subject').value).toBe('人民路路灯损坏 <b>一个月</b>');
  expect(control(back.intake, 'petitioner.phone').value).toBe('13800138000');
  expect(control(back.reception, 'subject').value).toBe('拆迁补偿');
  expect(control(back.reply, 'organ').value).toBe('某市信访局');
  // A reply form whose petition the page sets after loading gets the typed letter back over that petition…
  expect(control(back.late, 'addressee').value).toBe('李雷（代收人：韩梅梅）');
  // …but not over a petition that has changed since: that one is prefilled afresh.
  expect(control(back.changed, 'addressee').value).toBe('王五');
  // Restored text is text: the markup a person typed did not become an element.
  expect(back.intake.shadowRoot?.querySelector('b')).toBeNull();
  // Nothing the person has not touched on this page is shown as an error yet.
  expect(back.intake.shadowRoot?.querySelector('[part~="error"]')).toBeNull();
});
