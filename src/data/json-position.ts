/**
 * Where a JSON text stops being JSON, as line and column.
 *
 * `JSON.parse` says where only in some engines and in each one's own English words;
 * this small scanner gives the same answer everywhere, so the message can be localized.
 * It runs only after `JSON.parse` has failed.
 */
export function locateJsonError(text: string): { line: number; column: number } {
  const offset = firstErrorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntaxError {
  constructor(readonly offset: number) {}
}

// The scanner's state while it runs (it is synchronous, so one pair serves every call). Plain
// functions over it, not a class: the problems' chunk is byte-counted, and `this.` is not mangled.
let text = '';
let at = 0;

/** The offset of the first character that is not JSON (the text's length: none). */
function firstErrorOffset(json: string): number {
  text = json;
  at = 0;
  try {
    value();
    space();
    if (at < text.length) fail();
    return text.length;
  } catch (error) {
    // A RangeError (nesting deeper than the stack) still has a useful place: where we got to.
    return Math.min(error instanceof JsonSyntaxError ? error.offset : at, text.length);
  } finally {
    text = '';
  }
}

function fail(): never {
  throw new JsonSyntaxError(at);
}

const isDigit = (char = ''): boolean => /[0-9]/.test(char);

function space(): void {
  while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
}

function digits(): void {
  while (isDigit(text[at])) at++;
}

function literal(word: string): void {
  for (const char of word) {
    if (text[at] !== char) fail();
    at++;
  }
}

function value(): void {
  space();
  const char = text[at];
  if (char === '{') container('}', true);
  else if (char === '[') container(']', false);
  else if (char === '"') string();
  else if (char === 't') literal('true');
  else if (char === 'f') literal('false');
  else if (char === 'n') literal('null');
  else number();
}

/** An object (its members `"name": value`) or an array; `at` is on its opening bracket. */
function container(close: string, named: boolean): void {
  at++;
  space();
  if (text[at] === close) return void at++;
  for (;;) {
    if (named) {
      space();
      if (text[at] !== '"') fail();
      string();
      space();
      if (text[at] !== ':') fail();
      at++;
    }
    value();
    space();
    if (text[at] === ',') at++;
    else if (text[at] === close) return void at++;
    else fail();
  }
}

function string(): void {
  at++; // opening quote
  for (;;) {
    if (at >= text.length) fail();
    const code = text.charCodeAt(at);
    if (code === 34) return void at++;
    if (code < 32) fail();
    if (code === 92) {
      at++;
      if (text[at] === 'u') {
        at++;
        for (let k = 0; k < 4; k++, at++) if (!/[0-9a-fA-F]/.test(text[at] ?? '')) fail();
        continue;
      }
      if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) fail();
    }
    at++;
  }
}

function number(): void {
  if (text[at] === '-') at++;
  if (text[at] === '0') at++;
  else if (/[1-9]/.test(text[at] ?? '')) digits();
  else fail();
  if (text[at] === '.') {
    at++;
    if (!isDigit(text[at])) fail();
    digits();
  }
  if (text[at] === 'e' || text[at] === 'E') {
    at++;
    if (text[at] === '+' || text[at] === '-') at++;
    if (!isDigit(text[at])) fail();
    digits();
  }
}
