/**
 * Every language the library speaks, and the English explanations of problems, loaded up front: a server renders
 * synchronously, so it cannot wait for the words a browser loads only when a widget needs them (see `registerWords`
 * and `registerProblemWords` in core/i18n/messages.ts). Imported for
 * its effect by the pre-renderer (./index.ts); a test that words sentences in Welsh without drawing a widget can
 * import it too.
 */
import * as sharedCy from '../core/i18n/cy.js';
import * as sharedProblemsEn from '../core/i18n/en-problems.js';
import { provideWords, SHARED_PART, sharedProblemWords, sharedWelshWords } from '../core/i18n/messages.js';
import * as changeCy from '../change/change-messages-cy.js';
import { changeProblemWords, changeWelshWords } from '../change/change-messages.js';
import * as changeProblemsEn from '../change/change-problems.js';
import * as dashboardCy from '../dashboard/dashboard-messages-cy.js';
import { dashboardWelshWords } from '../dashboard/dashboard-messages.js';
import * as likertCy from '../likert/likert-messages-cy.js';
import { likertProblemWords, likertWelshWords } from '../likert/likert-messages.js';
import * as likertProblemsEn from '../likert/likert-problems.js';
import * as statCy from '../stat/stat-messages-cy.js';
import { statProblemWords, statWelshWords } from '../stat/stat-messages.js';
import * as statProblemsEn from '../stat/stat-problems.js';
import * as trendCy from '../trend/trend-messages-cy.js';
import { trendProblemWords, trendWelshWords } from '../trend/trend-messages.js';
import * as trendProblemsEn from '../trend/trend-problems.js';
import * as waffleCy from '../waffle/waffle-messages-cy.js';
import { waffleProblemWords, waffleWelshWords } from '../waffle/waffle-messages.js';
import * as waffleProblemsEn from '../waffle/waffle-problems.js';

// The English explanations of problems, which a browser loads only when a widget has a problem to show.
provideWords('en', SHARED_PART, sharedProblemWords(sharedProblemsEn));
provideWords('en', 'trust-change', changeProblemWords(changeProblemsEn));
provideWords('en', 'trust-likert', likertProblemWords(likertProblemsEn));
provideWords('en', 'trust-stat', statProblemWords(statProblemsEn));
provideWords('en', 'trust-trend', trendProblemWords(trendProblemsEn));
provideWords('en', 'trust-waffle', waffleProblemWords(waffleProblemsEn));
provideWords('cy', SHARED_PART, sharedWelshWords(sharedCy));
provideWords('cy', 'trust-change', changeWelshWords(changeCy));
provideWords('cy', 'trust-dashboard', dashboardWelshWords(dashboardCy));
provideWords('cy', 'trust-likert', likertWelshWords(likertCy));
provideWords('cy', 'trust-stat', statWelshWords(statCy));
provideWords('cy', 'trust-trend', trendWelshWords(trendCy));
provideWords('cy', 'trust-waffle', waffleWelshWords(waffleCy));
