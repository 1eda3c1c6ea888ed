/**
 * A small XML reader: text in, a tree of elements out, or where the text stops being XML.
 *
 * Ours rather than the browser's DOMParser, so that one reader runs in the widgets and in
 * Node (the checker), gives the same answers and the same error positions in every engine,
 * and never touches a DOM. It reads what IATI files are: elements, attributes, text, CDATA,
 * comments, processing instructions, a DOCTYPE (skipped, so no entity it declares is
 * expanded), the five predefined entities and character references. Namespaces are not
 * resolved: a prefixed name (`xml:lang`, `iati-extra:version`) is kept as written.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

/** An element still being read: its children grow until its end tag. */
interface OpenElement extends XmlElement {
  readonly children: (XmlElement | string)[];
}

export type XmlResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly line: number; readonly column: number };

// A name: [A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]* (NaN, past the end, is neither).
const isNameStart = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code >= 0xc0;
const isNameChar = (code: number): boolean => isNameStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45 || code === 0xb7;
const ATTRIBUTE = /\s+([A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlSyntaxError {
  constructor(readonly offset: number) {}
}

/**
 * Parses an XML document. Never throws. `take`, when given, is handed each child element of the
 * root as soon as it is closed (with the root as far as it is read: its name and attributes); one
 * it takes (returns true for) is not kept in the root's children. So a reader can map an IATI
 * file's activities one by one and the tree of all of them is never built (its garbage collection
 * was a sixth of a 6.7 MB file's time to painted).
 */
export function parseXml(text: string, take?: (element: XmlElement, root: XmlElement) => boolean): XmlResult {
  try {
    return { ok: true, root: new XmlScanner(text, take).document() };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return { ok: false, ...lineAndColumn(text, error.offset) };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class XmlScanner {
  private _i = 0;

  constructor(
    private readonly _text: string,
    private readonly _take?: (element: XmlElement, root: XmlElement) => boolean,
  ) {
    if (_text.charCodeAt(0) === 0xfeff) this._i = 1;
  }

  document(): XmlElement {
    this._misc();
    if (this._text.startsWith('<!DOCTYPE', this._i)) {
      this._doctype();
      this._misc();
    }
    if (this._text[this._i] !== '<') this._fail();
    const root = this._element();
    this._misc();
    if (this._i < this._text.length) this._fail();
    return root;
  }

  private _fail(at = this._i): never {
    throw new XmlSyntaxError(at);
  }

  /** White space, comments and processing instructions, outside the root element. */
  private _misc(): void {
    for (;;) {
      this._skipSpace();
      if (this._text.startsWith('<!--', this._i)) this._skipPast('-->');
      else if (this._text.startsWith('<?', this._i)) this._skipPast('?>');
      else return;
    }
  }

  private _skipPast(end: string): void {
    const at = this._text.indexOf(end, this._i);
    if (at < 0) this._fail();
    this._i = at + end.length;
  }

  /** `<!DOCTYPE …>`, with an internal subset in brackets: skipped whole. */
  private _doctype(): void {
    let depth = 0;
    for (let i = this._i; i < this._text.length; i++) {
      const char = this._text[i];
      if (char === '[') depth++;
      else if (char === ']') depth--;
      else if (char === '>' && depth <= 0) {
        this._i = i + 1;
        return;
      }
    }
    this._fail();
  }

  /** The name at `_i`, scanned by hand (a regex match per tag was a tenth of the reading). */
  private _name(): string {
    const text = this._text;
    const from = this._i;
    if (!isNameStart(text.charCodeAt(from))) this._fail();
    let i = from + 1;
    while (isNameChar(text.charCodeAt(i))) i++;
    this._i = i;
    return text.slice(from, i);
  }

  /** An element and everything in it; `_i` is at its `<`. Iterative, so nesting depth costs no stack. */
  private _element(): XmlElement {
    const text = this._text;
    const stack: OpenElement[] = [];
    for (;;) {
      const lt = text.indexOf('<', this._i);
      if (lt < 0) this._fail(text.length);
      // Text between elements; white space alone (indentation) is not kept.
      if (lt > this._i && !isSpace(text, this._i, lt)) {
        if (stack.length === 0) this._fail();
        stack[stack.length - 1]!.children.push(this._decode(this._i, lt));
      }
      this._i = lt;
      const next = text.charCodeAt(lt + 1);
      let closed: XmlElement | undefined;
      if (next === 33 /* ! */) this._markup(stack);
      else if (next === 63 /* ? */) this._skipPast('?>');
      else if (next === 47 /* / */) closed = this._endTag(stack.pop());
      else {
        const element = this._startTag();
        // Just after `/>`: an empty element, closed already.
        if (text.charCodeAt(this._i - 2) === 47 /* / */) closed = element;
        else stack.push(element);
      }
      if (closed) {
        if (stack.length === 0) return closed;
        this._add(stack, closed);
      }
    }
  }

  /** A comment, or CDATA into the open element's children; `_i` is at `<!`. */
  private _markup(stack: OpenElement[]): void {
    const text = this._text;
    const lt = this._i;
    if (text.startsWith('<!--', lt)) {
      this._skipPast('-->');
    } else if (text.startsWith('<![CDATA[', lt) && stack.length > 0) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) this._fail();
      stack[stack.length - 1]!.children.push(text.slice(lt + 9, end));
      this._i = end + 3;
    } else {
      this._fail();
    }
  }

  /** The end tag at `_i` (`</`), which must close `open`; returns it. */
  private _endTag(open: OpenElement | undefined): XmlElement {
    const text = this._text;
    const lt = this._i;
    const end = lt + 2 + (open?.name.length ?? 0);
    // The open element's name, compared in place; anything else is an error (where _name says, if it is not a name).
    if (open && text.startsWith(open.name, lt + 2) && !isNameChar(text.charCodeAt(end))) this._i = end;
    else {
      this._i = lt + 2;
      this._name();
      this._fail(lt);
    }
    this._skipSpace();
    if (text.charCodeAt(this._i) !== 62 /* > */) this._fail();
    this._i++;
    return open;
  }

  /** The start tag at `_i` (`<name`), its attributes, up to just after its `>` or `/>`. */
  private _startTag(): OpenElement {
    const text = this._text;
    this._i++;
    const name = this._name();
    const attributes: Record<string, string> = {};
    for (;;) {
      ATTRIBUTE.lastIndex = this._i;
      const match = ATTRIBUTE.exec(text);
      if (!match) break;
      const value = match[2] ?? match[3]!;
      const end = ATTRIBUTE.lastIndex - 1;
      attributes[match[1]!] = value.includes('&') ? this._decode(end - value.length, end).replace(/[\t\n\r]/g, ' ') : value.replace(/[\t\n\r]/g, ' ');
      this._i = ATTRIBUTE.lastIndex;
    }
    this._skipSpace();
    const close = text.charCodeAt(this._i);
    if (close === 47 /* / */ && text.charCodeAt(this._i + 1) === 62) this._i += 2;
    else if (close === 62 /* > */) this._i++;
    else this._fail();
    return { name, attributes, children: [] };
  }

  /** A closed element into its parent's children, unless it is the root's and `_take` takes it. */
  private _add(stack: OpenElement[], element: XmlElement): void {
    const parent = stack[stack.length - 1]!;
    if (!(stack.length === 1 && this._take?.(element, parent))) parent.children.push(element);
  }

  /** Where the next `&` at or after the last one asked for is (the text's length: none). */
  private _amp = -1;

  /**
   * The first `&` in text[from, to), or -1. The next one in the file is found once, by indexOf, and
   * kept: a search from every text to the next `&`, which may be at the file's end, took a 6.7 MB IATI
   * file 1.4 s; a loop over each text's characters, 11 ms of its 310 ms to painted, in Chromium.
   */
  private _ampersand(from: number, to: number): number {
    if (this._amp < from) {
      const next = this._text.indexOf('&', from);
      this._amp = next < 0 ? this._text.length : next;
    }
    return this._amp < to ? this._amp : -1;
  }

  private _skipSpace(): void {
    while (isSpaceCode(this._text.charCodeAt(this._i))) this._i++;
  }

  /** Text between `from` and `to` with its references replaced; a stray `&` is an error. */
  private _decode(from: number, to: number): string {
    const text = this._text;
    let amp = this._ampersand(from, to);
    if (amp < 0) return text.slice(from, to);
    let out = '';
    let at = from;
    while (amp >= 0) {
      out += text.slice(at, amp);
      ENTITY.lastIndex = amp;
      const match = ENTITY.exec(text);
      if (!match || ENTITY.lastIndex > to) this._fail(amp);
      if (match[1]) out += PREDEFINED[match[1]]!;
      else {
        const code = match[2] ? Number(match[2]) : parseInt(match[3]!, 16);
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this._fail(amp);
        out += String.fromCodePoint(code);
      }
      at = ENTITY.lastIndex;
      amp = this._ampersand(at, to);
    }
    return out + text.slice(at, to);
  }
}

const isSpaceCode = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

function isSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The element's text: its own and its descendants', in order (without recursion: any depth). */
export function textOf(element: XmlElement): string {
  const only = element.children.length === 1 ? element.children[0] : undefined;
  if (typeof only === 'string') return only;
  let out = '';
  const pending: (XmlElement | string)[] = [element];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') out += next;
    else for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return out;
}

/** The element's child elements called `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}
