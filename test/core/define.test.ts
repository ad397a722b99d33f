import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

const uniqueTag = () => `test-define-${Math.random().toString(36).slice(2)}`;
/** The warning waits until the copy has tried every widget (a microtask): let it through. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('defineElement', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;

  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a new tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
    expect(document.createElement(tag)).to.be.instanceOf(First);
  });

  it('is silent when the same class is defined twice', async () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(() => defineElement(tag, First)).not.to.throw();
    await settled();
    expect(warnings).to.deep.equal([]);
  });

  it('is silent for a second copy of the same version', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {
      static readonly version = VERSION;
    }
    class Second extends HTMLElement {}
    defineElement(tag, First);
    defineElement(tag, Second);
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns once, naming both versions, when another version is loaded', async () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static readonly version = '0.1.0';
    }
    class New extends HTMLElement {
      static readonly version = '0.2.0';
    }
    defineElement(tag, Old);
    expect(() => defineElement(tag, New)).not.to.throw();
    defineElement(tag, New);
    expect(customElements.get(tag)).to.equal(Old);
    await settled();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.equal([
      `public-trust-widgets: <${tag}> is already defined by version 0.1.0; this copy (version 0.2.0) was not registered. Load the library once per page.`,
    ]);
  });

  it('names this library’s version for a class without one', async () => {
    const tag = uniqueTag();
    class Old extends HTMLElement {
      static readonly version = '0.0.9';
    }
    class Unversioned extends HTMLElement {}
    defineElement(tag, Old);
    defineElement(tag, Unversioned);
    await settled();
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(`defined by version 0.0.9; this copy (version ${VERSION})`);
  });

  it('says "unknown version" plainly when the tag was defined by something without a version', async () => {
    const tag = uniqueTag();
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {
      static readonly version = '0.2.0';
    }
    customElements.define(tag, Foreign);
    defineElement(tag, Ours);
    await settled();
    expect(warnings).to.have.length(1);
    const text = String(warnings[0]![0]);
    expect(text).to.contain(`<${tag}> is already defined by a copy of unknown version; this copy (version 0.2.0)`);
    expect(text).not.to.contain('version an unknown version');
  });

  it('warns once for all the widgets a second copy tries to register, listing them', async () => {
    const tags = [uniqueTag(), uniqueTag(), uniqueTag()];
    for (const tag of tags) {
      defineElement(
        tag,
        class extends HTMLElement {
          static readonly version = '0.1.0';
        },
      );
    }
    for (const tag of tags) {
      defineElement(
        tag,
        class extends HTMLElement {
          static readonly version = '0.2.0';
        },
      );
    }
    expect(warnings, 'nothing before the copy has finished defining').to.deep.equal([]);
    await settled();
    expect(warnings).to.deep.equal([
      [
        `public-trust-widgets: <${tags[0]}>, <${tags[1]}> and <${tags[2]}> are already defined by version 0.1.0; this copy (version 0.2.0) was not registered. Load the library once per page.`,
      ],
    ]);
  });

  it('names a third copy of yet another version too, but never the same versions twice', async () => {
    const tag = uniqueTag();
    const versioned = (version: string) =>
      class extends HTMLElement {
        static readonly version = version;
      };
    defineElement(tag, versioned('0.1.0'));
    defineElement(tag, versioned('0.2.0'));
    await settled();
    defineElement(tag, versioned('0.2.0'));
    defineElement(tag, versioned('0.3.0'));
    await settled();
    expect(warnings.map((w) => String(w[0]).replace(/ Load.*/, ''))).to.deep.equal([
      `public-trust-widgets: <${tag}> is already defined by version 0.1.0; this copy (version 0.2.0) was not registered.`,
      `public-trust-widgets: <${tag}> is already defined by version 0.1.0; this copy (version 0.3.0) was not registered.`,
    ]);
  });
});
