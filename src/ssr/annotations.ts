/**
 * The code of notes, reference lines and shaded ranges, given to the widgets up front: a server renders synchronously,
 * so it cannot wait for the chunk a browser loads only for a chart that has them (see core/annotations/load.ts).
 * Imported for its effect by the pre-renderer (./index.ts).
 */
import { provideAnnotations } from '../core/annotations/load.js';
import * as barsKit from '../bars/bars-annotation-kit.js';
import { TrustBars } from '../bars/trust-bars.js';
import * as changeKit from '../change/change-annotation-kit.js';
import { TrustChange } from '../change/trust-change.js';
import * as trendKit from '../trend/trend-annotation-kit.js';
import { TrustTrend } from '../trend/trust-trend.js';

provideAnnotations(TrustBars, barsKit);
provideAnnotations(TrustChange, changeKit);
provideAnnotations(TrustTrend, trendKit);
