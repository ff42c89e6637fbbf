import { list, markup, object, text } from '../fields';
import { optional, required } from '../meta';
import { countText, groupFields } from './fields';

const flowStats = (what: string) =>
  object(
    {
      groupId: text({
        title: 'Group ID',
        description: 'The FG… group this number belongs to; it must be a Participant Flow group.',
        requirement: required,
      }),
      numSubjects: countText({
        title: 'Number of Participants',
        description: `How many participants ${what} in the group (a whole number, written as text).`,
        requirement: required,
      }),
      numUnits: countText({
        title: 'Number of Units',
        description: 'How many units (eyes, lesions) when units other than participants are analyzed.',
        requirement: optional,
      }),
      comment: text({ title: 'Comment', description: 'A note about this number.', requirement: optional }),
    },
    { title: 'Group Count', description: `The number of participants ${what} in one group.`, requirement: optional },
  );

const milestone = object(
  {
    type: text({
      title: 'Milestone Title',
      description: 'STARTED, COMPLETED, NOT COMPLETED, or the title of a custom milestone ("Received Treatment").',
      requirement: required,
    }),
    comment: text({ title: 'Milestone Comment', description: 'A note about the milestone.', requirement: optional }),
    achievements: list(flowStats('reaching the milestone'), {
      title: 'Milestone Data',
      description: 'One count per group.',
      requirement: optional,
      itemNoun: 'groups',
    }),
  },
  {
    title: 'Milestone',
    description: 'A point in the period and how many participants reached it in each group.',
    requirement: optional,
  },
);

const dropWithdraw = object(
  {
    type: text({
      title: 'Reason Not Completed',
      description:
        'Why participants did not complete ("Adverse Event", "Lost to Follow-up", "Withdrawal by Subject", …).',
      requirement: required,
    }),
    comment: text({ title: 'Reason Comment', description: 'A note about the reason.', requirement: optional }),
    reasons: list(flowStats('not completing for this reason'), {
      title: 'Reason Data',
      description: 'One count per group.',
      requirement: optional,
      itemNoun: 'groups',
    }),
  },
  {
    title: 'Reason Not Completed',
    description: 'A reason for not completing the period, with counts per group.',
    requirement: optional,
  },
);

const period = object(
  {
    title: text({
      title: 'Period Title',
      description: 'The stage of the study ("Overall Study", "Treatment Period").',
      requirement: required,
    }),
    milestones: list(milestone, {
      title: 'Milestones',
      description: 'STARTED, any custom milestones, COMPLETED and NOT COMPLETED.',
      requirement: optional,
      itemNoun: 'milestones',
    }),
    dropWithdraws: list(dropWithdraw, {
      title: 'Reasons Not Completed',
      description: 'Optional; when given, they account for every participant who did not complete.',
      requirement: optional,
      itemNoun: 'reasons',
    }),
  },
  { title: 'Period', description: 'A stage of the study with its milestones.', requirement: optional },
);

export const participantFlowModule = object(
  {
    recruitmentDetails: markup({
      title: 'Recruitment Details',
      description: 'Key information about recruitment: dates, locations, settings.',
      requirement: optional,
    }),
    preAssignmentDetails: markup({
      title: 'Pre-assignment Details',
      description:
        'Events between enrollment and group assignment (washout, run-in, ' +
        'screening failures) that explain why STARTED differs from enrollment.',
      requirement: optional,
    }),
    typeUnitsAnalyzed: text({
      title: 'Type of Units Assigned',
      description: 'The units, when other than participants (eyes, lesions).',
      requirement: optional,
    }),
    groups: list(
      object(groupFields('Participant Flow', 'FG'), {
        title: 'Participant Flow Group',
        description: 'An arm or comparison group of the flow.',
        requirement: optional,
      }),
      {
        title: 'Participant Flow Groups',
        description: 'The groups of the flow table (FG000, FG001, …).',
        requirement: optional,
        itemNoun: 'groups',
      },
    ),
    periods: list(period, {
      title: 'Periods',
      description: 'The stages of the study, in order; each has STARTED and COMPLETED.',
      requirement: optional,
      itemNoun: 'periods',
    }),
  },
  {
    title: 'Participant Flow',
    description: 'How participants progressed through each stage of the study, by group.',
    requirement: optional,
  },
);
