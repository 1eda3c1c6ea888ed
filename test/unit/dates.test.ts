import { expect } from '@open-wc/testing';
import { dayNumber, firstDay, formatDate, isActiveInYear, isoDayNumber, lastDay, parsePartialDate, projectStatus, todayIso } from '../../src/data/dates.js';
import { parseProjects } from '../../src/data/parse.js';
import type { Project } from '../../src/data/types.js';

const project = (fields: Record<string, unknown>): Project => parseProjects([{ id: 'p', title: 't', start: '2022-10-01', ...fields }]).projects[0]!;
const day = (iso: string) => isoDayNumber(iso)!;

describe('dates', () => {
  it('parses the three precisions and rejects impossible dates', () => {
    expect(parsePartialDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29, iso: '2024-02-29' });
    expect(parsePartialDate('2024-02')).to.deep.equal({ year: 2024, month: 2, iso: '2024-02' });
    expect(parsePartialDate('2024')).to.deep.equal({ year: 2024, iso: '2024' });
    for (const bad of ['2023-02-29', '1900-02-29', '2024-04-31', '2024-13', '2024-00-10', '0000', '24-01-01', '2024-1-1', ' 2024', '']) {
      expect(parsePartialDate(bad), bad).to.equal(undefined);
    }
    expect(parsePartialDate('2000-02-29')?.day).to.equal(29);
  });

  it('counts days exactly across months, leap years and centuries', () => {
    expect(dayNumber(2024, 3, 1) - dayNumber(2024, 2, 28)).to.equal(2);
    expect(dayNumber(2023, 3, 1) - dayNumber(2023, 2, 28)).to.equal(1);
    expect(dayNumber(2001, 1, 1) - dayNumber(2000, 1, 1)).to.equal(366);
    expect(dayNumber(2101, 1, 1) - dayNumber(2100, 1, 1)).to.equal(365);
    expect(dayNumber(2023, 1, 1) - dayNumber(2022, 12, 31)).to.equal(1);
  });

  it('widens a month or a year to its first and last day', () => {
    expect(firstDay(parsePartialDate('2024-02')!)).to.equal(day('2024-02-01'));
    expect(lastDay(parsePartialDate('2024-02')!)).to.equal(day('2024-02-29'));
    expect(lastDay(parsePartialDate('2023')!)).to.equal(day('2023-12-31'));
  });

  it('writes dates in Georgian with our own month names, and in English', () => {
    const date = parsePartialDate('2023-08-24')!;
    expect(formatDate(date, 'ka')).to.equal('24 აგვისტო 2023');
    expect(formatDate(date, 'en')).to.equal('24 August 2023');
    expect(formatDate(parsePartialDate('2022-10')!, 'ka')).to.equal('ოქტომბერი 2022');
    expect(formatDate(parsePartialDate('2022-01')!, 'en')).to.equal('January 2022');
    expect(formatDate(parsePartialDate('2021')!, 'ka')).to.equal('2021');
    const allMonths = Array.from({ length: 12 }, (_, i) => formatDate({ year: 2020, month: i + 1, iso: '' }, 'ka').split(' ')[0]);
    expect(allMonths).to.deep.equal(['იანვარი', 'თებერვალი', 'მარტი', 'აპრილი', 'მაისი', 'ივნისი', 'ივლისი', 'აგვისტო', 'სექტემბერი', 'ოქტომბერი', 'ნოემბერი', 'დეკემბერი']);
  });

  it('derives the status from the dates and today, inclusive of both ends', () => {
    const rfsl = project({ end: '2024-11-30' });
    expect(projectStatus(rfsl, day('2022-09-30'))).to.equal('planned');
    expect(projectStatus(rfsl, day('2022-10-01'))).to.equal('ongoing');
    expect(projectStatus(rfsl, day('2024-11-30'))).to.equal('ongoing');
    expect(projectStatus(rfsl, day('2024-12-01'))).to.equal('completed');
    expect(projectStatus(project({}), day('2030-01-01')), 'open-ended').to.equal('ongoing');
    expect(projectStatus(project({ end: '2024' }), day('2024-12-31')), 'year precision').to.equal('ongoing');
  });

  it('lets the data override the derived status', () => {
    expect(projectStatus(project({ end: '2024-11-30', status: 'suspended' }), day('2023-01-01'))).to.equal('suspended');
    expect(projectStatus(project({ status: 'cancelled' }), day('2020-01-01'))).to.equal('cancelled');
  });

  it('knows which years a project runs in', () => {
    const rfsl = project({ end: '2024-11-30' });
    expect([2021, 2022, 2023, 2024, 2025].map((year) => isActiveInYear(rfsl, year))).to.deep.equal([false, true, true, true, false]);
    expect(isActiveInYear(project({}), 2099), 'open-ended').to.equal(true);
  });

  it('gives today in the visitor’s calendar, not UTC', () => {
    expect(todayIso(new Date(2026, 10, 25, 23, 59))).to.equal('2026-11-25');
    expect(todayIso(new Date(2026, 0, 5, 0, 1))).to.equal('2026-01-05');
  });
});
