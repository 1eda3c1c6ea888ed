/**
 * The model as the JSON contract writes it (schema/projects.schema.json): what `convert --to json`
 * prints from a sheet or an IATI file. Every text keeps its languages (`{ "ka": …, "en": … }`),
 * so it reads back, through parseProjects(), to the same projects.
 */
import type { Activity, ActivityInput, Organisation, OrganisationInput, ProjectInput, ProjectsDocumentInput, ProjectsModel } from './types.js';

/** The document `{ lang, projects }` for the model's projects (its issues are not part of it). */
export function projectsToJson(model: Pick<ProjectsModel, 'lang' | 'projects'>): ProjectsDocumentInput {
  const activity = (item: Activity): ActivityInput => (item.items.length ? { text: { ...item.text }, items: item.items.map(activity) } : { ...item.text });
  const organisation = (org: Organisation): OrganisationInput => (org.url ? { name: { ...org.name }, url: org.url } : { name: { ...org.name } });
  const projects = model.projects.map((project): ProjectInput => ({
    id: project.id,
    title: { ...project.title },
    start: project.start.iso,
    ...(project.end ? { end: project.end.iso } : {}),
    ...(project.goal ? { goal: { ...project.goal } } : {}),
    ...(project.activities.length ? { activities: project.activities.map(activity) } : {}),
    ...(project.implementers.length ? { implementers: project.implementers.map(organisation) } : {}),
    ...(project.funders.length ? { funders: project.funders.map(organisation) } : {}),
    ...(project.url ? { url: project.url } : {}),
    ...(project.status ? { status: project.status } : {}),
  }));
  return { lang: model.lang, projects };
}
