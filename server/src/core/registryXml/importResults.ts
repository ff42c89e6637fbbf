/** `rrs:result` (RRSUploadSchema.xsd) → v2 resultsSection; the reverse of exportResults.ts. */
import * as codes from './codes';
import type { ImportContext } from './importShared';
import { toCount } from './recordShape';
import type { XmlNode } from './xmlNode';

/** Outcome group ids carry the outcome's number in the XML (`O3_OG000`); v2 repeats OG000 per outcome. */
const stripPrefix = (id: string | undefined) => id?.replace(/^O\d+_/, '');

function id(node: XmlNode): string | undefined {
  return stripPrefix(node.attribute('id'));
}

export function resultsSection(ctx: ImportContext, result: XmlNode): Record<string, unknown> {
  const agreement = result.one('certainAgreement');
  const contact = result.one('pointOfContact');
  return {
    participantFlowModule: flow(result.one('participantFlow')),
    baselineCharacteristicsModule: baseline(ctx, result.one('baseline')),
    outcomeMeasuresModule: {
      outcomeMeasures: result
        .one('outcomeMeasures')
        ?.all('outcomeMeasure')
        .map((measure) => outcome(ctx, measure)),
    },
    adverseEventsModule: events(ctx, result.one('reportedEvents')),
    moreInfoModule: {
      limitationsAndCaveats: { description: result.one('limitationsAndCaveats')?.text('description') },
      certainAgreement: agreement && {
        piSponsorEmployee: codes.fromYesNo(agreement.text('piSponsorEmployee')),
        restrictionType: ctx.code(agreement, 'restrictionType', codes.RESTRICTION_TYPE),
        restrictiveAgreement: codes.fromYesNo(agreement.text('restrictiveAgreement')),
        otherDetails: agreement.text('otherDetails'),
      },
      pointOfContact: contact && {
        title: contact.text('title'),
        organization: contact.text('organizationName'),
        email: contact.text('email'),
        phone: contact.text('phoneNumber'),
        phoneExt: contact.text('phoneExtension'),
      },
    },
  };
}

function flow(node: XmlNode | undefined): Record<string, unknown> | undefined {
  if (!node) return undefined;
  return {
    preAssignmentDetails: node.text('preAssignmentDescription'),
    recruitmentDetails: node.text('recruitmentDetails'),
    typeUnitsAnalyzed: node.text('typeUnitsAnalyzed'),
    groups: node
      .one('participantFlowGroups')
      ?.all('flowGroup')
      .map((group) => ({ id: id(group), title: group.text('title'), description: group.text('description') })),
    periods: node
      .one('periods')
      ?.all('period')
      .map((period) => {
        const started = period.one('startedMilestone');
        const completed = period.one('completedMilestone');
        const milestones = [
          started && milestone(started, 'STARTED'),
          ...(period.one('milestones')?.all('milestone') ?? []).map((other) =>
            milestone(other, other.text('titleOther') ?? ''),
          ),
          completed && milestone(completed, 'COMPLETED'),
        ].filter((item): item is Milestone => item !== undefined && item.achievements.length > 0);
        const notCompleted = deriveNotCompleted(milestones);
        return {
          title: period.text('title'),
          milestones: notCompleted ? [...milestones, notCompleted] : milestones,
          dropWithdraws: period
            .one('dropWithdrawReasons')
            ?.all('dropWithdrawReason')
            .map((reason) => ({
              type: reason.text('reasonType') ?? reason.text('otherReasonName'),
              reasons: reason
                .one('dropWithdrawReasonDetails')
                ?.all('reasonDetail')
                .map((detail) => ({
                  groupId: detail.text('reportingGroupId'),
                  numSubjects: detail.text('subjectsAffected'),
                })),
            })),
        };
      }),
  };
}

interface Milestone {
  type: string;
  comment?: string;
  achievements: { groupId?: string; comment?: string; numSubjects?: string; numUnits?: string }[];
}

function milestone(node: XmlNode, type: string): Milestone {
  return {
    type,
    comment: node.text('comment'),
    achievements: (node.one('milestoneAchievements')?.all('milestoneAchievement') ?? []).map((achievement) => {
      achievement.ignore('subjectsNaComment');
      return {
        groupId: achievement.text('reportingGroupId'),
        comment: achievement.text('comment'),
        numSubjects: achievement.text('subjectsAchieve'),
        numUnits: achievement.text('unitsAchieve'),
      };
    }),
  };
}

/** The registry derives NOT COMPLETED = STARTED − COMPLETED per group; so does the import. */
function deriveNotCompleted(milestones: Milestone[]): Milestone | undefined {
  const started = milestones.find((item) => item.type === 'STARTED');
  const completed = milestones.find((item) => item.type === 'COMPLETED');
  if (!started || !completed) return undefined;
  const achievements = started.achievements.flatMap((start) => {
    const done = completed.achievements.find((item) => item.groupId === start.groupId);
    const a = Number(start.numSubjects);
    const b = Number(done?.numSubjects);
    return done &&
      Number.isInteger(a) &&
      Number.isInteger(b) &&
      start.numSubjects !== undefined &&
      done.numSubjects !== undefined
      ? [{ groupId: start.groupId, numSubjects: String(a - b) }]
      : [];
  });
  return achievements.length > 0 ? { type: 'NOT COMPLETED', achievements } : undefined;
}

/** v2 `denoms` from per-group subjectsAnalyzed / numUnitsAnalyzed. */
function denoms(
  groups: readonly { groupId?: string; subjects?: string; units?: string }[],
  unitName: string | undefined,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const participants = groups.filter((group) => group.subjects !== undefined);
  if (participants.length > 0)
    out.push({
      units: 'Participants',
      counts: participants.map((group) => ({ groupId: group.groupId, value: group.subjects })),
    });
  const units = groups.filter((group) => group.units !== undefined);
  if (units.length > 0)
    out.push({ units: unitName, counts: units.map((group) => ({ groupId: group.groupId, value: group.units })) });
  return out;
}

function reportingGroups(nodes: XmlNode[]) {
  return nodes.map((group) => ({
    id: id(group),
    title: group.text('title'),
    description: group.text('description'),
    subjects: group.text('subjectsAnalyzed'),
    units: group.text('numUnitsAnalyzed'),
  }));
}

function baseline(ctx: ImportContext, node: XmlNode | undefined): Record<string, unknown> | undefined {
  if (!node) return undefined;
  const groups = reportingGroups([
    ...(node.one('baselineReportingGroups')?.all('baselineReportingGroup') ?? []),
    ...node.all('totalBaselineReportingGroup'),
  ]);
  const typeUnits = node.text('typeUnitsAnalyzed');
  return {
    populationDescription: node.text('populationAnalysisDescription'),
    typeUnitsAnalyzed: typeUnits,
    groups: groups.map((group) => ({ id: group.id, title: group.title, description: group.description })),
    denoms: denoms(
      groups.map((group) => ({ groupId: group.id, subjects: group.subjects, units: group.units })),
      typeUnits,
    ),
    measures: node
      .one('baselineMeasures')
      ?.all('baselineMeasure')
      .map((measure) => {
        measure.ignore('otherTitle');
        return measureFields(ctx, measure, typeUnits, codes.MEASURE_DISPERSION);
      }),
  };
}

/** Fields of the XSD's Measure type, in v2 key order. */
function measureFields(
  ctx: ImportContext,
  node: XmlNode,
  typeUnits: string | undefined,
  dispersion: codes.CodeTable,
  isOutcome = false,
): Record<string, unknown> {
  const dispersionText = node.text('dispersionType');
  return {
    title: node.text('title'),
    description: node.text('measureDescription'),
    populationDescription: node.text('populationAnalysisDescription'),
    paramType: ctx.code(node, 'parameterType', codes.MEASURE_PARAM),
    // Outcome measures keep the display text in v2 ("Standard Deviation"); baseline measures use codes.
    dispersionType:
      dispersionText === undefined
        ? undefined
        : isOutcome
          ? dispersionText
          : ctx.code(node, 'dispersionType', dispersion),
    unitOfMeasure: node.text('unitOfMeasure'),
    calculatePct: codes.fromYesNo(node.text('calculatePct')),
    timeFrame: node.text('timeFrame'),
    denomUnitsSelected: node.text('selectedUnitOfAnalysis'),
    classes: node
      .one('measureRows')
      ?.all('measureRow')
      .map((row) => measureClass(row, typeUnits)),
  };
}

function measureClass(row: XmlNode, typeUnits: string | undefined): Record<string, unknown> {
  const values = row.one('reportedValues')?.all('reportedValue') ?? [];
  const categories: { title?: string; measurements: Record<string, unknown>[] }[] = [];
  const perGroup: { groupId?: string; subjects?: string; units?: string }[] = [];
  for (const value of values) {
    const groupId = stripPrefix(value.text('reportingGroupId'));
    perGroup.push({ groupId, subjects: value.text('subjectsAnalyzed'), units: value.text('numUnitsAnalyzed') });
    for (const entry of value.one('reportedEntries')?.all('reportedEntry') ?? []) {
      const title = entry.text('catName');
      let category = categories.find((item) => item.title === title);
      if (!category) {
        category = { title, measurements: [] };
        categories.push(category);
      }
      category.measurements.push({
        groupId,
        value: entry.text('parameterValue'),
        spread: entry.text('dispersionSpread'),
        lowerLimit: entry.text('dispersionLowerLimit'),
        upperLimit: entry.text('dispersionUpperLimit'),
        comment: entry.text('naComment'),
      });
    }
  }
  return { title: row.text('title'), denoms: denoms(perGroup, typeUnits), categories };
}

function outcome(ctx: ImportContext, node: XmlNode): Record<string, unknown> {
  const groups = reportingGroups(node.one('outcomeReportingGroups')?.all('outcomeReportingGroup') ?? []);
  const typeUnits = node.text('typeUnitsAnalyzed');
  const posting = node.one('anticipatedResultPostingDate');
  const fields = measureFields(ctx, node, typeUnits, codes.MEASURE_DISPERSION, true);
  const {
    title,
    description,
    populationDescription,
    paramType,
    dispersionType,
    unitOfMeasure,
    calculatePct,
    timeFrame,
    denomUnitsSelected,
    classes,
  } = fields;
  return {
    type: ctx.code(node, 'measureType', codes.OUTCOME_TYPE),
    title,
    description,
    populationDescription,
    reportingStatus: ctx.code(node, 'reportingStatus', codes.REPORTING_STATUS),
    anticipatedPostingDate:
      posting && posting.text('year')
        ? `${posting.text('year')}-${posting.text('month') ?? ''}`.replace(/-$/, '')
        : undefined,
    paramType,
    dispersionType,
    unitOfMeasure,
    calculatePct,
    timeFrame,
    typeUnitsAnalyzed: typeUnits,
    denomUnitsSelected,
    groups: groups.map((group) => ({ id: group.id, title: group.title, description: group.description })),
    denoms: denoms(
      groups.map((group) => ({ groupId: group.id, subjects: group.subjects, units: group.units })),
      typeUnits,
    ),
    classes,
    analyses: node
      .one('outcomeMeasureAnalyses')
      ?.all('measureAnalysis')
      .map((analysis) => {
        analysis.ignore('otherMethodName', 'otherTypeName');
        return {
          groupIds: analysis
            .one('outcomeReportingGroups')
            ?.all('outcomeReportingGroupId')
            .map((item) => stripPrefix(item.value())),
          paramType: analysis.text('parameterType'),
          paramValue: analysis.text('parameterValue'),
          dispersionType: ctx.code(analysis, 'dispersionType', codes.ANALYSIS_DISPERSION),
          dispersionValue: analysis.text('dispersionValue'),
          statisticalMethod: analysis.text('statisticalMethod'),
          statisticalComment: analysis.text('statisticalTestComment'),
          pValue: analysis.text('pValue'),
          pValueComment: analysis.text('pValueComment'),
          ciNumSides: ctx.code(analysis, 'ciNumSides', codes.CI_SIDES),
          ciPctValue: analysis.text('ciPctValue'),
          ciLowerLimit: analysis.text('ciLowerLimit'),
          ciUpperLimit: analysis.text('ciUpperLimit'),
          ciUpperLimitComment: analysis.text('ciUpperLimitNaComment'),
          estimateComment: analysis.text('estimateComment'),
          nonInferiorityType: ctx.code(analysis, 'statisticalTestType', codes.NON_INFERIORITY_TYPE),
          nonInferiorityComment: analysis.text('nonInferiorityTestComment'),
          otherAnalysisDescription: analysis.text('otherAnalysis'),
          groupDescription: analysis.text('groupDescription'),
        };
      }),
  };
}

function events(ctx: ImportContext, node: XmlNode | undefined): Record<string, unknown> | undefined {
  if (!node) return undefined;
  node.ignore('assessmentType', 'sourceVocabulary');
  const event = (item: XmlNode) => ({
    term: item.text('term'),
    organSystem: item.text('organSystemName'),
    sourceVocabulary: item.text('sourceVocabulary'),
    assessmentType: ctx.code(item, 'assessmentType', codes.EVENT_ASSESSMENT),
    notes: item.text('notes'),
    stats: item
      .one('adverseEventStats')
      ?.all('eventStats')
      .map((stat) => ({
        groupId: stat.text('reportingGroupId'),
        numEvents: toCount(stat.text('numEvents')),
        numAffected: toCount(stat.text('numSubjectsAffected')),
        numAtRisk: toCount(stat.text('numSubjects')),
      })),
  });
  return {
    frequencyThreshold: node.text('frequencyReportingThreshold'),
    timeFrame: node.text('timeFrame'),
    description: node.text('notes'),
    allCauseMortalityComment: node.text('allCauseMortComment'),
    eventGroups: node
      .one('interventionGroups')
      ?.all('interventionGroup')
      .map((group) => ({
        id: group.attribute('id'),
        title: group.text('title'),
        description: group.text('description'),
        deathsNumAffected: toCount(group.text('numDeaths')),
        deathsNumAtRisk: toCount(group.text('partAtRiskAllCauseMort')),
        seriousNumAffected: toCount(group.text('numSubjectsSeriousEvents')),
        seriousNumAtRisk: toCount(group.text('partAtRiskSeriousEvents')),
        otherNumAffected: toCount(group.text('numSubjectsFrequentEvents')),
        otherNumAtRisk: toCount(group.text('partAtRiskFrequentEvents')),
      })),
    seriousEvents: node.one('seriousAdverseEvents')?.all('seriousEvent').map(event),
    otherEvents: node.one('frequentAdverseEvents')?.all('frequentEvent').map(event),
  };
}
