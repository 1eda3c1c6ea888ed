/** Small pieces of markup every element renders the same way. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localText } from '../data/text.js';
import type { DataIssue, LocalizedText, Project, ProjectStatus } from '../data/types.js';
import type { Locale } from '../localize/msg.js';
import { currentLocale } from '../localize/msg.js';
import { loadedProblems } from '../localize/problems.js';
import { issuePlace, issueText, periodEnds, statusLabel } from '../localize/phrases.js';

// Shared with the static rendering (src/render/), which has no lit: their homes are below.
export { toHeadingLevel, type HeadingLevel } from '../data/attributes.js';
export { localText } from '../data/text.js';
export { periodEnds } from '../localize/phrases.js';

const byLevel = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * `html` for a template whose `<hN>` and `</hN>` are a heading of `level` (2–6; deeper stays
 * 6): headingHtml(3)`<hN>${title}</hN>` renders `<h3>…</h3>`. Each template gets one strings
 * array per level, made once (lit caches its work by that array, and accepts only arrays
 * with their own `raw`, as template literals have). What lit's static-html does, for this one case.
 */
export const headingHtml =
  (level: number) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    const n = Math.min(Math.max(level, 2), 6);
    let levels = byLevel.get(strings);
    if (!levels) byLevel.set(strings, (levels = []));
    levels[n] ??= Object.assign(
      strings.map((text) => text.replace(/(<\/?)hN\b/g, `$1h${n}`)),
      { raw: strings.raw },
    ) as unknown as TemplateStringsArray;
    return html(levels[n], ...values);
  };

/** `<hN>` for N in 2–6; deeper than 6 stays 6. */
export function heading(level: number, content: unknown, attributes: { id?: string; part: string; class: string; lang?: string }): TemplateResult {
  return headingHtml(level)`<hN id=${ifDefined(attributes.id)} part=${attributes.part} class=${attributes.class} lang=${ifDefined(attributes.lang)}>${content}</hN>`;
}

/** A data text as a span, marked with its language when it is not the element's. */
export function renderText(text: LocalizedText, locale: Locale): TemplateResult | string {
  const { text: value, lang } = localText(text, locale);
  return lang ? html`<span lang=${lang}>${value}</span>` : value;
}

/** "1 ოქტომბერი 2022 – 30 ნოემბერი 2024", with machine-readable `<time>`s; an open end in words. */
export function renderPeriod(project: Project, locale: Locale, today: number): TemplateResult {
  const { start, end } = periodEnds(project, locale, today);
  return html`<time datetime=${project.start.iso}>${start}</time> – ${project.end ? html`<time datetime=${project.end.iso}>${end}</time>` : end}`;
}

export function renderStatus(status: ProjectStatus): TemplateResult {
  return html`<span class="status" part="status" data-status=${status}>${statusLabel(status)}</span>`;
}

/** A quiet, expandable report of the parts of the data that could not be shown (worded by the problems' chunk, which an element loads before it shows one). */
export function renderIssues(issues: readonly DataIssue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  const count = issues.length;
  return html`<details class="issues" part="issues">
    <summary>${loadedProblems()?.issuesSummary(count, currentLocale()) ?? `(${count})`}</summary>
    <ul>
      ${issues.map((issue) => html`<li>${issue.at ? `${issuePlace(issue)}: ` : issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issueText(issue)}</li>`)}
    </ul>
  </details>`;
}
