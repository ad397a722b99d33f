/**
 * The files the Download menu gives (issue 15): PNG, social card, SVG and CSV of a widget as it is drawn now. Loaded
 * on first use with `import()`, so none of this is in the main bundles. The images are the command line's figure
 * (src/export/figure-svg.ts) filled from the live widget (./live-figure.ts); the PNGs are painted by ./paint-svg.ts,
 * which works under a strict Content-Security-Policy where an <img> of the SVG would be blocked. The menu itself
 * (./download-menu.ts) comes in the same chunk: one load on first use brings the list and the files.
 */
import { figureSvg } from '../../export/figure-svg.js';
import type { TrustElement } from '../trust-element.js';
import { dataCsv } from './data-csv.js';
import { DownloadMenu, type MenuContext } from './download-menu.js';
import { liveFigure } from './live-figure.js';
import { canvasPng, paintSvg } from './paint-svg.js';
import { cardSvg } from './social-card.js';

/** What the Download menu can ask for: a 2× PNG, a 1200×675 social card PNG, a self-contained SVG, the data as CSV. */
export type ExportKind = 'png' | 'card' | 'svg' | 'csv';

/** Pixels per CSS pixel of the PNG download: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** A file name from the heading ("public-worry-about-cyber-attacks"), else the tag name: letters, digits and `-`. */
export function fileStem(widget: TrustElement): string {
  const heading = widget.shadowRoot?.querySelector('.heading')?.textContent ?? '';
  const slug = heading
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
  return slug || widget.localName;
}

async function build(widget: TrustElement, kind: ExportKind): Promise<File> {
  const stem = fileStem(widget);
  // Text is measured and painted in the page's fonts: wait for the ones still loading, or lines wrap for a fallback.
  await document.fonts?.ready;
  // Read first: it rejects for a widget with nothing to export (an error, still loading), whatever the kind.
  const { parts, style } = liveFigure(widget);
  switch (kind) {
    case 'svg':
      return new File([figureSvg(parts, style)], `${stem}.svg`, { type: 'image/svg+xml' });
    case 'png':
      return canvasPng(await paintSvg(figureSvg(parts, style), PNG_SCALE), `${stem}.png`);
    case 'card':
      return canvasPng(await paintSvg(cardSvg(parts, style), 1), `${stem}-card.png`);
    case 'csv': {
      const data = widget.drawnData;
      if (!data) throw new Error(`<${widget.localName}> has no data to export.`);
      // A byte order mark, so that Excel reads the file as UTF-8 (a Welsh ŵ, a £ in a header).
      return new File([`\ufeff${dataCsv(widget, data)}`], `${stem}.csv`, { type: 'text/csv;charset=utf-8' });
    }
    default:
      throw new Error(`Unknown download "${String(kind)}": choose png, card, svg or csv.`);
  }
}

/** Builds the download for `kind` from the widget as it is drawn now. Rejects with an Error whose message says what went wrong. */
export function buildExport(widget: TrustElement, kind: ExportKind): Promise<File> {
  return build(widget, kind);
}

/** The Download menu of `context.widget`, whose items make their files with buildExport. */
export function downloadMenu(context: MenuContext): DownloadMenu {
  return new DownloadMenu(context, buildExport);
}
