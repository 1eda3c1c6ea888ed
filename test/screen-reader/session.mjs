// A real screen reader on a private desktop: Xvfb, a D-Bus session bus, the AT-SPI bus,
// Debian's Orca and a non-headless Chromium with its accessibility on. No audio device is
// needed: Orca writes every utterance to its debug file ("SPEECH OUTPUT: '…'"), and the
// test reads them from there. Keys are real X key presses (xdotool, through XTEST), so
// they reach Orca the way a keyboard's do.
//
// Everything here is started by this file and stopped by its PID; nothing else is touched
// (never `orca --replace`: it kills every process named orca).
import { execFile, spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const run = promisify(execFile);
const delay = (ms) => new Promise((done) => setTimeout(done, ms));

/** The programs a session needs, and the Debian package of each. */
export const REQUIRED = {
  Xvfb: 'xvfb',
  'dbus-daemon': 'dbus-x11 (dbus-daemon)',
  'dbus-send': 'dbus-x11 (dbus-bin)',
  xdotool: 'xdotool',
  xmodmap: 'x11-xserver-utils',
};

/** Debian's Orca; WISG_ORCA names another (to try the skip, say). */
const ORCA = process.env.WISG_ORCA || '/usr/bin/orca';
const BUS_LAUNCHERS = ['/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher', '/usr/lib/at-spi2/at-spi-bus-launcher'];

/** Why a session cannot start here (missing programs), or undefined. */
export function missingPrograms() {
  const path = (process.env.PATH ?? '').split(':');
  const missing = Object.entries(REQUIRED)
    .filter(([program]) => !path.some((dir) => existsSync(join(dir, program))))
    .map(([program, pkg]) => `${program} (${pkg})`);
  if (!existsSync(ORCA)) missing.push(`${ORCA} (orca)`);
  if (!BUS_LAUNCHERS.some(existsSync)) missing.push('at-spi-bus-launcher (at-spi2-core)');
  if (!existsSync(chromiumPath())) missing.push(`${chromiumPath()} (chromium)`);
  return missing.length ? missing : undefined;
}

/** Orca's settings for the test: its defaults, but for what would make the transcript depend on timing or the machine. */
const ORCA_SETTINGS = {
  general: {
    // The test starts reading itself (Say All) once the widget it reads has rendered,
    // rather than racing the page's data with Orca's own reading on load.
    sayAllOnLoad: false,
    pageSummaryOnLoad: false,
    // Key names ("tab", each typed letter) would only interleave with what the page says.
    enableKeyEcho: false,
    enableEchoByCharacter: false,
    enableEchoByWord: false,
    enableBraille: false,
    enableSound: false,
    enableTutorialMessages: false,
  },
  profiles: { default: { profile: ['Default', 'default'] } },
  pronunciations: {},
  keybindings: {},
};

export class SessionError extends Error {}

/**
 * What Orca said, read from its debug file as it grows.
 * `mark()` remembers a place; `since(mark)` is what was said after it.
 */
export class SpeechLog {
  /** @type {{ text: string, at: number }[]} */
  utterances = [];
  #fd;
  #offset = 0;
  #rest = '';
  #pending;
  /** When the log last grew: Orca writes a line for every event it takes and every step of its work, so a log that stopped growing is an Orca with nothing to do. */
  #grewAt = Date.now();

  constructor(path) {
    this.path = path;
  }

  #poll() {
    if (this.#fd === undefined) {
      if (!existsSync(this.path)) return;
      this.#fd = openSync(this.path, 'r');
    }
    const chunks = [];
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      const read = readSync(this.#fd, buffer, 0, buffer.length, this.#offset);
      if (read <= 0) break;
      this.#offset += read;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    if (!chunks.length) {
      // Nothing more came: the last record is whole.
      this.#finish();
      return;
    }
    this.#grewAt = Date.now();
    const text = this.#rest + Buffer.concat(chunks).toString('utf8');
    const lines = text.split('\n');
    this.#rest = lines.pop() ?? '';
    for (const line of lines) {
      // Orca indents a record's further lines by 18 spaces (debug.println with a timestamp).
      if (/^\d\d:\d\d:\d\d\.\d+ - /.test(line)) {
        this.#finish();
        this.#pending = line;
      } else if (this.#pending !== undefined) this.#pending += `\n${line.replace(/^ {18}/, '')}`;
    }
  }

  #finish() {
    const record = this.#pending;
    this.#pending = undefined;
    if (record === undefined) return;
    const match = /^\d\d:\d\d:\d\d\.\d+ - SPEECH OUTPUT: '([\s\S]*)'(?: voice=\S+)?(?: ?\{[^}]*\})?\s*$/.exec(record);
    if (match) this.utterances.push({ text: match[1], at: Date.now() });
  }

  /** Reads what is new in the file now. */
  update() {
    this.#poll();
    return this.utterances;
  }

  mark() {
    this.update();
    return this.utterances.length;
  }

  since(mark) {
    this.update();
    return this.utterances.slice(mark).map((utterance) => utterance.text);
  }

  /**
   * Waits until `test(said)` holds for what was said since `mark`. It gives up when Orca has been
   * idle (its log not growing) for `idle` ms, or after `timeout` ms in all: a loaded machine makes
   * Orca slow, not silent, so a long reading is waited for as long as it goes on.
   */
  async waitFor(mark, test, { timeout = 120_000, idle = 10_000, what = 'an utterance' } = {}) {
    const start = Date.now();
    for (;;) {
      const said = this.since(mark);
      if (test(said)) return said;
      const now = Date.now();
      if (now - start > timeout || now - Math.max(this.#grewAt, start) > idle) {
        const why = now - start > timeout ? `within ${timeout} ms` : `and was idle for ${idle} ms`;
        throw new SessionError(`Orca did not say ${what} ${why}. It said:\n${said.map((text) => `  '${text}'`).join('\n') || '  (nothing)'}`);
      }
      await delay(40);
    }
  }

  /**
   * Waits until Orca has been idle for `quiet` ms (its log not growing, so nothing left in its queue
   * to say), at most `timeout` ms in all: what a step said, whole, however slowly Orca said it.
   */
  async settle(quiet = 500, timeout = 30_000) {
    const end = Date.now() + timeout;
    for (;;) {
      this.update();
      const seenSince = Math.max(this.#grewAt, this.#lastCheck ?? 0);
      if (Date.now() - seenSince >= quiet || Date.now() > end) return;
      await delay(40);
    }
  }

  #lastCheck;
  /** From now on, `settle` measures quiet from this moment at the earliest. */
  restartQuiet() {
    this.#lastCheck = Date.now();
  }

  close() {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

/** Processes this session started, stopped in reverse order by their PID. */
class Processes {
  /** @type {{ name: string, child: import('node:child_process').ChildProcess, output: string[] }[]} */
  list = [];

  start(name, command, args, env) {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const entry = { name, child, output: [] };
    const keep = (data) => {
      entry.output.push(String(data));
      if (entry.output.length > 200) entry.output.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => keep(`${error}`));
    this.list.push(entry);
    return entry;
  }

  async stop() {
    for (const { child } of this.list.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      if ((await Promise.race([exited.then(() => true), delay(3000)])) !== true) {
        child.kill('SIGKILL');
        await Promise.race([exited, delay(2000)]);
      }
    }
    this.list = [];
  }

  /** On an abrupt exit of the test itself. */
  killNow() {
    for (const { child } of this.list) if (child.exitCode === null && child.pid) child.kill('SIGKILL');
  }
}

async function until(test, { timeout, what, interval = 50 }) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new SessionError(`${what} within ${timeout} ms`);
    await delay(interval);
  }
}

/**
 * One desktop with Orca and Chromium. `start()` sets it all up (and throws a SessionError
 * saying what did not start); `stop()` takes it all down.
 */
export class ScreenReaderSession {
  processes = new Processes();
  /** @type {import('puppeteer-core').Browser | undefined} */
  browser;
  /** @type {import('puppeteer-core').Page | undefined} */
  page;
  /** @type {SpeechLog} */
  speech;

  constructor({ firstDisplay = Number(process.env.WISG_SCREEN_READER_DISPLAY ?? 40) } = {}) {
    this.firstDisplay = firstDisplay;
    this.dir = mkdtempSync(join(tmpdir(), 'wisg-screen-reader-'));
    this.debugFile = join(this.dir, 'orca-debug.log');
    this.speech = new SpeechLog(this.debugFile);
    this._onExit = () => this.processes.killNow();
    process.once('exit', this._onExit);
  }

  /** What the processes printed, for a failure's report. */
  output() {
    return this.processes.list.map(({ name, output }) => `--- ${name}\n${output.join('').slice(-3000)}`).join('\n');
  }

  /** `startUrl`: the first page, opened with the browser (so that keyboard focus starts in the page, not the address bar). */
  async start({ startUrl }) {
    this.startUrl = startUrl;
    await this.#startDisplay();
    await this.#startBuses();
    await this.#startOrca();
    await this.#findFreeKeycodes();
    await this.#startChromium();
  }

  async #startDisplay() {
    for (let display = this.firstDisplay; display < this.firstDisplay + 10; display++) {
      if (existsSync(`/tmp/.X${display}-lock`) || existsSync(`/tmp/.X11-unix/X${display}`)) continue;
      const entry = this.processes.start('Xvfb', 'Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
      try {
        await until(() => existsSync(`/tmp/.X11-unix/X${display}`) || entry.child.exitCode !== null, { timeout: 10_000, what: 'Xvfb did not start' });
      } catch {
        // Tried below.
      }
      if (entry.child.exitCode === null && existsSync(`/tmp/.X11-unix/X${display}`)) {
        this.display = `:${display}`;
        return;
      }
    }
    throw new SessionError(`Xvfb did not start on any display from :${this.firstDisplay} to :${this.firstDisplay + 9}`);
  }

  async #startBuses() {
    const bus = this.processes.start('dbus-daemon', 'dbus-daemon', ['--session', '--nofork', '--print-address=1'], process.env);
    const address = await until(
      () =>
        bus.output
          .join('')
          .split('\n')
          .find((line) => line.startsWith('unix:')),
      { timeout: 10_000, what: 'The D-Bus session bus did not start' },
    );
    this.env = {
      ...process.env,
      DISPLAY: this.display,
      DBUS_SESSION_BUS_ADDRESS: address.trim(),
      // A private runtime dir: no other speech-dispatcher or settings daemon is found.
      XDG_RUNTIME_DIR: join(this.dir, 'runtime'),
      XDG_CONFIG_HOME: join(this.dir, 'config'),
      XDG_CACHE_HOME: join(this.dir, 'cache'),
      XDG_DATA_HOME: join(this.dir, 'data'),
      LANG: 'C.UTF-8',
    };
    for (const dir of ['runtime', 'config', 'cache', 'data']) mkdirSync(join(this.dir, dir), { recursive: true, mode: 0o700 });
    const launcher = BUS_LAUNCHERS.find(existsSync);
    this.processes.start('at-spi-bus-launcher', launcher, ['--launch-immediately'], this.env);
    await until(
      () =>
        run('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], { env: this.env, timeout: 2000 }).then(
          () => true,
          () => false,
        ),
      { timeout: 10_000, what: 'The AT-SPI bus did not start', interval: 200 },
    );
  }

  async #startOrca() {
    const prefs = join(this.dir, 'orca-prefs');
    mkdirSync(prefs, { recursive: true });
    writeFileSync(join(prefs, 'user-settings.conf'), JSON.stringify(ORCA_SETTINGS, null, 2));
    // Orca's own interpreter (its #! line), which has its modules (pyatspi, gi).
    const python = /^#!\s*(\S+)/.exec(readFileSync(ORCA, 'utf8').split('\n', 1)[0])?.[1] ?? '/usr/bin/python3';
    const orca = this.processes.start('orca', python, [join(here, 'orca-line-buffered.py'), '-u', prefs, `--debug-file=${this.debugFile}`], this.env);
    this.orcaPid = orca.child.pid;
    try {
      await until(() => orca.child.exitCode !== null || this.speech.update().some((u) => u.text === 'Screen reader on.'), {
        timeout: 30_000,
        what: 'Orca did not say "Screen reader on."',
      });
    } catch (error) {
      throw new SessionError(`${error.message}\n${this.output()}`);
    }
    if (orca.child.exitCode !== null) {
      throw new SessionError(`Orca exited (${orca.child.exitCode}) before it spoke: ${orca.output.join('').trim().split('\n').slice(-3).join(' / ').slice(-800) || 'no output'}`);
    }
  }

  /** Keycodes no key uses, for letters the keyboard map lacks. */
  async #findFreeKeycodes() {
    const { stdout } = await run('xmodmap', ['-pke'], { env: this.env });
    this.freeKeycodes = stdout
      .split('\n')
      .map((line) => /^keycode\s+(\d+)\s*=\s*$/.exec(line)?.[1])
      .filter(Boolean)
      .map(Number);
    /** @type {Map<string, number>} */
    this.keycodes = new Map();
  }

  /** Gives each letter of `text` that has no key (Georgian) a keycode of its own, so that `xdotool type` reaches Chromium. */
  async #mapLetters(text) {
    const needed = [...new Set(text)].filter((letter) => letter.codePointAt(0) > 0x7f && !this.keycodes.has(letter));
    if (!needed.length) return;
    const expressions = [];
    for (const letter of needed) {
      const keycode = this.freeKeycodes.shift();
      if (keycode === undefined) throw new SessionError(`No free keycode left for "${letter}"`);
      this.keycodes.set(letter, keycode);
      const keysym = `U${letter.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      expressions.push('-e', `keycode ${keycode} = ${keysym} ${keysym}`);
    }
    await run('xmodmap', expressions, { env: this.env });
  }

  async #startChromium() {
    const profile = join(this.dir, 'chromium');
    mkdirSync(join(profile, 'Default'), { recursive: true });
    // Translate's "Translate this page?" bubble is read as an alert and takes focus.
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false }, credentials_enable_service: false }));
    const mark = this.speech.mark();
    this.browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: false,
      pipe: true,
      userDataDir: profile,
      env: this.env,
      defaultViewport: null,
      // "Chrome is being controlled by automated test software" would be read as part of the window.
      ignoreDefaultArgs: ['--enable-automation'],
      args: [
        ...CHROMIUM_FLAGS,
        '--force-renderer-accessibility',
        '--no-default-browser-check',
        '--disable-session-crashed-bubble',
        '--password-store=basic',
        '--window-position=0,0',
        '--window-size=1280,1000',
        '--lang=en-US',
        this.startUrl,
      ],
      protocolTimeout: 60_000,
      timeout: 60_000,
    });
    this.processes.list.push({ name: 'chromium', child: this.browser.process(), output: [] });
    const pages = await this.browser.pages();
    this.page = pages.find((page) => page.url() === this.startUrl) ?? pages[0] ?? (await this.browser.newPage());
    // Orca has found the browser window when it names it.
    await this.speech.waitFor(mark, (said) => said.some((text) => /chromium/i.test(text)), { timeout: 30_000, what: 'the Chromium window' });
  }

  /**
   * Opens `url` (titled `title`) and waits until Orca has read the page's first line (`firstLine`)
   * after its "Finished loading <title>." (or "Browse mode", said instead when it was in focus
   * mode): a busy Orca may still be speaking of the page before, which has the same first line.
   */
  async open(url, title, firstLine) {
    const mark = this.speech.mark();
    await this.page.goto(url, { waitUntil: 'load' });
    const loaded = (said) => said.findIndex((text) => text.includes(title) || text === 'Browse mode');
    await this.speech.waitFor(mark, (said) => loaded(said) >= 0 && said.slice(loaded(said)).some((text) => text.startsWith(firstLine)), {
      idle: 20_000,
      what: `the page's first line ("${firstLine}") after "Finished loading ${title}"`,
    });
    await this.speech.settle(300);
  }

  /** Presses keys as a keyboard would (xdotool key names: Tab, Return, KP_Add, ctrl+Home, …). */
  async key(...keys) {
    this.speech.restartQuiet();
    await run('xdotool', ['key', '--delay', '60', ...keys], { env: this.env });
  }

  /** Types text, a key per letter (Georgian too, see #mapLetters). */
  async type(text) {
    await this.#mapLetters(text);
    this.speech.restartQuiet();
    await run('xdotool', ['type', '--delay', '120', text], { env: this.env });
  }

  async stop() {
    process.removeListener('exit', this._onExit);
    this.speech.close();
    try {
      await this.browser?.close();
    } catch {
      // Stopped by its PID below.
    }
    await this.processes.stop();
  }

  /** Keeps Orca's full debug log (for a failure's diagnosis), then removes the session's files. */
  cleanUp(keepDebugLogAs) {
    if (keepDebugLogAs && existsSync(this.debugFile) && statSync(this.debugFile).size) {
      mkdirSync(dirname(keepDebugLogAs), { recursive: true });
      copyFileSync(this.debugFile, keepDebugLogAs);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
