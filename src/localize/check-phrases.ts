/**
 * The `check` command's summary line (bin/commands/check.mjs), in the package's `data` entry only:
 * no widget says it, so no bundle carries it. Georgian keeps a noun singular after a number.
 */
import { msg, str } from './msg.js';

export interface CheckCounts {
  readonly projects: number;
  readonly problems: number;
  /** Problems that cost a project or the whole document. */
  readonly errors: number;
}

/** "9 projects read, 2 problems (1 error)." / "წაკითხულია 9 პროექტი, 2 პრობლემა (1 შეცდომა)." */
export function checkSummary({ projects, problems, errors }: CheckCounts): string {
  const read = projects === 1 ? msg(str`${projects} project read`) : msg(str`${projects} projects read`);
  const found = problems === 1 ? msg(str`${problems} problem`) : msg(str`${problems} problems`);
  if (problems === 0) return msg(str`${read}, ${found}.`, { desc: 'check command summary: "9 projects read, 0 problems."' });
  const lost = errors === 1 ? msg(str`${errors} error`) : msg(str`${errors} errors`);
  return msg(str`${read}, ${found} (${lost}).`, { desc: 'check command summary: "9 projects read, 2 problems (1 error)." An error costs a project or the whole document.' });
}
