#!/usr/bin/env node
// Packs the WordPress plugin (part of `npm run build`, after rollup):
//   dist/wordpress/wisg-widgets/      the plugin folder: integrations/wordpress/ with the version
//                                      written in, its own copy of the classic bundle and its lazy
//                                      chunks (build/VERSION-HASH/: see below), the
//                                      pre-rendered content's stylesheet and the editor script
//                                      (build/), the Georgian .mo (msgfmt) and the
//                                      editor's translations as JSON
//   dist/wordpress/wisg-widgets.zip   the same folder, for Plugins → Add New → Upload
// Fails when a translatable string of the plugin has no Georgian (see pluginStrings below).
// Without gettext's msgfmt (the .mo) it says so and leaves the plugin out: the rest of
// `npm run build` (and `npm start`) needs nothing but Node.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { LAZY_CHUNKS } from './lazy-chunks.mjs';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'integrations/wordpress');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'wisg-widgets');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every file under `dir`, relative to it. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile());
}

/**
 * The plugin's translatable strings as [context, text] pairs: __() and friends in the PHP and
 * the editor code, the block.json fields WordPress translates, and the plugin header.
 */
export function pluginStrings(dir = source) {
  const strings = new Map();
  const add = (context, text) => strings.set(`${context ?? ''}\u0004${text}`, [context, text]);
  const unquote = (text) => text.replace(/\\(['\\])/g, '$1');
  for (const file of filesUnder(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.php')) {
      for (const [, s] of text.matchAll(/\b(?:__|_e|esc_html__|esc_attr__|esc_html_e)\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'wisg-widgets'/g)) add(null, unquote(s));
      const header = (name) => text.match(new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm'))?.[1].trim();
      if (header('Plugin Name')) [header('Plugin Name'), header('Description')].forEach((s) => add(null, s));
    } else if (file.endsWith('.ts') && !file.endsWith('.d.ts')) {
      for (const [, s] of text.matchAll(/\b__\(\s*'((?:[^'\\]|\\.)*)'\s*\)/g)) add(null, unquote(s));
    } else if (file.endsWith('block.json')) {
      const block = JSON.parse(text);
      add('block title', block.title);
      add('block description', block.description);
      for (const keyword of block.keywords ?? []) add('block keyword', keyword);
    }
  }
  return [...strings.values()];
}

/** The bundle's folder (and version): the package's version and a hash of the bundle and every chunk. */
export function bundleFolderName(version, texts) {
  return `${version}-${createHash('sha256').update(texts.join('\0')).digest('hex').slice(0, 10)}`;
}

/** A .po file's entries: [context, msgid, msgstr]. */
export function readPo(text) {
  const entries = [];
  let entry = {};
  let field;
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgid !== '') entries.push([entry.msgctxt ?? null, entry.msgid, entry.msgstr ?? '']);
    entry = {};
  };
  for (const line of text.split('\n')) {
    const start = line.match(/^(msgctxt|msgid|msgstr) (".*")$/);
    if (start) {
      if (start[1] !== 'msgstr' && (start[1] === 'msgctxt' || entry.msgctxt === undefined) && entry.msgstr !== undefined) flush();
      field = start[1];
      entry[field] = JSON.parse(start[2]);
    } else if (/^".*"$/.test(line) && field) {
      entry[field] += JSON.parse(line);
    } else if (line.trim() === '') {
      flush();
      field = undefined;
    }
  }
  flush();
  return entries;
}

function build() {
  rmSync(plugin, { recursive: true, force: true });
  mkdirSync(join(plugin, 'build'), { recursive: true });
  for (const file of filesUnder(source)) {
    if (file.startsWith('editor/') || file.endsWith('.po')) continue;
    mkdirSync(join(plugin, file, '..'), { recursive: true });
    let text = readFileSync(join(source, file), 'utf8');
    text = text
      .replace(/^( \* Version:\s+)0\.0\.0$/m, `$1${version}`)
      .replace("define( 'WISG_WIDGETS_VERSION', '0.0.0' )", `define( 'WISG_WIDGETS_VERSION', '${version}' )`)
      .replace(/^Stable tag: 0\.0\.0$/m, `Stable tag: ${version}`)
      .replace(/^= 0\.0\.0 =$/m, `= ${version} =`)
      .replace(/^(\s*"version": )"0\.0\.0"/m, `$1"${version}"`);
    writeFileSync(join(plugin, file), text);
  }
  cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
  // The widgets themselves: the classic build (no script modules before WordPress 6.5), the
  // stylesheet of their pre-rendered content (what the blocks save), the blocks' editor script.
  const assets = {
    styles: ['wisg-widgets.css', join(root, 'dist/wisg-widgets.css')],
    editor: ['editor.js', join(out, 'editor.js')],
  };
  // The classic build and its lazy chunks, which it loads from its own folder (import('./wisg-widgets-NAME.js')):
  // in a folder named after a hash of all of them, so that a browser that has an older chunk cached
  // never pairs it with a newer bundle after an update (the chunks' URLs carry no ?ver=).
  // Every chunk there is (scripts/lazy-chunks.mjs), so a new one cannot be left out.
  const bundle = { widgets: 'wisg-widgets.iife.js', ...Object.fromEntries(Object.values(LAZY_CHUNKS).map((file) => [file, file])) };
  // The source map stays out: its comment would only send devtools looking for it.
  const code = (from) => readFileSync(from, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 10);
  const bundleCode = Object.fromEntries(Object.entries(bundle).map(([handle, name]) => [handle, code(join(root, 'dist', name))]));
  const bundleVersion = bundleFolderName(version, Object.values(bundleCode));
  const bundleDir = `build/${bundleVersion}`;
  mkdirSync(join(plugin, bundleDir), { recursive: true });
  for (const [handle, name] of Object.entries(bundle)) writeFileSync(join(plugin, bundleDir, name), bundleCode[handle]);
  const versions = { widgets: bundleVersion, widgets_path: `${bundleDir}/${bundle.widgets}` };
  for (const [handle, [name, from]] of Object.entries(assets)) {
    const text = code(from);
    writeFileSync(join(plugin, 'build', name), text);
    versions[handle] = `${version}-${hash(text)}`;
  }
  writeFileSync(
    join(plugin, 'build/versions.php'),
    `<?php\n// Written by scripts/build-wordpress.mjs: a hash of each script, for its URL; the folder of the widgets' bundle and chunks.\nreturn ${phpArray(versions)};\n`,
  );

  // Translations: a .mo for PHP (and block.json), JSON for the editor script.
  const strings = pluginStrings();
  for (const po of readdirSync(join(source, 'languages')).filter((file) => file.endsWith('.po'))) {
    const locale = po.match(/^wisg-widgets-(.+)\.po$/)[1];
    const entries = readPo(readFileSync(join(source, 'languages', po), 'utf8'));
    const translated = new Map(entries.filter(([, , str]) => str !== '').map(([ctx, id, str]) => [`${ctx ?? ''}\u0004${id}`, str]));
    const missing = strings.filter(([ctx, text]) => !translated.has(`${ctx ?? ''}\u0004${text}`));
    if (missing.length) throw new Error(`${po} has no translation for:\n${missing.map(([ctx, text]) => `  ${ctx ? `[${ctx}] ` : ''}${text}`).join('\n')}`);
    const mo = join(plugin, 'languages', po.replace(/\.po$/, '.mo'));
    mkdirSync(join(mo, '..'), { recursive: true });
    const msgfmt = spawnSync('msgfmt', ['--check', '-o', mo, join(source, 'languages', po)], { encoding: 'utf8' });
    if (msgfmt.status !== 0) throw new Error(`msgfmt ${po}: ${msgfmt.stderr}`);
    // WordPress looks for {domain}-{locale}-{handle}.json beside the .mo (wp_set_script_translations).
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
    for (const [ctx, id, str] of entries) if (str && !ctx) messages[id] = [str];
    const jed = { domain: 'messages', locale_data: { messages } };
    writeFileSync(join(plugin, 'languages', `wisg-widgets-${locale}-wisg-widgets-editor.json`), JSON.stringify(jed));
  }

  // The zip holds the folder, as WordPress's upload expects (wisg-widgets/wisg-widgets.php).
  const files = {};
  for (const file of filesUnder(plugin).sort()) files[`wisg-widgets/${file}`] = [readFileSync(join(plugin, file)), { mtime: new Date('2026-01-01T00:00:00Z') }];
  writeFileSync(join(out, 'wisg-widgets.zip'), zipSync(files, { level: 9 }));
  const size = statSync(join(out, 'wisg-widgets.zip')).size;
  console.log(`${relative(root, join(out, 'wisg-widgets.zip'))}: ${Object.keys(files).length} files, ${(size / 1024).toFixed(1)} KB`);
}

function phpArray(object) {
  return `array( ${Object.entries(object)
    .map(([key, value]) => `'${key}' => '${value}'`)
    .join(', ')} )`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (spawnSync('msgfmt', ['--version']).error) {
    console.warn("dist/wordpress/ not built: the plugin's translations need msgfmt (apt-get install gettext)");
  } else {
    build();
  }
}
