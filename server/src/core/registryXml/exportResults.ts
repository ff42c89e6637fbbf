/**
 * v2 `resultsSection` → `rrs:result` (RRSUploadSchema.xsd). Group ids are `xs:ID`, unique in
 * the whole document: the API repeats OG000 in every outcome, so outcome groups get the
 * outcome's number as a prefix (`O3_OG000`); the import strips it again.
 */
import * as codes from './codes';
import type { ExportContext } from './exportContext';
import { el, elAttrs, leaf, type XmlElement } from './xmlWriter';

const R = '/resultsSection';

/** Element namespace of `result` (its children are unqualified). */
export const RRS_NAMESPACE = 'http://clinicaltrials.gov/rrs';

/** Prefix of outcome group ids in the XML, e.g. `O3_` for the third outcome. */
export function outcomeGroupPrefix(index: number): string {
  return `O${index + 1}_`;
}

class GroupIds {
  readonly #declared = new Set<string>();
  constructor(private readonly ctx: ExportContext) {}

  /** Declares an id; a duplicate (or one that is not an XML name) is reported and renamed. */
  declare(id: string, pointer: string): string {
    let safe = /^[A-Za-z_][\w.-]*$/.test(id) ? id : `G_${id.replace(/[^\w.-]/g, '_')}`;
    if (this.#declared.has(safe)) {
      let n = 2;
      while (this.#declared.has(`${safe}_${n}`)) n++;
      this.ctx.report(
        'export/value-not-allowed',
        pointer,
        `Group id "${id}" is used twice; the XML needs unique ids, so it was written as "${safe}_${n}".`,
        'warning',
        'id',
      );
      safe = `${safe}_${n}`;
    } else if (safe !== id) {
      this.ctx.report(
        'export/value-not-allowed',
        pointer,
        `Group id "${id}" is not an XML id; written as "${safe}".`,
        'warning',
        'id',
      );
    }
    this.#declared.add(safe);
    return safe;
  }

  has(id: string): boolean {
    return this.#declared.has(id);
  }
}

export function resultElement(ctx: ExportContext): XmlElement | undefined {
  if (ctx.reader.peek(R) === undefined || ctx.reader.peek(R) === null) return undefined;
  const ids = new GroupIds(ctx);
  const baseline = baselineElement(ctx, ids);
  const more = `${R}/moreInfoModule`;
  const agreement = `${more}/certainAgreement`;
  const agreementChildren = [
    leaf('otherDetails', ctx.text(`${agreement}/otherDetails`)),
    leaf('piSponsorEmployee', codes.yesNo(ctx.reader.bool(`${agreement}/piSponsorEmployee`))),
    leaf('restrictionType', ctx.code(`${agreement}/restrictionType`, codes.RESTRICTION_TYPE, 'restrictionType')),
    leaf('restrictiveAgreement', codes.yesNo(ctx.reader.bool(`${agreement}/restrictiveAgreement`))),
  ];
  const limitations = ctx.text(`${more}/limitationsAndCaveats/description`);
  const contact = `${more}/pointOfContact`;
  const contactChildren = [
    leaf('email', ctx.text(`${contact}/email`)),
    leaf('organizationName', ctx.text(`${contact}/organization`)),
    leaf('phoneExtension', ctx.text(`${contact}/phoneExt`)),
    leaf('phoneNumber', ctx.text(`${contact}/phone`)),
    leaf('title', ctx.text(`${contact}/title`)),
  ];
  const flow = flowElement(ctx, ids);
  const outcomes = ctx.reader
    .items(`${R}/outcomeMeasuresModule/outcomeMeasures`)
    .map((at, index) => outcomeElement(ctx, ids, at, index));
  const events = eventsElement(ctx, ids);
  return elAttrs(
    'rrs:result',
    { 'xmlns:rrs': RRS_NAMESPACE },
    baseline,
    agreementChildren.some(Boolean) ? el('certainAgreement', agreementChildren) : undefined,
    limitations !== undefined ? el('limitationsAndCaveats', leaf('description', limitations)) : undefined,
    el('outcomeMeasures', outcomes),
    flow,
    contactChildren.some(Boolean) ? el('pointOfContact', contactChildren) : undefined,
    events,
  );
}

/** Per-group counts of a v2 `denoms` list: "Participants" → subjectsAnalyzed, any other unit → numUnitsAnalyzed. */
function denomCounts(
  ctx: ExportContext,
  at: string,
): { subjects: Map<string, string>; units: Map<string, string>; unitName?: string } {
  const subjects = new Map<string, string>();
  const units = new Map<string, string>();
  let unitName: string | undefined;
  for (const denom of ctx.reader.items(at)) {
    const name = ctx.reader.peek(`${denom}/units`);
    const isParticipants = name === undefined || name === 'Participants';
    // a third unit: left unused → reported
    if (!isParticipants && unitName !== undefined && unitName !== name) continue;
    if (!isParticipants) unitName = typeof name === 'string' ? name : JSON.stringify(name);
    ctx.reader.use(`${denom}/units`);
    for (const count of ctx.reader.items(`${denom}/counts`)) {
      const groupId = ctx.reader.peek(`${count}/groupId`);
      const value = ctx.reader.peek(`${count}/value`);
      if (typeof groupId !== 'string' || value === undefined) continue;
      ctx.reader.use(`${count}/groupId`);
      (isParticipants ? subjects : units).set(groupId, ctx.text(`${count}/value`) as string);
    }
  }
  return { subjects, units, unitName };
}

function groupElements(
  ctx: ExportContext,
  ids: GroupIds,
  at: string,
  element: string,
  prefix: string,
  denoms?: ReturnType<typeof denomCounts>,
  only?: (pointer: string) => boolean,
): XmlElement[] {
  return ctx.reader
    .items(at)
    .filter((group) => (only ? only(group) : true))
    .map((group) => {
      const rawId = ctx.text(`${group}/id`) ?? '';
      const id = ids.declare(prefix + rawId, `${group}/id`);
      return elAttrs(
        element,
        { id },
        leaf('description', ctx.text(`${group}/description`)),
        leaf('numUnitsAnalyzed', denoms?.units.get(rawId)),
        leaf('subjectsAnalyzed', denoms?.subjects.get(rawId)),
        leaf('title', ctx.text(`${group}/title`)),
      );
    });
}

/** v2 display text or code → the XSD display value (outcome dispersions come as display text). */
function codeOrDisplay(
  ctx: ExportContext,
  pointer: string,
  table: codes.CodeTable,
  element: string,
): string | undefined {
  const value = ctx.reader.peek(pointer);
  if (typeof value === 'string' && table.toXsd(value) === undefined && table.fromXsd(value) !== undefined)
    return ctx.text(pointer);
  return ctx.code(pointer, table, element);
}

function measureRows(ctx: ExportContext, ids: GroupIds, at: string, prefix: string, groupsAt: string): XmlElement {
  const groupOrder = ctx.reader.items(groupsAt).map((group) => String(ctx.reader.peek(`${group}/id`)));
  return el(
    'measureRows',
    ctx.reader.items(`${at}/classes`).map((row) => {
      const denoms = denomCounts(ctx, `${row}/denoms`);
      const byGroup = new Map<string, XmlElement[]>();
      for (const category of ctx.reader.items(`${row}/categories`)) {
        const catName = ctx.text(`${category}/title`);
        if (ctx.reader.count(`${category}/measurements`) === 0) {
          ctx.report(
            'export/no-place',
            category,
            "The XML names a category only beside a group's value (<catName>); " +
              'this category has no values, so it is not uploaded.',
            'info',
            'catName',
          );
        }
        for (const measurement of ctx.reader.items(`${category}/measurements`)) {
          const groupId = ctx.reader.peek(`${measurement}/groupId`);
          if (typeof groupId !== 'string' || !ids.has(prefix + groupId)) {
            ctx.report(
              'export/value-not-allowed',
              `${measurement}/groupId`,
              `Group "${String(groupId)}" is not one of this measure's groups; the value was left out.`,
              'warning',
              'reportingGroupId',
            );
            ctx.reader.use(measurement);
            continue;
          }
          ctx.reader.use(`${measurement}/groupId`);
          const entry = el(
            'reportedEntry',
            leaf('catName', catName),
            leaf('dispersionLowerLimit', ctx.text(`${measurement}/lowerLimit`)),
            leaf('dispersionSpread', ctx.text(`${measurement}/spread`)),
            leaf('dispersionUpperLimit', ctx.text(`${measurement}/upperLimit`)),
            leaf('naComment', ctx.text(`${measurement}/comment`)),
            leaf('parameterValue', ctx.text(`${measurement}/value`)),
          );
          const list = byGroup.get(groupId) ?? [];
          list.push(entry);
          byGroup.set(groupId, list);
        }
      }
      for (const groupId of [...denoms.subjects.keys(), ...denoms.units.keys()])
        if (!byGroup.has(groupId)) byGroup.set(groupId, []);
      // One reportedValue per group, in the order the module declares its groups (as v2 lists counts).
      const rank = (groupId: string) => {
        const index = groupOrder.indexOf(groupId);
        return index < 0 ? groupOrder.length : index;
      };
      const ordered = [...byGroup].sort((a, b) => rank(a[0]) - rank(b[0]));
      return el(
        'measureRow',
        el(
          'reportedValues',
          ordered
            .map(([groupId, entries]) =>
              el(
                'reportedValue',
                leaf('reportingGroupId', ids.has(prefix + groupId) ? prefix + groupId : undefined),
                leaf('numUnitsAnalyzed', denoms.units.get(groupId)),
                el('reportedEntries', entries),
                leaf('subjectsAnalyzed', denoms.subjects.get(groupId)),
              ),
            )
            .filter(
              (value) => value.children.length > 0 && (value.children[0] as XmlElement).name === 'reportingGroupId',
            ),
        ),
        leaf('title', ctx.text(`${row}/title`)),
      );
    }),
  );
}

/** The Measure base type's children, shared by baseline and outcome measures (XSD order). */
function measureBase(
  ctx: ExportContext,
  ids: GroupIds,
  at: string,
  prefix: string,
  groupsAt: string,
): (XmlElement | undefined)[] {
  return [
    leaf('calculatePct', codes.yesNo(ctx.reader.bool(`${at}/calculatePct`))),
    undefined,
    leaf('dispersionType', codeOrDisplay(ctx, `${at}/dispersionType`, codes.MEASURE_DISPERSION, 'dispersionType')),
    measureRows(ctx, ids, at, prefix, groupsAt),
    leaf('measureDescription', ctx.text(`${at}/description`)),
    leaf('parameterType', codeOrDisplay(ctx, `${at}/paramType`, codes.MEASURE_PARAM, 'parameterType')),
    leaf('populationAnalysisDescription', ctx.text(`${at}/populationDescription`)),
    leaf('selectedUnitOfAnalysis', ctx.text(`${at}/denomUnitsSelected`)),
    leaf('timeFrame', ctx.text(`${at}/timeFrame`)),
    leaf('title', ctx.text(`${at}/title`)),
    leaf('unitOfMeasure', ctx.text(`${at}/unitOfMeasure`)),
  ];
}

function baselineElement(ctx: ExportContext, ids: GroupIds): XmlElement | undefined {
  const B = `${R}/baselineCharacteristicsModule`;
  if (ctx.reader.peek(B) === undefined) return undefined;
  const denoms = denomCounts(ctx, `${B}/denoms`);
  const groups = ctx.reader.items(`${B}/groups`);
  const last = groups[groups.length - 1];
  const isTotal = (group: string) =>
    groups.length > 1 && group === last && ctx.reader.peek(`${group}/title`) === 'Total';
  const regular = groupElements(
    ctx,
    ids,
    `${B}/groups`,
    'baselineReportingGroup',
    '',
    denoms,
    (group) => !isTotal(group),
  );
  const total = groupElements(ctx, ids, `${B}/groups`, 'totalBaselineReportingGroup', '', denoms, isTotal);
  const typeUnits = ctx.text(`${B}/typeUnitsAnalyzed`) ?? unitsName(ctx, denoms, B);
  return el(
    'baseline',
    el(
      'baselineMeasures',
      ctx.reader
        .items(`${B}/measures`)
        .map((at) => el('baselineMeasure', measureBase(ctx, ids, at, '', `${B}/groups`))),
    ),
    el('baselineReportingGroups', regular),
    leaf('populationAnalysisDescription', ctx.text(`${B}/populationDescription`)),
    total[0],
    leaf('typeUnitsAnalyzed', typeUnits),
  );
}

function unitsName(ctx: ExportContext, denoms: ReturnType<typeof denomCounts>, at: string): string | undefined {
  if (denoms.unitName === undefined) return undefined;
  ctx.report(
    'export/value-not-allowed',
    `${at}/denoms`,
    `The XML names the analysed units only once (<typeUnitsAnalyzed>); "${denoms.unitName}" was written there.`,
    'info',
    'typeUnitsAnalyzed',
  );
  return denoms.unitName;
}

function outcomeElement(ctx: ExportContext, ids: GroupIds, at: string, index: number): XmlElement {
  const prefix = outcomeGroupPrefix(index);
  const denoms = denomCounts(ctx, `${at}/denoms`);
  const groups = groupElements(ctx, ids, `${at}/groups`, 'outcomeReportingGroup', prefix, denoms);
  const base = measureBase(ctx, ids, at, prefix, `${at}/groups`);
  const posting = ctx.reader.peek(`${at}/anticipatedPostingDate`);
  let postingElement: XmlElement | undefined;
  if (typeof posting === 'string' && /^\d{4}-\d{2}/.test(posting)) {
    ctx.reader.use(`${at}/anticipatedPostingDate`);
    postingElement = el(
      'anticipatedResultPostingDate',
      leaf('month', posting.slice(5, 7)),
      leaf('year', posting.slice(0, 4)),
    );
  }
  const typeUnits = ctx.text(`${at}/typeUnitsAnalyzed`) ?? unitsName(ctx, denoms, at);
  return el(
    'outcomeMeasure',
    base,
    postingElement,
    leaf('measureType', ctx.requiredCode(`${at}/type`, codes.OUTCOME_TYPE, 'measureType', 'the outcome measure type')),
    el(
      'outcomeMeasureAnalyses',
      ctx.reader.items(`${at}/analyses`).map((analysis) => analysisElement(ctx, ids, analysis, prefix)),
    ),
    el('outcomeReportingGroups', groups),
    leaf('reportingStatus', ctx.code(`${at}/reportingStatus`, codes.REPORTING_STATUS, 'reportingStatus')),
    leaf('typeUnitsAnalyzed', typeUnits),
  );
}

function analysisElement(ctx: ExportContext, ids: GroupIds, at: string, prefix: string): XmlElement {
  const groupIds = ctx.reader.items(`${at}/groupIds`).flatMap((item) => {
    const id = ctx.reader.peek(item);
    if (typeof id === 'string' && ids.has(prefix + id)) {
      ctx.reader.use(item);
      return [leaf('outcomeReportingGroupId', prefix + id) as XmlElement];
    }
    ctx.report(
      'export/value-not-allowed',
      item,
      `Group "${String(id)}" is not one of this outcome's groups; left out of the analysis.`,
      'warning',
      'outcomeReportingGroupId',
    );
    ctx.reader.use(item);
    return [];
  });
  return el(
    'measureAnalysis',
    el('outcomeReportingGroups', groupIds),
    leaf('ciLowerLimit', ctx.text(`${at}/ciLowerLimit`)),
    leaf('ciNumSides', ctx.code(`${at}/ciNumSides`, codes.CI_SIDES, 'ciNumSides')),
    leaf('ciPctValue', ctx.text(`${at}/ciPctValue`)),
    leaf('ciUpperLimit', ctx.text(`${at}/ciUpperLimit`)),
    leaf('ciUpperLimitNaComment', ctx.text(`${at}/ciUpperLimitComment`)),
    leaf('dispersionType', codeOrDisplay(ctx, `${at}/dispersionType`, codes.ANALYSIS_DISPERSION, 'dispersionType')),
    leaf('dispersionValue', ctx.text(`${at}/dispersionValue`)),
    leaf('estimateComment', ctx.text(`${at}/estimateComment`)),
    leaf('groupDescription', ctx.text(`${at}/groupDescription`)),
    leaf('nonInferiorityTestComment', ctx.text(`${at}/nonInferiorityComment`)),
    leaf('otherAnalysis', ctx.text(`${at}/otherAnalysisDescription`)),
    undefined,
    undefined,
    leaf('parameterType', ctx.requiredText(`${at}/paramType`, 'parameterType', 'the estimated parameter')),
    leaf('parameterValue', ctx.text(`${at}/paramValue`)),
    leaf('pValue', ctx.text(`${at}/pValue`)),
    leaf('pValueComment', ctx.text(`${at}/pValueComment`)),
    leaf('statisticalMethod', ctx.text(`${at}/statisticalMethod`)),
    leaf('statisticalTestComment', ctx.text(`${at}/statisticalComment`)),
    leaf(
      'statisticalTestType',
      codeOrDisplay(ctx, `${at}/nonInferiorityType`, codes.NON_INFERIORITY_TYPE, 'statisticalTestType'),
    ),
  );
}

const STARTED = 'STARTED';
const COMPLETED = 'COMPLETED';
const NOT_COMPLETED = 'NOT COMPLETED';

function flowElement(ctx: ExportContext, ids: GroupIds): XmlElement | undefined {
  const F = `${R}/participantFlowModule`;
  if (ctx.reader.peek(F) === undefined) return undefined;
  const groups = ctx.reader.items(`${F}/groups`).map((group) => {
    const id = ids.declare(ctx.text(`${group}/id`) ?? '', `${group}/id`);
    return elAttrs(
      'flowGroup',
      { id },
      leaf('description', ctx.text(`${group}/description`)),
      leaf('title', ctx.text(`${group}/title`)),
    );
  });
  const periods = ctx.reader.items(`${F}/periods`).map((period) => {
    let started: XmlElement | undefined;
    let completed: XmlElement | undefined;
    const misc: XmlElement[] = [];
    for (const milestone of ctx.reader.items(`${period}/milestones`)) {
      const type = ctx.reader.peek(`${milestone}/type`);
      if (type === NOT_COMPLETED) {
        ctx.reader.use(milestone);
        continue; // the registry derives it from STARTED − COMPLETED
      }
      ctx.reader.use(`${milestone}/type`);
      const body = [
        leaf('comment', ctx.text(`${milestone}/comment`)),
        el('milestoneAchievements', achievements(ctx, ids, milestone)),
      ];
      if (type === STARTED && !started) started = el('startedMilestone', body);
      else if (type === COMPLETED && !completed) completed = el('completedMilestone', body);
      else misc.push(el('milestone', body, leaf('titleOther', String(type))));
    }
    if (!started)
      ctx.report(
        'export/missing-required',
        period,
        'The period has no STARTED milestone, which the XML requires; an empty one was written.',
        'warning',
        'startedMilestone',
      );
    if (!completed)
      ctx.report(
        'export/missing-required',
        period,
        'The period has no COMPLETED milestone, which the XML requires; an empty one was written.',
        'warning',
        'completedMilestone',
      );
    return el(
      'period',
      completed ?? el('completedMilestone', el('milestoneAchievements')),
      el(
        'dropWithdrawReasons',
        ctx.reader.items(`${period}/dropWithdraws`).map((reason) =>
          el(
            'dropWithdrawReason',
            el(
              'dropWithdrawReasonDetails',
              ctx.reader.items(`${reason}/reasons`).flatMap((detail) => {
                const groupId = reference(ctx, ids, `${detail}/groupId`);
                return groupId
                  ? [
                      el(
                        'reasonDetail',
                        leaf('reportingGroupId', groupId),
                        leaf('subjectsAffected', ctx.text(`${detail}/numSubjects`)),
                      ),
                    ]
                  : [];
              }),
            ),
            undefined,
            leaf('reasonType', ctx.requiredText(`${reason}/type`, 'reasonType', 'the reason not completed')),
          ),
        ),
      ),
      el('milestones', misc),
      started ?? el('startedMilestone', el('milestoneAchievements')),
      leaf('title', ctx.text(`${period}/title`)),
    );
  });
  return el(
    'participantFlow',
    el('participantFlowGroups', groups),
    el('periods', periods),
    leaf('preAssignmentDescription', ctx.text(`${F}/preAssignmentDetails`)),
    leaf('recruitmentDetails', ctx.text(`${F}/recruitmentDetails`)),
    leaf('typeUnitsAnalyzed', ctx.text(`${F}/typeUnitsAnalyzed`)),
  );
}

/** A group reference that must point at a declared id (IDREF); dangling ones are reported and left out. */
function reference(ctx: ExportContext, ids: GroupIds, pointer: string, prefix = ''): string | undefined {
  const id = ctx.reader.peek(pointer);
  ctx.reader.use(pointer);
  if (typeof id === 'string' && ids.has(prefix + id)) return prefix + id;
  ctx.report(
    'export/value-not-allowed',
    pointer,
    `Group "${String(id)}" is not declared in this module; the value was left out.`,
    'warning',
    'reportingGroupId',
  );
  return undefined;
}

function achievements(ctx: ExportContext, ids: GroupIds, milestone: string): XmlElement[] {
  return itemsOfDeclaredGroups(ctx, ids, `${milestone}/achievements`, (achievement, groupId) =>
    el(
      'milestoneAchievement',
      leaf('reportingGroupId', groupId),
      leaf('comment', ctx.text(`${achievement}/comment`)),
      leaf('subjectsAchieve', ctx.text(`${achievement}/numSubjects`)),
      undefined,
      leaf('unitsAchieve', ctx.text(`${achievement}/numUnits`)),
    ),
  );
}

/**
 * One element per item of the list at `listAt` whose `groupId` is declared; an item with a dangling
 * group is left out whole (`reference` reports it; its other fields are not reported one by one).
 */
function itemsOfDeclaredGroups(
  ctx: ExportContext,
  ids: GroupIds,
  listAt: string,
  build: (item: string, groupId: string) => XmlElement,
): XmlElement[] {
  return ctx.reader.items(listAt).flatMap((item) => {
    const groupId = reference(ctx, ids, `${item}/groupId`);
    if (groupId) return [build(item, groupId)];
    ctx.reader.use(item);
    return [];
  });
}

function eventsElement(ctx: ExportContext, ids: GroupIds): XmlElement | undefined {
  const A = `${R}/adverseEventsModule`;
  if (ctx.reader.peek(A) === undefined) return undefined;
  const groups = ctx.reader.items(`${A}/eventGroups`).map((group) => {
    const id = ids.declare(ctx.text(`${group}/id`) ?? '', `${group}/id`);
    return elAttrs(
      'interventionGroup',
      { id },
      leaf('description', ctx.text(`${group}/description`)),
      leaf('numDeaths', ctx.text(`${group}/deathsNumAffected`)),
      leaf('numSubjectsFrequentEvents', ctx.text(`${group}/otherNumAffected`)),
      leaf('numSubjectsSeriousEvents', ctx.text(`${group}/seriousNumAffected`)),
      leaf('partAtRiskAllCauseMort', ctx.text(`${group}/deathsNumAtRisk`)),
      leaf('partAtRiskFrequentEvents', ctx.text(`${group}/otherNumAtRisk`)),
      leaf('partAtRiskSeriousEvents', ctx.text(`${group}/seriousNumAtRisk`)),
      leaf('title', ctx.text(`${group}/title`)),
    );
  });
  const event = (element: string) => (at: string) =>
    el(
      element,
      el(
        'adverseEventStats',
        itemsOfDeclaredGroups(ctx, ids, `${at}/stats`, (stat, groupId) =>
          el(
            'eventStats',
            leaf('reportingGroupId', groupId),
            leaf('numEvents', ctx.text(`${stat}/numEvents`)),
            leaf('numSubjectsAffected', ctx.text(`${stat}/numAffected`)),
            leaf('numSubjects', ctx.text(`${stat}/numAtRisk`)),
          ),
        ),
      ),
      leaf('assessmentType', ctx.code(`${at}/assessmentType`, codes.EVENT_ASSESSMENT, 'assessmentType')),
      leaf('notes', ctx.text(`${at}/notes`)),
      leaf('organSystemName', ctx.text(`${at}/organSystem`)),
      leaf('sourceVocabulary', ctx.text(`${at}/sourceVocabulary`)),
      leaf('term', ctx.text(`${at}/term`)),
    );
  return el(
    'reportedEvents',
    leaf('allCauseMortComment', ctx.text(`${A}/allCauseMortalityComment`)),
    undefined,
    leaf('frequencyReportingThreshold', ctx.text(`${A}/frequencyThreshold`)),
    el('frequentAdverseEvents', ctx.reader.items(`${A}/otherEvents`).map(event('frequentEvent'))),
    el('interventionGroups', groups),
    leaf('notes', ctx.text(`${A}/description`)),
    el('seriousAdverseEvents', ctx.reader.items(`${A}/seriousEvents`).map(event('seriousEvent'))),
    undefined,
    leaf('timeFrame', ctx.text(`${A}/timeFrame`)),
  );
}
