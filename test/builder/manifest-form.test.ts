/** Describe it (src/builder/manifest-form.ts): the form made from custom-elements.json, with no hand-kept list. */
import { expect } from '@open-wc/testing';
import { colourProperties } from '../../src/builder/colours.js';
import { builderManifest, cssPropertiesOf, formFields, literalOptions, type Manifest } from '../../src/builder/manifest-form.js';

const realManifest = async (): Promise<Manifest> => (await fetch('/custom-elements.json')).json() as Promise<Manifest>;

/** The real manifest, with one more attribute in a widget's declaration: what `cem analyze` writes after a JSDoc edit. */
function withExtraAttribute(manifest: Manifest, tag: string, attribute: object): Manifest {
  const copy = structuredClone(manifest) as { modules: { declarations?: { tagName?: string; attributes?: object[] }[] }[] };
  const declaration = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;
  declaration.attributes = [...(declaration.attributes ?? []), attribute];
  return copy as Manifest;
}

describe('builder: the form from the manifest', () => {
  it('lists the chart’s words first, then the survey facts, then the widget’s own options, then the rest', async () => {
    const fields = formFields(await realManifest(), 'trust-bars');
    const names = fields.map((f) => f.name);
    expect(names.slice(0, 5)).to.deep.equal(['heading', 'subheading', 'source', 'source-url', 'note']);
    expect(fields.filter((f) => f.group === 'survey').map((f) => f.name)).to.include.members([
      'question',
      'population',
      'sample-size',
      'fieldwork',
      'method',
      'commissioned-by',
    ]);
    expect(fields.filter((f) => f.group === 'widget').map((f) => f.name)).to.deep.equal([
      'sort',
      'highlight',
      'target',
      'target-label',
      'max',
      'reference',
      'notes',
    ]);
    expect(names).to.include.members(['theme', 'unit', 'locale', 'format']);
    const groups = fields.map((f) => f.group);
    expect(groups).to.deep.equal(
      [...groups].sort((a, b) => ['describe', 'survey', 'widget', 'display'].indexOf(a) - ['describe', 'survey', 'widget', 'display'].indexOf(b)),
    );
  });

  it('leaves out what the builder writes itself: the data, the src file’s options, a dashboard’s span', async () => {
    const names = formFields(await realManifest(), 'trust-trend').map((f) => f.name);
    for (const supplied of ['data', 'src', 'series', 'value-column', 'series-columns', 'n-column', 'filter', 'refresh', 'span'])
      expect(names).not.to.include(supplied);
  });

  it('gives each field its JSDoc description as the hint, and an input by type', async () => {
    const fields = formFields(await realManifest(), 'trust-likert');
    const field = (name: string) => fields.find((f) => f.name === name);
    expect(field('heading')?.hint).to.match(/^The finding, in a sentence/);
    expect(field('heading')?.input).to.equal('text');
    expect(field('show-net')).to.include({ input: 'checkbox', group: 'widget' });
    expect(field('theme')).to.deep.include({ input: 'select', options: ['light', 'dark', 'auto', 'nhs'] });
    expect(field('positive')).to.deep.include({ input: 'select', options: ['first', 'last'] });
    // Markdown backticks in a description are not shown.
    expect(field('unit')?.hint).not.to.include('`');
  });

  it('shows an attribute added to a widget’s JSDoc, with no change to the builder', async () => {
    const manifest = withExtraAttribute(await realManifest(), 'trust-waffle', {
      name: 'gap',
      description: 'Space between the `shapes`, in pixels.',
      type: { text: 'string | undefined' },
      fieldName: 'gap',
    });
    expect(formFields(manifest, 'trust-waffle').find((f) => f.name === 'gap')).to.deep.equal({
      name: 'gap',
      hint: 'Space between the shapes, in pixels.',
      input: 'text',
      group: 'widget',
    });
    // A new choice among words is a select; a new shared one lands among the rest.
    const withChoice = withExtraAttribute(manifest, 'trust-waffle', {
      name: 'density',
      type: { text: 'string | undefined' },
      expandedType: { text: "'tight' | 'loose'" },
      inheritedFrom: { name: 'TrustElement' },
    });
    expect(formFields(withChoice, 'trust-waffle').find((f) => f.name === 'density')).to.deep.include({
      input: 'select',
      options: ['tight', 'loose'],
      group: 'display',
    });
    expect(formFields(await realManifest(), 'trust-waffle').map((f) => f.name)).not.to.include('gap');
  });

  it('shows a colour added to a widget’s JSDoc (@cssprop) among its colours, with no change to the builder', async () => {
    const copy = structuredClone(await realManifest()) as { modules: { declarations?: { tagName?: string; cssProperties?: object[] }[] }[] };
    const waffle = copy.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'trust-waffle')!;
    waffle.cssProperties = [
      ...(waffle.cssProperties ?? []),
      { name: '--trust-waffle-empty-color', description: 'Squares left `empty`.' },
      { name: '--trust-waffle-gap', description: 'Space between the squares (default 2px).' },
    ];
    const manifest = copy as Manifest;
    const colours = colourProperties(cssPropertiesOf(manifest, 'trust-waffle'));
    expect(colours.find((p) => p.name === '--trust-waffle-empty-color')).to.deep.equal({
      name: '--trust-waffle-empty-color',
      description: 'Squares left empty',
    });
    // A size is not a colour.
    expect(colours.map((p) => p.name)).not.to.include('--trust-waffle-gap');
    // And the page's cut manifest carries it.
    expect(colourProperties(cssPropertiesOf(builderManifest(manifest), 'trust-waffle'))).to.deep.equal(colours);
    expect(colourProperties(cssPropertiesOf(await realManifest(), 'trust-waffle')).map((p) => p.name)).not.to.include('--trust-waffle-empty-color');
  });

  it('reads a union of string literals, and nothing else, as a list of choices', () => {
    expect(literalOptions("'a' | 'b' | undefined")).to.deep.equal(['a', 'b']);
    expect(literalOptions('string | undefined')).to.equal(undefined);
    expect(literalOptions("'a' | string")).to.equal(undefined);
    expect(literalOptions(undefined)).to.equal(undefined);
  });

  it('cuts the manifest to what the form reads, making the same form from a tenth of the size', async () => {
    const full = await realManifest();
    const slim = builderManifest(full);
    expect(JSON.stringify(slim).length).to.be.below(JSON.stringify(full).length / 5);
    for (const tag of ['trust-bars', 'trust-stat', 'trust-waffle', 'trust-change', 'trust-likert', 'trust-trend']) {
      expect(formFields(slim, tag), tag).to.deep.equal(formFields(full, tag));
    }
  });
});
