// `npx @wisg/widgets convert FILE|URL --to json [--out F]`: the JSON contract (or a sheet) from
// any of the three formats, with what could not be converted reported as `check` reports it.
import { writeFileSync } from 'node:fs';
import { projectsToCsv, projectsToJson } from '../../dist/lib/data.js';
import { commandArgs, isError, problemLines, readModel, readOrReport } from './input.mjs';

export const HELP = `Usage: npx @wisg/widgets convert FILE|URL --to json|csv [options]

Reads projects as a widget would (JSON, a CSV/TSV sheet or an IATI activity file) and writes them
as the JSON contract (--to json) or as a sheet with one column per language (--to csv). Problems go
to standard error, as \`check\` words them; what they leave out is not written.
Exits with 0 when every project was converted, 1 when one was left out or nothing could be read,
2 on wrong usage.

  --to json|csv       the format to write (required)
  -o, --out FILE      write to FILE instead of standard output
  --lang ka|en        the language of the messages (default: en)
  --iati-org REF      IATI: only the activities this organisation reports or takes part in
`;

const OPTIONS = {
  to: { type: 'string' },
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
  'iati-org': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** Runs the command; returns the exit code. */
export async function run(args, { stdout = process.stdout, stderr = process.stderr } = {}) {
  const parsed = commandArgs(args, OPTIONS, HELP, { stdout, stderr }, (values, positionals) => [
    positionals.length !== 1 && 'Which one file or address?',
    !['json', 'csv'].includes(values.to ?? '') && '--to must be json or csv.',
    !['ka', 'en'].includes(values.lang ?? 'en') && '--lang must be ka or en.',
  ]);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const locale = values.lang ?? 'en';
  const [source] = positionals;
  const read = await readOrReport(source, stderr);
  if (!read) return 1;
  const model = readModel(read, { organisation: values['iati-org'] });
  for (const line of problemLines(model, locale)) stderr.write(`${source}: ${line}\n`);
  if (model.issues.some((issue) => issue.dropped === 'document')) return 1;
  const output = values.to === 'json' ? `${JSON.stringify(projectsToJson(model), null, 2)}\n` : projectsToCsv(model.projects);
  if (values.out) writeFileSync(values.out, output);
  else stdout.write(output);
  return model.issues.some(isError) ? 1 : 0;
}
