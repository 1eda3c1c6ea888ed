// The npm package as its users get it: `npm pack`, installed from the tarball into a
// scratch project, then used from Node, TypeScript, a browser (each entry), a bundler,
// React 19 and Vue 3 (examples/).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build as esbuild } from 'esbuild';
import { launch, openPage } from './browser.mjs';
import { serve } from '../../scripts/static-server.mjs';

const repo = process.cwd();
const require = createRequire(join(repo, 'package.json'));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const data = JSON.parse(readFileSync('data/wisg-projects.json', 'utf8'));
const npm = (args, cwd) => {
  const run = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
  assert.equal(run.status, 0, `npm ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};

/** Every `exports` subpath → its file, from the installed package.json. */
function exportTargets(pkg) {
  return Object.entries(pkg.exports).map(([subpath, target]) => ({ subpath, file: typeof target === 'string' ? target : target.default, types: target.types }));
}

describe('the npm package, packed and installed', () => {
  let scratch;
  let installed;
  let packed;
  let browser;
  let server;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'wisg-package-'));
    // dist/ is fresh (test/node/ship.test.mjs built it); prepack would only build it again.
    [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], repo));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--ignore-scripts', '--no-save', join(scratch, packed.filename)], scratch);
    installed = join(scratch, 'node_modules/@wisg/widgets');
    browser = await launch();
    server = await serve(scratch);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the tarball holds every file the exports map names, and no sources or tests', (t) => {
    const files = packed.files.map((file) => file.path);
    t.diagnostic(`${packed.filename}: ${files.length} files, ${(packed.size / 1000).toFixed(1)} kB packed, ${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked`);
    for (const { subpath, file, types } of exportTargets(manifest)) {
      assert.ok(existsSync(join(installed, file)), `${subpath} → ${file}`);
      if (types) assert.ok(existsSync(join(installed, types)), `${subpath} types → ${types}`);
    }
    assert.ok(existsSync(join(installed, manifest.customElements)));
    assert.deepEqual(
      files.filter((file) => /^(src|test|stories|scripts|examples|demo|node_modules)\//.test(file) || /\.test\./.test(file)),
      [],
    );
    for (const file of ['README.md', 'package.json', 'dist/wisg-widgets.js', 'dist/wisg-widgets.iife.js', 'dist/types/index.d.ts']) assert.ok(files.includes(file), file);
  });

  test('custom-elements.json describes the three elements, every part of their interface documented', () => {
    const cem = JSON.parse(readFileSync(join(installed, 'dist/custom-elements.json'), 'utf8'));
    const elements = cem.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
    assert.deepEqual(elements.map((element) => element.tagName).sort(), ['wisg-project-card', 'wisg-project-list', 'wisg-timeline']);
    const undocumented = [];
    for (const element of elements) {
      for (const kind of ['attributes', 'members', 'events', 'slots', 'cssParts', 'cssProperties']) {
        for (const item of element[kind] ?? []) if (!item.description?.trim()) undocumented.push(`<${element.tagName}> ${kind}: ${item.name}`);
      }
      for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) assert.ok(element[kind]?.length, `<${element.tagName}> lists its ${kind}`);
    }
    assert.deepEqual(undocumented, []);
  });

  test('npx @wisg/widgets render: the snippet with the projects inside, from the installed package', async () => {
    const bin = join(scratch, 'node_modules/.bin/wisg-widgets');
    const file = join(installed, 'data/wisg-projects.json');
    const render = (...args) => spawnSync(bin, ['render', file, ...args], { cwd: scratch, encoding: 'utf8' });
    const list = render('--element', 'list', '--lang', 'en', '--src', '/projects.json', '--today', '2025-06-01');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^<wisg-project-list src="\/projects.json" today="2025-06-01" lang="en"><div class="wisg-static" lang="en">/);
    for (const project of data.projects) assert.ok(list.stdout.includes(`data-project-id="${project.id}"`) && list.stdout.includes(project.title.en.replace(/'/g, "'")), project.id);
    const card = render('--element', 'card', '--project', 'rfsl-2022-24', '--lang', 'ka', '--assets', 'https://unpkg.com/@wisg/widgets@0.1.0');
    assert.equal(card.status, 0, card.stderr);
    assert.deepEqual(card.stdout.split('\n').slice(0, 2), [
      '<script type="module" src="https://unpkg.com/@wisg/widgets@0.1.0/dist/wisg-widgets.js"></script>',
      '<link rel="stylesheet" href="https://unpkg.com/@wisg/widgets@0.1.0/dist/wisg-widgets.css">',
    ]);
    assert.match(card.stdout, /<h3 id="wisg-card-3-title" class="title">RFSL 2022-24<\/h3>/);
    const missing = render('--element', 'card', '--project', 'nope');
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /There is no project "nope" in .*Its projects: un-joint-programme-gender-equality, /);
    assert.equal(render('--element', 'table').status, 2);
    // What it printed works in a browser with the package's bundle and stylesheet: the element takes over.
    writeFileSync(
      join(scratch, 'cli.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cli</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/node_modules/@wisg/widgets/dist/wisg-widgets.css"><script type="module" src="/node_modules/@wisg/widgets/dist/wisg-widgets.js"></script></head><body>${render('--element', 'timeline', '--lang', 'en', '--inline').stdout}</body></html>`,
    );
    const { page, problems } = await openPage(browser);
    await page.goto(`${server.url}/cli.html`);
    await page.waitForFunction(() => document.querySelector('wisg-timeline').shadowRoot?.querySelector('.bars button'), { timeout: 10_000 });
    assert.equal(await page.evaluate(() => document.querySelector('wisg-timeline').shadowRoot.querySelectorAll('.bars > li').length), data.projects.length);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('npx @wisg/widgets check and convert: a sheet and an IATI file, from the installed package', () => {
    const bin = join(scratch, 'node_modules/.bin/wisg-widgets');
    const run = (...args) => spawnSync(bin, args, { cwd: scratch, encoding: 'utf8' });
    // The sheets the package ships: WISG's projects, and the template to start one from.
    const sheet = join(installed, 'data/wisg-projects.csv');
    assert.deepEqual([run('check', sheet).status, run('check', sheet).stdout], [0, `${sheet}: 9 projects read, 0 problems.\n`]);
    const template = join(installed, 'templates/projects.csv');
    assert.deepEqual([run('check', template, '--lang', 'ka').status, run('check', template, '--lang', 'ka').stdout], [0, `${template}: წაკითხულია 2 პროექტი, 0 პრობლემა.\n`]);
    // A day that does not exist: the widgets' own message, located in the sheet's terms, in Georgian.
    const broken = join(scratch, 'broken.csv');
    writeFileSync(broken, 'title,start\r\nForum,2023-05-01\r\nMeeting,31.02.2023\r\n');
    const checked = run('check', broken, '--lang', 'ka');
    assert.equal(checked.status, 1);
    assert.equal(
      checked.stdout,
      `${broken}: მწკრივი 3 (უჯრა B3), სვეტი „start“: „31.02.2023“ არ არის თარიღი (YYYY-MM-DD, DD.MM.YYYY, YYYY-MM ან YYYY).\n${broken}: წაკითხულია 1 პროექტი, 1 პრობლემა (1 შეცდომა).\n`,
    );
    assert.equal(run('check').status, 2);
    const out = join(scratch, 'from-sheet.json');
    const converted = run('convert', sheet, '--to', 'json', '--out', out);
    assert.deepEqual([converted.status, converted.stderr], [0, '']);
    assert.deepEqual(
      JSON.parse(readFileSync(out, 'utf8')).projects.map((project) => [project.id, project.title.en, project.start]),
      data.projects.map((project) => [project.id, project.title.en, project.start]),
    );
    const iati = run('convert', join(repo, 'test/fixtures/iati/example-annotated-2.03.xml'), '--to', 'json');
    assert.equal(iati.status, 0, iati.stderr);
    assert.deepEqual(
      JSON.parse(iati.stdout).projects.map((project) => [project.id, project.start, project.status]),
      [['AA-AAA-123456789-ABC123', '2012-04-28', 'ongoing']],
    );
  });

  test('the data layer runs in Node (no DOM) from @wisg/widgets/data.js', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { parseProjects } from '@wisg/widgets/data.js';
         import { readFileSync } from 'node:fs';
         import { createRequire } from 'node:module';
         const require = createRequire(import.meta.url);
         const json = JSON.parse(readFileSync(require.resolve('@wisg/widgets/data/wisg-projects.json'), 'utf8'));
         const schema = JSON.parse(readFileSync(require.resolve('@wisg/widgets/schema/projects.schema.json'), 'utf8'));
         const model = parseProjects(json);
         console.log(JSON.stringify({ projects: model.projects.length, issues: model.issues.length, schema: schema.$schema ? 'yes' : 'no' }));`,
      ],
      { cwd: scratch, encoding: 'utf8' },
    );
    assert.deepEqual(JSON.parse(out), { projects: data.projects.length, issues: 0, schema: 'yes' });
  });

  test('TypeScript users get the tags, properties and event details typed', () => {
    cpSync(join(repo, 'test/ship/consumer.mts'), join(scratch, 'consumer.mts'));
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], skipLibCheck: false, types: [] },
        files: ['consumer.mts'],
      }),
    );
    const run = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test('a bundler importing only the card gets no list and no timeline; a class entry alone is dropped', async () => {
    const bundle = async (contents) => {
      const result = await esbuild({
        stdin: { contents, resolveDir: scratch, loader: 'js' },
        bundle: true,
        write: false,
        format: 'esm',
        logLevel: 'silent',
      });
      return result.outputFiles[0].text;
    };
    const card = await bundle(`import '@wisg/widgets/project-card.js';`);
    assert.match(card, /\bWisgProjectCard\b/);
    assert.match(card, /"wisg-project-card"/);
    for (const absent of ['WisgTimeline', 'wisg-timeline', 'WisgProjectList', 'wisg-project-list']) assert.ok(!card.includes(absent), `${absent} is not in the card's bundle`);
    // sideEffects: importing a class entry for nothing keeps none of our code (lit's own
    // modules stay: lit does not declare itself side-effect free).
    const unused = await bundle(`import '@wisg/widgets/project-card.class.js';`);
    for (const absent of ['WisgProjectCard', 'WisgElement', 'projectId', 'wisg-project-card']) assert.ok(!unused.includes(absent), `an unused class entry leaves out ${absent}`);
    const used = await bundle(`import { WisgProjectCard } from '@wisg/widgets/project-card.class.js'; customElements.define('x-card', WisgProjectCard);`);
    assert.match(used, /\bWisgProjectCard\b/);
    assert.ok(!used.includes('"wisg-project-card"'), 'the class entry does not define <wisg-project-card>');
  });

  test('each entry imports in a browser, from the installed files (an import map, no bundler)', async () => {
    const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    const imports = {
      lit: '/node_modules/lit/index.js',
      'lit/': '/node_modules/lit/',
      'lit-html': '/node_modules/lit-html/lit-html.js',
      'lit-html/': '/node_modules/lit-html/',
      'lit-element/': '/node_modules/lit-element/',
      '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
      '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      '@lit/localize/': '/node_modules/@lit/localize/',
    };
    const entries = exportTargets(pkg).filter(({ file }) => file.endsWith('.js') && !file.includes('.iife.'));
    for (const { subpath, file } of entries) imports[`@wisg/widgets${subpath === '.' ? '' : subpath.slice(1)}`] = `/node_modules/@wisg/widgets/${file.replace(/^\.\//, '')}`;
    const tags = ['wisg-project-card', 'wisg-project-list', 'wisg-timeline'];
    const expected = {
      '@wisg/widgets': { defines: tags, exports: ['WisgProjectCard', 'WisgProjectList', 'WisgTimeline', 'parseProjects', 'VERSION'] },
      '@wisg/widgets/project-card.js': { defines: ['wisg-project-card'], exports: ['WisgProjectCard'] },
      '@wisg/widgets/project-list.js': { defines: ['wisg-project-list'], exports: ['WisgProjectList'] },
      '@wisg/widgets/timeline.js': { defines: ['wisg-timeline'], exports: ['WisgTimeline'] },
      '@wisg/widgets/project-card.class.js': { defines: [], exports: ['WisgProjectCard'] },
      '@wisg/widgets/project-list.class.js': { defines: [], exports: ['WisgProjectList'] },
      '@wisg/widgets/timeline.class.js': { defines: [], exports: ['WisgTimeline'] },
      '@wisg/widgets/data.js': { defines: [], exports: ['parseProjects', 'formatDate', 'queryProjects'] },
      '@wisg/widgets/render.js': { defines: [], exports: ['renderSnippet', 'renderStatic', 'escapeText'] },
      '@wisg/widgets/wisg-widgets.js': { defines: tags, exports: ['WisgProjectCard', 'VERSION'] },
    };
    assert.deepEqual(
      Object.keys(expected).sort(),
      Object.keys(imports)
        .filter((key) => key.startsWith('@wisg/'))
        .sort(),
      'every JS entry is tested',
    );
    for (const [specifier, { defines, exports }] of Object.entries(expected)) {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
        <script type="importmap">${JSON.stringify({ imports })}</script></head><body>
        <script type="module">
          const module = await import(${JSON.stringify(specifier)});
          window.result = {
            exports: Object.keys(module),
            defined: ${JSON.stringify(tags)}.filter((tag) => customElements.get(tag)),
          };
        </script></body></html>`;
      writeFileSync(join(scratch, 'entry.html'), html);
      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/entry.html`);
      const result = await page.waitForFunction(() => window.result, { timeout: 10_000 }).then((handle) => handle.jsonValue());
      assert.deepEqual(result.defined, defines, `${specifier} defines ${defines.join(', ') || 'nothing'}`);
      for (const name of exports) assert.ok(result.exports.includes(name), `${specifier} exports ${name}`);
      assert.deepEqual(problems, [], specifier);
      await page.close();
    }
  });

  for (const framework of ['react', 'vue']) {
    test(`${framework === 'react' ? 'React 19' : 'Vue 3'} (examples/${framework}): properties set, wisg-project-select handled, language switched`, async () => {
      const app = join(scratch, framework);
      cpSync(join(repo, 'examples', framework), app, { recursive: true, filter: (source) => !/node_modules|[\\/]dist$/.test(source) });
      const { build } = await import(resolve(repo, 'examples', framework, 'build.mjs'));
      // @wisg/widgets and lit from the scratch install; React/Vue from the repository's dev dependencies.
      await build({ root: app, nodePaths: [join(scratch, 'node_modules'), join(repo, 'node_modules')] });
      const bundle = readFileSync(join(app, 'dist/app.js'), 'utf8');
      assert.ok(!bundle.includes(join(repo, 'src')), 'the app uses the package, not the sources');

      const { page, problems } = await openPage(browser);
      await page.goto(`${server.url}/${framework}/index.html`);
      const listText = () => page.evaluate(() => document.querySelector('wisg-project-list')?.shadowRoot?.querySelector('[part~="base"]')?.textContent.replace(/\s+/g, ' ') ?? '');
      await page.waitForFunction(() => document.querySelector('wisg-project-list')?.shadowRoot?.querySelectorAll('article').length > 0);
      // The projects went in as a property: the list shows them all, under the heading set by the app.
      const english = await listText();
      assert.match(english, /All projects/);
      assert.match(english, new RegExp(`(^| )${data.projects.length} projects( |$)`));
      for (const project of data.projects) assert.ok(english.includes(project.title.en), project.title.en);
      assert.match(await page.$eval('#selected', (element) => element.textContent), /Open a project/);

      // Opening the first card's activities fires wisg-project-select; the app shows the selected card.
      const first = await page.evaluate(() => {
        const card = document.querySelector('wisg-project-list').shadowRoot.querySelector('article');
        card.querySelector('[part~="disclosure"]').click();
        return card.querySelector('[part~="title"]').textContent.trim();
      });
      await page.waitForFunction((title) => document.querySelector('#selected').textContent.includes(`Selected: ${title}`), { timeout: 5_000 }, first);
      await page.waitForFunction(() => document.querySelector('#selected-card')?.shadowRoot?.querySelector('article'));
      const cardText = await page.$eval('#selected-card', (element) => element.shadowRoot.querySelector('article').textContent.replace(/\s+/g, ' '));
      assert.ok(cardText.includes(first), 'the selected card shows the project');

      // The app's language switch reaches the widgets through lang.
      await page.click('button');
      await page.waitForFunction(() => document.querySelector('wisg-project-list').shadowRoot.textContent.includes('ყველა პროექტი'));
      const georgian = await listText();
      assert.match(georgian, new RegExp(`(^| )${data.projects.length} პროექტი( |$)`));
      for (const project of data.projects) assert.ok(georgian.includes(project.title.ka), project.title.ka);
      assert.deepEqual(problems, [], `console, errors and failed requests: ${problems.join(' | ')}`);
      await page.close();
    });
  }
});
