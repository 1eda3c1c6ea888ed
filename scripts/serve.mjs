#!/usr/bin/env node
// `npm start`: serves the repository (the demo page, dist/ and data/) and prints the demo's address.
import { serve } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
await serve(process.argv[2] ?? '.', { port, host: null });
console.log(`\n  @wisg/widgets demo: http://localhost:${port}/demo/\n  (Ctrl+C stops it)\n`);
