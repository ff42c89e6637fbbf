import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { readArms, readInterventions } from '../../arms';
import { asArray, asObject, asString } from '../../model/read';
import { DESIGN_INFO, designInfo, pointerOf, protocolModule, studyType } from '../util/read';
import { isPlaceboLike } from '../util/text';

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };
const PHASE = /\bphase\s*(iv|i{1,3}|[1-4])[ab]?(?:\s*(?:\/|-|–|and|or)\s*(?:phase\s*)?(iv|i{1,3}|[1-4])[ab]?)?\b/gi;
/**
 * Titles about another trial ("extension of the phase 3 …", "follow-up of a randomized trial"): their words describe
 * that trial.
 */
const ABOUT_ANOTHER_TRIAL =
  /\b(?:extension|follow[- ]?up|rollover|roll-over|long[- ]term|following|after|sub-?study|ancillary|post[- ]?trial|participants? (?:of|from|in)|previously|parent|secondary analysis|post[- ]hoc)\b/i;
const RANDOMIZED = /(?<!\bnon[- ]?|\bnot |\bun|\bquasi[- ]?|\bpseudo[- ]?)\brandomi[sz]ed\b/i;
const DOUBLE_BLIND = /\b(?:double|triple|quadruple)[- ]?(?:blind(?:ed)?|mask(?:ed)?)\b/i;
const PLACEBO_CONTROLLED = /\bplacebo[- ]controlled\b/i;

export default defineRule({
  id: 'design/title-vs-design',
  description:
    'What the title says about the design (phase, randomization, ' +
    'blinding, placebo control) agrees with the design fields.',
  severity: 'warning',
  catalogue: [],
  tier: 'official',
  messages: {
    phase: 'The title says "{phrase}", but the phase is {phases}. Correct the phase or the title.',
    randomized:
      'The title says "randomized", but Allocation is {allocation}. ' +
      'Set Allocation to Randomized, or correct the title.',
    blinded: 'The title says "{phrase}", but Masking is {masking}. Correct the masking (who is masked) or the title.',
    placebo:
      'The title says "placebo-controlled", but no arm is a Placebo Comparator and no ' +
      'intervention is a placebo. Add the placebo arm and intervention, or correct the title.',
  },
  docs: {
    details:
      'Reviewers flag a record whose title contradicts its design ("inconsistent with information in other parts of ' +
      'the record"). The official and brief titles are read for a phase ("Phase III", "Phase 2/3"), "randomized", ' +
      '"double-blind" and "placebo-controlled". Titles about another trial (extensions, follow-ups, ' +
      'roll-overs) are not read, since their words describe the parent trial. A phase is compared only when the ' +
      'record names phases (not N/A, which is right for device, behavioural and radiation ' +
      'trials that use "phase" loosely), and only when no phase in the title is among them.',
    wrong: `protocolSection:
  identificationModule:
    officialTitle: A Phase III, Randomized, Double-Blind Study of Drug X
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE2]
    designInfo:
      allocation: RANDOMIZED
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR]
`,
    right: `protocolSection:
  identificationModule:
    officialTitle: A Phase III, Randomized, Double-Blind Study of Drug X
  designModule:
    studyType: INTERVENTIONAL
    phases: [PHASE3]
    designInfo:
      allocation: RANDOMIZED
      maskingInfo:
        masking: DOUBLE
        whoMasked: [PARTICIPANT, INVESTIGATOR]
`,
  },
  check(context) {
    if (studyType(context.study) !== 'INTERVENTIONAL') return;
    const identification = protocolModule(context.study, 'identificationModule');
    const title = [asString(identification.officialTitle), asString(identification.briefTitle)]
      .filter(Boolean)
      .join(' | ');
    if (!title || ABOUT_ANOTHER_TRIAL.test(title)) return;
    const design = protocolModule(context.study, 'designModule');
    const phases = asArray(design.phases).filter((p): p is string => typeof p === 'string');
    // A phase contradicts only when the record names phases (N/A is right for device, behavioural and radiation trials
    // that use "phase" loosely) and no phase the title names is among them ("Phase I, followed by a Phase III trial"
    // names both).
    const mentions = [...title.matchAll(PHASE)];
    if (mentions.length > 0 && phases.length > 0 && !phases.includes('NA')) {
      const said = mentions
        .flatMap((m) => [m[1], m[2]])
        .filter(Boolean)
        .map((p) => ROMAN[p.toLowerCase()] ?? p);
      const recorded = new Set(phases.map((p) => (p === 'EARLY_PHASE1' ? '1' : p.replace('PHASE', ''))));
      if (!said.some((p) => recorded.has(p))) {
        const label = phases.map((p) => enumLabel('Phase', p)).join(' / ');
        context.report({
          messageId: 'phase',
          pointer: pointerOf('designModule', 'phases'),
          data: { phrase: mentions[0][0], phases: label },
        });
      }
    }
    const info = designInfo(context.study);
    const allocation = asString(info.allocation);
    // Allocation N/A with several arms is reported by design/allocation-na-multiple-arms; only Non-Randomized
    // contradicts here.
    if (RANDOMIZED.test(title) && allocation === 'NON_RANDOMIZED') {
      context.report({
        messageId: 'randomized',
        pointer: `${DESIGN_INFO}/allocation`,
        data: { allocation: enumLabel('DesignAllocation', allocation) },
      });
    }
    const masking = asString(asObject(info.maskingInfo)?.masking);
    const blind = DOUBLE_BLIND.exec(title);
    if (blind && (masking === 'NONE' || masking === 'SINGLE')) {
      context.report({
        messageId: 'blinded',
        pointer: `${DESIGN_INFO}/maskingInfo/masking`,
        data: { phrase: blind[0], masking: enumLabel('DesignMasking', masking) },
      });
    }
    if (PLACEBO_CONTROLLED.test(title)) {
      const arms = readArms(context.study);
      const hasPlacebo =
        arms.some(
          (a) =>
            a.type === 'PLACEBO_COMPARATOR' ||
            a.type === 'SHAM_COMPARATOR' ||
            isPlaceboLike(`${a.label ?? ''} ${a.description ?? ''}`),
        ) ||
        readInterventions(context.study).some((i) =>
          isPlaceboLike(`${i.name ?? ''} ${i.description ?? ''} ${i.otherNames.join(' ')}`),
        );
      if (arms.length > 0 && !hasPlacebo)
        context.report({ messageId: 'placebo', pointer: pointerOf('armsInterventionsModule', 'armGroups') });
    }
  },
});
