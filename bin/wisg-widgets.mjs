#!/usr/bin/env node
// `npx @wisg/widgets COMMAND …`: one module per command in bin/commands/.
const COMMANDS = {
  check: () => import('./commands/check.mjs'),
  convert: () => import('./commands/convert.mjs'),
  render: () => import('./commands/render.mjs'),
};
const [name, ...args] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || !COMMANDS[name]) {
  console.log(`Usage: npx @wisg/widgets <command> …\nCommands: ${Object.keys(COMMANDS).join(', ')} (npx @wisg/widgets <command> --help)`);
  process.exit(name && !['--help', '-h'].includes(name) ? 2 : 0);
}
// `… | head` closing the pipe early is not an error of ours.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? process.exitCode : 1));
const { run } = await COMMANDS[name]();
process.exitCode = await run(args);
