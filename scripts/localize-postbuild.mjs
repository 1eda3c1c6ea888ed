// lit-localize's runtime output imports `str` from '@lit/localize', whose main module
// drags the global-runtime code into bundles; the tag itself lives in a tiny module.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'src/localize/generated/ka.ts';
const source = readFileSync(file, 'utf8');
writeFileSync(file, source.replace(/import \{str\} from '@lit\/localize';/, "import {str} from '@lit/localize/internal/str-tag.js';"));
