/**
 * The wording of data problems and load failures is a lazy chunk (src/chunks/problems.ts):
 * a page whose data is fine never downloads it; a widget with a problem shows the wording once it
 * is in, and its `updateComplete` waits for it. This file runs in a page of its own, so the first
 * test sees the chunk not loaded yet.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/wisg-project-list.js';
import type { WisgProjectList } from '../../src/list/project-list.js';
import { $, wisgData } from './helpers.js';

const chunkRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/src/chunks/problems.'));

describe('the problems chunk', () => {
  it('is not loaded for good data', async () => {
    const list = await fixture<WisgProjectList>(html`<wisg-project-list lang="en" .data=${await wisgData()}></wisg-project-list>`);
    expect(list.shadowRoot!.querySelectorAll('.card')).to.have.length(9);
    expect(list.shadowRoot!.querySelector('[part="issues"]')).to.equal(null);
    expect(chunkRequests().map((e) => e.name)).to.deep.equal([]);
  });

  it('is loaded for the first problem: the report and wisg-error say what is wrong, in the widget’s language', async () => {
    const data = {
      projects: [
        { id: 'a', title: 'A', start: '2023-13-01' },
        { id: 'b', title: 'B', start: '2023' },
      ],
    };
    const list = document.createElement('wisg-project-list') as WisgProjectList;
    list.lang = 'ka';
    list.data = data;
    const reported = oneEvent(list, 'wisg-error');
    const parent = await fixture(html`<div></div>`);
    parent.append(list);
    await list.updateComplete;
    expect(chunkRequests()).to.have.length(1);
    expect(list.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect($(list, '[part="issues"] li').textContent).to.equal('projects[0].start: "2023-13-01" არ არის თარიღი (YYYY-MM-DD, YYYY-MM ან YYYY).');
    const event = await reported;
    expect(event.detail.message).to.equal('projects[0].start: "2023-13-01" არ არის თარიღი (YYYY-MM-DD, YYYY-MM ან YYYY).');
  });
});
