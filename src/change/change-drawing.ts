import { nothing, svg } from 'lit';
import type { AnnotationGeometry } from '../core/annotations/annotation-geometry.js';
import { renderNotes, renderRanges } from '../core/annotations/annotation-svg.js';
import { focusRing } from '../core/drawing/focus-ring.js';
import { verticalLines } from '../core/drawing/vertical-lines.js';
import { changeMarks, DOT_RADIUS, WHISKER_CAP, type ChangeGeometry, type DumbbellGeometry, type KeyItemGeometry, type Whisker } from './change-layout.js';

/**
 * The dumbbell chart's SVG: key, shaded ranges (`highlight`), grid, reference lines (`reference`), a row per item
 * (coloured by its tone), labels, ticks and the focus ring.
 */
export function renderChange(g: ChangeGeometry, rows: readonly { readonly tone: string }[], focusIndex: number | null, annotations?: AnnotationGeometry) {
  // The focused end of a row (an index into the chart's points, which follow changeMarks).
  const focused = focusIndex !== null ? changeMarks(g)[focusIndex] : undefined;
  return svg`
    <g aria-hidden="true">
      <g part="legend" class="key">${g.key.map((item) => renderKeyItem(item))}</g>
      ${annotations ? renderRanges(annotations) : nothing}
      ${g.ticks.map((tick) => verticalLines('grid', tick.x, g.lineSpans))}
      ${annotations ? renderNotes(annotations) : nothing}
      ${g.rows.map((row) => renderRow(row, rows[row.row]!))}
      ${g.labels.map((lines) => svg`<text part="label" class="row-label">${lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`)}
      ${g.ticks.map((tick) => svg`<text class="tick" x=${tick.x} y=${tick.y} text-anchor=${tick.anchor}>${tick.text}</text>`)}
      ${focused ? focusRing(focused.focus, g.width, g.height, 4) : nothing}
    </g>`;
}

function renderKeyItem(item: KeyItemGeometry) {
  const m = item.marker;
  const marker = !m
    ? nothing
    : item.kind === 'from'
      ? svg`<circle class="key-marker dot-from" cx=${m.x} cy=${m.y} r=${DOT_RADIUS}></circle>`
      : item.kind === 'range'
        ? svg`<g class="key-marker whisker">${whiskerLines({ end: 'from', x1: m.x - DOT_RADIUS, x2: m.x + DOT_RADIUS, y: m.y })}</g>`
        : svg`<circle class="key-marker dot-to" cx=${m.x} cy=${m.y} r=${DOT_RADIUS - 1}></circle>`;
  return svg`${marker}<text class="key-text key-${item.kind}">${item.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`;
}

/** A 95% interval: a thin line with end caps. */
function whiskerLines(w: Whisker) {
  return svg`<line x1=${w.x1} x2=${w.x2} y1=${w.y} y2=${w.y}></line>
    <line x1=${w.x1} x2=${w.x1} y1=${w.y - WHISKER_CAP} y2=${w.y + WHISKER_CAP}></line>
    <line x1=${w.x2} x2=${w.x2} y1=${w.y - WHISKER_CAP} y2=${w.y + WHISKER_CAP}></line>`;
}

function renderChangeText(change: NonNullable<DumbbellGeometry['change']>) {
  return svg`<text part="change" class="change" text-anchor=${change.anchor}>${change.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>`;
}

function renderRow(g: DumbbellGeometry, row: { readonly tone: string }) {
  const tone = `tone-${row.tone}`;
  if (g.fromX === null || g.toX === null) {
    return svg`<g class="row ${tone}">
      <text class="missing">${(g.missing ?? []).map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
      ${g.change ? renderChangeText(g.change) : nothing}
    </g>`;
  }
  return svg`<g class="row ${tone}">
    <line class="track" x1=${g.track.x1} x2=${g.track.x2} y1=${g.y} y2=${g.y}></line>
    ${
      g.line
        ? svg`<g part="line" class="connector ${g.direction}">
          <line x1=${g.line.x1} x2=${g.line.x2} y1=${g.y} y2=${g.y}></line>
          ${g.arrow ? svg`<polygon points=${g.arrow}></polygon>` : nothing}
        </g>`
        : nothing
    }
    ${g.whiskers.map((w) => svg`<g part="range ${w.end}" class="whisker whisker-${w.end}">${whiskerLines(w)}</g>`)}
    <circle part="point from" class="dot-from" cx=${g.fromX} cy=${g.y} r=${DOT_RADIUS}></circle>
    <circle part="point to" class="dot-to animate" cx=${g.toX} cy=${g.y} r=${g.toRadius}></circle>
    ${g.values.map((value) => svg`<text part="value" class="value value-${value.end}" x=${value.x} y=${value.y} text-anchor=${value.anchor}>${value.text}</text>`)}
    ${g.change ? renderChangeText(g.change) : nothing}
  </g>`;
}
