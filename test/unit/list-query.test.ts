/** A list's state in the query string (src/data/list-query.ts): read, written, and hostile strings read safely. */
import { expect } from '@open-wc/testing';
import { listStateParams, MAX_QUERY_LENGTH, readListState, withListParams, type ListState } from '../../src/data/list-query.js';

const NONE: ListState = { query: null, status: null, year: null, sort: null };
const SET_UP: ListState = { query: 'trans', status: 'completed', year: 2023, sort: 'oldest' };

describe('readListState', () => {
  it('reads the list’s own parameters, in either language', () => {
    expect(readListState('?projects-query=%E1%83%AB%E1%83%90%E1%83%9A%E1%83%90&projects-status=ongoing&projects-year=2022&projects-sort=title', 'projects', NONE)).to.deep.equal({
      query: 'ძალა',
      status: 'ongoing',
      year: 2022,
      sort: 'title',
    });
    expect(readListState('projects-query=gender+violence', 'projects', NONE).query).to.equal('gender violence');
  });

  it('keeps the attributes’ state where the address says nothing, and clears a filter with an empty value', () => {
    expect(readListState('', 'projects', SET_UP)).to.deep.equal(SET_UP);
    expect(readListState('?projects-status=&projects-year=&projects-query=', 'projects', SET_UP)).to.deep.equal({ query: null, status: null, year: null, sort: 'oldest' });
  });

  it('reads only its own namespace: another list’s and the page’s parameters are not its', () => {
    const search = '?p=12&s=trans&year=2021&status=planned&news-query=forum&news-year=2023&utm_source=mail';
    expect(readListState(search, 'projects', NONE)).to.deep.equal({ query: null, status: null, year: null, sort: 'newest' });
    expect(readListState(search, 'news', NONE)).to.deep.equal({ query: 'forum', status: null, year: 2023, sort: 'newest' });
  });

  it('ignores values that are not choices: the attributes’ state stands', () => {
    for (const [name, value] of [
      ['status', 'Completed'],
      ['status', 'deleted'],
      ['status', '__proto__'],
      ['year', '20231'],
      ['year', '2023.5'],
      ['year', '-2023'],
      ['year', ' 2023'],
      ['year', '1e3'],
      ['year', 'NaN'],
      ['sort', 'random'],
      ['sort', ''],
      ['sort', 'constructor'],
    ] as const) {
      expect(readListState(`?l-${name}=${encodeURIComponent(value)}`, 'l', SET_UP), `${name}=${value}`).to.deep.equal(SET_UP);
    }
  });

  it('reads hostile text as text: cut to its length, no line breaks, never throws', () => {
    const markup = '<img src=x onerror=alert(1)>"\'&';
    expect(readListState(`?l-query=${encodeURIComponent(markup)}`, 'l', NONE).query).to.equal(markup);
    expect(readListState(`?l-query=${'a'.repeat(5000)}`, 'l', NONE).query).to.have.length(MAX_QUERY_LENGTH);
    // Code points: no surrogate pair cut in half.
    const long = readListState(`?l-query=a${encodeURIComponent('😀'.repeat(300))}`, 'l', NONE).query!;
    expect([...long]).to.have.length(MAX_QUERY_LENGTH);
    expect(long.endsWith('😀')).to.equal(true);
    expect(readListState('?l-query=one%0D%0Atwo%0Athree', 'l', NONE).query).to.equal('one two three');
    for (const search of ['?l-query=%E0%A4%A', '?l-query=%', '?&&=&l-year', '?l-query=a&l-query=b', `?${'&'.repeat(1000)}`, '?l-status=%00', '#l-query=x']) {
      expect(() => readListState(search, 'l', NONE), search).not.to.throw();
    }
    expect(readListState('?l-query=%E0%A4%A', 'l', NONE).query, 'a malformed escape decodes to U+FFFD').to.equal('\uFFFD%A');
    expect(readListState('?l-query=a&l-query=b', 'l', NONE).query, 'the first of two').to.equal('a');
    expect(readListState('#l-query=x', 'l', NONE).query, 'the hash is not the query').to.equal(null);
  });
});

describe('listStateParams', () => {
  it('writes what differs from the attributes, and nothing for the state they set up', () => {
    expect(listStateParams(NONE, 'projects', NONE)).to.equal('');
    expect(listStateParams({ ...NONE, sort: 'newest' }, 'projects', NONE), 'newest is the default').to.equal('');
    expect(listStateParams(SET_UP, 'projects', SET_UP)).to.equal('');
    expect(listStateParams({ query: 'ქალთა უფლებები', status: 'ongoing', year: 2022, sort: 'title' }, 'projects', NONE)).to.equal(
      'projects-query=%E1%83%A5%E1%83%90%E1%83%9A%E1%83%97%E1%83%90+%E1%83%A3%E1%83%A4%E1%83%9A%E1%83%94%E1%83%91%E1%83%94%E1%83%91%E1%83%98&projects-status=ongoing&projects-year=2022&projects-sort=title',
    );
    expect(listStateParams({ ...SET_UP, status: null, year: null, sort: null }, 'news', SET_UP)).to.equal('news-status=&news-year=&news-sort=newest');
    expect(listStateParams({ ...NONE, query: '' }, 'l', NONE), 'an empty search is none').to.equal('');
  });

  it('reads back what it wrote', () => {
    for (const [state, initial] of [
      [{ query: 'a&b=c#d?e', status: 'planned', year: 2019, sort: 'title' }, NONE],
      [{ query: null, status: null, year: null, sort: null }, SET_UP],
      [{ query: 'ძალადობა ', status: 'cancelled', year: null, sort: 'newest' }, SET_UP],
    ] as const) {
      const own = listStateParams(state, 'x', initial);
      expect(readListState(withListParams('?p=12', 'x', own), 'x', initial)).to.deep.equal({ ...state, sort: state.sort ?? 'newest' });
    }
  });
});

describe('withListParams', () => {
  it('keeps every other parameter as written, in its place', () => {
    expect(withListParams('?p=12&utm_source=a%2Cb&flag&x=a+b', 'l', 'l-query=trans')).to.equal('p=12&utm_source=a%2Cb&flag&x=a+b&l-query=trans');
    expect(withListParams('?p=12&l-query=old&utm_source=mail&l-year=2020', 'l', 'l-query=new')).to.equal('p=12&l-query=new&utm_source=mail');
    expect(withListParams('p=12&l-query=old', 'l', '')).to.equal('p=12');
    expect(withListParams('', 'l', '')).to.equal('');
  });

  it('leaves another list’s parameters alone', () => {
    expect(withListParams('?news-query=forum&projects-query=old', 'projects', 'projects-year=2022')).to.equal('news-query=forum&projects-year=2022');
    expect(withListParams('?news-query=forum&projects-query=old', 'news', '')).to.equal('projects-query=old');
    // A namespace that is a prefix of another's is not that one.
    expect(withListParams('?a-b-query=x', 'a', 'a-query=y')).to.equal('a-b-query=x&a-query=y');
  });
});
