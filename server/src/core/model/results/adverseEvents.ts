import { count, enumOf, list, markup, object, text } from '../fields';
import { optional, required } from '../meta';
import { EventAssessment } from './enums';
import { groupFields } from './fields';

const groupCount = (title: string, description: string) => count({ title, description, requirement: optional });

const eventGroup = object(
  {
    ...groupFields('Adverse Event', 'EG'),
    deathsNumAffected: groupCount('All-Cause Mortality: Affected', 'Participants who died of any cause.'),
    deathsNumAtRisk: groupCount('All-Cause Mortality: At Risk', 'Participants at risk for all-cause mortality.'),
    seriousNumAffected: groupCount(
      'Serious Adverse Events: Affected',
      'Participants with at least one serious adverse event.',
    ),
    seriousNumAtRisk: groupCount('Serious Adverse Events: At Risk', 'Participants at risk for serious adverse events.'),
    otherNumAffected: groupCount(
      'Other Adverse Events: Affected',
      'Participants with at least one other (not serious) adverse event above the threshold.',
    ),
    otherNumAtRisk: groupCount('Other Adverse Events: At Risk', 'Participants at risk for other adverse events.'),
  },
  {
    title: 'Adverse Event Group',
    description: 'An arm or comparison group of the adverse event tables, with its totals.',
    requirement: optional,
  },
);

const eventStats = object(
  {
    groupId: text({ title: 'Group ID', description: 'The EG… group these numbers belong to.', requirement: required }),
    numEvents: count({
      title: 'Number of Events',
      description: 'How many times the event occurred; at least the number affected.',
      requirement: optional,
    }),
    numAffected: count({
      title: 'Number Affected',
      description: 'Participants with the event; at most the number at risk.',
      requirement: optional,
    }),
    numAtRisk: count({
      title: 'Number at Risk',
      description: 'Participants at risk for the event.',
      requirement: optional,
    }),
  },
  { title: 'Event Counts', description: "One group's counts for the event.", requirement: optional },
);

const adverseEvent = (kind: string) =>
  object(
    {
      term: text({
        title: 'Adverse Event Term',
        description: 'The event, as a term of the source vocabulary.',
        requirement: required,
      }),
      organSystem: text({
        title: 'Organ System',
        description: 'The MedDRA system organ class of the term.',
        requirement: required,
      }),
      sourceVocabulary: text({
        title: 'Source Vocabulary',
        description: 'The vocabulary and version ("MedDRA 23.1").',
        requirement: optional,
      }),
      assessmentType: enumOf(EventAssessment, {
        title: 'Assessment Type',
        description: 'Systematic or non-systematic assessment.',
        requirement: optional,
      }),
      notes: text({
        title: 'Adverse Event Notes',
        description: 'Additional information about the term.',
        requirement: optional,
      }),
      stats: list(eventStats, {
        title: 'Event Counts per Group',
        description: 'One entry per group.',
        requirement: optional,
        itemNoun: 'groups',
      }),
    },
    {
      title: `${kind} Adverse Event`,
      description: `One ${kind.toLowerCase()} adverse event term and its counts per group.`,
      requirement: optional,
    },
  );

export const adverseEventsModule = object(
  {
    frequencyThreshold: text({
      title: 'Frequency Threshold',
      description: 'The threshold in percent (at most 5) above which other adverse events are reported.',
      requirement: optional,
    }),
    timeFrame: text({
      title: 'Adverse Event Reporting Time Frame',
      description: 'The period over which adverse events were collected.',
      requirement: optional,
    }),
    description: markup({
      title: 'Adverse Event Reporting Description',
      description: 'How adverse events were defined and collected; explains zero participants at risk.',
      requirement: optional,
    }),
    allCauseMortalityComment: markup({
      title: 'All-Cause Mortality Comment',
      description: 'Notes on the all-cause mortality table.',
      requirement: optional,
    }),
    eventGroups: list(eventGroup, {
      title: 'Adverse Event Groups',
      description: 'The groups of the adverse event tables (EG000, …).',
      requirement: optional,
      itemNoun: 'groups',
    }),
    seriousEvents: list(adverseEvent('Serious'), {
      title: 'Serious Adverse Events',
      description: 'Every serious adverse event, by term.',
      requirement: optional,
      itemNoun: 'events',
    }),
    otherEvents: list(adverseEvent('Other'), {
      title: 'Other (Not Including Serious) Adverse Events',
      description: 'Other adverse events that meet the frequency threshold in at least one group.',
      requirement: optional,
      itemNoun: 'events',
    }),
  },
  {
    title: 'Adverse Events',
    description: 'Serious, other and all-cause mortality tables by group.',
    requirement: optional,
  },
);
