import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brokenData, longGeorgian, manyProjects, missingTranslation, oneProject, wisg } from './support/data.js';
import { STORY_URL } from './support/fetch.js';
import { ready, themeOf, TODAY } from './support/render.js';

interface ListArgs {
  src?: string;
  heading?: string;
  'heading-level': number;
  query?: string;
  status?: string;
  year?: number;
  sort?: string;
  today: string;
  data?: unknown;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/Project list',
  component: 'wisg-project-list',
  args: { src: 'data/wisg-projects.json', 'heading-level': 2, today: TODAY },
  argTypes: {
    status: { control: 'select', options: [undefined, 'planned', 'ongoing', 'completed', 'suspended', 'cancelled'] },
    sort: { control: 'select', options: [undefined, 'newest', 'oldest', 'title'] },
    year: { control: { type: 'number', min: 2000, max: 2030 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    controls: { include: ['src', 'heading', 'heading-level', 'query', 'status', 'year', 'sort', 'today'] },
    docs: { description: { component: 'All projects: search, filters, newest first. The search and filters live in attributes, so a page can preset them.' } },
  },
  render: (args, context) => html`<wisg-project-list
    src=${ifDefined(args.src)}
    heading=${ifDefined(args.heading)}
    heading-level=${args['heading-level']}
    query=${ifDefined(args.query)}
    status=${ifDefined(args.status)}
    year=${ifDefined(args.year)}
    sort=${ifDefined(args.sort)}
    today=${args.today}
    theme=${themeOf(context)}
    .data=${args.data ?? nothing}
  ></wisg-project-list>`,
};
export default meta;
type Story = StoryObj<ListArgs>;

/** The nine WISG projects from `src`, newest first. */
export const Loaded: Story = { args: { heading: 'WISG' } };

/** While the data is on its way. */
export const Loading: Story = { args: { src: STORY_URL.hang } };

/** The server answered 500: a message and "Try again". */
export const LoadError: Story = { args: { src: STORY_URL.http500 } };

/** An HTML page where the JSON should be (a mistyped address, a login wall). */
export const WrongAddress: Story = { args: { src: STORY_URL.html } };

/** The data is unusable as a whole. */
export const DataError: Story = { args: { src: undefined, data: brokenData } };

/** Nothing matches the search: says so, with a button that clears the filters. */
export const EmptyResult: Story = { args: { query: 'xyzzy' } };

/** Preset filters: completed projects that ran in 2023, oldest first. */
export const Filtered: Story = { args: { status: 'completed', year: 2023, sort: 'oldest' } };

/** A search in Georgian. */
export const Searched: Story = { args: { query: 'ქვიარ' } };

/** The first project's activities opened (as a visitor would). */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const list = await ready(canvasElement, 'wisg-project-list');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="disclosure"]')?.click();
  },
};

/** A single project. */
export const OneProject: Story = { args: { src: undefined, data: oneProject } };

/** 300 projects: the first screen comes at once, the rest in chunks. */
export const ManyProjects: Story = { args: { src: undefined, data: manyProjects(300) } };

/** Very long Georgian titles and words, on a phone. */
export const LongGeorgianText: Story = {
  args: { src: undefined, data: longGeorgian },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** Texts in one language only. */
export const MissingTranslation: Story = { args: { src: undefined, data: missingTranslation } };

/** The CMS case: the JSON pasted inside the element, no file to host. */
export const InlineJson: Story = {
  render: (args, context) => html`<wisg-project-list today=${args.today} theme=${themeOf(context)}>
    <script type="application/json">
      ${JSON.stringify({ lang: 'ka', projects: wisg.projects.slice(0, 3) })}
    </script>
  </wisg-project-list>`,
};
