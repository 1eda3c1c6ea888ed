/**
 * Hostile data: every payload of the corpus in every text and URL field, in all three
 * widgets. Nothing runs (the canary stays uncalled, nothing throws), text shows as text
 * (the rendered text holds the payload's characters; the markup is no richer than with
 * plain data), and nothing but http(s) is ever linked.
 */
import { expect } from '@open-wc/testing';
import { PAYLOADS, visibleCharacters, type Payload } from './xss-payloads.js';
import { TAGS, attach, create, deepText, nextFrame, sleep, type Tag } from './support.js';
import { chunks, expectInert, expectNoRicherThan, markupOf, readable, settle, watchHostileInput } from './inert.js';

const PLAIN = 'Plain text';
const SAFE_URL = 'https://example.org/project';

function project(text: string, url: string, id: string): Record<string, unknown> {
  return {
    id,
    title: text,
    start: '2020-01-01',
    end: '2021-06-30',
    goal: { en: `${text}\n\n${text}`, ka: text },
    activities: [text, { text: { en: text, ka: text }, items: [text, { text, items: [text] }] }],
    implementers: [{ name: text, url }],
    funders: [{ name: { en: text, ka: text }, url }],
    url,
    status: 'completed',
  };
}

/** The same shapes with plain values: one project linked, one whose links are refused (so the issue report shows too). */
const plainProjects = (count: number) => Array.from({ length: count }, (_, i) => project(PLAIN, i % 2 ? 'javascript:void 0' : SAFE_URL, `plain-${i}`));

/** Sets the data by property, or as an inline JSON child (the other parser entry). */
function withData(tag: Tag, data: unknown, how: 'property' | 'inline', attributes: Record<string, string> = {}) {
  const element = create(tag, attributes);
  if (how === 'property') element.data = data;
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    element.append(script);
  }
  return element;
}

describe('hostile data', () => {
  const hostile = watchHostileInput();
  const { expectNothingRan } = hostile;

  before(() => {
    expect(PAYLOADS.length, 'corpus size').to.be.at.least(100);
  });

  it('the canary would notice a payload that ran', async () => {
    // The check itself works: the same payload, given to innerHTML, does call it.
    const probe = document.createElement('div');
    probe.innerHTML = PAYLOADS.find((payload) => payload.text === '<img src=x onerror=__wisgCanary()>')!.text;
    attach(probe);
    await sleep(300);
    await nextFrame();
    expect(hostile.calls.length).to.be.greaterThan(0);
  });

  it('a card per payload, every field: nothing runs, every field shows the payload as text, nothing unsafe is linked', async () => {
    const plain = [attach(create('wisg-project-card', { expanded: '' }, { project: plainProjects(2)[0] })), attach(create('wisg-project-card', { expanded: '' }, { project: plainProjects(2)[1] }))];
    const cards = PAYLOADS.map((payload, i) => attach(create('wisg-project-card', { expanded: '' }, { project: project(payload.text, payload.text, `xss-${i}`) })));
    await settle([...plain, ...cards]);
    const plainMarkup = markupOf(plain[0]!);
    for (const name of ['tags', 'attributes'] as const) markupOf(plain[1]!)[name].forEach((value) => plainMarkup[name].add(value));
    expect(plainMarkup.tags.has('a'), 'the plain card links its project').to.equal(true);

    PAYLOADS.forEach((payload, i) => {
      const card = cards[i]!;
      const context = `card, ${payload.category} #${i} ${JSON.stringify(payload.text.slice(0, 60))}`;
      expectInert(card, context);
      expectNoRicherThan(markupOf(card), plainMarkup, context);
      const wanted = visibleCharacters(payload.text);
      for (const part of ['title', 'goal', 'activities', 'implementers', 'funders']) {
        const section = card.shadowRoot!.querySelector(`[part~="${part}"]`);
        expect(section, `${context}: the ${part}`).to.exist;
        expect(readable(section!), `${context}: the ${part} shows the payload as text`).to.contain(wanted);
      }
    });
    expectNothingRan();
  });

  for (const tag of TAGS.filter((t) => t !== 'wisg-project-card'))
    for (const how of ['property', 'inline'] as const)
      it(`<${tag}>, data by ${how}: ten payloads per element in every field and in "lang": nothing runs, titles show as text, nothing unsafe is linked`, async () => {
        const plain = attach(withData(tag, { lang: 'not a tag!', projects: plainProjects(10) }, how));
        const groups = chunks(PAYLOADS, 10);
        const elements = groups.map((group, g) => attach(withData(tag, { lang: group[0]!.text, projects: group.map((payload, i) => project(payload.text, payload.text, `xss-${g}-${i}`)) }, how)));
        await settle([plain, ...elements]);
        const plainMarkup = markupOf(plain);
        groups.forEach((group: Payload[], g) => {
          const element = elements[g]!;
          const context = `<${tag}> group ${g}`;
          expectInert(element, context);
          expectNoRicherThan(markupOf(element), plainMarkup, context);
          const text = readable(element.shadowRoot!);
          for (const payload of group) expect(text, `${context}: the title ${JSON.stringify(payload.text.slice(0, 60))} shows as text`).to.contain(visibleCharacters(payload.text));
        });
        expectNothingRan();
      });

  it('<wisg-timeline>: the details of every hostile project, opened one by one, stay inert', async () => {
    const groups = chunks(PAYLOADS, 10);
    const plain = attach(withData('wisg-timeline', { projects: plainProjects(2) }, 'property'));
    const elements = groups.map((group, g) => attach(withData('wisg-timeline', { projects: group.map((payload, i) => project(payload.text, payload.text, `xss-${g}-${i}`)) }, 'property')));
    await settle([plain, ...elements]);
    const plainMarkup = markupOf(plain);
    for (const button of Array.from(plain.shadowRoot!.querySelectorAll<HTMLElement>('[aria-haspopup="dialog"]'))) {
      button.click();
      await (plain as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      markupOf(plain).tags.forEach((name) => plainMarkup.tags.add(name));
      markupOf(plain).attributes.forEach((name) => plainMarkup.attributes.add(name));
    }
    let opened = 0;
    for (const [g, element] of elements.entries()) {
      const buttons = Array.from(element.shadowRoot!.querySelectorAll<HTMLElement>('[aria-haspopup="dialog"]'));
      expect(buttons.length, `group ${g}: a button per project`).to.equal(groups[g]!.length);
      for (const button of buttons) {
        button.click();
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        opened++;
        expectInert(element, `timeline group ${g}, details open`);
        expectNoRicherThan(markupOf(element), plainMarkup, `timeline group ${g}, details open`);
      }
      element.shadowRoot!.querySelector('dialog')?.close();
    }
    expect(opened).to.equal(PAYLOADS.length);
    await sleep(300);
    expectNothingRan();
  });

  for (const tag of TAGS)
    it(`<${tag}>: payloads as project ids`, async () => {
      const usable = PAYLOADS.filter((payload) => payload.text.trim() !== '' && payload.text.length < 1000);
      const projects = usable.map((payload) => project(PLAIN, SAFE_URL, payload.text));
      const elements =
        tag === 'wisg-project-card'
          ? usable.map((payload) => attach(create(tag, { 'project-id': payload.text.trim() }, { projects })))
          : chunks(projects, 10).map((group) => attach(create(tag, {}, { projects: group })));
      // …and an id that is not in the data, named in the card's notice.
      const absent = `<img src=x onerror=__wisgCanary('absent')>`;
      const missing = tag === 'wisg-project-card' ? attach(create(tag, { 'project-id': absent }, { projects })) : undefined;
      await settle(missing ? [...elements, missing] : elements);
      elements.forEach((element, i) => {
        expectInert(element, `<${tag}> #${i}`);
        expect(element.shadowRoot!.querySelector('[role="alert"]'), `<${tag}> #${i}: shown, no error`).to.equal(null);
      });
      if (missing) {
        expectInert(missing, 'card with a hostile missing id');
        expect(deepText(missing.shadowRoot!)).to.contain(`There is no project “${absent}” in the data.`);
      }
      expectNothingRan();
    });
});
