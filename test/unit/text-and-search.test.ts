import { expect } from '@open-wc/testing';
import { isoDayNumber } from '../../src/data/dates.js';
import { parseProjects } from '../../src/data/parse.js';
import { foldForSearch, foldInBackground, matchesInActivitiesOnly, projectYears, queryProjects, queryWords } from '../../src/data/search.js';
import { chooseText, paragraphs } from '../../src/data/text.js';
import { checkUrl } from '../../src/data/url.js';

describe('chooseText', () => {
  it('takes the wanted language, else the other widget language, and says so', () => {
    expect(chooseText({ ka: 'ქართ', en: 'Eng' }, 'en')).to.deep.equal({ text: 'Eng', lang: 'en', fallback: false });
    expect(chooseText({ ka: 'ქართ' }, 'en')).to.deep.equal({ text: 'ქართ', lang: 'ka', fallback: true });
    expect(chooseText({ en: 'Eng' }, 'ka')).to.deep.equal({ text: 'Eng', lang: 'en', fallback: true });
  });

  it('treats regional variants as the language', () => {
    expect(chooseText({ 'en-gb': 'Colour' }, 'en')).to.deep.equal({ text: 'Colour', lang: 'en-gb', fallback: false });
    expect(chooseText({ en: 'Color', ka: 'ფერი' }, 'en-GB')).to.deep.equal({ text: 'Color', lang: 'en', fallback: false });
  });

  it('falls back to any language when neither widget language is there', () => {
    expect(chooseText({ de: 'Farbe' }, 'ka')).to.deep.equal({ text: 'Farbe', lang: 'de', fallback: true });
  });
});

describe('paragraphs', () => {
  it('splits goals into paragraphs at blank lines only', () => {
    expect(paragraphs('one\ntwo\n\n  three  \n \nfour\n\n\n')).to.deep.equal(['one\ntwo', 'three', 'four']);
  });
});

describe('checkUrl', () => {
  it('links http and https only', () => {
    expect(checkUrl('https://example.org/x')).to.deep.equal({ ok: true, href: 'https://example.org/x' });
    expect(checkUrl('http://example.org')).to.deep.equal({ ok: true, href: 'http://example.org/' });
    for (const unsafe of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'mailto:a@b.c']) {
      expect(checkUrl(unsafe), unsafe).to.deep.equal({ ok: false, code: 'unsafe-url' });
    }
    expect(checkUrl('/relative')).to.deep.equal({ ok: false, code: 'not-a-url' });
    expect(checkUrl('')).to.deep.equal({ ok: false, code: 'not-a-url' });
  });
});

describe('search', () => {
  const { projects } = parseProjects({
    lang: 'ka',
    projects: [
      { id: 'forum', title: { ka: 'ფემინისტური ფორუმი', en: 'Feminist forum' }, start: '2023-04-01', end: '2023-11-30', activities: [{ text: 'შეხვედრები', items: [{ en: 'Working group' }] }] },
      { id: 'rfsl', title: 'RFSL 2022-24', start: '2022-10-01', end: '2024-11-30', goal: { en: 'Strategic Communication' } },
      { id: 'gbv', title: { ka: 'ძალადობის წინააღმდეგ', en: 'Against violence' }, start: '2022-07-06', end: '2023-05-09', implementers: [{ name: 'Union Sapari' }] },
      { id: 'open', title: { ka: 'ახალი', en: 'New' }, start: '2026-01' },
    ],
  });
  const today = isoDayNumber('2026-11-25')!;
  const ids = (query: Parameters<typeof queryProjects>[1]) => queryProjects(projects, query).map((project) => project.id);

  it('folds Mtavruli capitals onto Mkhedruli letters, and Latin case', () => {
    expect(foldForSearch('ᲤᲝᲠᲣᲛᲘ')).to.equal('ფორუმი');
    expect(foldForSearch('  Feminist\n FORUM ')).to.equal('feminist forum');
    expect(queryWords(' a  b ')).to.deep.equal(['a', 'b']);
  });

  it('tells when a match is in the activities only (which a card shows behind its disclosure)', () => {
    const [forum, rfsl, gbv] = projects;
    expect(matchesInActivitiesOnly(forum!, queryWords('შეხვედრები'))).to.equal(true);
    expect(matchesInActivitiesOnly(forum!, queryWords('WORKING')), 'a sub-item, any case').to.equal(true);
    expect(matchesInActivitiesOnly(forum!, queryWords('ფორუმი შეხვედრები')), 'one word is only there').to.equal(true);
    expect(matchesInActivitiesOnly(forum!, queryWords('ᲤᲝᲠᲣᲛᲘ')), 'the title, in Mtavruli').to.equal(false);
    expect(matchesInActivitiesOnly(rfsl!, queryWords('strategic')), 'the goal').to.equal(false);
    expect(matchesInActivitiesOnly(gbv!, queryWords('sapari')), 'an implementer').to.equal(false);
    expect(matchesInActivitiesOnly(forum!, queryWords('  ')), 'no search, nothing to reveal').to.equal(false);
  });

  it('matches titles, goals, activities, sub-items and organisations, in either language', () => {
    expect(ids({ text: 'ფორუმ', today, lang: 'ka' })).to.deep.equal(['forum']);
    expect(ids({ text: 'ᲤᲝᲠᲣᲛ', today, lang: 'ka' }), 'Mtavruli query').to.deep.equal(['forum']);
    expect(ids({ text: 'forum', today, lang: 'ka' }), 'English in a Georgian widget').to.deep.equal(['forum']);
    expect(ids({ text: 'strategic communication', today, lang: 'en' })).to.deep.equal(['rfsl']);
    expect(ids({ text: 'working group', today, lang: 'en' }), 'sub-item').to.deep.equal(['forum']);
    expect(ids({ text: 'sapari', today, lang: 'en' }), 'organisation').to.deep.equal(['gbv']);
  });

  it('needs every word, and does not match across two fields', () => {
    expect(ids({ text: 'feminist forum', today, lang: 'en' })).to.deep.equal(['forum']);
    expect(ids({ text: 'feminist violence', today, lang: 'en' })).to.deep.equal([]);
    expect(ids({ text: 'forum შეხვედრები', today, lang: 'en' }), 'title word + activity word').to.deep.equal(['forum']);
    expect(ids({ text: 'forum შეხ', today, lang: 'en' })).to.deep.equal(['forum']);
    expect(ids({ text: 'ფორუმი შეხვედრები', today, lang: 'en' })).to.deep.equal(['forum']);
    expect(ids({ text: 'forumშეხვედრები', today, lang: 'en' }), 'no match across the join of two fields').to.deep.equal([]);
  });

  it('sorts newest first by default, oldest first, or by title in the shown language', () => {
    expect(ids({ today, lang: 'ka' })).to.deep.equal(['open', 'forum', 'rfsl', 'gbv']);
    expect(ids({ today, lang: 'ka', sort: 'oldest' })).to.deep.equal(['gbv', 'rfsl', 'forum', 'open']);
    expect(ids({ today, lang: 'ka', sort: 'title' })).to.deep.equal(['rfsl', 'open', 'forum', 'gbv']);
    expect(ids({ today, lang: 'en', sort: 'title' })).to.deep.equal(['gbv', 'forum', 'open', 'rfsl']);
  });

  it('filters by status on today, and by the years a project runs in', () => {
    expect(ids({ today, lang: 'en', status: 'ongoing' })).to.deep.equal(['open']);
    expect(ids({ today, lang: 'en', status: 'completed' })).to.deep.equal(['forum', 'rfsl', 'gbv']);
    expect(ids({ today, lang: 'en', year: 2024 })).to.deep.equal(['rfsl']);
    expect(ids({ today, lang: 'en', year: 2023, text: 'forum' })).to.deep.equal(['forum']);
  });

  it('lists the years the projects span for the year filter, open-ended ones up to today', () => {
    expect(projectYears(projects, 2026)).to.deep.equal([2022, 2023, 2024, 2025, 2026]);
    expect(projectYears([], 2026)).to.deep.equal([]);
  });
});

describe('foldInBackground', () => {
  const tick = () => new Promise((done) => setTimeout(done));
  /** 1,000 projects, and which of them have been read so far. */
  function watched() {
    const read = new Set<number>();
    const { projects } = parseProjects({ projects: Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}`, title: `Project ${i}`, start: '2020' })) });
    const watchedProjects = new Proxy(projects, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { projects, watchedProjects, read };
  }

  it('folds 250 projects per timer task, after the current one, until all are folded', async () => {
    const { watchedProjects, read } = watched();
    foldInBackground(watchedProjects);
    expect(read.size, 'nothing in the task that asked').to.equal(0);
    await tick();
    expect(read.size).to.equal(250);
    for (let i = 0; i < 5; i++) await tick();
    expect(read.size).to.equal(1000);
  });

  it('stops when told, and the search still finds what was not folded', async () => {
    const { projects, watchedProjects, read } = watched();
    const stop = foldInBackground(watchedProjects);
    await tick();
    stop();
    for (let i = 0; i < 5; i++) await tick();
    expect(read.size).to.equal(250);
    expect(queryProjects(projects, { text: 'Project 999', today: 0, lang: 'en' }).map((project) => project.id)).to.deep.equal(['p999']);
  });
});
