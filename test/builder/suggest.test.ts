/** Pick a chart (src/builder/suggest.ts): a suggestion from the pasted data's shape, with its reason. */
import { expect } from '@open-wc/testing';
import { readPasted } from '../../src/builder/paste.js';
import { isTimeLabel, suggestChart, widgetChoices } from '../../src/builder/suggest.js';

const suggest = (tsv: string) => suggestChart(readPasted(tsv)!);

describe('builder: suggesting a chart', () => {
  it('one value: a stat', () => {
    expect(suggest('Answer\tShare\nWorried about cyber-attacks\t57%')).to.deep.equal({ tag: 'trust-stat', reason: 'one-value' });
  });

  it('two columns of the same measure at two times: a change', () => {
    expect(suggest('Training\t2022\t2024\nNew technologies\t5%\t15%\nBoth systems\t47%\t39%')).to.deep.equal({ tag: 'trust-change', reason: 'two-times' });
    // An n column does not count as a third time.
    expect(suggest('Training\t2022\t2024\tn\nNew technologies\t5%\t15%\t300').tag).to.equal('trust-change');
  });

  it('many times: a trend', () => {
    expect(suggest('Year\tWorried\n2019\t52\n2020\t54\n2021\t57\n2022\t56')).to.deep.equal({ tag: 'trust-trend', reason: 'many-times' });
    expect(suggest('Survey\tWorried\tConfident\nWave 1\t52\t41\nWave 2\t54\t38\nWave 3\t57\t33').tag).to.equal('trust-trend');
  });

  it('agree/disagree answer columns: a likert', () => {
    expect(suggest('Statement\tAgree\tNeither\tDisagree\tDon’t know\nI know how to report\t79\t9\t8\t4')).to.deep.equal({
      tag: 'trust-likert',
      reason: 'answer-scale',
    });
  });

  it('otherwise: bars', () => {
    expect(suggest('Answer\tShare\nWorried\t57\nConcerned\t60')).to.deep.equal({ tag: 'trust-bars', reason: 'categories' });
    // Two years of rows are not yet a trend; two columns that are not times are not a change.
    expect(suggest('Year\tShare\n2022\t5\n2024\t15').tag).to.equal('trust-bars');
    expect(suggest('Group\tPublic\tStaff\nWorried\t57\t40').tag).to.equal('trust-bars');
  });

  it('knows times when it sees them, and not otherwise', () => {
    for (const time of ['2024', '2023/24', '2023-24', 'FY2024', 'Q1 2024', 'March 2024', 'Mar', '2024-03', 'Wave 3', 'Ionawr 2024']) {
      expect(isTimeLabel(time), time).to.equal(true);
    }
    for (const other of ['Worried', 'NHS staff', '57', '12345', 'Mayor']) expect(isTimeLabel(other), other).to.equal(false);
  });

  it('offers every other widget one click away, the suggestion first', () => {
    expect(widgetChoices('trust-trend')).to.deep.equal(['trust-trend', 'trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert']);
  });
});
