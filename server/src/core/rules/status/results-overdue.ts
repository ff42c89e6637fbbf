import { defineRule } from '../defineRule';
import { compareDates, parsePartialDate, readDate } from '../util/dates';
import { hasUsSite, oversight } from '../util/regulation';
import { asArray, asString } from '../../model/read';
import { designInfo, protocolModule, statusForChecks, studyType } from '../util/read';
import { monthsBefore } from '../util/status';

/** Phase 1 drug trials are not applicable clinical trials (42 CFR 11.22). */
const PHASE1_ONLY = new Set(['EARLY_PHASE1', 'PHASE1']);

export default defineRule({
  id: 'status/results-overdue',
  description: 'An applicable clinical trial posts results within a year of its primary completion.',
  severity: 'warning',
  catalogue: ['fdaaa-probable-act'],
  tier: 'house',
  messages: {
    overdue:
      'Primary completion was {date}, more than 12 months ago, and no results are posted. The record looks like an ' +
      'applicable clinical trial (interventional, FDA-regulated {product}, {nexus}, {phase}): results are due within ' +
      '12 months of primary completion unless a delay was certified.',
  },
  docs: {
    details:
      'Under FDAAA 801 an applicable clinical trial submits results within one year of its primary completion date. ' +
      'The record cannot prove it is an ACT, so the rule reads it conservatively: interventional, ' +
      'FDA-regulated drug or device answered Yes, a U.S. site (U.S. export alone is not enough: it depends on ' +
      'IND/IDE facts the record does not hold), not phase 1 only and not a device feasibility study, ' +
      'primary completion over 12 months before today, no results and no certification of delay ' +
      '(dispFirstSubmitDate), primary completion Actual, and not an unapproved device ' +
      '(whose results may wait for clearance). "Today" comes from the injected clock.',
    wrong: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE3]
  oversightModule:
    isFdaRegulatedDrug: true
  statusModule:
    overallStatus: COMPLETED
    primaryCompletionDateStruct:
      date: 2021-03-31
      type: ACTUAL
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        city: Boston
        country: United States
hasResults: false
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE3]
  oversightModule:
    isFdaRegulatedDrug: true
  statusModule:
    overallStatus: COMPLETED
    primaryCompletionDateStruct:
      date: 2021-03-31
      type: ACTUAL
    resultsFirstSubmitDate: 2022-02-10
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        city: Boston
        country: United States
hasResults: true
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL' || statusForChecks(context.study) === 'WITHDRAWN') return;
    const status = protocolModule(context.study, 'statusModule');
    if (context.study.hasResults === true || context.study.resultsSection !== undefined) return;
    if (asString(status.resultsFirstSubmitDate) || asString(status.dispFirstSubmitDate)) return;
    const answers = oversight(context.study);
    const product =
      answers.isFdaRegulatedDrug === true ? 'drug' : answers.isFdaRegulatedDevice === true ? 'device' : undefined;
    if (!product) return;
    // A U.S. site makes the U.S. nexus plain; U.S. export alone depends on IND/IDE facts the record does not hold.
    if (!hasUsSite(context.study)) return;
    const nexus = 'a U.S. site';
    const phases = asArray(protocolModule(context.study, 'designModule').phases).filter(
      (p): p is string => typeof p === 'string',
    );
    if (product === 'drug' && (phases.length === 0 || phases.every((p) => PHASE1_ONLY.has(p)))) return;
    if (designInfo(context.study).primaryPurpose === 'DEVICE_FEASIBILITY') return;
    // An unapproved device's results may wait for its clearance (delayed posting).
    if (product === 'device' && answers.isUnapprovedDevice === true) return;
    const primary = readDate(context.study, 'primaryCompletionDateStruct');
    // The deadline runs from the actual primary completion; a stale estimate is dates/estimated-date-long-past's
    // business.
    if (primary?.type !== 'ACTUAL') return;
    const limit = parsePartialDate(monthsBefore(context.today, 12));
    if (!primary || !limit || compareDates(primary.date, limit) >= 0) return;
    const phase =
      phases.length > 0
        ? phases
            .map((p) =>
              p
                .replace('EARLY_PHASE1', 'early phase 1')
                .replace(/^PHASE(\d)$/, 'phase $1')
                .replace('NA', 'no phase'),
            )
            .join('/')
        : 'no phase';
    context.report({
      messageId: 'overdue',
      pointer: primary.pointer,
      data: { date: primary.date.text, product, nexus, phase },
    });
  },
});
