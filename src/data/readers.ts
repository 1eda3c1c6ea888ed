/**
 * The spreadsheet and IATI readers: the chunk the widgets load on first use
 * (dist/wisg-widgets-readers.js next to the bundles), and the data layer's in Node.
 */
export { readCsv } from './csv.js';
export { readIati } from './iati.js';
export type { Reading, ReadOptions } from './reading.js';
