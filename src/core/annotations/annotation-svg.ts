import { nothing, svg } from 'lit';
import type { AnnotationGeometry } from './annotation-geometry.js';

/** Shaded ranges: drawn first, under the grid and the marks. */
export function renderRanges(g: AnnotationGeometry) {
  return g.ranges.length
    ? svg`<g class="annotation-ranges">${g.ranges.map(
        (range) => svg`<rect part="highlight" class="range" x=${range.box.x} y=${range.box.y} width=${range.box.width} height=${range.box.height}></rect>
          ${range.label ? svg`<text class="range-label" x=${range.label.x} y=${range.label.y} text-anchor=${range.label.anchor}>${range.label.text}</text>` : nothing}`,
      )}</g>`
    : nothing;
}

/** Reference lines and their labels, then the notes (or their numbered markers): over the marks. */
export function renderNotes(g: AnnotationGeometry) {
  return g.references.length || g.notes.length
    ? svg`<g class="annotations">
        ${g.references.map(
          (line) => svg`<line part="reference" class="reference" x1=${line.x1} y1=${line.y1} x2=${line.x2} y2=${line.y2}></line>
            ${line.label ? svg`<text class="reference-label" x=${line.label.x} y=${line.label.y} text-anchor=${line.label.anchor}>${line.label.text}</text>` : nothing}`,
        )}
        ${g.notes.map((note) =>
          note.marker
            ? svg`<g part="note" class="note-marker"><circle cx=${note.marker.x} cy=${note.marker.y} r=${note.marker.r}></circle>
                <text x=${note.marker.x} y=${note.marker.y + 4} text-anchor="middle">${note.number}</text></g>`
            : svg`<g part="note" class="note">
                ${note.leader ? svg`<line class="note-leader" x1=${note.leader.x1} y1=${note.leader.y1} x2=${note.leader.x2} y2=${note.leader.y2}></line>` : nothing}
                <text>${note.lines.map((line) => svg`<tspan x=${line.x} y=${line.y}>${line.text}</tspan>`)}</text>
              </g>`,
        )}
      </g>`
    : nothing;
}
