// Seeded synthetic projects for the benchmark: the shape of data/wisg-projects.json
// (schema/projects.schema.json), at any size. Same seed → same projects, on any machine;
// a smaller set is a prefix of a larger one.
//
//   node bench/generate.mjs 1000 > projects.json

/** mulberry32: a small, fast, seedable PRNG (returns [0, 1)). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The word a benchmark "search keystroke" types: it is in about a quarter of the titles and nowhere else. */
export const QUERY = 'მედეგობ';

// Georgian words taken from WISG's own project texts (data/wisg-projects.json); none contains QUERY.
const KA = `გაერთიანებული ერების ერთობლივი პროგრამა გენდერული თანასწორობისთვის ხელი შეუწყოს ლგბტიქ საკითხების
გავრცელებასა ინტეგრირებას შესაბამის საკანონმდებლო დონეზე პოლიტიკის დოკუმენტებში პროგრამებში სერვისებში
შესაძლებლობების განვითარების ინტერვენციებსა ცნობიერების ამაღლების კამპანიებში ქალთა გოგონათა მიმართ ძალადობის
სექსუალური ასევე ოჯახში მსხვერპლების გადარჩენილების თემის სიძულვილით მოტივირებული დანაშაულების თაობაზე
ტრენინგების უზრუნველყოფა საჯარო სექტორისთვის შორის ზრუნვის სააგენტოსთვის ფსიქოლოგები სხვა შესაბამისი
პერსონალი პოლიციისთვის პროკურორებისთვის მოსამართლეებისთვის ადვოკატებისთვის გააძლიეროს ძალადობასთან
დაკავშირებული სპეციალიზებული სერვისები გენდერულად მგრძნობიარე ეთიკური ანგარიშგება შესახებ სტრატეგიული
სამართალწარმოება ლობირება ეროვნული კვლევის წარმოება საზოგადოებრივი განწყობების ცოდნისა ინფორმირებულობის
ინტერსექციური ფემინისტური დისკუსიების ხელშეწყობა მოძრაობებსა აკადემიას პროექტის მიზანია ინტერსექციურობის
ანალიტიკურ ჩარჩოში ერთიანდება დიალოგი აქტივისტებს დამოუკიდებელ მკვლევარებსა ორგანიზაციებს ფორუმის
პერსპექტივები ორგანიზება სამუშაო ჯგუფის შეკრება კონცეფციის დღის წესრიგის შემუშავება მონაწილეების მოწვევა
ლოჯისტიკური დაგეგმვა ჩატარება საქართველოში იურიდიული დახმარებისა მხარდაჭერის გაუმჯობესებული სისტემა
უფლებებისა სერვისების ჩამოყალიბება გარემო ადამიანებს დაცულად თავისუფლად ადგილობრივ საერთაშორისო
ორგანიზაციებთან სახელმწიფო სტრუქტურებთან თანამშრომლობს გენდერის აღიარების პროცესი ჯანდაცვისთვის
ინფრასტრუქტურა რესურსები დისკრიმინაციის ადამიანის უფლებათა სტრატეგიისა სამოქმედო გეგმის განხორციელების
მონიტორინგი მხარდაჭერა სამედიცინო პრინციპების კლინიკური პრაქტიკული გაიდლაინების მენეჯმენტის სტანდარტის
თბილისსა შემოგარენში სათემო შეხვედრები ჯანდაცვის სამართლებრივი ინფორმაციული რესურსების შეგროვება
გამოქვეყნება მიმდინარე მულტიდისციპლინური გუნდის განვითარებას შეფასებასა ანალიზს ორგანიზაციული
გაძლიერებას კომუნიკაციის ხილვადობისა საზოგადოების ცოდნის ფემინისტურ საკითხებზე დიალოგს სამთავრობო
არასამთავრობო გამოცდილებების გაზიარების მედიათეკის გამდიდრება ანიმაციის შექმნა გაძლიერება მდგომარეობის
გაუმჯობესება კვლევებისა ინოვაციური მიდგომების მეშვეობით მნიშვნელოვან ასპექტებს სტატიების ფსიქიკური
ჯანმრთელობის პროფესიონალებისთვის საგანმანათლებლო წევრებისთვის კონსულტაციებისა სტრესის აქტივობების
ქალები საზოგადოებაში თანაბარი შესაძლებლობებით სოციალურ კულტურულ ინსტიტუციურ ფინანსურ მდგრადობას
ურბანული პროფესიული თერაპიის თანამშრომლებისთვის სესიების მოძრაობის კოორდინაცია ტრანსფორმაციული
ლიდერობის პრინციპები ადვოკატირებისა ლობირების სტრატეგია რეგიონებში ახალგაზრდების მედიის ჟურნალისტების`
  .split(/\s+/)
  .filter((word) => word && !word.includes(QUERY));

const EN = `women girls equality rights community training research advocacy support services health legal policy
monitoring network regional national local public awareness campaign violence prevention survivors shelter
counselling youth media journalists dialogue forum strategy capacity organisational development inclusion
protection justice access education economic empowerment leadership partners government civil society data
evidence report study workshops mentoring grants safety resources outreach documentation litigation platform`
  .split(/\s+/)
  .filter(Boolean);

const ORGANISATIONS = [
  ['ქალთა ინიციატივების მხარდამჭერი ჯგუფი (WISG)', 'https://wisg.org'],
  ['UN Women', 'https://georgia.unwomen.org'],
  ['გაეროს განვითარების პროგრამა', 'https://www.undp.org/georgia'],
  ['RFSL', 'https://www.rfsl.se'],
  ['ევროკავშირი', 'https://eeas.europa.eu/delegations/georgia'],
  ['Mama Cash', 'https://www.mamacash.org'],
  ['ღია საზოგადოების ფონდი', 'https://osgf.ge'],
  ['Kvinna till Kvinna', 'https://kvinnatillkvinna.org'],
  ['საქართველოს ახალგაზრდა იურისტთა ასოციაცია', 'https://gyla.ge'],
  ['ტოლერანტობის ცენტრი', undefined],
  ['თემის ჯანმრთელობის ქსელი', undefined],
  ['Astraea Lesbian Foundation for Justice', 'https://www.astraeafoundation.org'],
];

const pad = (n) => String(n).padStart(2, '0');

/**
 * `count` projects from `seed`. Periods run 2000–2030 and overlap the way a real NGO's do
 * (a few months to five years; some open-ended); titles are Georgian (with English),
 * goals have 2–3 paragraphs, activities 2–7 items, some with sub-items.
 */
export function generateProjects(count, seed = 20240601) {
  const random = rng(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (list, min, max) => Array.from({ length: int(min, max) }, () => pick(list)).join(' ');
  const sentence = (list, min, max) => {
    const text = words(list, min, max);
    // Georgian has no capitals in running text (toUpperCase would make Mtavruli): only English is capitalised.
    return (list === EN ? text[0].toUpperCase() + text.slice(1) : text) + '.';
  };
  const paragraph = (list) => Array.from({ length: int(1, 3) }, () => sentence(list, 6, 16)).join(' ');
  const activity = () => ({ ka: sentence(KA, 5, 14), en: sentence(EN, 5, 14) });

  const projects = [];
  for (let i = 0; i < count; i++) {
    // Start 2000–2029; duration 3–60 months, ending no later than 2030.
    const startYear = int(2000, 2029);
    const startMonth = int(1, 12);
    const startDay = int(1, 28);
    const months = int(3, 60);
    let endYear = startYear + Math.floor((startMonth - 1 + months) / 12);
    let endMonth = ((startMonth - 1 + months) % 12) + 1;
    if (endYear > 2030) [endYear, endMonth] = [2030, 12];
    const endDay = int(1, 28);
    const precision = random();
    const date = (y, m, d) => (precision < 0.8 ? `${y}-${pad(m)}-${pad(d)}` : precision < 0.95 ? `${y}-${pad(m)}` : `${y}`);
    const openEnded = random() < 0.05;

    const topical = random() < 0.25;
    const titleKa = `${topical ? QUERY + 'ის ' : ''}${words(KA, 3, 7)} ${startYear}`;
    const id = `p${i + 1}-${startYear}`;

    const project = {
      id,
      title: { ka: titleKa, en: `${sentence(EN, 3, 7).slice(0, -1)} ${startYear}` },
      start: date(startYear, startMonth, startDay),
      ...(openEnded ? {} : { end: date(endYear, endMonth, endDay) }),
      goal: {
        ka: Array.from({ length: int(2, 3) }, () => paragraph(KA)).join('\n\n'),
        en: Array.from({ length: int(2, 3) }, () => paragraph(EN)).join('\n\n'),
      },
      activities: Array.from({ length: int(2, 7) }, () => (random() < 0.2 ? { text: activity(), items: Array.from({ length: int(2, 4) }, activity) } : activity())),
      implementers: Array.from({ length: int(1, 2) }, () => organisation(pick(ORGANISATIONS))),
      funders: Array.from({ length: int(0, 3) }, () => organisation(pick(ORGANISATIONS))),
    };
    if (random() < 0.7) project.url = `https://example.org/projects/${id}`;
    const special = random();
    if (special < 0.03) project.status = 'suspended';
    else if (special < 0.05) project.status = 'cancelled';
    projects.push(project);
  }
  return projects;
}

function organisation([name, url]) {
  return url ? { name, url } : { name };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  process.stdout.write(JSON.stringify({ lang: 'ka', projects: generateProjects(count) }, null, 2) + '\n');
}
