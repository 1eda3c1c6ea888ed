/**
 * The blocks' editor side: the sidebar (data, language, colours, each element's options) and a
 * canvas that shows the real widget on the real data. WordPress's own React and components
 * (window.wp, the script's dependencies); the data layer of the library reads the file for the
 * project menu. The blocks are dynamic: includes/blocks.php writes the element for visitors.
 */
import { parseProjectsJson } from '../../../src/data/parse.js';
import { projectYears } from '../../../src/data/search.js';
import { chooseText } from '../../../src/data/text.js';
import type { Project } from '../../../src/data/types.js';
import type { BlockEditProps, MediaItem, Node, Option } from './wp-globals.js';

interface DataAttributes {
  mediaId?: number;
  src: string;
  lang: '' | 'ka' | 'en';
  theme: '' | 'light' | 'dark';
}
interface ListAttributes extends DataAttributes {
  heading: string;
  headingLevel: number;
  query: string;
  status: string;
  year: string;
  sort: string;
}
interface CardAttributes extends DataAttributes {
  projectId: string;
  headingLevel: number;
  expanded: boolean;
}
interface TimelineAttributes extends DataAttributes {
  from: string;
  to: string;
  caption: string;
  headingLevel: number;
}

const { blocks, element, blockEditor, components, i18n } = window.wp;
const settings = window.wisgWidgetsEditor ?? { siteLanguage: document.documentElement.lang || 'en', dataTypes: ['application/json'] };
const h = element.createElement;
const DOMAIN = 'wisg-widgets';
const __ = (text: string): string => i18n.__(text, DOMAIN);

/** What the file holds, for the menus: read with the widgets' own parser. */
type FileState = { readonly status: 'none' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly projects: readonly Project[] };

function useProjects(src: string): FileState {
  const [state, setState] = element.useState<FileState>({ status: 'none' });
  element.useEffect(() => {
    if (!src) {
      setState({ status: 'none' });
      return undefined;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetch(src, { signal: abort.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => setState({ status: 'ready', projects: parseProjectsJson(text).projects }))
      .catch(() => {
        if (!abort.signal.aborted) setState({ status: 'failed' });
      });
    return () => abort.abort();
  }, [src]);
  return state;
}

/** The language the widget will speak: the block's, else the site's. */
function languageOf(attributes: DataAttributes): string {
  return attributes.lang || settings.siteLanguage;
}

function title(project: Project, lang: string): string {
  return chooseText(project.title, lang).text;
}

// --- Sidebar panels ---------------------------------------------------------------------------

function dataPanel(attributes: DataAttributes, setAttributes: (next: Partial<DataAttributes>) => void): Node {
  const { MediaUpload, MediaUploadCheck } = blockEditor;
  const { PanelBody, Button, TextControl, BaseControl } = components;
  const file = attributes.mediaId ? decodeURIComponent(attributes.src.split('/').pop() ?? '') : '';
  return h(
    PanelBody,
    { title: __('Data'), initialOpen: true },
    h(
      MediaUploadCheck,
      null,
      h(
        BaseControl,
        {
          id: 'wisg-data-file',
          label: __('A JSON file from the Media Library'),
          help: file ? file : __('Upload the projects file, or pick one uploaded before.'),
        },
        h(MediaUpload, {
          allowedTypes: settings.dataTypes,
          value: attributes.mediaId,
          onSelect: (media: MediaItem) => setAttributes({ mediaId: media.id, src: media.url }),
          render: ({ open }: { open: () => void }) =>
            h(
              'div',
              { style: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' } },
              h(Button, { variant: 'secondary', onClick: open }, attributes.mediaId ? __('Choose another file') : __('Choose a file')),
              attributes.mediaId ? h(Button, { variant: 'link', isDestructive: true, onClick: () => setAttributes({ mediaId: undefined, src: '' }) }, __('Remove')) : null,
            ),
        }),
      ),
    ),
    h(TextControl, {
      label: __('Or the address of a JSON file'),
      type: 'url',
      value: attributes.mediaId ? '' : attributes.src,
      placeholder: 'https://example.org/projects.json',
      onChange: (src: string) => setAttributes({ src: src.trim(), mediaId: undefined }),
    }),
  );
}

function appearancePanel(attributes: DataAttributes, setAttributes: (next: Partial<DataAttributes>) => void, extra: Node[]): Node {
  const { PanelBody, SelectControl } = components;
  return h(
    PanelBody,
    { title: __('Language and options'), initialOpen: true },
    h(SelectControl, {
      label: __('Language'),
      value: attributes.lang,
      options: [
        { label: __('The page’s language'), value: '' },
        { label: 'ქართული', value: 'ka' },
        { label: 'English', value: 'en' },
      ],
      onChange: (lang: DataAttributes['lang']) => setAttributes({ lang }),
    }),
    h(SelectControl, {
      label: __('Colours'),
      value: attributes.theme,
      options: [
        { label: __('Match the page'), value: '' },
        { label: __('Light'), value: 'light' },
        { label: __('Dark'), value: 'dark' },
      ],
      onChange: (theme: DataAttributes['theme']) => setAttributes({ theme }),
    }),
    ...extra,
  );
}

function headingLevelControl(value: number, onChange: (level: number) => void): Node {
  return h(components.SelectControl, {
    label: __('Heading level'),
    value: String(value),
    options: [2, 3, 4, 5, 6].map((level) => ({ label: `h${level}`, value: String(level) })),
    onChange: (level: string) => onChange(Number(level)),
  });
}

function statusOptions(): Option[] {
  return [
    { label: __('All'), value: '' },
    { label: __('Ongoing'), value: 'ongoing' },
    { label: __('Completed'), value: 'completed' },
    { label: __('Planned'), value: 'planned' },
    { label: __('Suspended'), value: 'suspended' },
    { label: __('Cancelled'), value: 'cancelled' },
  ];
}

// --- The canvas -------------------------------------------------------------------------------

/** The element with the block's attributes (React 17 and 18 set unknown props as attributes). */
function preview(tag: string, attributes: DataAttributes, own: Record<string, string | number | boolean>): Node {
  const props: Record<string, unknown> = {};
  const all: Record<string, string | number | boolean | undefined> = { src: attributes.src, lang: attributes.lang, theme: attributes.theme, ...own };
  for (const [name, value] of Object.entries(all)) {
    if (value === true) props[name] = '';
    else if (value !== false && value !== '' && value !== undefined) props[name] = String(value);
  }
  return h(
    'div',
    {
      ...blockEditor.useBlockProps({ lang: attributes.lang ? undefined : settings.siteLanguage }),
      // The widget's links would leave the editor: in the canvas they only select the block.
      onClickCapture: (event: { nativeEvent: Event; preventDefault(): void }) => {
        if (event.nativeEvent.composedPath().some((node) => (node as Element).localName === 'a')) event.preventDefault();
      },
    },
    h(tag, props),
  );
}

function edit<A extends DataAttributes>(tag: string, panels: (props: BlockEditProps<A>, file: FileState) => Node[], own: (attributes: A) => Record<string, string | number | boolean>) {
  return (props: BlockEditProps<A>): Node => {
    const file = useProjects(props.attributes.src);
    return h(
      element.Fragment,
      null,
      h(blockEditor.InspectorControls, null, dataPanel(props.attributes, props.setAttributes as (next: Partial<DataAttributes>) => void), ...panels(props, file)),
      preview(tag, props.attributes, own(props.attributes)),
    );
  };
}

// Nothing is saved but the attributes for now: the server renders. A static rendering of the
// projects (for visitors without JavaScript) can later be saved here, inside the element.
const save = (): Node => null;

blocks.registerBlockType<ListAttributes>('wisg/project-list', {
  save,
  edit: edit<ListAttributes>(
    'wisg-project-list',
    ({ attributes, setAttributes }, file) => {
      const { TextControl, SelectControl } = components;
      const years = file.status === 'ready' ? projectYears(file.projects, new Date().getFullYear()) : [];
      return [
        appearancePanel(attributes, setAttributes, [
          h(TextControl, { label: __('Heading'), value: attributes.heading, help: __('A visible heading above the list (optional).'), onChange: (heading: string) => setAttributes({ heading }) }),
          headingLevelControl(attributes.headingLevel, (headingLevel) => setAttributes({ headingLevel })),
        ]),
        h(
          components.PanelBody,
          { title: __('What the list shows first'), initialOpen: false },
          h(TextControl, { label: __('Search'), value: attributes.query, onChange: (query: string) => setAttributes({ query }) }),
          h(SelectControl, { label: __('Status'), value: attributes.status, options: statusOptions(), onChange: (status: string) => setAttributes({ status }) }),
          h(SelectControl, {
            label: __('Year'),
            value: attributes.year,
            options: [{ label: __('All'), value: '' }, ...years.map((year) => ({ label: String(year), value: String(year) }))],
            onChange: (year: string) => setAttributes({ year }),
          }),
          h(SelectControl, {
            label: __('Sort'),
            value: attributes.sort,
            options: [
              { label: __('Newest first'), value: '' },
              { label: __('Oldest first'), value: 'oldest' },
              { label: __('Title (A–Z)'), value: 'title' },
            ],
            onChange: (sort: string) => setAttributes({ sort }),
          }),
        ),
      ];
    },
    (a) => ({ heading: a.heading, 'heading-level': a.headingLevel, query: a.query, status: a.status, year: a.year, sort: a.sort }),
  ),
});

blocks.registerBlockType<CardAttributes>('wisg/project-card', {
  save,
  edit: edit<CardAttributes>(
    'wisg-project-card',
    ({ attributes, setAttributes }, file) => {
      const lang = languageOf(attributes);
      let options: Option[];
      if (file.status === 'ready') {
        options = [{ label: __('Choose a project'), value: '' }, ...file.projects.map((project) => ({ label: title(project, lang), value: project.id }))];
        // A project no longer in the file stays chosen, so the widget can say so.
        if (attributes.projectId && !file.projects.some((project) => project.id === attributes.projectId)) options.push({ label: attributes.projectId, value: attributes.projectId });
      } else {
        const label = { none: __('Choose the data first'), loading: __('Reading the file…'), failed: __('The file could not be read') }[file.status];
        options = [{ label, value: attributes.projectId }];
      }
      return [
        h(
          components.PanelBody,
          { title: __('Project'), initialOpen: true },
          h(components.SelectControl, {
            label: __('Project'),
            value: attributes.projectId,
            options,
            disabled: file.status !== 'ready',
            onChange: (projectId: string) => setAttributes({ projectId }),
          }),
        ),
        appearancePanel(attributes, setAttributes, [
          headingLevelControl(attributes.headingLevel, (headingLevel) => setAttributes({ headingLevel })),
          h(components.ToggleControl, {
            label: __('Show the activities from the start'),
            checked: attributes.expanded,
            onChange: (expanded: boolean) => setAttributes({ expanded }),
          }),
        ]),
      ];
    },
    (a) => ({ 'project-id': a.projectId, 'heading-level': a.headingLevel, expanded: a.expanded }),
  ),
});

blocks.registerBlockType<TimelineAttributes>('wisg/timeline', {
  save,
  edit: edit<TimelineAttributes>(
    'wisg-timeline',
    ({ attributes, setAttributes }) => {
      const { TextControl } = components;
      const year = (value: string): string => value.replace(/\D/g, '').slice(0, 4);
      return [
        appearancePanel(attributes, setAttributes, [
          h(TextControl, { label: __('Caption'), value: attributes.caption, help: __('The chart’s heading; empty: “Project timeline”.'), onChange: (caption: string) => setAttributes({ caption }) }),
          headingLevelControl(attributes.headingLevel, (headingLevel) => setAttributes({ headingLevel })),
          h(TextControl, { label: __('From (year)'), value: attributes.from, inputMode: 'numeric', onChange: (from: string) => setAttributes({ from: year(from) }) }),
          h(TextControl, { label: __('To (year)'), value: attributes.to, inputMode: 'numeric', onChange: (to: string) => setAttributes({ to: year(to) }) }),
        ]),
      ];
    },
    (a) => ({ caption: a.caption, 'heading-level': a.headingLevel, from: a.from.length === 4 ? a.from : '', to: a.to.length === 4 ? a.to : '' }),
  ),
});
