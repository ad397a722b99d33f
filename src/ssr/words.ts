/**
 * Every language the library speaks, loaded up front: a server renders synchronously, so it cannot wait for the
 * words a browser loads only when a widget needs them (see `registerWords` in core/i18n/messages.ts). Imported for
 * its effect by the pre-renderer (./index.ts); a test that words sentences in Welsh without drawing a widget can
 * import it too.
 */
import * as sharedCy from '../core/i18n/cy.js';
import { provideWords, SHARED_PART, sharedWelshWords } from '../core/i18n/messages.js';
import * as changeCy from '../change/change-messages-cy.js';
import { changeWelshWords } from '../change/change-messages.js';
import * as dashboardCy from '../dashboard/dashboard-messages-cy.js';
import { dashboardWelshWords } from '../dashboard/dashboard-messages.js';
import * as likertCy from '../likert/likert-messages-cy.js';
import { likertWelshWords } from '../likert/likert-messages.js';
import * as statCy from '../stat/stat-messages-cy.js';
import { statWelshWords } from '../stat/stat-messages.js';
import * as trendCy from '../trend/trend-messages-cy.js';
import { trendWelshWords } from '../trend/trend-messages.js';
import * as waffleCy from '../waffle/waffle-messages-cy.js';
import { waffleWelshWords } from '../waffle/waffle-messages.js';

provideWords('cy', SHARED_PART, sharedWelshWords(sharedCy));
provideWords('cy', 'trust-change', changeWelshWords(changeCy));
provideWords('cy', 'trust-dashboard', dashboardWelshWords(dashboardCy));
provideWords('cy', 'trust-likert', likertWelshWords(likertCy));
provideWords('cy', 'trust-stat', statWelshWords(statCy));
provideWords('cy', 'trust-trend', trendWelshWords(trendCy));
provideWords('cy', 'trust-waffle', waffleWelshWords(waffleCy));
