/**
 * The landing page: what the portal is and where to start (citizen or office). Part of the initial
 * bundle, so it imports nothing but the shell's helpers.
 */
import { html } from 'lit';
import { tr } from '../app/i18n.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { portalMode } from '../app/session.js';

export class XfHomePage extends PageElement {
  protected override render() {
    return html`
      <h1>${tr({ zh: '信访工作平台', en: 'Petition office' })}</h1>
      <p class="lead">${tr({
        zh: '依照《信访工作条例》办理群众来信、来访、来电和网上信访：登记、受理、转送交办、办理、答复、复查复核、归档，每一步都有期限和记录。',
        en: 'Letters, visits, calls and online petitions handled under the Regulations on Petition Work: registration, acceptance, transfer and assignment, handling, reply, review and re-review, archive — every step with its deadline and its record.',
      })}</p>
      <div class="cards">
        <section class="card" aria-labelledby="home-public">
          <h2 id="home-public">${tr({ zh: '群众', en: 'For citizens' })}</h2>
          <p>${tr({
            zh: '在网上提出信访事项，获得登记编号和查询码；凭编号和查询码查询办理进度和答复。',
            en: 'Submit a petition online and receive a registration number and a query code; track progress and replies with them.',
          })}</p>
          <p class="card__actions">
            <a class="button" href=${href('/submit')} data-testid="home-submit">${tr({ zh: '我要信访', en: 'Submit a petition' })}</a>
            <a class="button button--secondary" href=${href('/track')} data-testid="home-track">${tr({ zh: '查询进度', en: 'Track a petition' })}</a>
          </p>
        </section>
        <section class="card" aria-labelledby="home-office">
          <h2 id="home-office">${tr({ zh: '工作人员', en: 'For staff' })}</h2>
          <p>${tr({
            zh: '登记来信来电、接待来访、按期限办理工作台中的事项、答复、统计、归档和备份。可切换角色和机关（国家规定或各单位制度）。',
            en: 'Register letters and calls, receive visitors, work the queue by due date, reply, report, archive and back up. Switch role and organ (national rules or an institution’s own).',
          })}</p>
          <p class="card__actions">
            <a class="button" href=${href('/office/queue')} data-testid="home-office">${tr({ zh: '进入工作台', en: 'Open the work queue' })}</a>
            <a class="button button--secondary" href=${href('/office/demo')} data-testid="home-demo">${tr({ zh: '载入演示数据', en: 'Load demo data' })}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="home-privacy">
        <h2 id="home-privacy">${tr({ zh: '关于本演示', en: 'About this demo' })}</h2>
        <ul class="plain-list">
          <li>${tr(portalMode === 'server' ? { zh: '数据保存在本机关的服务器上。', en: 'Data is kept on this organ’s server.' } : { zh: '数据只保存在您的浏览器中。', en: 'Data is kept only in your browser.' })}</li>
          <li>${tr({ zh: '检举控告材料不会透露给被检举人或被控告单位（条例第三十条）。', en: 'Accusations are never disclosed to the persons or units accused (art 30).' })}</li>
          <li>${tr({ zh: '期限按民法典第二百零一条、第二百零三条和国务院节假日安排计算。', en: 'Periods are counted by Civil Code arts 201 and 203 and the State Council holiday schedule.' })}</li>
        </ul>
      </section>
    `;
  }
}

export class XfNotFoundPage extends PageElement {
  protected override render() {
    return html`
      <h1>${tr({ zh: '页面不存在', en: 'Page not found' })}</h1>
      <p>${tr({ zh: '请检查地址，或从首页重新进入。', en: 'Check the address, or start again from the home page.' })}</p>
      <p><a href=${href('/')} data-testid="not-found-home">${tr({ zh: '返回首页', en: 'Go to the home page' })}</a></p>
    `;
  }
}

customElements.define('xf-home-page', XfHomePage);
customElements.define('xf-not-found-page', XfNotFoundPage);
