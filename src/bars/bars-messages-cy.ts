import type { joinList } from '../core/i18n/grammar.js';
import type { BarsMessages } from './bars-messages.js';

/** The grammar the English words share, handed over so that this chunk imports nothing of the script. */
export interface BarsWelshGrammar {
  readonly joinList: typeof joinList;
}

/** Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer. */
export const barsWelsh = ({ joinList }: BarsWelshGrammar): BarsMessages => ({
  barsSummary: ({ items, series, extremes, target }) => {
    const kind =
      series.length > 1 ? `Siart bar wedi’i grwpio, ${items} eitem, ${series.length} cyfres (${joinList(series, 'a')}).` : `Siart bar, ${items} eitem.`;
    const parts = extremes.map(({ series: name, highest, lowest }) => {
      const prefix = series.length > 1 ? `${name}: ` : '';
      if (!highest.label) return prefix ? `${prefix}dim data.` : 'Dim data.';
      return items > 1 && highest.label !== lowest.label
        ? `${prefix}Uchaf: ${highest.label}, ${highest.value}. Isaf: ${lowest.label}, ${lowest.value}.`
        : `${prefix}${highest.label}, ${highest.value}.`;
    });
    const goal = target
      ? ` ${target.label}: ${target.value}. ${target.series ? `Yn ${target.series}, mae` : 'Mae'} ${target.meeting} o ${target.total} yn ei gyrraedd.`
      : '';
    return `${kind} ${parts.join(' ')}${goal}`;
  },
});
