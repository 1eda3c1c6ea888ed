import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineEmbedBuilder } from './support/embed-builder.js';

defineEmbedBuilder();

const meta: Meta = {
  title: 'Embed builder',
  // A tool, not an element: no autodocs page.
  tags: ['!autodocs'],
  parameters: {
    layout: 'padded',
    docs: { description: { component: 'Choose a widget, a project, a language and options; copy the HTML into a CMS block.' } },
  },
};
export default meta;

/** Choose, then copy the exact snippet. The preview shows the same element on the bundled data. */
export const EmbedBuilder: StoryObj = {
  name: 'Embed builder',
  render: () => html`<wisg-embed-builder></wisg-embed-builder>`,
};
