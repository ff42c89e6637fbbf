/** Small builders for rule tests: records are written as partial protocol sections and merged. */
type Obj = Record<string, unknown>;

function merge(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] =
      prev && typeof prev === 'object' && !Array.isArray(prev) && v && typeof v === 'object' && !Array.isArray(v)
        ? merge(prev as Obj, v as Obj)
        : v;
  }
  return out;
}

/** `record({ designModule: … }, { statusModule: … })` → `{ protocolSection: { … } }`. */
export function record(...parts: Obj[]): { protocolSection: Obj } {
  return { protocolSection: parts.reduce(merge, {}) };
}

export const interventional = (designInfo: Obj = {}): Obj => ({
  designModule: { studyType: 'INTERVENTIONAL', designInfo },
});
export const observational = (extra: Obj = {}): Obj => ({ designModule: { studyType: 'OBSERVATIONAL', ...extra } });

export const arm = (label: string, type: string | undefined, ...interventionNames: string[]): Obj => ({
  label,
  ...(type ? { type } : {}),
  ...(interventionNames.length ? { interventionNames } : {}),
});
export const intervention = (type: string, name: string, ...armGroupLabels: string[]): Obj => ({
  type,
  name,
  ...(armGroupLabels.length ? { armGroupLabels } : {}),
});
export const arms = (armGroups: Obj[], interventions: Obj[] = []): Obj => ({
  armsInterventionsModule: { armGroups, ...(interventions.length ? { interventions } : {}) },
});
export const status = (statusModule: Obj): Obj => ({ statusModule });
export const eligibility = (eligibilityModule: Obj): Obj => ({ eligibilityModule });
export const masking = (masking: string, whoMasked?: string[]): Obj => ({
  designModule: { designInfo: { maskingInfo: { masking, ...(whoMasked ? { whoMasked } : {}) } } },
});
export const enrolled = (count: number, type: string): Obj => ({ designModule: { enrollmentInfo: { count, type } } });
export const date = (date: string, type = 'ACTUAL'): Obj => ({ date, type });
export const sites = (...statuses: string[]): Obj => ({
  contactsLocationsModule: { locations: statuses.map((s, i) => ({ facility: `Site ${i + 1}`, status: s })) },
});

/** A record with an overall status and other fields of the status module; `parts` add other modules. */
export const withStatus = (overallStatus: string, statusModule: Obj = {}, ...parts: Obj[]) =>
  record(status({ overallStatus, ...statusModule }), ...parts);
/** A record with an overall status and one site per status in `siteStatuses`. */
export const sitesWhile = (overallStatus: string, ...siteStatuses: string[]) =>
  withStatus(overallStatus, {}, sites(...siteStatuses));
/** A record with an overall status and an enrollment, the two fields the enrollment rules compare. */
export const enrolledWhile = (overallStatus: string, count: number, type: string, statusModule: Obj = {}) =>
  withStatus(overallStatus, statusModule, enrolled(count, type));
/** A record with an overall status and a start date, the two fields the start-date status rules compare. */
export const startedWhile = (overallStatus: string, start: Obj, statusModule: Obj = {}) =>
  withStatus(overallStatus, { ...statusModule, startDateStruct: start });

export const locations = (...list: Obj[]): Obj => ({ contactsLocationsModule: { locations: list } });
export const US_SITE: Obj = { facility: 'City Hospital', city: 'Boston', country: 'United States' };
export const GERMAN_SITE: Obj = { facility: 'Charite', city: 'Berlin', country: 'Germany' };
export const centralContacts = (...names: string[]): Obj => ({
  contactsLocationsModule: {
    centralContacts: names.map((name) => ({ name, email: `${name.toLowerCase()}@x.org` })),
  },
});
export const secondaryIds = (...secondaryIdInfos: Obj[]): Obj => ({ identificationModule: { secondaryIdInfos } });
/** An interventional study of an FDA-regulated drug started under the Final Rule; `parts` add to or override it. */
export const fdaDrugTrial = (...parts: Obj[]): { protocolSection: Obj } =>
  record(
    interventional(),
    status({ startDateStruct: date('2021-04-01') }),
    { oversightModule: { isFdaRegulatedDrug: true } },
    ...parts,
  );

/** One outcome measure; the time frame only when given, since the time-frame rules test its absence. */
export const outcome = (measure: string, timeFrame?: string, extra: Obj = {}): Obj => ({
  measure,
  ...(timeFrame === undefined ? {} : { timeFrame }),
  ...extra,
});
export const primaryOutcomes = (...list: Obj[]): Obj => ({ outcomesModule: { primaryOutcomes: list } });
export const secondaryOutcomes = (...list: Obj[]): Obj => ({ outcomesModule: { secondaryOutcomes: list } });

export const P = '/protocolSection';
export const ARMS = `${P}/armsInterventionsModule`;
