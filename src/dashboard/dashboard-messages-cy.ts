import type { DashboardMessages } from './dashboard-messages.js';

/** Welsh (Cymraeg). Written by the developers and awaiting review by a Welsh-language officer. */
export const dashboardWelsh: DashboardMessages = {
  dashboardWarningHeading: 'Gwiriwch y dangosfwrdd hwn',
  dashboardUnknownAttribute: (name) =>
    `Nid yw “${name}” yn briodwedd dangosfwrdd; cafodd ei anwybyddu. Gwiriwch y sillafu, neu rhowch ef ar y siart y mae ar ei gyfer.`,
  dashboardNeedsHeading:
    'mae angen pennawd ar ddangosfwrdd: mae’n enwi’r rhanbarth y mae defnyddwyr darllenwyr sgrin yn neidio iddo, ac yn dweud wrth bob darllenydd beth mae ei siartiau’n ei ddangos gyda’i gilydd.',
  dashboardColumnsNotOneOf: (value) =>
    `Nid yw “${value}” yn un o 1, 2, 3, felly mae’r siartiau’n cymryd cynifer o golofnau ag y mae’r lled yn ei ganiatáu (hyd at 3).`,
};
