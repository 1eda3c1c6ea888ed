import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { withoutCmsMarkup, withoutCmsMarkupIfAny } from '../../src/data/cms-markup.js';
import { parseProjectsJson } from '../../src/data/parse.js';
import { renderInLocale } from '../../src/localize/msg.js';
import { describeIssue } from '../../src/localize/phrases.js';
import { problems } from '../../src/chunks/problems.js';
import { useProblems } from '../../src/localize/problems.js';
import '../../src/wisg-project-card.js';
import '../../src/wisg-project-list.js';
import type { WisgElement } from '../../src/shared/widget-element.js';
import { settled, visibleText } from './helpers.js';

// The problems' wording, as if its lazy chunk had been loaded (src/localize/problems.ts).
useProblems(problems);

// Real wpautop output: scripts/wpautop-fixtures.php runs Debian's WordPress's wpautop on the
// README's inline snippets and on a pretty-printed Georgian one with blank lines.
const FIXTURES = ['readme-list', 'readme-card', 'georgian-quotes'];
const fixtureText = async (name: string) => (await fetch(`/test/unit/fixtures/wpautop/${name}`)).text();
const scriptText = (page: string) => page.match(/<script type="application\/json">([\s\S]*?)<\/script>/)![1]!;
const messages = (json: string) => renderInLocale('en', () => parseProjectsJson(json).issues.map(describeIssue));

describe('inline JSON after a CMS (withoutCmsMarkup)', () => {
  for (const name of FIXTURES) {
    it(`${name}: the JSON wpautop left reads as the JSON pasted`, async () => {
      const pasted = scriptText(await fixtureText(`${name}.html`));
      const served = scriptText(await fixtureText(`${name}.wpautop.html`));
      expect(JSON.parse(withoutCmsMarkup(served))).to.deep.equal(JSON.parse(pasted));
      expect(parseProjectsJson(withoutCmsMarkup(served)).issues).to.deep.equal([]);
    });
  }

  it('the blank lines of the Georgian snippet are what break it without the fix', async () => {
    const served = scriptText(await fixtureText('georgian-quotes.wpautop.html'));
    expect(served).to.include('</p>\n<p>');
    expect(messages(served)).to.deep.equal(['The data is not valid JSON (line 3, column 20).']);
  });

  it('keeps Georgian „quotes“, escaped quotes and markup inside strings as written', () => {
    const title = '„ფემინისტური ფორუმი“ <br /> </p><p> \\"<br>\\" <P>';
    const text = `<p>{"title": "${title}",<br />\n"id": "a"}</p>`;
    const parsed = JSON.parse(withoutCmsMarkup(text));
    expect(parsed).to.deep.equal({ title: '„ფემინისტური ფორუმი“ <br /> </p><p> "<br>" <P>', id: 'a' });
  });

  it('removes <p>, </p>, <br>, <br/> and <br /> in any case between tokens, and nothing else', () => {
    expect(withoutCmsMarkup('<P>[1,<BR>2,<br/>3,<br />4]</p>')).to.equal('   [1,    2,     3,      4]    ');
    expect(withoutCmsMarkup('[1, <b>2</b>]')).to.equal('[1, <b>2</b>]');
    expect(withoutCmsMarkup('[1, <p class="x">2]')).to.equal('[1, <p class="x">2]');
    const untouched = '{"a": "no markup"}';
    expect(withoutCmsMarkup(untouched)).to.equal(untouched);
  });

  it('text that is still not JSON gets the error it gets today, at the place the editor sees it', () => {
    expect(messages(withoutCmsMarkup('<!doctype html><html>'))).to.deep.equal(['The data is not valid JSON (line 1, column 1).']);
    expect(messages(withoutCmsMarkup('{"projects": [],}'))).to.deep.equal(messages('{"projects": [],}'));
    // Column 23 of line 2 as written, with the <br /> still counted.
    expect(messages(withoutCmsMarkup('<p>{"projects": [<br />\n  <br />{"id": "a",, }]}</p>'))).to.deep.equal(['The data is not valid JSON (line 2, column 20).']);
    // Curly quotes (what wptexturize makes of "…" outside a script) are not mended.
    expect(messages(withoutCmsMarkup('{“projects”: []}'))).to.deep.equal(['The data is not valid JSON (line 1, column 2).']);
  });

  it('an unterminated string keeps its markup (nothing after the quote is between tokens)', () => {
    expect(withoutCmsMarkup('{"a": "b<br />}')).to.equal('{"a": "b<br />}');
  });
});

describe('widgets with inline JSON after wpautop', () => {
  it('a card pasted in the classic editor shows its project, Georgian quotes as written', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="ka"></div>`);
    // As the browser parses the page WordPress serves.
    container.innerHTML = await fixtureText('georgian-quotes.wpautop.html');
    const card = container.querySelector<WisgElement>('wisg-project-card')!;
    await settled(card);
    expect(visibleText(card)).to.include('„ფემინისტური ფორუმი“ 2023');
    expect(visibleText(card)).to.include('1 აპრილი 2023 – 30 ნოემბერი 2023');
    expect(card.shadowRoot!.querySelector('.error')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('the README list snippet after wpautop shows its project, in English too', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    container.innerHTML = await fixtureText('readme-list.wpautop.html');
    const list = container.querySelector<WisgElement>('wisg-project-list')!;
    await settled(list);
    expect(visibleText(list)).to.include('RFSL 2022-24');
    expect(visibleText(list)).to.include('1 October 2022 – 30 November 2024');
  });

  it('inline text that is still not JSON shows the error it shows today', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    container.innerHTML = '<wisg-project-list><script type="application/json"><p>{"projects": [</p>\n<p>,]}</p></script></wisg-project-list>';
    const list = container.querySelector<WisgElement>('wisg-project-list')!;
    await settled(list);
    expect(visibleText(list)).to.include('Could not show the projects');
    expect(visibleText(list)).to.include('The data is not valid JSON (line 2, column 4).');
  });
});

describe("withoutCmsMarkupIfAny (the readers' chunk: sheets and IATI files)", () => {
  it('gives what withoutCmsMarkup gives, tag or no tag, and a text without one unchanged', () => {
    for (const text of ['title,start\nA,2023', '<iati-activity><title>"a" <b>x</b></title></iati-activity>', 'title,start<br />\nA,2023</p>\n<p>', '"<p>",<BR/>x', '<P >a</p\t>']) {
      expect(withoutCmsMarkupIfAny(text), text).to.equal(withoutCmsMarkup(text));
    }
    expect(withoutCmsMarkupIfAny('title,start<br />\nA,2023')).to.equal('title,start      \nA,2023');
  });
});
