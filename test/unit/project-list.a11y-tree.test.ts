import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { can } from '../engine.js';
import '../../src/wisg-project-list.js';
import type { WisgProjectList } from '../../src/list/project-list.js';

interface AxNode {
  role: string;
  name: string;
  level?: number;
  children?: AxNode[];
}

function headings(node: AxNode, level: number, found: string[] = []): string[] {
  if (node.role === 'heading' && node.level === level) found.push(node.name);
  node.children?.forEach((child) => headings(child, level, found));
  return found;
}

describe('<wisg-project-list> in the accessibility tree', () => {
  // A screen reader reads the whole list, not just what is on screen: off-screen cards
  // must stay in the tree (content-visibility: auto would drop them in Chromium).
  it('exposes every card’s heading, also those far below the fold', async function () {
    // The accessibility tree is read over CDP: Chromium only (test/engine.ts). It is also Chromium's tree that drops content-visibility: auto.
    if (!can.readAccessibilityTree) this.skip();
    await setViewport({ width: 800, height: 600 });
    const { projects } = await (await fetch('/data/wisg-projects.json')).json();
    const many = Array.from({ length: 60 }, (_, i) => ({ ...projects[i % projects.length], id: `project-${i}` }));
    const list = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" .projects=${many}></wisg-project-list>`);
    await waitUntil(() => list.shadowRoot!.querySelectorAll('article').length === 60, 'not every card rendered');
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const titles = headings(tree, 3);
    expect(titles).to.have.length(60);
    expect(titles).to.include('RFSL 2022-24');
  });
});
