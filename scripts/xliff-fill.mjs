#!/usr/bin/env node
// Adds <target>s to locales/<lang>.xlf from a JSON map: { "English source": "translation" }.
// Placeholders are written as in the code, `${name}`, on both sides.
// Usage: node scripts/xliff-fill.mjs ka translations.json   (existing targets are replaced)
import { readFileSync, writeFileSync } from 'node:fs';

const [lang, mapFile] = process.argv.slice(2);
if (!lang || !mapFile) {
  console.error('usage: node scripts/xliff-fill.mjs <lang> <map.json>');
  process.exit(2);
}
const path = `locales/${lang}.xlf`;
const map = JSON.parse(readFileSync(mapFile, 'utf8'));
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

let filled = 0;
const xml = readFileSync(path, 'utf8').replace(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(\s*<target>[\s\S]*?<\/target>)?/g, (unit, id, source) => {
  const placeholders = new Map();
  const plain = unescapeXml(
    source.replace(/<x id="(\d+)" equiv-text="([^"]*)"\/>/g, (_, n, equiv) => {
      const code = unescapeXml(equiv);
      placeholders.set(code, `<x id="${n}" equiv-text="${equiv}"/>`);
      return code;
    }),
  );
  const translation = map[plain];
  if (translation === undefined) return unit;
  const parts = translation.split(/(\$\{[^}]+\})/);
  const target = parts
    .map((part) => {
      if (!/^\$\{[^}]+\}$/.test(part)) return escapeXml(part);
      const x = placeholders.get(part);
      if (!x) throw new Error(`${id}: placeholder ${part} is not in the source "${plain}"`);
      return x;
    })
    .join('');
  filled++;
  return `<trans-unit id="${id}">\n  <source>${source}</source>\n  <target>${target}</target>`;
});
writeFileSync(path, xml);
const missing = [...xml.matchAll(/<trans-unit id="[^"]+">\s*<source>([\s\S]*?)<\/source>\s*<\/trans-unit>/g)].map((m) => m[1]);
console.log(`${filled} targets written; ${missing.length} units without a target${missing.length ? ':\n  ' + missing.join('\n  ') : ''}`);
