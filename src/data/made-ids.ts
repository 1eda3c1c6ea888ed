/**
 * Ids made for projects a sheet or an IATI file gives none: readable, from the title, and the
 * same every time the file is read.
 */
import { foldForSearch } from './search.js';

// The national system of romanisation of Georgian (2002): one Latin spelling per letter.
const GEORGIAN_LATIN = 'a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h'.split(' ');

/** A readable id from a title: "ფემინისტური ფორუმი 2023" → "peministuri-porumi-2023". */
export function slug(title: string): string {
  return foldForSearch(title)
    .replace(/[\u10D0-\u10F0]/g, (char) => `${GEORGIAN_LATIN[char.charCodeAt(0) - 0x10d0]}`)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … : the first not in `taken`, which it is then added to. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
