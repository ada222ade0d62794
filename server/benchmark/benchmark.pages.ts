import {
  type Comparison,
  type GemeenteResults,
  type QuestionResult,
} from '../../shared/api/results.schema.js';
import { SIGNAL_BELOW } from '../../shared/results/figures.js';
import { THEME_LABELS, THEMES, type Theme } from '../../shared/surveys/questionnaire.js';
import { comparisonSummary, type ChartRow } from '../charts/comparison-chart.js';
import {
  comparisonOf,
  dutchDate,
  interval,
  percent,
  points,
  shown,
  SUPPRESSED_TEXT,
  whole,
} from '../charts/format.js';
import { html, Html } from '../public/html.js';
import { PUBLIC_NL } from '../public/messages.js';
import { pageShell, type PageFrame } from '../public/page-shell.js';

/**
 * The pages of the public benchmark portal, in plain Dutch (B1): the list of gemeenten that
 * show their figures, and one page per gemeente with its figures against the region. Every
 * chart has a table with the same numbers and a one-sentence summary; a suppressed figure is
 * never a number, only the words "Te weinig antwoorden". No script, no inline style.
 */

export const BENCHMARK_PATH = '/benchmark';
export const BENCHMARK_STYLESHEET = '/benchmark/stijl.css';
const SITE_NAME = 'Meetwerk benchmark Wmo';
const INDEX_TITLE = 'Hoe staat uw gemeente ervoor?';

export interface IndexEntry {
  cbsCode: string;
  naam: string;
  provincie: string | null;
  enqueteId: string;
  jaar: number;
}

/** Public figures: search engines may list these pages, unlike the pages behind a code. */
const FRAME: PageFrame = {
  texts: { siteName: SITE_NAME, errorPrefix: PUBLIC_NL.errorPrefix },
  stylesheet: BENCHMARK_STYLESHEET,
  home: BENCHMARK_PATH,
  skipLink: 'Naar de inhoud',
  indexable: true,
  footer: html`<p class="utrecht-paragraph bm-small">
    De cijfers komen uit het cliëntervaringsonderzoek Wmo. Gemeenten kiezen zelf of hun cijfers hier
    staan.
  </p>`,
};

/** The page; indentation is dropped (a newline stays, so spacing between words is kept). */
function layout(title: string, body: Html, description: string): string {
  return pageShell(FRAME, { title, body, description }).replace(/\n\s+/g, '\n');
}

// --- Index ----------------------------------------------------------------------------------

/** Lower case without accents, for finding "Súdwest" by typing "sudwest". */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function indexPage(entries: readonly IndexEntry[], query: string): string {
  const wanted = searchKey(query);
  const found = wanted ? entries.filter((e) => searchKey(e.naam).includes(wanted)) : entries;
  const byProvince = new Map<string, IndexEntry[]>();
  for (const entry of [...found].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))) {
    const province = entry.provincie ?? 'Overig';
    byProvince.set(province, [...(byProvince.get(province) ?? []), entry]);
  }
  const provinces = [...byProvince.keys()].sort((a, b) =>
    a === 'Overig' ? 1 : b === 'Overig' ? -1 : a.localeCompare(b, 'nl'),
  );
  const count = found.length === 1 ? '1 gemeente' : `${found.length} gemeenten`;
  let status: Html | string = '';
  if (entries.length === 0) {
    status = html`<p class="utrecht-paragraph rp-notice">
      Er zijn nog geen gemeenten die hun cijfers hier laten zien.
    </p>`;
  } else if (wanted && found.length === 0) {
    status = html`<p class="utrecht-paragraph rp-notice" role="status">
      Geen gemeente gevonden met "${query}". Kijk of de naam goed is geschreven, of bekijk de hele
      lijst.
    </p>`;
  } else if (wanted) {
    status = html`<p class="utrecht-paragraph" role="status">
      ${count} gevonden met "${query}".
      <a class="utrecht-link" href="${BENCHMARK_PATH}">Toon alle gemeenten</a>
    </p>`;
  }
  const body = html`<h1 class="utrecht-heading-1">${INDEX_TITLE}</h1>
    <p class="utrecht-paragraph">
      Gemeenten vragen elk jaar aan inwoners met hulp uit de Wmo wat zij van die hulp vinden.
      Bijvoorbeeld over huishoudelijke hulp, begeleiding of een scootmobiel.
    </p>
    <p class="utrecht-paragraph">
      Hier ziet u de uitkomsten per gemeente. U ziet ook hoe een gemeente het doet naast de andere
      gemeenten in hetzelfde onderzoek: de regio.
    </p>
    <form class="bm-search" method="get" action="${BENCHMARK_PATH}" role="search">
      <label for="zoek">Zoek uw gemeente</label>
      <input
        class="utrecht-textbox"
        type="search"
        id="zoek"
        name="zoek"
        value="${query}"
        maxlength="60"
        autocomplete="off"
      />
      <button class="utrecht-button utrecht-button--primary-action" type="submit">Zoeken</button>
    </form>
    ${status}
    ${provinces.map(
      (province) =>
        html`<h2 class="utrecht-heading-2">${province}</h2>
          <ul class="utrecht-unordered-list bm-columns">
            ${byProvince.get(province)!.map(
              (e) =>
                html`<li>
                  <a class="utrecht-link" href="${BENCHMARK_PATH}/${e.cbsCode}">${e.naam}</a>
                  <span class="bm-small">(${e.jaar})</span>
                </li>`,
            )}
          </ul>`,
    )}`;
  return layout(
    wanted ? `Zoeken: ${query}` : INDEX_TITLE,
    body,
    'Uitkomsten van het cliëntervaringsonderzoek Wmo per gemeente, naast de regio.',
  );
}

// --- One gemeente ---------------------------------------------------------------------------

/** Themes in the order of the questionnaire; the four standard themes come first. */
const THEME_INTRO: Partial<Record<Theme, string>> = {
  toegang: 'Wist u waar u moest zijn en hoe ging het eerste contact met de gemeente?',
  clientondersteuning:
    'Wist u dat u hulp kon krijgen van een onafhankelijke cliëntondersteuner? Die helpt u gratis bij uw vragen aan de gemeente.',
  kwaliteit: 'Wat vindt u van de hulp die u krijgt?',
  effect: 'Wat heeft de hulp voor u opgeleverd?',
};

export interface ThemeBlock {
  theme: Theme;
  questions: { number: number; question: QuestionResult; comparison: Comparison | null }[];
}

/** The questions with a share positive, grouped by theme, numbered as on the questionnaire. */
export function themeBlocks(results: GemeenteResults): ThemeBlock[] {
  const numbered = results.vragen
    .filter((q) => q.cijfer !== null)
    .map((question, i) => ({
      number: i + 1,
      question,
      comparison: comparisonOf(question.vergelijkingen, 'project'),
    }));
  return THEMES.map((theme) => ({
    theme,
    questions: numbered.filter((q) => q.question.thema === theme),
  })).filter((block) => block.questions.length > 0);
}

export function chartRows(block: ThemeBlock): (ChartRow & { significant: boolean | null })[] {
  return block.questions.map(({ number, question, comparison }) => ({
    label: `Vraag ${number}`,
    own: question.cijfer,
    comparison: comparison?.cijfer ?? null,
    significant: comparison?.significant ?? null,
  }));
}

export const REGION = 'de regio';

/** What "de regio" is, in words: the other gemeenten of the same round, counted together. */
export function regionText(groups: number): string {
  if (groups === 0) return 'de andere gemeenten in hetzelfde onderzoek';
  return groups === 1
    ? 'de andere gemeente in hetzelfde onderzoek'
    : `de ${whole(groups)} andere gemeenten in hetzelfde onderzoek`;
}

export function themeSummary(results: GemeenteResults, block: ThemeBlock): string {
  return comparisonSummary(results.gemeente.naam, REGION, chartRows(block));
}

function figureCells(question: QuestionResult): Html {
  const figure = shown(question.cijfer);
  if (!figure) return html`<td colspan="3">${SUPPRESSED_TEXT}</td>`;
  return html`<td class="bm-number">
      ${percent(figure.pctPositief)}${figure.signaal ? html` <span class="bm-tag">signaal</span>` : ''}
    </td>
    <td class="bm-number">${interval(figure.ciLaag, figure.ciHoog)}</td>
    <td class="bm-number">${whole(figure.nGeldig)}</td>`;
}

function comparisonCells(comparison: Comparison | null): Html {
  const figure = shown(comparison?.cijfer);
  const region = figure ? percent(figure.pctPositief) : SUPPRESSED_TEXT;
  let difference: Html | string = 'Niet te vergelijken';
  if (comparison && comparison.verschil !== null && comparison.significant !== null) {
    difference = html`${points(comparison.verschil)} procentpunt<br /><span class="bm-small"
        >${comparison.significant ? 'duidelijk verschil' : 'geen duidelijk verschil'}</span
      >`;
  }
  return html`<td class="bm-number">${region}</td>
    <td>${difference}</td>`;
}

function themeTable(results: GemeenteResults, block: ThemeBlock, id: string): Html {
  const name = results.gemeente.naam;
  return html`<div class="bm-scroll" role="region" aria-labelledby="${id}-tabel" tabindex="0">
    <table class="utrecht-table">
      <caption id="${id}-tabel">
        <span class="bm-caption"
          >${THEME_LABELS[block.theme]}: ${name} en de regio, in % positief</span
        >
      </caption>
      <thead>
        <tr>
          <th scope="col">Vraag</th>
          <th scope="col" class="bm-number">${name}</th>
          <th scope="col" class="bm-number">Marge</th>
          <th scope="col" class="bm-number">Antwoorden</th>
          <th scope="col" class="bm-number">Regio</th>
          <th scope="col">Verschil</th>
        </tr>
      </thead>
      <tbody>
        ${block.questions.map(
          ({ number, question, comparison }) =>
            html`<tr>
              <th scope="row">Vraag ${number}. ${question.tekst}</th>
              ${figureCells(question)}${comparisonCells(comparison)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export interface GemeentePageOptions {
  /** Renders the chart of one theme (cached by the caller). */
  chart: (input: {
    id: string;
    title: string;
    summary: string;
    ownName: string;
    comparisonName: string;
    rows: ChartRow[];
  }) => string;
  /** When the figures were read. */
  now: Date;
}

function responseSection(results: GemeenteResults): Html {
  const { respons } = results;
  return html`<h2 class="utrecht-heading-2" id="respons">Wie hebben meegedaan?</h2>
    <dl class="bm-facts">
      <div>
        <dt>Uitgenodigd</dt>
        <dd>${whole(respons.uitgenodigd)}</dd>
      </div>
      <div>
        <dt>Vragenlijst ingevuld</dt>
        <dd>${whole(respons.reacties)}</dd>
      </div>
      ${
        respons.pct !== null
          ? html`<div>
              <dt>Respons</dt>
              <dd>${percent(respons.pct)}</dd>
            </div>`
          : ''
      }
    </dl>
    <p class="utrecht-paragraph">
      ${
        respons.pct !== null
          ? `Van de ${whole(respons.uitgenodigd)} mensen die een brief kregen, hebben er ${whole(respons.reacties)} de vragenlijst ingevuld.`
          : `${whole(respons.reacties)} mensen hebben de vragenlijst ingevuld.`
      }
    </p>`;
}

function howToRead(results: GemeenteResults, comparisonLabel: string): Html {
  return html`<div class="rp-notice">
    <h2 class="utrecht-heading-3">Zo leest u de cijfers</h2>
    <ul class="utrecht-unordered-list">
      <li>
        <strong>% positief</strong>: het deel van de mensen dat het (helemaal) eens is met de zin.
        Bij een ja/nee-vraag: het deel dat ja zegt.
      </li>
      <li>
        <strong>Marge</strong>: het echte cijfer ligt bijna zeker (95%) tussen deze twee getallen.
      </li>
      <li><strong>Regio</strong>: de antwoorden uit ${comparisonLabel}, samen geteld.</li>
      <li>
        <strong>Duidelijk verschil</strong>: het verschil met de regio is zo groot dat het
        waarschijnlijk geen toeval is.
      </li>
      <li>
        <strong>Te weinig antwoorden</strong>: minder dan ${whole(results.drempel)} mensen gaven
        antwoord, of het cijfer zou te herleiden zijn. Dan laten we geen cijfer zien. Zo blijft
        geheim wie wat heeft geantwoord.
      </li>
      <li>
        <strong>Signaal</strong>: minder dan ${SIGNAL_BELOW} mensen gaven antwoord. Zie het cijfer
        als een aanwijzing, niet als een vaste uitkomst.
      </li>
    </ul>
  </div>`;
}

function methodSection(results: GemeenteResults, now: Date): Html {
  const rule = results.telregel;
  return html`<h2 class="utrecht-heading-2" id="methode">Zo hebben we gerekend</h2>
    <dl class="bm-method">
      <dt>Telregel</dt>
      <dd>${rule.naam} (versie ${rule.versie}). ${rule.omschrijving}</dd>
      <dt>Marge</dt>
      <dd>
        De marge is een 95%-betrouwbaarheidsinterval volgens Wilson. Die methode werkt ook goed bij
        weinig antwoorden en bij cijfers dicht bij 0% of 100%.
      </dd>
      <dt>Verschil met de regio</dt>
      <dd>
        We vergelijken met een z-toets voor twee percentages. Is de p-waarde kleiner dan 0,05? Dan
        noemen we het verschil duidelijk (significant). ${results.meervoudigToetsen.toelichting}
      </dd>
      <dt>Te weinig antwoorden</dt>
      <dd>
        Cijfers van minder dan ${whole(results.drempel)} antwoorden laten we niet zien. Soms
        verbergen we nog een cijfer, zodat niemand een verborgen cijfer kan uitrekenen.
      </dd>
      <dt>Signaal</dt>
      <dd>Minder dan ${SIGNAL_BELOW} antwoorden: een aanwijzing, geen conclusie.</dd>
      ${
        results.weging
          ? html`<dt>Weging</dt>
              <dd>${results.weging.toelichting}</dd>`
          : ''
      }
      <dt>Onderzoek</dt>
      <dd>
        ${results.enquete.naam} (${results.enquete.jaar}). Cijfers opgehaald op ${dutchDate(now)}.
      </dd>
    </dl>`;
}

export function gemeentePage(results: GemeenteResults, options: GemeentePageOptions): string {
  const name = results.gemeente.naam;
  const blocks = themeBlocks(results);
  const groups = Math.max(
    0,
    ...blocks.flatMap((b) => b.questions).map((q) => q.comparison?.aantalGemeenten ?? 0),
  );
  const comparisonLabel = regionText(groups);
  const sections = blocks.map((block) => {
    const id = `thema-${block.theme}`;
    const title = THEME_LABELS[block.theme];
    const summary = themeSummary(results, block);
    const intro = THEME_INTRO[block.theme];
    const svg = options.chart({
      id,
      title: `${title}: % positief in ${name} en de regio`,
      summary,
      ownName: name,
      comparisonName: 'Regio',
      rows: chartRows(block),
    });
    return html`<section aria-labelledby="${id}">
      <h2 class="utrecht-heading-2" id="${id}">${title}</h2>
      ${intro ? html`<p class="utrecht-paragraph">${intro}</p>` : ''}
      <p class="utrecht-paragraph bm-summary">${summary}</p>
      ${new Html(svg)} ${themeTable(results, block, id)}
    </section>`;
  });
  const body = html`<p class="utrecht-paragraph">
      <a class="utrecht-link" href="${BENCHMARK_PATH}">Alle gemeenten</a>
    </p>
    <h1 class="utrecht-heading-1">${name}: wat vinden inwoners van de hulp uit de Wmo?</h1>
    <p class="utrecht-paragraph">
      Inwoners van ${name} die hulp krijgen uit de Wmo, hebben in ${results.enquete.jaar} een
      vragenlijst ingevuld. Hier ziet u wat zij van die hulp vinden. We zetten ${name} naast de
      regio: ${comparisonLabel}.
    </p>
    <nav aria-labelledby="op-deze-pagina">
      <h2 class="utrecht-heading-3" id="op-deze-pagina">Op deze pagina</h2>
      <ul class="utrecht-unordered-list">
        <li><a class="utrecht-link" href="#respons">Wie hebben meegedaan?</a></li>
        ${blocks.map((b) => html`<li><a class="utrecht-link" href="#thema-${b.theme}">${THEME_LABELS[b.theme]}</a></li>`)}
        <li><a class="utrecht-link" href="#methode">Zo hebben we gerekend</a></li>
      </ul>
    </nav>
    ${responseSection(results)} ${howToRead(results, comparisonLabel)} ${sections}
    ${methodSection(results, options.now)}`;
  return layout(
    `${name} - ${INDEX_TITLE}`,
    body,
    `Uitkomsten van het cliëntervaringsonderzoek Wmo ${results.enquete.jaar} in ${name}, naast de regio.`,
  );
}

// --- Not found and errors -------------------------------------------------------------------

export function notFoundPage(): string {
  return layout(
    'Pagina niet gevonden',
    html`<h1 class="utrecht-heading-1">Deze pagina bestaat niet</h1>
      <p class="utrecht-paragraph">
        Wij hebben geen cijfers van deze gemeente. Misschien laat de gemeente haar cijfers niet
        zien, of is het adres niet goed.
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="${BENCHMARK_PATH}">Bekijk alle gemeenten</a>
      </p>`,
    'Deze pagina bestaat niet.',
  );
}

export function errorPage(): string {
  return layout(
    'Er ging iets mis',
    html`<h1 class="utrecht-heading-1">Er ging iets mis</h1>
      <p class="utrecht-paragraph">Er ging iets mis aan onze kant. Probeer het later nog eens.</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="${BENCHMARK_PATH}">Naar alle gemeenten</a>
      </p>`,
    'Er ging iets mis.',
  );
}
