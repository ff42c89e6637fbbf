import { z } from 'zod';
import { list, object, text, type Meta } from '../fields';
import { fieldRegistry, optional, required } from '../meta';
import { NO_ISSUES, refine } from '../refine';

/**
 * A count the API writes as a string (`numSubjects: "12"`, denominators): a whole number ≥ 0 in
 * text. Breaks get the same `schema/range` findings as integer counts.
 */
export function countText(meta: Meta): z.ZodString {
  const schema = refine(z.string(), (value) => {
    if (/^\d+$/.test(value)) return NO_ISSUES;
    const kind = /^\s*-\s*\d+(\.\d+)?\s*$/.test(value) ? 'negative' : 'integer';
    return [{ code: 'custom', message: kind, params: { finding: kind }, input: value }];
  });
  fieldRegistry.add(schema, meta);
  return schema;
}

/** A result group (`FG000`, `BG000`, `OG000`, `EG000`): id, title, description. */
export function groupFields(kind: string, prefix: string) {
  return {
    id: text({
      title: `${kind} Group ID`,
      description:
        `The group's id (${prefix}000, ${prefix}001, …), used by every count of this ${kind.toLowerCase()} ` +
        `table. Ids restart in every module${prefix === 'OG' ? ' and in every outcome measure' : ''}.`,
      requirement: required,
    }),
    title: text({
      title: `${kind} Group Title`,
      description: 'A short label for the group, usually the arm.',
      requirement: required,
    }),
    description: text({
      title: `${kind} Group Description`,
      description: 'What the group received; the arm or intervention description.',
      requirement: optional,
    }),
  };
}

/** Numbers analyzed per group (`denoms`): a unit and one count per group. */
export function denomList(owner: string, groupPrefix: string) {
  return list(
    object(
      {
        units: text({
          title: 'Analysis Units',
          description: 'What is counted: "Participants", or units such as eyes or lesions.',
          requirement: optional,
        }),
        counts: list(
          object(
            {
              groupId: text({
                title: 'Group ID',
                description: `The ${groupPrefix}… group this number belongs to.`,
                requirement: required,
              }),
              value: countText({
                title: 'Number Analyzed',
                description: 'How many participants (or units) were analyzed in the group, as a whole number.',
                requirement: required,
              }),
            },
            { title: 'Number Analyzed in a Group', description: "One group's number analyzed.", requirement: optional },
          ),
          {
            title: 'Numbers Analyzed',
            description: 'One number per group.',
            requirement: optional,
            itemNoun: 'groups',
          },
        ),
      },
      {
        title: 'Overall Number Analyzed',
        description: `The number of participants (or units) analyzed in each group of the ${owner}.`,
        requirement: optional,
      },
    ),
    {
      title: 'Overall Numbers Analyzed',
      description: `Numbers analyzed per group for the ${owner}.`,
      requirement: optional,
    },
  );
}
