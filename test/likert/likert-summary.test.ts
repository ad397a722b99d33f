import { expect } from '@open-wc/testing';
import { addsUp, formatNet, likertRow } from '../../src/likert/likert-summary.js';
import { likertScale } from '../../src/likert/likert-scale.js';

const FIVE = ['Very confident', 'Fairly confident', 'Neither', 'Not very confident', 'Not at all confident'];
const data = (values: (number | null)[]) => ({ label: 'NHS staff', values, qualifiers: values.map(() => undefined) });

describe('likertRow: shares, halves and net score', () => {
  it('adds up the positive and negative halves and the net score in points', () => {
    const scale = likertScale({ names: FIVE, positive: 'first' });
    const row = likertRow(data([12, 24, 20, 30, 14]), scale, false);
    expect(row.positive).to.equal(36);
    expect(row.negative).to.equal(44);
    expect(row.neutral).to.equal(20);
    expect(row.net).to.equal(-8);
    expect(row.total).to.equal(100);
    expect(addsUp(row)).to.equal(true);
  });

  it('turns counts into shares of the row, "don\'t know" included', () => {
    const scale = likertScale({ names: [...FIVE, "Don't know"], positive: 'first', dontKnow: "Don't know" });
    const row = likertRow(data([50, 100, 100, 150, 75, 25]), scale, true);
    expect(row.total).to.equal(500);
    expect(row.shares).to.deep.equal([10, 20, 20, 30, 15]);
    expect(row.dontKnow).to.equal(5);
    expect(row.net).to.equal(30 - 45);
  });

  it('counts the last answers as positive when positive="last"', () => {
    const scale = likertScale({ names: ['Very badly', 'Fairly badly', 'Fairly well', 'Very well'], positive: 'last' });
    const row = likertRow(data([10, 20, 45, 25]), scale, false);
    expect(row.positive).to.equal(70);
    expect(row.negative).to.equal(30);
    expect(row.neutral).to.equal(undefined);
  });

  it('accepts 99 to 101 as rounding and catches anything further off', () => {
    const scale = likertScale({ names: FIVE, positive: 'first' });
    expect(addsUp(likertRow(data([12, 24, 20, 30, 13]), scale, false))).to.equal(true);
    expect(addsUp(likertRow(data([12, 24, 20, 30, 15]), scale, false))).to.equal(true);
    expect(addsUp(likertRow(data([12, 24, 20, 30, 16]), scale, false))).to.equal(false);
    expect(addsUp(likertRow(data([12, 24, 20, 30, 4]), scale, false))).to.equal(false);
    expect(addsUp(likertRow(data([12, 24, 20, 30, 24]), scale, false))).to.equal(false);
  });

  it('treats a row with no figures as missing rather than as zero', () => {
    const scale = likertScale({ names: FIVE, positive: 'first' });
    const row = likertRow(data([null, null, null, null, null]), scale, false);
    expect(row.missing).to.equal(true);
    expect(addsUp(row)).to.equal(true);
    expect(likertRow(data([0, 0, 0, 0, 0]), scale, true).missing, 'counts adding up to nobody').to.equal(true);
  });
});

describe('formatNet: signed percentage points', () => {
  it('writes a true minus sign, a plus for gains and a bare zero', () => {
    expect(formatNet(-30, 'en-GB')).to.equal('\u221230');
    expect(formatNet(12, 'en-GB')).to.equal('+12');
    expect(formatNet(0, 'en-GB')).to.equal('0');
    expect(formatNet(-0.04, 'en-GB')).to.equal('0');
  });

  it("keeps one decimal place at most, in the reader's locale", () => {
    expect(formatNet(7.25, 'en-GB')).to.equal('+7.3');
    expect(formatNet(-7.5, 'de-DE')).to.equal('\u22127,5');
  });
});
