import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { created, liveResources, type Live } from './instrument.js';
import { applyData, records, type DataInput, type Sheet } from './data.js';

/**
 * The lifecycle test of one widget: CYCLES times create, attach, update, interact, resize and remove, then check
 * that nothing the widget made is still running, that the heap has returned to its size, and that the removed
 * widgets can be garbage-collected. Runs in the `robustness-heap` group, whose Chromium has gc() and precise
 * performance.memory figures (see test/robustness/groups.js).
 */
export const CYCLES = 1000;
/** Cycles run before the baseline is taken: compiled code, caches keyed by locale, the first style sheets. */
const WARM_UP = 50;
/** How far above the baseline the heap may end, as a fraction. */
const HEAP_TOLERANCE = 0.1;

export interface LifecycleSpec {
  readonly tag: string;
  /** Valid data for the widget; given in turn through `.data`, the compact and JSON attribute, and a child table. */
  readonly sheet: Sheet;
  /** The widget's own data attributes (`value`, `of`), used as a fifth way in. */
  readonly own?: readonly [string, string][];
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

/** V8's gc() (Chromium started with --js-flags=--expose-gc); with `execution: 'async'` it returns a promise. */
type GarbageCollect = (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => Promise<void> | undefined;
const gc = (): GarbageCollect | undefined => (globalThis as { gc?: GarbageCollect }).gc;

interface Memory {
  usedJSHeapSize: number;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Four full garbage collections, then the heap in use. Not plain `gc()`: called from script, it collects with the
 * native stack scanned conservatively (V8 tells Blink's heap the stack "may contain heap pointers"), so a stale stack
 * word that happens to hold a removed node's address keeps that node, and its widget, alive for as long as the slot
 * is not overwritten. Which stale words are there depends on the order the renderer ran its tasks in: on a busy
 * machine a few random widgets "survived" every re-collection, yet a DevTools heap snapshot (taken without the
 * stack) had no path to them and they were gone after it. `execution: 'async'` collects in a task of its own with
 * nothing on the stack (V8's advice for testing that objects are reclaimed): every root left is a real reference,
 * so a widget held by a listener, observer, timer, pending promise or cache still counts as a leak.
 */
async function collect(): Promise<number> {
  for (let i = 0; i < 4; i++) await gc()!({ type: 'major', execution: 'async' });
  return (performance as unknown as { memory: Memory }).memory.usedJSHeapSize;
}

/** Live resources grouped by where they were made: "1000 × interval, made at: …". */
function describeLive(resources: readonly Live[]): string {
  const groups = new Map<string, number>();
  for (const r of resources) {
    const key = `${r.kind}, made at:\n${r.stack.split('\n').slice(0, 4).join('\n')}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups]
    .slice(0, 5)
    .map(([key, count]) => `${count} × ${key}`)
    .join('\n\n');
}

/**
 * The retaining paths of the sampled widgets still alive, from a heap snapshot: each gets a marker object of a
 * class named after its cycle, which the snapshot reader (scripts/heap/retaining-paths.js) finds by name.
 */
async function retainersOf(refs: readonly { cycle: number; ref: WeakRef<Widget> }[]): Promise<string[]> {
  for (const { cycle, ref } of refs) {
    const widget = ref.deref() as (Widget & { __survivorMarker?: object }) | undefined;
    const name = `SurvivorMarker_cycle_${cycle}`;
    if (widget) widget.__survivorMarker = new { [name]: class {} }[name]();
  }
  // deref() keeps its target alive until the end of this task: take the snapshot from the next one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const paths = await executeServerCommand<string[], object>('robustness-heap-retainers', {
    markerPrefix: 'SurvivorMarker_',
    markerProperty: '__survivorMarker',
  });
  return paths ?? ['(no heap snapshot: the robustness-heap-retainers command is not installed)'];
}

export function lifecycleSuite({ tag, sheet, own }: LifecycleSpec): void {
  describe(`<${tag}> lifecycle: ${CYCLES} create/attach/update/remove cycles`, function () {
    this.timeout(110_000);
    const doors: DataInput[] = [
      { via: 'property', shape: 'values', sheet },
      { via: 'attribute-compact', sheet, separator: '; ' },
      { via: 'attribute-json', shape: 'flat', sheet },
      { via: 'table', sheet, header: true, caption: 'Caption' },
    ];
    // Other data for updates: every value one more, so each update redraws.
    const changed: Sheet = {
      ...sheet,
      rows: sheet.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => (typeof cell === 'number' ? cell + 1 : cell)) })),
    };
    const results = {
      before: { counts: {} as Record<string, number>, fromSource: [] as Live[] },
      after: { counts: {} as Record<string, number>, fromSource: [] as Live[] },
      heapBefore: 0,
      heapAfter: 0,
      alive: 0,
      survivors: [] as number[],
      retainers: [] as string[],
      sampled: 0,
      collections: 0,
      warnings: 0,
      seconds: 0,
      made: created(),
    };

    before(async function () {
      expect(typeof gc(), 'gc(): run this file in the robustness-heap group, whose Chromium has --js-flags=--expose-gc').to.equal('function');
      // An engine without these options would take the object as `true` and do a minor collection only.
      const stackless = gc()!({ type: 'major', execution: 'async' });
      expect(stackless, "gc({ execution: 'async' }) returns a promise").to.be.instanceOf(Promise);
      await stackless;
      expect('memory' in performance, 'performance.memory').to.equal(true);
      await import('../../../src/index.js');
      const page = document.createElement('div');
      page.style.width = '640px';
      document.body.append(page);
      // Two widgets in ten, with their cycle numbers, so that a failure says which stayed reachable: cycles ending in
      // 0 had keyboard focus, an announcement and an open table; cycles ending in 5 had none of that.
      const refs: { cycle: number; ref: WeakRef<Widget> }[] = [];
      const firstWarnings: string[] = [];
      const warn = console.warn;
      const log = console.log;
      // The test runner keeps every console message in the page: silence them, or they would be the leak.
      console.warn = (...args: unknown[]) => {
        if (results.warnings++ < 3) firstWarnings.push(args.map(String).join(' ').slice(0, 200));
      };
      console.log = () => {};

      const cycle = async (i: number) => {
        const el = document.createElement(tag) as Widget;
        el.setAttribute('heading', `Cycle ${i}`);
        if (i % 3 === 0) {
          el.setAttribute('source', 'BT research');
          el.setAttribute('source-url', 'https://example.org/report');
          el.setAttribute('sample-size', '1000');
          el.setAttribute('show-uncertainty', '');
          el.setAttribute('fieldwork', '2024-03-01/2024-03-15');
        }
        const door = i % 5;
        if (door === 4 && own) for (const [name, value] of own) el.setAttribute(name, value);
        else applyData(el, doors[door % 4]!);
        page.append(el);
        await el.updateComplete;
        // Update: new data through the same door (a table cell edited in place), or a new heading and language.
        if (i % 2) {
          if (door === 0) el.data = records(changed, 'values');
          else if (door === 3) el.querySelector('td:last-child')!.textContent = '1';
          else el.setAttribute('heading', `Updated ${i}`);
        } else {
          el.setAttribute('locale', i % 4 ? 'cy' : 'de-DE');
        }
        await el.updateComplete;
        if (i % 10 === 0) {
          // Reader interaction: open the table, move keyboard focus along the marks.
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toolbar"] button')?.click();
          const chart = el.shadowRoot!.querySelector<SVGElement>('svg[tabindex]');
          chart?.focus();
          chart?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          await el.updateComplete;
        }
        if (i % 25 === 0) {
          // A resize: the ResizeObserver reports it in the next frame and the widget redraws.
          page.style.width = `${320 + (i % 400)}px`;
          await frame();
          await el.updateComplete;
        }
        el.remove();
        if (i % 5 === 0) refs.push({ cycle: i, ref: new WeakRef(el) });
        // Now and then a frame with the widget gone: pending ResizeObserver notifications and frames flush.
        if (i % 50 === 0) await frame();
      };

      try {
        for (let i = 0; i < WARM_UP; i++) await cycle(i);
        refs.length = 0;
        await frame();
        results.before = liveResources();
        results.heapBefore = await collect();
        const started = performance.now();
        for (let i = WARM_UP; i < WARM_UP + CYCLES; i++) await cycle(i);
        results.seconds = (performance.now() - started) / 1000;
        await frame();
        await frame();
        results.after = liveResources();
        // The browser may hold on to a few removed nodes for a moment (focus, pending observer records, a busy
        // machine): collect again, a little later, for up to about three seconds. A real leak stays.
        const survivors = () => refs.filter(({ ref }) => ref.deref() !== undefined).map(({ cycle }) => cycle);
        const alive = () => survivors().length;
        results.heapAfter = await collect();
        for (results.collections = 1; alive() > 0 && results.collections < 12; results.collections++) {
          await new Promise((resolve) => setTimeout(resolve, 250));
          results.heapAfter = await collect();
        }
        results.sampled = refs.length;
        results.alive = alive();
        results.survivors = survivors();
        results.made = created();
        if (results.alive > 0) results.retainers = await retainersOf(refs);
      } finally {
        console.warn = warn;
        console.log = log;
        page.remove();
      }
      console.log(
        `<${tag}> ${CYCLES} cycles in ${results.seconds.toFixed(1)} s; heap ${(results.heapBefore / 1e6).toFixed(2)} MB → ${(results.heapAfter / 1e6).toFixed(2)} MB; ` +
          `${results.alive} of ${results.sampled} sampled widgets still alive; made ${JSON.stringify(results.made)}; live before ${JSON.stringify(results.before.counts)}, after ${JSON.stringify(results.after.counts)}; ${results.collections} collections; ${results.warnings} console warnings${firstWarnings.length ? `, such as:\n  ${firstWarnings.join('\n  ')}` : ''}`,
      );
    });

    it('made observers while attached (the counting works)', () => {
      expect(results.made.resizeObservers, 'ResizeObservers made').to.be.at.least(CYCLES);
      expect(results.made.mutationObservers, 'MutationObservers made').to.be.at.least(CYCLES);
    });

    for (const kind of ['ResizeObserver', 'MutationObserver', 'timer', 'animation frame', 'idle callback', 'fetch']) {
      it(`leaves no ${kind} behind`, () => {
        const before = results.before.counts[kind] ?? 0;
        const after = results.after.counts[kind] ?? 0;
        const ours = results.after.fromSource.filter((r) => r.kind === kind || (kind === 'timer' && (r.kind === 'timeout' || r.kind === 'interval')));
        expect(after, `live ${kind}s after ${CYCLES} cycles (${before} before)\n${describeLive(ours)}`).to.be.at.most(before);
        expect(ours, describeLive(ours)).to.have.length(0);
      });
    }

    it('leaves no listener on window, document or another long-lived target', () => {
      const count = (counts: Record<string, number>) =>
        Object.entries(counts)
          .filter(([kind]) => kind.startsWith('listener'))
          .reduce((sum, [, n]) => sum + n, 0);
      const ours = results.after.fromSource.filter((r) => r.kind.startsWith('listener'));
      expect(count(results.after.counts), `listeners after ${CYCLES} cycles\n${describeLive(ours)}`).to.be.at.most(count(results.before.counts));
      expect(ours, describeLive(ours)).to.have.length(0);
    });

    it('lets every removed widget be garbage-collected', () => {
      expect(results.sampled).to.be.greaterThan(0);
      const interacted = results.survivors.filter((cycle) => cycle % 10 === 0).length;
      expect(
        results.alive,
        `removed widgets still reachable after gc(), of ${results.sampled} sampled: ${interacted} that had focus and an open table, ` +
          `${results.alive - interacted} that had not (cycles ${results.survivors.slice(0, 20).join(', ')}); what holds them:\n` +
          results.retainers.slice(0, 3).join('\n'),
      ).to.equal(0);
    });

    it(`returns the JS heap to within ${HEAP_TOLERANCE * 100}% of its size after gc()`, () => {
      const limit = results.heapBefore * (1 + HEAP_TOLERANCE);
      expect(results.heapAfter, `heap after gc(): ${results.heapAfter} bytes, ${results.heapBefore} before`).to.be.at.most(limit);
    });
  });
}
