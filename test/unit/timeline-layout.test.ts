import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dayNumber, firstDay, lastDay } from '../../src/data/dates.js';
import { parseProjects } from '../../src/data/parse.js';
import { layoutTimeline, MAX_MONTH_YEARS, toYear, type TimelineBar, type TimelineLayout } from '../../src/timeline/timeline-layout.js';
import type { Project, ProjectInput } from '../../src/data/types.js';

const TODAY = dayNumber(2025, 6, 15);

function projects(...inputs: ProjectInput[]): readonly Project[] {
  const model = parseProjects({ lang: 'en', projects: inputs });
  expect(model.issues).to.deep.equal([]);
  return model.projects;
}

const p = (id: string, start: string, end?: string): ProjectInput => (end ? { id, title: id, start, end } : { id, title: id, start });

const bar = (layout: TimelineLayout, id: string) => layout.bars.find((b) => b.project.id === id)!;

describe('layoutTimeline', () => {
  it('spans the data in whole years and places bars by their dates', () => {
    const layout = layoutTimeline(projects(p('a', '2022-10-01', '2024-11-30'), p('b', '2021-01-01', '2021-12-31')), { today: TODAY });
    expect([layout.fromYear, layout.toYear]).to.deep.equal([2021, 2024]);
    const span = dayNumber(2025, 1, 1) - dayNumber(2021, 1, 1);
    const a = bar(layout, 'a');
    expect(a.start).to.be.closeTo((dayNumber(2022, 10, 1) - dayNumber(2021, 1, 1)) / span, 1e-12);
    // The end is the end of the last day.
    expect(a.end).to.be.closeTo((dayNumber(2024, 12, 1) - dayNumber(2021, 1, 1)) / span, 1e-12);
    expect(bar(layout, 'b').start).to.equal(0);
    expect(bar(layout, 'b').end).to.be.closeTo(0.25, 0.001);
  });

  it('reads partial dates as the whole month or year they name', () => {
    const layout = layoutTimeline(projects(p('a', '2022', '2023-06')), { today: TODAY });
    expect(bar(layout, 'a').start).to.equal(0);
    const span = dayNumber(2024, 1, 1) - dayNumber(2022, 1, 1);
    expect(bar(layout, 'a').end).to.be.closeTo((dayNumber(2023, 7, 1) - dayNumber(2022, 1, 1)) / span, 1e-12);
  });

  it('runs open-ended projects to the axis end, which reaches this year', () => {
    const layout = layoutTimeline(projects(p('open', '2023-03-01'), p('old', '2021-01-01', '2021-06-30')), { today: TODAY });
    expect(layout.toYear).to.equal(2025);
    const open = bar(layout, 'open');
    expect(open.open).to.equal(true);
    expect(open.end).to.equal(1);
    expect(bar(layout, 'old').open).to.equal(false);
  });

  it('uses from/to years when given, cutting bars at the edges and leaving out projects outside', () => {
    const layout = layoutTimeline(projects(p('early', '2019-01-01', '2020-05-01'), p('across', '2020-06-01', '2024-02-01'), p('inside', '2022-01-01', '2022-12-31'), p('open', '2021-01-01')), {
      today: TODAY,
      from: 2021,
      to: 2023,
    });
    expect([layout.fromYear, layout.toYear]).to.deep.equal([2021, 2023]);
    expect(layout.bars.map((b) => b.project.id)).to.deep.equal(['across', 'open', 'inside']);
    const across = bar(layout, 'across');
    expect([across.start, across.end, across.cutStart, across.cutEnd]).to.deep.equal([0, 1, true, true]);
    const open = bar(layout, 'open');
    expect([open.end, open.open, open.cutEnd]).to.deep.equal([1, true, false]);
    expect(bar(layout, 'inside').start).to.be.closeTo(1 / 3, 0.001);
    expect(bar(layout, 'inside').end).to.be.closeTo(2 / 3, 0.001);
  });

  it('takes only one of from/to and fills the other from the data; swaps them when reversed', () => {
    const data = projects(p('a', '2021-01-01', '2023-12-31'));
    const onlyFrom = layoutTimeline(data, { today: TODAY, from: 2022 });
    expect([onlyFrom.fromYear, onlyFrom.toYear]).to.deep.equal([2022, 2023]);
    const onlyTo = layoutTimeline(data, { today: TODAY, to: 2022 });
    expect([onlyTo.fromYear, onlyTo.toYear]).to.deep.equal([2021, 2022]);
    const reversed = layoutTimeline(data, { today: TODAY, from: 2023, to: 2022 });
    expect([reversed.fromYear, reversed.toYear]).to.deep.equal([2022, 2023]);
  });

  it('keeps overlapping projects apart as intervals: each its own row, their extents overlapping on the axis', () => {
    const layout = layoutTimeline(projects(p('a', '2021-01-01', '2021-12-31'), p('b', '2021-06-01', '2022-06-30'), p('c', '2022-01-01', '2022-12-31'), p('d', '2021-12-31', '2022-01-15')), {
      today: TODAY,
    });
    // a and d share 31 December 2021; d and c share January 2022; c follows a the next day.
    expect(layout.bars.map((b) => [b.project.id, b.index])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['d', 2],
      ['c', 3],
    ]);
    const [a, b, d, c] = layout.bars as [TimelineBar, TimelineBar, TimelineBar, TimelineBar];
    expect(b.start).to.be.below(a.end);
    expect(d.start).to.be.below(a.end);
    expect(c.start).to.be.below(d.end);
    expect(c.start).to.be.closeTo(a.end, 1e-12);
  });

  it('orders bars by start, then end, then id', () => {
    const layout = layoutTimeline(projects(p('z', '2022-01-01', '2022-03-01'), p('y', '2022-01-01', '2022-02-01'), p('x', '2022-01-01', '2022-03-01'), p('w', '2021-05-01', '2021-06-01')), {
      today: TODAY,
    });
    expect(layout.bars.map((b) => b.project.id)).to.deep.equal(['w', 'y', 'x', 'z']);
    expect(layout.bars.map((b) => b.index)).to.deep.equal([0, 1, 2, 3]);
  });

  it('places every project in time order by its dates, equal periods at equal lengths (any data)', () => {
    const project = fc.record({ start: fc.integer({ min: 0, max: 3000 }), length: fc.integer({ min: 0, max: 900 }), open: fc.boolean() });
    fc.assert(
      fc.property(fc.array(project, { maxLength: 60 }), (list) => {
        const base = dayNumber(2015, 1, 1);
        const iso = (day: number) => {
          // Day number → YYYY-MM-DD by walking from a known date (test data only).
          const date = new Date(Date.UTC(2015, 0, 1) + (day - base) * 864e5);
          return date.toISOString().slice(0, 10);
        };
        const data = projects(...list.map((item, i) => p(`p${i}`, iso(base + item.start), item.open ? undefined : iso(base + item.start + item.length))));
        const layout = layoutTimeline(data, { today: base + 1500 });
        const axisStart = dayNumber(layout.fromYear, 1, 1);
        const interval = (b: (typeof layout.bars)[number]) => [firstDay(b.project.start), b.project.end ? lastDay(b.project.end) + 1 : Infinity] as const;
        // Rows in time order: by start, then end.
        for (let i = 1; i < layout.bars.length; i++) {
          const [before, after] = [interval(layout.bars[i - 1]!), interval(layout.bars[i]!)];
          expect(before[0] < after[0] || (before[0] === after[0] && before[1] <= after[1])).to.equal(true);
          expect(layout.bars[i]!.index).to.equal(i);
        }
        // As many days, as long a bar (closed projects; open ones run to the axis end).
        const span = dayNumber(layout.toYear + 1, 1, 1) - axisStart;
        for (const b of layout.bars) if (b.project.end) expect(b.end - b.start).to.be.closeTo((interval(b)[1] - interval(b)[0]) / span, 1e-9);
        expect(layout.bars.length).to.equal(data.length);
        for (const b of layout.bars) {
          expect(b.start).to.be.within(0, 1);
          expect(b.end).to.be.within(b.start, 1);
          expect(b.start).to.be.closeTo((firstDay(b.project.start) - axisStart) / (dayNumber(layout.toYear + 1, 1, 1) - axisStart), 1e-9);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lays out 10,000 projects, every one once, in time order', () => {
    const list: ProjectInput[] = [];
    for (let i = 0; i < 10_000; i++) list.push(p(`p${i}`, `${2000 + (i % 25)}-${String((i % 12) + 1).padStart(2, '0')}-01`, `${2001 + (i % 25)}-06-30`));
    const layout = layoutTimeline(projects(...list), { today: TODAY });
    expect(layout.bars).to.have.length(10_000);
    expect(new Set(layout.bars.map((b) => b.project.id)).size).to.equal(10_000);
    expect(layout.bars.every((b, i) => i === 0 || b.start >= layout.bars[i - 1]!.start)).to.equal(true);
  });

  it('marks today on the axis, and leaves the marker out when today is outside it', () => {
    const data = projects(p('a', '2024-01-01', '2025-12-31'));
    const layout = layoutTimeline(data, { today: dayNumber(2025, 1, 1) });
    expect(layout.today).to.be.closeTo(366 / 731, 1e-12);
    expect(layoutTimeline(data, { today: dayNumber(2026, 1, 1) }).today).to.equal(undefined);
    expect(layoutTimeline(data, { today: dayNumber(2023, 12, 31) }).today).to.equal(undefined);
  });

  it('gives year ticks always and month ticks only for short axes', () => {
    const short = layoutTimeline(projects(p('a', '2022-01-01', '2023-12-31')), { today: TODAY });
    expect(short.years.map((t) => t.year)).to.deep.equal([2022, 2023]);
    expect(short.years[1]!.start).to.be.closeTo(0.5, 0.001);
    expect(short.months).to.have.length(24);
    expect(short.months[1]).to.include({ year: 2022, month: 2 });
    expect(short.months[1]!.start).to.be.closeTo(31 / 730, 1e-12);
    expect(short.months.at(-1)!.end).to.equal(1);
    const long = layoutTimeline(projects(p('a', '2000-01-01', `${2000 + MAX_MONTH_YEARS}-12-31`)), { today: TODAY });
    expect(long.years).to.have.length(MAX_MONTH_YEARS + 1);
    expect(long.months).to.deep.equal([]);
  });

  it('has an empty axis on this year when there are no projects', () => {
    const layout = layoutTimeline([], { today: TODAY });
    expect([layout.fromYear, layout.toYear, layout.bars.length]).to.deep.equal([2025, 2025, 0]);
  });
});

describe('toYear', () => {
  it('accepts whole years only', () => {
    expect([toYear('2022'), toYear(2023), toYear(' 2024 '), toYear('20x'), toYear(''), toYear(null), toYear('0'), toYear('2022.5')]).to.deep.equal([
      2022,
      2023,
      2024,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
