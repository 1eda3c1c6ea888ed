// The floor: the content <wisg-project-list> shows, pre-rendered in Node as plain HTML
// (the markup of src/card/project-card-template.ts, in Georgian, activities collapsed),
// so that the browser only has to parse, style, lay out and paint it.

const MONTHS = ['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი'];
const STATUS = { planned: 'დაგეგმილი', ongoing: 'მიმდინარე', completed: 'დასრულებული', suspended: 'შეჩერებული', cancelled: 'გაუქმებული' };
const LABELS = {
  goal: 'პროექტის მიზანი',
  activities: 'პროექტის აქტივობები',
  implementers: 'განმახორციელებლები',
  funders: 'დამფინანსებლები',
  page: 'პროექტის გვერდი',
  present: 'დღემდე',
  noEnd: 'დასრულების თარიღის გარეშე',
};

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const ka = (text) => (typeof text === 'string' ? text : (text.ka ?? Object.values(text)[0]));

function parts(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
function formatDate(iso) {
  const { year, month, day } = parts(iso);
  if (!month) return String(year);
  return day ? `${day} ${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${year}`;
}
/** `YYYY-MM-DD` of the first / last day a partial date covers (string order is date order). */
function firstDay(iso) {
  const { year, month = 1, day = 1 } = parts(iso);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
function lastDay(iso) {
  const { year, month = 12, day } = parts(iso);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day ?? days).padStart(2, '0')}`;
}
function status(project, today) {
  if (project.status) return project.status;
  if (today < firstDay(project.start)) return 'planned';
  if (project.end && today > lastDay(project.end)) return 'completed';
  return 'ongoing';
}

function activityList(activities) {
  return `<ul class="activity-list">${activities
    .map((activity) => {
      const text = activity.text ?? activity;
      return `<li>${escape(ka(text))}${activity.items?.length ? activityList(activity.items) : ''}</li>`;
    })
    .join('')}</ul>`;
}

function organisations(list, label) {
  if (!list?.length) return '';
  const items = list.map((o) => `<li>${o.url ? `<a href="${escape(o.url)}">${escape(ka(o.name))}</a>` : escape(ka(o.name))}</li>`).join('');
  return `<section class="organisations"><h4 class="section-heading">${label}</h4><ul class="organisation-list">${items}</ul></section>`;
}

/** One project as the list shows it. */
export function renderProject(project, index, today) {
  const id = `p${index}`;
  const title = escape(ka(project.title));
  const end = project.end ? `<time datetime="${project.end}">${formatDate(project.end)}</time>` : today >= firstDay(project.start) ? LABELS.present : LABELS.noEnd;
  const state = status(project, today);
  const goal = project.goal
    ? `<section class="goal"><h4 class="section-heading">${LABELS.goal}</h4><div>${ka(project.goal)
        .split(/\n\s*\n/)
        .map((p) => `<p>${escape(p.trim())}</p>`)
        .join('')}</div></section>`
    : '';
  const activities = project.activities?.length
    ? `<section class="activities"><h4 class="section-heading"><button type="button" class="disclosure" aria-expanded="false" aria-controls="${id}-activities"><span class="disclosure-icon" aria-hidden="true"></span><span>${LABELS.activities} <span class="count">(${project.activities.length})</span></span></button></h4><div id="${id}-activities" class="activities-body" hidden>${activityList(project.activities)}</div></section>`
    : '';
  return `<li><article class="card" aria-labelledby="${id}-title" data-status="${state}"><h3 id="${id}-title" class="title">${
    project.url ? `<a href="${escape(project.url)}">${title}</a>` : title
  }</h3><p class="meta"><span class="period"><time datetime="${project.start}">${formatDate(project.start)}</time> – ${end}</span> <span class="status" data-status="${state}">${STATUS[state]}</span></p>${goal}${activities}${organisations(project.implementers, LABELS.implementers)}${organisations(project.funders, LABELS.funders)}${
    project.url ? `<p class="project-link"><a href="${escape(project.url)}">${LABELS.page}</a></p>` : ''
  }</article></li>`;
}

/** The whole list, newest first (as the list sorts by default). */
export function renderStatic(projects, today) {
  const sorted = [...projects].sort((a, b) => (firstDay(b.start) < firstDay(a.start) ? -1 : firstDay(b.start) > firstDay(a.start) ? 1 : 0));
  return `<ul class="projects">${sorted.map((project, i) => renderProject(project, i, today)).join('')}</ul>`;
}
