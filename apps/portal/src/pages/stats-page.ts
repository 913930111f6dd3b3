/**
 * Statistics (统计): mounts the statistics module of `src/stats/` (`<xf-statistics-page>`: quarter or
 * year, on-time and reply rates, counts by channel, class, unit and outcome, visits as batches and
 * persons, charts with Apache ECharts, CSV export) over the current organ's store. ECharts is loaded
 * by that module only, so no other page pays for it.
 */
import { html, nothing } from 'lit';
import { clock } from '../app/clock.js';
import { lang, type Text, tr } from '../app/i18n.js';
import { PageElement } from '../app/page.js';
import { calendar, currentOrgan, policyOf, storeOf } from '../app/services.js';

// Resolved at build time: an empty object if the statistics module is absent, so the shell still builds.
const statsModules = import.meta.glob('../stats/statistics-page.ts');

const T = {
  title: { zh: '统计', en: 'Statistics' },
  missing: {
    zh: '统计模块尚未安装。请在 src/stats/ 中加入 statistics-page.ts 后重新构建。',
    en: 'The statistics module is not installed. Add src/stats/statistics-page.ts and build again.',
  },
} satisfies Record<string, Text>;

export class XfStatsPage extends PageElement {
  static override properties = {
    ...PageElement.properties,
    ready: { state: true },
  };

  declare ready: boolean | undefined;

  constructor() {
    super();
    this.ready = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const load = statsModules['../stats/statistics-page.ts'];
    if (!load) {
      this.ready = false;
      return;
    }
    void load().then(
      () => {
        this.ready = true;
      },
      () => {
        this.ready = false;
      },
    );
  }

  protected override render() {
    const organ = currentOrgan();
    return html`
      <h1>${tr(T.title)}</h1>
      ${
        this.ready === false
          ? html`<p class="notice notice--warn" data-testid="stats-missing">${tr(T.missing)}</p>`
          : this.ready
            ? html`<xf-statistics-page data-testid="statistics" heading-level="2" lang=${lang()}
                .store=${storeOf(organ)} .calendar=${calendar} .policy=${policyOf(organ)} .now=${clock.now()}></xf-statistics-page>`
            : nothing
      }
    `;
  }
}

customElements.define('xf-stats-page', XfStatsPage);
