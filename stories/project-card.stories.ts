import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brokenData, longGeorgian, manyProjects, missingTranslation, oneProject, projectIds, wisg } from './support/data.js';
import { STORY_URL } from './support/fetch.js';
import { ready, themeOf, TODAY } from './support/render.js';

interface CardArgs {
  src?: string;
  'project-id'?: string;
  expanded: boolean;
  'heading-level': number;
  today: string;
  data?: unknown;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Project card',
  component: 'wisg-project-card',
  args: { src: 'data/wisg-projects.json', 'project-id': 'rfsl-2022-24', expanded: false, 'heading-level': 3, today: TODAY },
  argTypes: {
    'project-id': { control: 'select', options: projectIds },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    src: { control: 'text' },
    today: { control: 'text' },
  },
  parameters: {
    controls: { include: ['src', 'project-id', 'expanded', 'heading-level', 'today'] },
    docs: { description: { component: 'One project, complete — for a partner site that embeds a single project. Set the language with the toolbar (the `lang` around the element).' } },
  },
  render: (args, context) => html`<wisg-project-card
    src=${ifDefined(args.src)}
    project-id=${ifDefined(args['project-id'])}
    heading-level=${args['heading-level']}
    today=${args.today}
    theme=${themeOf(context)}
    ?expanded=${args.expanded}
    .data=${args.data ?? nothing}
  ></wisg-project-card>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

/** Loaded from `src` (the bundled WISG data), one project chosen by `project-id`. */
export const Loaded: Story = {};

/** While the data is on its way: the element keeps its place (see the README's `:not(:defined)` snippet). */
export const Loading: Story = { args: { src: STORY_URL.hang } };

/** The server answered 500: a message in the element's language, and a "Try again" button. */
export const LoadError: Story = { args: { src: STORY_URL.http500 } };

/** The data is there but unusable: the message says what is wrong and where. */
export const DataError: Story = { args: { src: undefined, data: brokenData } };

/** No project with this id: says so, and does not guess. */
export const EmptyResult: Story = { args: { 'project-id': 'no-such-project' } };

/** One of the nine projects, picked by `project-id`. */
export const Filtered: Story = { args: { 'project-id': 'un-joint-programme-gender-equality' } };

/** The activities shown from the start (`expanded`). */
export const Expanded: Story = { args: { expanded: true, 'project-id': 'lbti-community-georgia' } };

/** Data with a single project: no `project-id` needed. */
export const OneProject: Story = { args: { src: undefined, 'project-id': undefined, data: oneProject } };

/** One project out of 500 (the card renders only its own). */
export const ManyProjects: Story = { args: { src: undefined, 'project-id': 'project-250', data: manyProjects(500), expanded: true } };

/** A very long Georgian title, a 75-letter word, long paragraphs: everything wraps, nothing overflows. */
export const LongGeorgianText: Story = {
  args: { src: undefined, 'project-id': 'long-georgian', data: longGeorgian, expanded: true },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/** Texts in one language only: shown as they are, marked with their own `lang`. Switch the toolbar's language to see both sides. */
export const MissingTranslation: Story = { args: { src: undefined, 'project-id': 'only-georgian', data: missingTranslation, expanded: true } };

/** In the other language than the toolbar's, for side-by-side checks. */
export const BothLanguages: Story = {
  render: (args, context) =>
    html`${(['ka', 'en'] as const).map(
      (lang) => html`<div lang=${lang} style="margin-block-end: 1rem">
      <wisg-project-card .data=${wisg} project-id=${ifDefined(args['project-id'])} today=${args.today} theme=${themeOf(context)}></wisg-project-card>
    </div>`,
    )}`,
  play: async ({ canvasElement }) => {
    await ready(canvasElement, 'wisg-project-card');
  },
};
