/**
 * The blocks' editor side: the sidebar (data, language, colours, each element's options) and a
 * canvas that shows the real widget on the real data. WordPress's own React and components
 * (window.wp, the script's dependencies); the data layer of the library reads the file for the
 * project menu (JSON, CSV/TSV and IATI XML alike, with the readers bundled in: the editor is not a
 * page the core bundle's size matters for). The blocks are dynamic: includes/blocks.php writes the element for visitors,
 * with what save() wrote inside it: the widget's static rendering (src/render/), so the post
 * holds its projects' text without JavaScript, in feeds and in e-mail copies.
 */
import { parseProjectsData } from '../../../src/data/parse-data.js';
import { projectYears } from '../../../src/data/search.js';
import { chooseText } from '../../../src/data/text.js';
import type { Project, ProjectsModel } from '../../../src/data/types.js';
import { TAGS } from '../../../src/render/snippet.js';
import { renderStatic, type StaticElement, type StaticOptions } from '../../../src/render/static-html.js';
import type { BlockEditProps, BlockSaveProps, MediaItem, Node, Option } from './wp-globals.js';

interface DataAttributes {
  mediaId?: number;
  src: string;
  lang: '' | 'ka' | 'en';
  theme: '' | 'light' | 'dark';
  /** IATI files: only the activities of this organisation (its IATI ref). */
  iatiOrg: string;
  /** The static rendering save() writes (block.json: sourced from the saved HTML). */
  content: string;
}
interface ListAttributes extends DataAttributes {
  heading: string;
  headingLevel: number;
  query: string;
  status: string;
  year: string;
  sort: string;
  urlState: boolean;
}
interface CardAttributes extends DataAttributes {
  projectId: string;
  headingLevel: number;
  expanded: boolean;
}
interface TimelineAttributes extends DataAttributes {
  from: string;
  to: string;
  heading: string;
  /** What blocks saved before `heading` hold their heading in; read when `heading` is empty. */
  caption: string;
  headingLevel: number;
}

const { blocks, element, blockEditor, components, i18n } = window.wp;
const settings = window.wisgWidgetsEditor ?? { siteLanguage: document.documentElement.lang || 'en', dataTypes: ['application/json', 'text/csv', 'text/tab-separated-values', 'text/xml'] };
const h = element.createElement;
const DOMAIN = 'wisg-widgets';
const __ = (text: string): string => i18n.__(text, DOMAIN);

/** What the file holds, for the menus and the saved rendering: read with the widgets' own parser. */
type FileState = { readonly status: 'none' | 'loading' | 'failed' } | { readonly status: 'ready'; readonly model: ProjectsModel; readonly projects: readonly Project[] };

function useProjects(src: string, iatiOrg: string): FileState {
  // 'loading' from the first render when there is a file: 'none' would read as "no data" and empty the saved rendering.
  const [state, setState] = element.useState<FileState>({ status: src ? 'loading' : 'none' });
  element.useEffect(() => {
    if (!src) {
      setState({ status: 'none' });
      return undefined;
    }
    const abort = new AbortController();
    setState({ status: 'loading' });
    fetch(src, { signal: abort.signal, credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        return { text: await response.text(), contentType: response.headers.get('content-type') ?? '' };
      })
      .then(({ text, contentType }) => {
        // The format as the widget tells it: by the served type and the content.
        const model = parseProjectsData(text, { contentType, organisation: iatiOrg || null });
        setState({ status: 'ready', model, projects: model.projects });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState({ status: 'failed' });
      });
    return () => abort.abort();
  }, [src, iatiOrg]);
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
          label: __('A projects file from the Media Library'),
          help: file ? file : __('JSON, a CSV or TSV sheet, or an IATI XML file: upload it, or pick one uploaded before.'),
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
      label: __('Or the address of a projects file'),
      type: 'url',
      value: attributes.mediaId ? '' : attributes.src,
      placeholder: 'https://example.org/projects.json',
      onChange: (src: string) => setAttributes({ src: src.trim(), mediaId: undefined }),
    }),
    h(TextControl, {
      label: __('IATI organisation'),
      value: attributes.iatiOrg,
      help: __('For an IATI file: only the activities this organisation (its IATI identifier, such as GE-CR-123) reports or takes part in.'),
      onChange: (iatiOrg: string) => setAttributes({ iatiOrg: iatiOrg.trim() }),
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

/**
 * The element with the block's options as its attributes, set by the component itself: React 17 and
 * 18 write a custom element's props as attributes, React 19 (WordPress 7.1) as properties where the
 * element has one (`expanded=""` would then be false, `year="2024"` a string).
 */
function Widget({ tag, values }: { tag: string; values: Record<string, string | null> }): Node {
  const ref = element.useRef<HTMLElement | null>(null);
  element.useLayoutEffect(() => {
    const widget = ref.current;
    if (!widget) return;
    for (const [name, value] of Object.entries(values)) {
      if (value === null) widget.removeAttribute(name);
      else if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
    }
  });
  return h(tag, { ref });
}

function preview(tag: string, attributes: DataAttributes, own: Record<string, string | number | boolean>): Node {
  const values: Record<string, string | null> = {};
  const all: Record<string, string | number | boolean | undefined> = { src: attributes.src, lang: attributes.lang, theme: attributes.theme, 'iati-org': attributes.iatiOrg, ...own };
  for (const [name, value] of Object.entries(all)) values[name] = value === true ? '' : value === false || value === '' || value === undefined ? null : String(value);
  return h(
    'div',
    {
      ...blockEditor.useBlockProps({ lang: attributes.lang ? undefined : settings.siteLanguage }),
      // The widget's links would leave the editor: in the canvas they only select the block.
      onClickCapture: (event: { nativeEvent: Event; preventDefault(): void }) => {
        if (event.nativeEvent.composedPath().some((node) => (node as Element).localName === 'a')) event.preventDefault();
      },
    },
    h(Widget, { tag, values }),
  );
}

// --- What save() writes ----------------------------------------------------------------------

/** As the browser writes it back: what the block parser reads from the saved post is this form. */
function serialized(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML;
}

/** A short stable hash: the rendering's ids differ between blocks of one kind with other options. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}

/**
 * Keeps `content` the static rendering of the file's data with the block's options and language,
 * as the visitor's widget would show it today. Only when the file has been read: while it loads or
 * when it cannot be read, what was saved stays; without data (none chosen, or the card's project
 * not in the file) there is nothing to save.
 */
function useSavedRendering<A extends DataAttributes>(kind: StaticElement, props: BlockEditProps<A>, file: FileState, options: Omit<StaticOptions, 'element' | 'lang'>): void {
  const lang = languageOf(props.attributes);
  const idPrefix = `wisg-${kind}-${hash(JSON.stringify([props.attributes.src, lang, options, ...(props.attributes.iatiOrg ? [props.attributes.iatiOrg] : [])]))}`;
  const html = file.status === 'ready' ? renderStatic(file.model, { ...options, element: kind, lang, idPrefix }).html : undefined;
  const content = html === undefined ? (file.status === 'none' ? '' : undefined) : serialized(html);
  element.useEffect(() => {
    if (content !== undefined && content !== props.attributes.content) props.setAttributes({ content } as Partial<A>);
  }, [content, props.attributes.content]);
}

/** The saved rendering, as it is (kses filtered it for the user who saved it). */
const save = ({ attributes }: BlockSaveProps<DataAttributes>): Node => (attributes.content ? h(element.RawHTML, null, attributes.content) : null);

function edit<A extends DataAttributes>(
  kind: StaticElement,
  panels: (props: BlockEditProps<A>, file: FileState) => Node[],
  own: (attributes: A) => Record<string, string | number | boolean>,
  rendering: (attributes: A) => Omit<StaticOptions, 'element' | 'lang'>,
) {
  return (props: BlockEditProps<A>): Node => {
    const file = useProjects(props.attributes.src, props.attributes.iatiOrg);
    useSavedRendering(kind, props, file, rendering(props.attributes));
    return h(
      element.Fragment,
      null,
      h(blockEditor.InspectorControls, null, dataPanel(props.attributes, props.setAttributes as (next: Partial<DataAttributes>) => void), ...panels(props, file)),
      preview(TAGS[kind], props.attributes, own(props.attributes)),
    );
  };
}

blocks.registerBlockType<ListAttributes>('wisg/project-list', {
  save,
  edit: edit<ListAttributes>(
    'list',
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
          // Not in the preview: there it would write into the editor's own address.
          h(components.ToggleControl, {
            label: __('Keep the search and filters in the page address'),
            help: __('Visitors can share what they found, reload it, and go back and forward.'),
            checked: attributes.urlState,
            onChange: (urlState: boolean) => setAttributes({ urlState }),
          }),
        ),
      ];
    },
    (a) => ({ heading: a.heading, 'heading-level': a.headingLevel, query: a.query, status: a.status, year: a.year, sort: a.sort }),
    (a) => ({ heading: a.heading, headingLevel: a.headingLevel, query: a.query, status: a.status, year: a.year, sort: a.sort }),
  ),
});

blocks.registerBlockType<CardAttributes>('wisg/project-card', {
  save,
  edit: edit<CardAttributes>(
    'card',
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
    (a) => ({ projectId: a.projectId || undefined, headingLevel: a.headingLevel, expanded: a.expanded }),
  ),
});

blocks.registerBlockType<TimelineAttributes>('wisg/timeline', {
  save,
  edit: edit<TimelineAttributes>(
    'timeline',
    ({ attributes, setAttributes }) => {
      const { TextControl } = components;
      const year = (value: string): string => value.replace(/\D/g, '').slice(0, 4);
      return [
        appearancePanel(attributes, setAttributes, [
          h(TextControl, {
            label: __('Heading'),
            value: attributes.heading || attributes.caption,
            help: __('The chart’s heading; empty: “Project timeline”.'),
            // An old block's caption moves to heading on its first edit.
            onChange: (heading: string) => setAttributes({ heading, caption: '' }),
          }),
          headingLevelControl(attributes.headingLevel, (headingLevel) => setAttributes({ headingLevel })),
          h(TextControl, { label: __('From (year)'), value: attributes.from, inputMode: 'numeric', onChange: (from: string) => setAttributes({ from: year(from) }) }),
          h(TextControl, { label: __('To (year)'), value: attributes.to, inputMode: 'numeric', onChange: (to: string) => setAttributes({ to: year(to) }) }),
        ]),
      ];
    },
    (a) => ({ heading: a.heading || a.caption, 'heading-level': a.headingLevel, from: a.from.length === 4 ? a.from : '', to: a.to.length === 4 ? a.to : '' }),
    (a) => ({ heading: a.heading || a.caption, headingLevel: a.headingLevel, from: a.from.length === 4 ? a.from : undefined, to: a.to.length === 4 ? a.to : undefined }),
  ),
});
