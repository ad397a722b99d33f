import { expect } from '@open-wc/testing';
import { parseCompactData, parseDataAttribute } from '../../src/core/data/parse-data-attribute.js';
import { described, en, problemsOf, valueOf } from './helpers.js';

describe('parseDataAttribute', () => {
  describe('compact form', () => {
    it('reads "label: number" entries separated by semicolons', () => {
      const model = valueOf(parseDataAttribute('Worried about cyber-attacks: 57; Concerned about disruption: 60', 'en-GB'));
      expect(model).to.deep.equal({
        series: [''],
        rows: [
          { label: 'Worried about cyber-attacks', values: [57], qualifiers: [undefined] },
          { label: 'Concerned about disruption', values: [60], qualifiers: [undefined] },
        ],
      });
    });

    it('reads entries on separate, indented lines', () => {
      const text = `
        Understand their role in protecting their organisation: more than 90%
        Frontline staff calling for more training: 60%
        Believe current cyber measures are sufficient: 36%`;
      const model = valueOf(parseDataAttribute(text, 'en-GB'));
      expect(model.rows.map((row) => row.label)).to.deep.equal([
        'Understand their role in protecting their organisation',
        'Frontline staff calling for more training',
        'Believe current cyber measures are sufficient',
      ]);
      expect(model.rows.map((row) => row.values[0])).to.deep.equal([90, 60, 36]);
      expect(model.rows.map((row) => row.qualifiers[0])).to.deep.equal(['more than', undefined, undefined]);
    });

    it('splits at the last colon, so "Q3: worried about attacks: 57" keeps "Q3: worried about attacks" as the label', () => {
      const model = valueOf(parseDataAttribute('Q3: worried about attacks: 57', 'en-GB'));
      expect(model.rows).to.deep.equal([{ label: 'Q3: worried about attacks', values: [57], qualifiers: [undefined] }]);
    });

    it('reads "5 | 15" as two series and names them with empty strings', () => {
      const model = valueOf(parseDataAttribute('Trained on new technologies: 5 | 15; Trained on both new and existing systems: 47 | 39', 'en-GB'));
      expect(model.series).to.deep.equal(['', '']);
      expect(model.rows).to.deep.equal([
        { label: 'Trained on new technologies', values: [5, 15], qualifiers: [undefined, undefined] },
        { label: 'Trained on both new and existing systems', values: [47, 39], qualifiers: [undefined, undefined] },
      ]);
    });

    it('reports a row with fewer values than the first row has series', () => {
      const problems = problemsOf(parseDataAttribute('2022 and 2024: 5 | 15; Only 2024: 39', 'en-GB'));
      expect(described(problems)).to.deep.equal([`data: ${en.seriesMismatch('Only 2024', 2, 1)}`]);
    });

    it('reports an entry with no label before the colon', () => {
      const problems = problemsOf(parseDataAttribute(': 57; Concerned: 60', 'en-GB'));
      expect(described(problems)).to.deep.equal([`data: ${en.compactSyntax(': 57')}`]);
    });

    it('reports an entry with no colon at all', () => {
      const problems = problemsOf(parseDataAttribute('Worried 57', 'en-GB'));
      expect(described(problems)).to.deep.equal([`data: ${en.compactSyntax('Worried 57')}`]);
    });

    it('ignores empty entries between separators', () => {
      const model = valueOf(parseDataAttribute(';; Worried: 57 ;\n\n ; ;Concerned: 60;', 'en-GB'));
      expect(model.rows.map((row) => row.label)).to.deep.equal(['Worried', 'Concerned']);
    });

    it('reads "n/a", "–" and an empty value as missing (null)', () => {
      const model = valueOf(parseDataAttribute('A: n/a; B: –; C:; D: 55', 'en-GB'));
      expect(model.rows.map((row) => row.values[0])).to.deep.equal([null, null, null, 55]);
    });

    it('reports a value that is not a number, naming the row', () => {
      const problems = problemsOf(parseDataAttribute('Worried: lots; Concerned: 60', 'en-GB'));
      expect(described(problems)).to.deep.equal([`data: ${en.notANumber('lots', 'Worried')}`]);
    });

    it('reports at most five problems', () => {
      const text = Array.from({ length: 8 }, (_, i) => `Row ${i}: bad`).join('; ');
      expect(problemsOf(parseDataAttribute(text, 'en-GB'))).to.have.length(5);
    });

    it('reads numbers in the given locale: "57,5" is 57.5 in de-DE but refused in en-GB', () => {
      expect(valueOf(parseDataAttribute('Besorgt: 57,5', 'de-DE')).rows[0]!.values).to.deep.equal([57.5]);
      expect(described(problemsOf(parseDataAttribute('Worried: 57,5', 'en-GB')))).to.deep.equal([`data: ${en.notANumber('57,5', 'Worried')}`]);
    });

    it('gives an empty model for empty text (resolveData reports it)', () => {
      expect(valueOf(parseCompactData('', 'en-GB'))).to.deep.equal({ series: [''], rows: [] });
    });
  });

  describe('JSON form', () => {
    it('reads text starting with "[" as JSON records', () => {
      const model = valueOf(parseDataAttribute('  [{"label": "Worried", "value": 57}, {"label": "Concerned", "value": "60%"}]', 'en-GB'));
      expect(model).to.deep.equal({
        series: [''],
        rows: [
          { label: 'Worried', values: [57], qualifiers: [undefined] },
          { label: 'Concerned', values: [60], qualifiers: [undefined] },
        ],
      });
    });

    it('reads a JSON label containing a colon and a semicolon whole', () => {
      const model = valueOf(parseDataAttribute('[{"label": "Q3: worried; very", "value": 57}]', 'en-GB'));
      expect(model.rows[0]!.label).to.equal('Q3: worried; very');
    });

    it('reports a JSON object that is not a list', () => {
      const problems = problemsOf(parseDataAttribute('{"label": "Worried", "value": 57}', 'en-GB'));
      expect(described(problems)).to.deep.equal([`data: ${en.jsonShape('an object')}`]);
    });

    it('reports invalid JSON instead of reading it as the compact form', () => {
      const problems = problemsOf(parseDataAttribute('[{"label": "Worried", value: 57}]', 'en-GB'));
      expect(problems).to.have.length(1);
      expect(problems[0]!.attribute).to.equal('data');
      // The detail is the browser's own JSON.parse message, cut to 120 characters.
      let detail = '';
      try {
        JSON.parse('[{"label": "Worried", value: 57}]');
      } catch (error) {
        detail = (error as Error).message.slice(0, 120);
      }
      expect(detail).to.not.equal('');
      expect(described(problems)).to.deep.equal([`data: ${en.invalidJson(detail)}`]);
    });
  });
});
