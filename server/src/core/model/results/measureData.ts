import { list, object, text } from '../fields';
import { optional, required } from '../meta';
import { denomList } from './fields';

/** A measure's data: classes (rows such as "Female") → categories → one measurement per group. */
export function measureClasses(owner: 'baseline measure' | 'outcome measure', groupPrefix: string) {
  const measurement = object(
    {
      groupId: text({
        title: 'Group ID',
        description: `The ${groupPrefix}… group this value belongs to; it must be a group of this ${owner}.`,
        requirement: required,
      }),
      value: text({
        title: 'Value',
        description: 'The measured value (a number, or "NA" with a comment saying why).',
        requirement: optional,
      }),
      spread: text({
        title: 'Spread',
        description: 'The dispersion as one number: standard deviation, standard error, coefficient of variation.',
        requirement: optional,
      }),
      lowerLimit: text({
        title: 'Lower Limit',
        description: 'Lower end of the range, interquartile range or confidence interval.',
        requirement: optional,
      }),
      upperLimit: text({
        title: 'Upper Limit',
        description: 'Upper end of the range, interquartile range or confidence interval.',
        requirement: optional,
      }),
      comment: text({ title: 'Comment', description: 'Why a value is not available ("NA").', requirement: optional }),
    },
    { title: 'Measurement', description: `One group's value in a category of the ${owner}.`, requirement: optional },
  );
  const category = object(
    {
      title: text({
        title: 'Category Title',
        description: 'The category ("Female", "Responder"); absent when the measure has no categories.',
        requirement: optional,
      }),
      measurements: list(measurement, {
        title: 'Measurements',
        description: 'One value per group.',
        requirement: optional,
        itemNoun: 'measurements',
      }),
    },
    { title: 'Category', description: 'A category (row) of the measure.', requirement: optional },
  );
  const measureClass = object(
    {
      title: text({
        title: 'Row Title',
        description: 'The row title ("Region of Enrollment: France"); absent for one-row measures.',
        requirement: optional,
      }),
      denoms: denomList(`row of the ${owner}`, groupPrefix),
      categories: list(category, {
        title: 'Categories',
        description: 'The categories of the row.',
        requirement: optional,
        itemNoun: 'categories',
      }),
    },
    {
      title: 'Measure Row',
      description: `A row (class) of the ${owner}, with its own numbers analyzed when they differ.`,
      requirement: optional,
    },
  );
  return list(measureClass, {
    title: 'Rows',
    description: `The rows (classes) of the ${owner}.`,
    requirement: optional,
    itemNoun: 'rows',
  });
}
