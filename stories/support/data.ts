/** Data for the stories: the bundled WISG projects, and made-up data for the edge cases. */
import wisgDocument from '../../data/wisg-projects.json';
import longTitlesDocument from '../../test/fixtures/timeline/long-titles-30.json';

type Json = Record<string, unknown>;

export const wisg = wisgDocument as { lang: string; projects: Json[] };
export const projectIds = wisg.projects.map((project) => project.id as string);
export const titleOf = (id: string, lang: 'ka' | 'en' = 'en'): string => ((wisg.projects.find((project) => project.id === id)?.title as Record<string, string>) ?? {})[lang] ?? id;

/** One project only: a card needs no project-id, a list has one item, a timeline one bar. */
export const oneProject = { projects: [wisg.projects.find((project) => project.id === 'rfsl-2022-24')!] };

const statuses = ['completed', 'ongoing', 'planned', 'suspended', 'cancelled', undefined];
const kaWords = ['თემის', 'გაძლიერება', 'ქალთა', 'უფლებები', 'კვლევა', 'ადვოკატირება', 'მხარდაჭერა', 'განათლება', 'ხელოვნება', 'სოლიდარობა'];
const enWords = ['community', 'empowerment', 'women’s', 'rights', 'research', 'advocacy', 'support', 'education', 'art', 'solidarity'];

/** `count` made-up projects across 25 years (deterministic, so screenshots stay stable). */
export function manyProjects(count: number): { projects: Json[] } {
  const projects: Json[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2000 + ((i * 7) % 25);
    const month = 1 + ((i * 5) % 12);
    const months = 3 + ((i * 11) % 40);
    const endYear = year + Math.floor((month - 1 + months) / 12);
    const endMonth = 1 + ((month - 1 + months) % 12);
    const pick = (words: string[], n: number) => Array.from({ length: n }, (_, k) => words[(i + k * 3) % words.length]).join(' ');
    projects.push({
      id: `project-${i + 1}`,
      title: { ka: `${i + 1}. ${pick(kaWords, 3 + (i % 4))}`, en: `${i + 1}. ${pick(enWords, 3 + (i % 4))}` },
      start: `${year}-${String(month).padStart(2, '0')}`,
      ...(i % 9 === 4 ? {} : { end: `${endYear}-${String(endMonth).padStart(2, '0')}` }),
      ...(statuses[i % statuses.length] ? { status: statuses[i % statuses.length] } : {}),
      goal: { ka: pick(kaWords, 20), en: pick(enWords, 20) },
      activities: [pick(enWords, 6), { text: pick(enWords, 4), items: [pick(enWords, 5), pick(enWords, 3)] }],
      implementers: [{ name: 'WISG' }],
    });
  }
  return { lang: 'en', projects } as { projects: Json[] };
}

const longWord = 'ადამიანისუფლებათადაცვისორგანიზაციებთანთანამშრომლობისგაძლიერებისპროგრამა';
const longSentence =
  'საქართველოში ლესბოსელი, ბისექსუალი, ტრანსგენდერი და ინტერსექსი ადამიანების უფლებრივი მდგომარეობის გაუმჯობესება მტკიცებულებებზე დაფუძნებული კვლევების, ადვოკატირების, თემის მობილიზებისა და ინოვაციური მიდგომების მეშვეობით';

/** Very long Georgian: a title of many long words, a word of 75 letters, long paragraphs and lists. */
export const longGeorgian = {
  lang: 'ka',
  projects: [
    {
      id: 'long-georgian',
      title: `${longSentence} — ${longWord}`,
      start: '2021-01-01',
      end: '2026-12-31',
      goal: `${longSentence}. ${longSentence}.\n\n${longWord} ${longSentence}.`,
      activities: [longSentence, { text: longWord, items: [longSentence, `${longWord}${longWord}`] }, ...Array.from({ length: 8 }, () => longSentence)],
      implementers: [{ name: `ქალთა ინიციატივების მხარდამჭერი ჯგუფი (WISG) — ${longWord}`, url: 'https://wisg.org/' }],
      funders: Array.from({ length: 6 }, (_, i) => ({ name: `${i + 1}. ${longSentence.slice(0, 80)}` })),
    },
    ...wisg.projects.slice(0, 2),
  ],
};

/** 30 projects with long Georgian titles (up to 223 letters) and their English, the timeline's test fixture for issue 16. */
export const longTitles30 = longTitlesDocument as { lang: string; projects: Json[] };

/** Texts in one language only: each is shown as it is, marked with its own lang. */
export const missingTranslation = {
  projects: [
    {
      id: 'only-georgian',
      title: { ka: 'მხოლოდ ქართულად დაწერილი პროექტი' },
      start: '2023-02-01',
      end: '2024-01-31',
      goal: { ka: 'ამ პროექტის აღწერა მხოლოდ ქართულ ენაზეა.' },
      activities: [{ ka: 'შეხვედრები თემთან' }, { en: 'A report, in English only' }],
      implementers: [{ name: { ka: 'ვისგი' } }],
    },
    {
      id: 'only-english',
      title: { en: 'A project written in English only' },
      start: '2024-03-01',
      goal: { en: 'This description exists in English only.' },
      activities: ['Workshops', 'A conference'],
      implementers: [{ name: { en: 'WISG' } }],
    },
  ],
};

/** Data the widgets refuse as a whole (the "data error" state). */
export const brokenData = { projects: 'not a list' };
