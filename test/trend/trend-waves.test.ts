import { expect } from '@open-wc/testing';
import { displayWave, parseWave, waveAxis } from '../../src/trend/waves.js';

const day = 24 * 60 * 60 * 1000;

describe('trend waves: reading wave labels', () => {
  it('reads a plain year as a date at 1 January', () => {
    expect(parseWave('2024')).to.deep.equal({ kind: 'date', time: Date.UTC(2024, 0, 1), precision: 'year' });
  });

  it('reads ISO months and days, ignoring spaces around them', () => {
    expect(parseWave(' 2024-03 ')).to.deep.equal({ kind: 'date', time: Date.UTC(2024, 2, 1), precision: 'month' });
    expect(parseWave('2024-03-15')).to.deep.equal({ kind: 'date', time: Date.UTC(2024, 2, 15), precision: 'day' });
    expect(parseWave('2024-02-29')).to.deep.equal({ kind: 'date', time: Date.UTC(2024, 1, 29), precision: 'day' });
  });

  it('treats anything else, and impossible dates, as a wave name', () => {
    for (const label of ['Wave 3', 'Spring 2024', '2023/24', '24', '2024-13', '2024-00', '2023-02-29', '2024-04-31', '03/2024', '2024-3']) {
      expect(parseWave(label), label).to.deep.equal({ kind: 'name' });
    }
  });

  it('keeps years before 100 as written rather than adding 1900', () => {
    const wave = parseWave('0099');
    expect(wave.kind === 'date' && new Date(wave.time).getUTCFullYear()).to.equal(99);
  });

  it('writes months and days in the reader’s words, and years and names as written', () => {
    expect(displayWave('2024-03', parseWave('2024-03'), 'en-GB')).to.equal('Mar 2024');
    expect(displayWave('2024-03-15', parseWave('2024-03-15'), 'en-GB')).to.equal('15 Mar 2024');
    expect(displayWave(' 2024 ', parseWave('2024'), 'en-GB')).to.equal('2024');
    expect(displayWave('Wave 3', parseWave('Wave 3'), 'cy')).to.equal('Wave 3');
    expect(displayWave('2024-03', parseWave('2024-03'), 'de-DE')).to.equal('März 2024');
  });
});

describe('trend waves: spacing along the axis', () => {
  it('spaces plain years evenly in the order written, even when the gaps between them differ', () => {
    const axis = waveAxis(['2019', '2022', '2024'], 'auto', 'en-GB');
    expect(axis.scale).to.equal('even');
    expect(axis.positions).to.deep.equal([0, 0.5, 1]);
    expect(axis.order).to.deep.equal([0, 1, 2]);
    expect(axis.problem).to.equal(undefined);
  });

  it('spaces wave names evenly, and puts a single wave in the middle', () => {
    expect(waveAxis(['Wave 1', 'Wave 2', 'Wave 3', 'Wave 4'], 'auto', 'en-GB').positions).to.deep.equal([0, 1 / 3, 2 / 3, 1]);
    expect(waveAxis(['2024'], 'auto', 'en-GB').positions).to.deep.equal([0.5]);
  });

  it('places months in proportion to the days between them', () => {
    const axis = waveAxis(['2023-01', '2023-03', '2023-11', '2024-03'], 'auto', 'en-GB');
    // 1 Jan 2023 → 1 Mar 2023 is 59 days, → 1 Nov 2023 is 304, → 1 Mar 2024 is 425.
    expect(axis.scale).to.equal('time');
    expect(axis.positions).to.deep.equal([0, 59 / 425, 304 / 425, 1]);
    expect(axis.display).to.deep.equal(['Jan 2023', 'Mar 2023', 'Nov 2023', 'Mar 2024']);
  });

  it('counts a year among months as 1 January', () => {
    const axis = waveAxis(['2023', '2023-07', '2024'], 'auto', 'en-GB');
    expect(axis.scale).to.equal('time');
    expect(axis.positions[1]).to.be.closeTo(181 / 365, 1e-9);
  });

  it('draws dates written out of order in time order', () => {
    const axis = waveAxis(['2024-03', '2023-01', '2023-11'], 'auto', 'en-GB');
    expect(axis.order).to.deep.equal([1, 2, 0]);
    expect(axis.positions[1]).to.equal(0);
    expect(axis.positions[0]).to.equal(1);
  });

  it('spaces dates mixed with names evenly, and reports the mix', () => {
    const axis = waveAxis(['2023-01', 'Wave 2', '2024-03'], 'auto', 'en-GB');
    expect(axis.scale).to.equal('even');
    expect(axis.positions).to.deep.equal([0, 0.5, 1]);
    expect(axis.problem).to.deep.equal({ kind: 'mixed', date: '2023-01', name: 'Wave 2' });
  });

  it('says nothing about plain years among names: both are categories', () => {
    expect(waveAxis(['2022', 'Wave 2'], 'auto', 'en-GB').problem).to.equal(undefined);
  });

  it('with spacing="time" places plain years in time, and refuses names', () => {
    const years = waveAxis(['2019', '2022', '2024'], 'time', 'en-GB');
    expect(years.scale).to.equal('time');
    const span = Date.UTC(2024, 0, 1) - Date.UTC(2019, 0, 1);
    expect(years.positions[1]).to.be.closeTo((Date.UTC(2022, 0, 1) - Date.UTC(2019, 0, 1)) / span, 1e-9);
    expect((1096 * day) / span).to.be.closeTo(years.positions[1]!, 1e-9);
    const names = waveAxis(['2019', 'Wave 2'], 'time', 'en-GB');
    expect(names.scale).to.equal('even');
    expect(names.problem).to.deep.equal({ kind: 'not-a-date', label: 'Wave 2' });
  });

  it('with spacing="even" keeps months in the order written, evenly spaced', () => {
    const axis = waveAxis(['2024-03', '2023-01', '2023-11'], 'even', 'en-GB');
    expect(axis.scale).to.equal('even');
    expect(axis.order).to.deep.equal([0, 1, 2]);
    expect(axis.display).to.deep.equal(['Mar 2024', 'Jan 2023', 'Nov 2023']);
  });

  it('puts waves on the same date at the same place', () => {
    expect(waveAxis(['2024-03', '2024-03'], 'time', 'en-GB').positions).to.deep.equal([0.5, 0.5]);
  });
});
