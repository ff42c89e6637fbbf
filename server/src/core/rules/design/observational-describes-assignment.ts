import { defineRule } from '../defineRule';
import { readArms } from '../../arms';
import { asString } from '../../model/read';
import { pointerOf, protocolModule, studyType } from '../util/read';
import { quote } from '../util/text';

/** Phrases that say the investigators assign participants: random assignment, or giving a placebo. */
const ASSIGNMENT =
  /\b(?:(?:will be|are|is|be|being) randomi[sz]ed (?:to|into|in)\b|randomly (?:assigned|allocated)\b|randomi[sz]ed (?:to|into) (?:receive|one of|either)\b|will receive (?:a |the |either )?placebo\b|(?:given|administered) (?:a |the )?placebo\b)/i;
/** An observational study of people from a trial describes that trial's assignment. */
const ABOUT_A_TRIAL =
  /\b(?:parent|previous|prior|completed|original|preceding|core|feeder|index) (?:study|trial|studies|trials)\b|\b(?:participated|enrolled|participants?) in (?:the |a |an )?(?:\w+ ){0,3}(?:trial|study)\b|\bfollow[- ]?up of\b|\bsecondary analysis\b|\bnested\b/i;

export default defineRule({
  id: 'design/observational-describes-assignment',
  description: 'An observational record does not describe assigning participants at random or to a placebo.',
  severity: 'info',
  catalogue: [],
  tier: 'house',
  messages: {
    assigns:
      'The study is Observational, but the {field} says participants are assigned by the investigators ({phrase}). ' +
      'If they are, the study is Interventional; otherwise reword the description.',
  },
  docs: {
    details:
      'In an observational study the investigators do not assign the intervention. Text that says participants "will ' +
      'be randomized" or "will receive placebo" describes an interventional study. Records that follow people from a ' +
      'trial (parent, core or previous trial, follow-up of, nested) are not read.',
    wrong: `protocolSection:
  designModule:
    studyType: OBSERVATIONAL
  descriptionModule:
    briefSummary: Participants will be randomized to receive drug X or placebo.
`,
    right: `protocolSection:
  designModule:
    studyType: INTERVENTIONAL
  descriptionModule:
    briefSummary: Participants will be randomized to receive drug X or placebo.
`,
  },
  check(context) {
    if (studyType(context.study) !== 'OBSERVATIONAL') return;
    const description = protocolModule(context.study, 'descriptionModule');
    const fields: [string, string, string | undefined][] = [
      [pointerOf('descriptionModule', 'briefSummary'), 'brief summary', asString(description.briefSummary)],
      [
        pointerOf('descriptionModule', 'detailedDescription'),
        'detailed description',
        asString(description.detailedDescription),
      ],
      ...readArms(context.study).map((arm): [string, string, string | undefined] => [
        pointerOf('armsInterventionsModule', 'armGroups', arm.index, 'description'),
        `description of group "${arm.label ?? ''}"`,
        arm.description,
      ]),
    ];
    if (fields.some(([, , text]) => text && ABOUT_A_TRIAL.test(text))) return;
    for (const [pointer, field, text] of fields) {
      const match = text ? ASSIGNMENT.exec(text) : null;
      if (!match || !text) continue;
      const around = text.slice(Math.max(0, match.index - 20), match.index + match[0].length + 20);
      context.report({ messageId: 'assigns', pointer, data: { field, phrase: quote(around, 80) } });
      return;
    }
  },
});
