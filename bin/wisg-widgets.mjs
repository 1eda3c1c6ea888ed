#!/usr/bin/env node
// `npx @wisg/widgets COMMAND …`: one module per command in bin/commands/.
const COMMANDS = { render: () => import('./commands/render.mjs') };
const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || !COMMANDS[name]) {
  console.log(`Usage: npx @wisg/widgets <command> …\nCommands: ${Object.keys(COMMANDS).join(', ')} (npx @wisg/widgets <command> --help)`);
  process.exit(name && !['--help', '-h'].includes(name) ? 2 : 0);
}
const { run } = await COMMANDS[name]();
process.exitCode = await run(args);
