import type { DashboardMessages } from './dashboard-messages.js';

/** Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer. */
export const dashboardWelsh: DashboardMessages = {
  dashboardWarningHeading: 'Gwiriwch y dangosfwrdd hwn',
  dashboardNeedsHeading:
    'mae angen pennawd ar ddangosfwrdd: mae’n enwi’r rhanbarth y mae defnyddwyr darllenwyr sgrin yn neidio iddo, ac yn dweud wrth bob darllenydd beth mae ei siartiau’n ei ddangos gyda’i gilydd.',
};
