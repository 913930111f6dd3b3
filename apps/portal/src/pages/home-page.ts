/**
 * The landing page: what the portal is and where to start (citizen or office). Part of the initial
 * bundle, so it imports nothing but the shell's helpers.
 */
import { html } from 'lit';
import { HOME_TEXT as H } from '../app/first-screen.js';
import { tr } from '../app/i18n.js';
import { PageElement } from '../app/page.js';
import { href } from '../app/router.js';
import { portalMode } from '../app/session.js';

export class XfHomePage extends PageElement {
  protected override render() {
    return html`
      <h1>${tr(H.title)}</h1>
      <p class="lead">${tr(H.lead)}</p>
      <div class="cards">
        <section class="card" aria-labelledby="home-public">
          <h2 id="home-public">${tr(H.public)}</h2>
          <p>${tr(H.publicLead)}</p>
          <p class="card__actions">
            <a class="button" href=${href('/submit')} data-testid="home-submit">${tr(H.submit)}</a>
            <a class="button button--secondary" href=${href('/track')} data-testid="home-track">${tr(H.track)}</a>
          </p>
        </section>
        <section class="card" aria-labelledby="home-office">
          <h2 id="home-office">${tr(H.office)}</h2>
          <p>${tr(H.officeLead)}</p>
          <p class="card__actions">
            <a class="button" href=${href('/office/queue')} data-testid="home-office">${tr(H.queue)}</a>
            <a class="button button--secondary" href=${href('/office/demo')} data-testid="home-demo">${tr(H.demo)}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="home-privacy">
        <h2 id="home-privacy">${tr(H.about)}</h2>
        <ul class="plain-list">
          <li>${tr(portalMode === 'server' ? H.dataServer : H.dataLocal)}</li>
          <li>${tr(H.accusations)}</li>
          <li>${tr(H.periods)}</li>
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
