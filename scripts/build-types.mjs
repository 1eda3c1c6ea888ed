#!/usr/bin/env node
// dist/types/: the package's type declarations (tsc, see tsconfig.build.json).
//
// The events' global typing (`el.addEventListener('wisg-project-select', e => e.detail.id)`)
// lives in shared/events.d.ts, which tsc leaves unreferenced from the elements' declarations
// (they use nothing from it in their signatures). Importing it from the base class makes
// it come with every element entry.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

rmSync('dist/types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const base = 'dist/types/shared/widget-element.d.ts';
if (!readFileSync(base, 'utf8').includes("'./events.js'")) {
  appendFileSync(base, "import './events.js'; // the elements' events in HTMLElementEventMap\n");
}
