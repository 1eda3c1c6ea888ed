/**
 * The list's markup, as functions of what it shows (the element keeps the state): the heading and
 * toolbar, rendered while the data loads too, and the results under it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Project } from '../data/types.js';
import { msg, str } from '../localize/msg.js';
import { projectCount, statusLabel } from '../localize/phrases.js';
import { renderProjectCard, type CardHandler } from '../card/project-card-template.js';
import type { AnnouncerController } from '../shared/announcer.js';
import { keep } from '../shared/keep.js';
import { heading, toHeadingLevel } from '../shared/templates.js';
import { isFiltered, menuValues, readFilters, type Facets, type ListFilters } from './list-filters.js';
import type { WisgProjectList } from './project-list.js';

/** The id of the list's heading, which names the toolbar and the list. */
const HEADING_ID = 'list-heading';

/**
 * The list's heading and toolbar. `facets`: what the menus offer, none while the data loads (the controls
 * are then disabled). `held`: the menus are new in the page (see `renderSelect`). `onInput`: the search
 * box's input and the menus' changes.
 */
export function renderToolbar(list: WisgProjectList, facets: Facets | undefined, held: boolean, onInput: (event: Event) => void): TemplateResult {
  const filters = readFilters(list);
  const { status, year } = filters;
  const headingId = list.heading ? HEADING_ID : undefined;
  const loading = !facets;
  const { statuses = [], years = [] } = facets ?? {};
  // Years and statuses a page asked for stay choosable even when no project has them.
  const statusChoices = status && !statuses.includes(status) ? [...statuses, status] : statuses;
  const yearChoices = year !== undefined && !years.includes(year) ? [year, ...years] : years;
  return html`
    ${list.heading ? heading(toHeadingLevel(list.headingLevel, 2), list.heading, { id: headingId, part: 'caption', class: 'list-heading' }) : nothing}
    <div class="toolbar" part="toolbar" role="search" aria-labelledby=${ifDefined(headingId)} aria-label=${ifDefined(headingId ? undefined : msg('Projects'))}>
      <div class="field search-field" part="field">
        <label for="search" part="label">${msg('Search projects')}</label>
        <input id="search" type="search" part="search" autocomplete="off" .value=${filters.text} ?disabled=${loading} @input=${onInput} />
      </div>
      ${renderSelect('status', msg('Status'), [['', msg('All')], ...statusChoices.map((value): [string, string] => [value, statusLabel(value)])], loading, held, onInput)}
      ${renderSelect('year', msg('Year'), [['', msg('All')], ...yearChoices.map((value): [string, string] => [String(value), String(value)])], loading, held, onInput)}
      ${renderSelect(
        'sort',
        msg('Sort'),
        [
          ['newest', msg('Newest first')],
          ['oldest', msg('Oldest first')],
          ['title', msg('Title (A–Z)')],
        ],
        loading,
        held,
        onInput,
      )}
    </div>
  `;
}

/**
 * A menu; what it shows is set by `showFilters()`. Its options are keyed by value: the data's arriving adds options and changes none.
 * Loading, it is disabled and inert (out of the accessibility tree). Chromium tells of a menu that is enabled in the frame its
 * options change as a change of selection, and Orca 43 presents that as if the menu were focused, unasked ("Status combo box
 * collapsed, All, Focus mode"), and stays in focus mode there. A menu that enters the tree with its choices, after it was
 * drawn, is new content that Orca reads in place. (Enabled a frame after its choices came, still in the tree, it is silent,
 * but Orca then skips it when reading.) So the menus are also inert for their first moments in the page (`held`: `MenuHoldController`),
 * for when the data is in hand as they are drawn (inline JSON, `data`, pre-rendered content) or the list is moved. Heard in
 * test/screen-reader/.
 */
function renderSelect(name: string, label: string, options: [string, string][], loading: boolean, held: boolean, onChange: (event: Event) => void): TemplateResult {
  return html`<div class="field" part="field">
    <label for=${name} part="label">${label}</label>
    <select id=${name} part="select" ?disabled=${loading} ?inert=${loading || held} @change=${onChange}>
      ${repeat(
        options,
        ([value]) => value,
        ([value, text]) => html`<option value=${value}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * The menus show the filters, set only where they differ: each change of an option's selectedness is
 * an event a screen reader reads out wherever its reader is ("Year combo box collapsed, All").
 */
export function showFilters(root: ParentNode, filters: ListFilters): void {
  for (const [id, value] of Object.entries(menuValues(filters))) {
    const select = root.querySelector<HTMLSelectElement>(`#${id}`);
    if (select && select.value !== value) select.value = value;
  }
}

/** "9 projects", "3 of 9 projects", "No projects found": shown above the results, and announced once typing pauses. */
function countText(filtered: boolean, total: number, found: number): string {
  return !filtered ? projectCount(total) : found ? msg(str`${found} of ${total} projects`) : msg('No projects found');
}

/**
 * The count, the cards and what is under them: the "Show more" button, or what was searched for with a "Clear search" button.
 * `facets`: the data's order and day. `rendered`: the results rendered now (all, or the pages shown of a long result).
 * `announcer` says the count; `isOpen`: whether a card's activities are shown; `more`: the "Show more" button, if any.
 * (Arguments, not a view object: an object's keys would be spelled out in the bundle.)
 */
export function renderResults(
  list: WisgProjectList,
  filters: ListFilters,
  facets: Facets,
  results: readonly Project[],
  rendered: readonly Project[],
  announcer: AnnouncerController,
  isOpen: (project: Project) => boolean,
  onToggle: CardHandler,
  onOpen: CardHandler<MouseEvent>,
  more: unknown,
): TemplateResult {
  const filtered = isFiltered(filters);
  const count = countText(filtered, facets.model.projects.length, results.length);
  const { locale } = list;
  const level = toHeadingLevel(list.headingLevel, 2);
  const { today, index } = facets;
  // role=list: Safari drops the list role of a <ul> without list-style.
  /* eslint-disable lit-a11y/no-redundant-role */
  return html`
    <p class="count" part="count">${count}</p>
    ${announcer.render(count)}
    <ul class="items" part="list" role="list" aria-labelledby=${ifDefined(list.heading ? HEADING_ID : undefined)} ?hidden=${!results.length}>
      ${repeat(
        rendered,
        (project) => project.id,
        (project) => {
          const expanded = isOpen(project);
          // A card is rebuilt only when something it shows changed: keystrokes stay cheap on long lists.
          return html`<li class="item" part="item">
            ${keep(project, `${locale} ${today} ${level} ${expanded}`, () => {
              return renderProjectCard(project, locale, today, toHeadingLevel(level + 1, 6), expanded, `p${index.get(project)}`, onToggle, onOpen);
            })}
          </li>`;
        },
      )}
    </ul>
    ${more}
    ${filtered && !results.length ? renderEmpty(filters, list.clear) : nothing}
  `; /* eslint-enable lit-a11y/no-redundant-role */
}

function renderEmpty({ text, status, year }: ListFilters, onClear: () => void): TemplateResult {
  const query = text.trim();
  const searched = [query ? msg(str`Search: “${query}”`) : '', status ? `${msg('Status')}: ${statusLabel(status)}` : '', year !== undefined ? `${msg('Year')}: ${year}` : ''].filter(Boolean);
  return html`<div class="empty" part="empty">
    <p>${searched.join(' · ')}</p>
    <button type="button" class="button" part="clear-button" @click=${onClear}>${msg('Clear search')}</button>
  </div>`;
}
