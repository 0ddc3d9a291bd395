/**
 * US states and Canadian provinces as the AP and the Canadian Press abbreviate them after a town
 * ("ASHBY, Ky.", "Lafayette, Ind.", "Brandon, Man."), by postal code. Some are also words or
 * names ("Pa.", "Miss.", "Wash."): `AMBIGUOUS_STATE_ABBREVIATIONS` lists them for readers of a
 * word standing alone.
 */
export const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE', 'Fla.': 'FL', 'Ga.': 'GA',
  'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA', 'Mich.': 'MI', 'Minn.': 'MN',
  'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH', 'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY',
  'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA', 'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN',
  'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV', 'Wis.': 'WI', 'Wyo.': 'WY', 'D.C.': 'DC',
  'Ont.': 'ON', 'Que.': 'QC', 'Alta.': 'AB', 'Sask.': 'SK', 'Man.': 'MB', 'B.C.': 'BC', 'N.S.': 'NS', 'N.B.': 'NB', 'Nfld.': 'NL', 'P.E.I.': 'PE',
};

export const AMBIGUOUS_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Ga.', 'Pa.', 'La.', 'Mo.', 'Va.', 'Ind.', 'Del.', 'Miss.', 'Wash.', 'Vt.', 'Mont.', 'Man.']);
