/**
 * The texts of the static first screen of index.html (banner, navigation, footer, the home page, and the first
 * lines of the submit and track pages), written once. The live shell and pages render them with `tr`; the
 * `portal-route-nav` plugin of vite.config.ts writes their Chinese into index.html (elements marked
 * `data-msg="home.title"`, by group and key, labels `data-msg-label="…"`) and gives the first-paint script the
 * texts of every language keyed by id, as a locale table of `@xinfang/core/i18n` is (a text's name here is its
 * explicit id; a navigation label's id is its `messageId`), so a page in another language paints in it before any
 * module loads. A text a language lacks stays in Chinese.
 *
 * Pure data (no imports at run time), so vite.config.ts reads it in Node on a fresh clone, before any build.
 */
import type { Bilingual } from '@xinfang/core/i18n';

/** The portal's name (banner and document titles). */
export const APP_TITLE: Bilingual = { zh: '信访工作平台（演示）', en: 'Petition Office (demo)' };

/** The shell: skip link, navigation labels, footer (the browser-only demo and the shared office). */
export const SHELL_TEXT = {
  skip: { zh: '跳到主要内容', en: 'Skip to main content' },
  nav: { zh: '主导航', en: 'Main navigation' },
  footer: {
    zh: '演示系统：所有数据只保存在本浏览器（IndexedDB），不会发送到任何服务器。依据《信访工作条例》（2022）。',
    en: 'Demo system: all data stays in this browser (IndexedDB) and is never sent to a server. Based on the Regulations on Petition Work (2022).',
  },
  footerServer: {
    zh: '演示系统：信访事项保存在本机关的服务器上，工作人员登录后办理。依据《信访工作条例》（2022）。',
    en: 'Demo system: petitions are kept on this organ’s server and handled by staff who sign in. Based on the Regulations on Petition Work (2022).',
  },
};

/** The home page. */
export const HOME_TEXT = {
  title: { zh: '信访工作平台', en: 'Petition office' },
  lead: {
    zh: '依照《信访工作条例》办理群众来信、来访、来电和网上信访：登记、受理、转送交办、办理、答复、复查复核、归档，每一步都有期限和记录。',
    en: 'Letters, visits, calls and online petitions handled under the Regulations on Petition Work: registration, acceptance, transfer and assignment, handling, reply, review and re-review, archive — every step with its deadline and its record.',
  },
  public: { zh: '群众', en: 'For citizens' },
  publicLead: {
    zh: '在网上提出信访事项，获得登记编号和查询码；凭编号和查询码查询办理进度和答复。',
    en: 'Submit a petition online and receive a registration number and a query code; track progress and replies with them.',
  },
  submit: { zh: '我要信访', en: 'Submit a petition' },
  track: { zh: '查询进度', en: 'Track a petition' },
  office: { zh: '工作人员', en: 'For staff' },
  officeLead: {
    zh: '登记来信来电、接待来访、按期限办理工作台中的事项、答复、统计、归档和备份。可切换角色和机关（国家规定或各单位制度）。',
    en: 'Register letters and calls, receive visitors, work the queue by due date, reply, report, archive and back up. Switch role and organ (national rules or an institution’s own).',
  },
  queue: { zh: '进入工作台', en: 'Open the work queue' },
  demo: { zh: '载入演示数据', en: 'Load demo data' },
  about: { zh: '关于本演示', en: 'About this demo' },
  dataLocal: { zh: '数据只保存在您的浏览器中。', en: 'Data is kept only in your browser.' },
  dataServer: { zh: '数据保存在本机关的服务器上。', en: 'Data is kept on this organ’s server.' },
  accusations: {
    zh: '检举控告材料不会透露给被检举人或被控告单位（条例第三十条）。',
    en: 'Accusations are never disclosed to the persons or units accused (art 30).',
  },
  periods: {
    zh: '期限按民法典第二百零一条、第二百零三条和国务院节假日安排计算。',
    en: 'Periods are counted by Civil Code arts 201 and 203 and the State Council holiday schedule.',
  },
};

/** The heading and first paragraph of the submit page. */
export const SUBMIT_HEAD = {
  title: { zh: '网上信访', en: 'Submit a petition online' },
  intro: {
    zh: '请如实填写姓名、联系方式、请求、事实和理由（《信访工作条例》第十九条）。提交后您将获得登记编号和查询码，请妥善保存。',
    en: 'Give your name, contact details, request, facts and reasons truthfully (art 19). After submitting you receive a registration number and a query code: keep them safe.',
  },
};

/** The heading and first paragraph of the track page. */
export const TRACK_HEAD = {
  title: { zh: '查询办理进度', en: 'Track a petition' },
  intro: {
    zh: '请输入提交时获得的登记编号和查询码。',
    en: 'Enter the registration number and the query code you received when you submitted.',
  },
};
