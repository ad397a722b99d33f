/**
 * See it: a real widget built from the builder's state, with createElement, setAttribute and textContent only
 * (never markup from text), so the preview is the chart the embed code will draw.
 */
import type { WidgetTag } from '../widgets.js';
import type { WidgetAttributeValues } from './embed-code.js';
import type { PastedTable } from './paste.js';

/**
 * The widget with its attributes, its colours and the data as a child table, as the script embed writes it. The
 * colours are set through CSSOM (which a strict style-src allows), and show in its `style` attribute as in the embed.
 */
export function buildWidget(
  tag: WidgetTag,
  attributes: WidgetAttributeValues,
  table: PastedTable | undefined,
  owner: Document = document,
  colours: readonly [string, string][] = [],
): HTMLElement {
  const widget = owner.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) widget.setAttribute(name, '');
    else if (typeof value === 'string' && value.trim() !== '') widget.setAttribute(name, value.trim());
  }
  for (const [name, value] of colours) widget.style.setProperty(name, value);
  if (table) widget.append(tableElement(table, owner));
  return widget;
}

function tableElement(table: PastedTable, owner: Document): HTMLTableElement {
  const element = owner.createElement('table');
  const row = (cells: readonly string[], cellTag: 'th' | 'td') => {
    const tr = owner.createElement('tr');
    for (const text of cells) {
      const cell = owner.createElement(cellTag);
      cell.textContent = text;
      tr.append(cell);
    }
    return tr;
  };
  const head = owner.createElement('thead');
  head.append(row(table.header, 'th'));
  const body = owner.createElement('tbody');
  body.append(...table.rows.map((cells) => row(cells, 'td')));
  element.append(head, body);
  return element;
}
