// What the commands read: a file, standard input (-) or an http(s) address, in any of the three
// formats, told apart as the widgets tell them (the content type, then the content itself).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSummary, describeIssue, isError, parseProjectsData } from '../../dist/lib/data.js';

/** The text and its content type (a file has none: its content decides). Throws with a message to print. */
export async function readSource(source) {
  if (/^https?:\/\//i.test(source)) {
    let response;
    try {
      response = await fetch(source, { redirect: 'follow' });
    } catch (error) {
      throw new Error(`Cannot fetch ${source}: ${error.cause?.message ?? error.message}`);
    }
    if (!response.ok) throw new Error(`Cannot fetch ${source}: HTTP ${response.status}`);
    return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
  }
  try {
    return { text: readFileSync(source === '-' ? 0 : source, 'utf8'), contentType: '' };
  } catch (error) {
    throw new Error(`Cannot read ${source}: ${error.message}`);
  }
}

/** The model of the source's text, as a widget with that `src` (and `iati-org`) reads it. */
export function readModel({ text, contentType }, { organisation } = {}) {
  return parseProjectsData(text, { contentType, organisation });
}

/** Each problem, one line each, worded in `locale` (ka, en) as the widgets' problem report words it. */
export const problemLines = (model, locale) => model.issues.map((issue) => describeIssue(issue, locale));

export { checkSummary, isError };

/**
 * A command's arguments, or its exit code: 0 after --help (printed), 2 after a usage error (printed
 * with the help). `misuses` says what is wrong with arguments that parse: a sentence per check that
 * failed, `false` for those that passed.
 */
export function commandArgs(args, options, help, { stdout, stderr }, misuses = () => []) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true });
  } catch (error) {
    stderr.write(`${error.message}\n\n${help}`);
    return 2;
  }
  if (parsed.values.help) {
    stdout.write(help);
    return 0;
  }
  const wrong = misuses(parsed.values, parsed.positionals).filter(Boolean);
  if (wrong.length) {
    stderr.write(`${wrong.join(' ')}\n\n${help}`);
    return 2;
  }
  return parsed;
}

/** The source's text and content type (see readSource), or undefined with the reason written to `stderr`. */
export async function readOrReport(source, stderr) {
  try {
    return await readSource(source);
  } catch (error) {
    stderr.write(`${error.message}\n`);
    return undefined;
  }
}
