// `npx @wisg/widgets render FILE --element list|card|timeline [options]`: the snippet for a CMS page,
// with the widget's content inside it (so the page holds its projects before and without JavaScript).
import { writeFileSync } from 'node:fs';
import { detectFormat, projectsToJson } from '../../dist/lib/data.js';
import { renderSnippet } from '../../dist/lib/render.js';
import { commandArgs, problemLines, readModel, readOrReport } from './input.mjs';

export const HELP = `Usage: npx @wisg/widgets render FILE --element list|card|timeline [options]

Prints the HTML to paste into a page: the element with its options and its content pre-rendered
(the page's text without JavaScript), read from FILE (projects as JSON, a CSV/TSV sheet or an IATI
activity file, as \`check\` reads them; - reads standard input). With --inline, a sheet or an IATI
file is pasted in as the JSON it converts to.

  --element list|card|timeline   which widget (required)
  --project ID                   the card's project (needed when FILE has several)
  --lang ka|en                   the language (default: the data's, ka)
  --src URL                      the address the widget loads fresh data from when its script runs
  --inline                       paste the data into the element too (not kept by WordPress for an Author)
  --heading TEXT                 a heading (list, timeline)
  --heading-level N              2–6
  --expanded                     card: activities open
  --query TEXT --status S --year Y --sort newest|oldest|title    list: the search and filters it starts with
  --from YEAR --to YEAR          timeline: the years shown
  --today YYYY-MM-DD             the date taken as today (default: today)
  --theme light|dark             force a colour scheme
  --id-prefix TEXT               unique ids when a page has several widgets
  --kses                         dates without <time>, which WordPress 6.1 drops for an Author
  --assets URL                   also print the script and stylesheet tags (URL: where the package's files are)
  --script module|classic        with --assets: the ES module (default) or the classic script
  --no-prerender                 the element without content (as before)
  -o, --out FILE                 write to FILE instead of standard output
`;

const OPTIONS = {
  element: { type: 'string' },
  project: { type: 'string' },
  lang: { type: 'string' },
  src: { type: 'string' },
  inline: { type: 'boolean' },
  heading: { type: 'string' },
  'heading-level': { type: 'string' },
  expanded: { type: 'boolean' },
  query: { type: 'string' },
  status: { type: 'string' },
  year: { type: 'string' },
  sort: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  today: { type: 'string' },
  theme: { type: 'string' },
  'id-prefix': { type: 'string' },
  kses: { type: 'boolean' },
  assets: { type: 'string' },
  script: { type: 'string' },
  'no-prerender': { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
};

/** Runs the command; returns the exit code (0 done, 1 the data or project is unusable, 2 wrong usage). */
export async function run(args, { stdout = process.stdout, stderr = process.stderr } = {}) {
  const parsed = commandArgs(args, OPTIONS, HELP, { stdout, stderr }, (values, positionals) => [
    !positionals[0] && 'Which file?',
    !['list', 'card', 'timeline'].includes(values.element ?? '') && '--element must be list, card or timeline.',
  ]);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file] = positionals;
  const read = await readOrReport(file, stderr);
  if (!read) return 1;
  const model = readModel(read);
  // The problems as the widget's problem report words them (in Georgian for a Georgian snippet).
  const lines = problemLines(model, /^ka(-|$)/i.test(values.lang ?? '') ? 'ka' : 'en');
  if (model.issues.some((issue) => issue.dropped === 'document')) {
    stderr.write(`${file}: not a projects document: ${lines.join(' ')}\n`);
    return 1;
  }
  for (const line of lines) stderr.write(`${file}: ${line}\n`);
  // Inline data is pasted as written when it is JSON; a sheet or an IATI file as the JSON it reads as.
  const inline = () => (detectFormat(read.text, read.contentType) === 'json' ? JSON.parse(read.text.replace(/^\uFEFF/, '')) : projectsToJson(model));
  const result = renderSnippet(values.inline ? inline() : model, {
    element: values.element,
    projectId: values.project,
    lang: values.lang,
    src: values.src,
    inline: values.inline,
    heading: values.heading,
    headingLevel: values['heading-level'],
    expanded: values.expanded,
    query: values.query,
    status: values.status,
    year: values.year,
    sort: values.sort,
    from: values.from,
    to: values.to,
    today: values.today,
    theme: values.theme,
    idPrefix: values['id-prefix'],
    kses: values.kses,
    assets: values.assets,
    script: values.script === 'classic' ? 'classic' : 'module',
    prerender: !values['no-prerender'],
  });
  if (result.problem) {
    const ids = result.problem.ids.join(', ');
    stderr.write(
      result.problem.code === 'no-project'
        ? `There is no project "${values.project}" in ${file}. Its projects: ${ids}.\n`
        : result.problem.code === 'choose-project'
          ? `${file} has several projects: choose one with --project (${ids}).\n`
          : `${file} has no projects.\n`,
    );
    return 1;
  }
  if (values.out) writeFileSync(values.out, result.snippet + '\n');
  else stdout.write(result.snippet + '\n');
  return 0;
}
