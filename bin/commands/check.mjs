// `npx @wisg/widgets check FILE|URL [--lang ka|en]`: the document's problems, worded as the widgets
// word them, and whether a widget would lose projects over them (for editors, and for CI).
import { checkSummary, commandArgs, isError, problemLines, readModel, readOrReport } from './input.mjs';

export const HELP = `Usage: npx @wisg/widgets check FILE|URL [options]

Reads projects as a widget would (JSON, a CSV/TSV sheet or an IATI activity file, told apart by
content type and content) and prints each problem, then a summary line.
Exits with 0 when no project is lost (at most a field left out), 1 when a project or the whole
document cannot be shown, 2 on wrong usage.

  --lang ka|en        the language of the messages (default: en)
  --iati-org REF      IATI: only the activities this organisation reports or takes part in (as iati-org)
`;

const OPTIONS = { lang: { type: 'string' }, 'iati-org': { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/** Runs the command; returns the exit code. */
export async function run(args, { stdout = process.stdout, stderr = process.stderr } = {}) {
  const parsed = commandArgs(args, OPTIONS, HELP, { stdout, stderr }, (values, positionals) => [
    positionals.length !== 1 && 'Which one file or address?',
    !['ka', 'en'].includes(values.lang ?? 'en') && '--lang must be ka or en.',
  ]);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const locale = values.lang ?? 'en';
  const [source] = positionals;
  const read = await readOrReport(source, stderr);
  if (!read) return 1;
  const model = readModel(read, { organisation: values['iati-org'] });
  for (const line of problemLines(model, locale)) stdout.write(`${source}: ${line}\n`);
  const errors = model.issues.filter(isError).length;
  // Worded through locales/ka.xlf, as the problems above it are (src/localize/check-phrases.ts).
  stdout.write(`${source}: ${checkSummary({ projects: model.projects.length, problems: model.issues.length, errors }, locale)}\n`);
  return errors ? 1 : 0;
}
