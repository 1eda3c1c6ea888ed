import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { brokenData, longGeorgian, longTitles30, manyProjects, missingTranslation, oneProject } from './support/data.js';
import { STORY_URL } from './support/fetch.js';
import { ready, themeOf, TODAY } from './support/render.js';
import type { WisgTimeline } from '../src/timeline/timeline.js';

interface TimelineArgs {
  src?: string;
  heading?: string;
  from?: number;
  to?: number;
  'heading-level': number;
  today: string;
  data?: unknown;
}

const meta: Meta<TimelineArgs> = {
  title: 'Elements/Timeline',
  component: 'wisg-timeline',
  args: { src: 'data/wisg-projects.json', 'heading-level': 2, today: TODAY },
  argTypes: {
    from: { control: { type: 'number', min: 2000, max: 2030 } },
    to: { control: { type: 'number', min: 2000, max: 2030 } },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  parameters: {
    controls: { include: ['src', 'heading', 'from', 'to', 'heading-level', 'today'] },
    docs: { description: { component: 'The projects as bars in time. Arrow keys move between bars; Enter opens a project’s details.' } },
  },
  render: (args, context) => html`<wisg-timeline
    src=${ifDefined(args.src)}
    heading=${ifDefined(args.heading)}
    from=${ifDefined(args.from)}
    to=${ifDefined(args.to)}
    heading-level=${args['heading-level']}
    today=${args.today}
    theme=${themeOf(context)}
    .data=${args.data ?? nothing}
  ></wisg-timeline>`,
};
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The nine WISG projects from `src`. */
export const Loaded: Story = {};

/** While the data is on its way. */
export const Loading: Story = { args: { src: STORY_URL.hang } };

/** The server answered 500. */
export const LoadError: Story = { args: { src: STORY_URL.http500 } };

/** The data is unusable as a whole. */
export const DataError: Story = { args: { src: undefined, data: brokenData } };

/** Data without projects. */
export const EmptyResult: Story = { args: { src: undefined, data: { projects: [] } } };

/** Only the years 2023–2024 on the axis. */
export const Filtered: Story = { args: { from: 2023, to: 2024, heading: '2023–2024' } };

/** One project's details open (as after a click on its bar). */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const timeline = await ready<WisgTimeline>(canvasElement, 'wisg-timeline');
    timeline.showDetails('rfsl-2022-24');
  },
};

/** A single project. */
export const OneProject: Story = { args: { src: undefined, data: oneProject } };

/** 60 projects over 25 years. */
export const ManyProjects: Story = { args: { src: undefined, data: manyProjects(60) } };

/** Very long Georgian titles, on a phone. */
export const LongGeorgianText: Story = {
  args: { src: undefined, data: longGeorgian },
  globals: { viewport: { value: 'phone', isRotated: false } },
};

/**
 * 30 projects with long titles (up to 223 letters in Georgian), each title and period whole in the
 * label column at the default width. In Georgian or English, as the Language toolbar says.
 */
export const LongTitles30: Story = {
  name: '30 long titles',
  args: { src: undefined, data: longTitles30 },
};

/** Texts in one language only. */
export const MissingTranslation: Story = { args: { src: undefined, data: missingTranslation } };
