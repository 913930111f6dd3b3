/**
 * Large text (适老化): a switch in the site header that puts every form of `@xinfang/elements` in its
 * `size="large"` mode (text, fields, checkboxes and radios 1.25 times larger) and remembers the choice in this
 * browser. Forms drawn later (another page, a dialog) get the mode as they appear.
 */
import { lang, onLangChange, tr } from './i18n.js';

const KEY = 'xinfang.largeText';
/** The forms of @xinfang/elements: each has the `size` attribute. */
const FORMS = 'xf-intake-form, xf-reception-form, xf-reply-form, xf-command-form';
const T = {
  on: { zh: '大字', en: 'Large text' },
  label: { zh: '大字模式（适老化）', en: 'Large text mode' },
};

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

let large = stored();

/** Whether large text is on. */
export function largeText(): boolean {
  return large;
}

function apply(root: ParentNode): void {
  const forms = root.querySelectorAll<HTMLElement>(FORMS);
  for (const form of forms) {
    if (large) form.setAttribute('size', 'large');
    else form.removeAttribute('size');
  }
}

/** Turns large text on or off, remembers it, and applies it to every form on the page. */
export function setLargeText(on: boolean): void {
  large = on;
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered; it still applies to this page.
  }
  apply(document);
  sync();
}

let button: HTMLButtonElement | undefined;

function sync(): void {
  if (!button) return;
  button.setAttribute('aria-pressed', String(large));
  button.setAttribute('aria-label', tr(T.label));
  button.setAttribute('lang', lang());
  button.textContent = tr(T.on);
}

/** Puts the switch before the language switch of the header, once, and follows forms as they are drawn. */
export function installLargeTextSwitch(): void {
  if (button || typeof document === 'undefined') return;
  const before = document.querySelector('.site-header [data-lang-switch]');
  if (!before) return;
  button = document.createElement('button');
  button.type = 'button';
  button.dataset.testid = 'large-text-switch';
  button.className = 'large-text-switch';
  // The look of the language switch beside it; the header puts the title left and its buttons right.
  button.style.cssText =
    'margin-left:auto;background:transparent;color:#fff;border:1px solid #fff;border-radius:4px;padding:6px 12px;font:inherit;cursor:pointer';
  button.addEventListener('click', () => setLargeText(!large));
  before.before(button);
  sync();
  onLangChange(sync);
  apply(document);
  new MutationObserver((records) => {
    if (!large) return;
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node instanceof Element) {
          if (node.matches(FORMS)) node.setAttribute('size', 'large');
          apply(node);
        }
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

// The header is in index.html; a shell that draws it itself does so before the next frame.
if (typeof document !== 'undefined') {
  installLargeTextSwitch();
  if (!button) requestAnimationFrame(() => installLargeTextSwitch());
}
