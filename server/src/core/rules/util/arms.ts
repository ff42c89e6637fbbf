import { type ArmInfo, type ArmsView, type InterventionInfo, interventionName } from '../../arms';

/** The interventions an arm receives, linked either way (the arm's names or the interventions' labels). */
export function receivedInterventions(view: ArmsView, arm: ArmInfo): InterventionInfo[] {
  return [...(view.links.get(arm.index) ?? [])].map((i) => view.interventions[i]);
}

/**
 * The arms of one type that receive something, with what they receive: the arm-type rules ("a Placebo Comparator
 * receives a placebo") judge an arm by its interventions and say nothing about an arm linked to none.
 */
export function armsOfTypeReceiving(
  view: ArmsView,
  type: string,
): { readonly arm: ArmInfo; readonly received: InterventionInfo[] }[] {
  return view.arms
    .filter((arm) => arm.type === type)
    .map((arm) => ({ arm, received: receivedInterventions(view, arm) }))
    .filter(({ received }) => received.length > 0);
}

/** Interventions as a message lists them: `"Aspirin", "Placebo"`. */
export function quotedInterventionNames(interventions: readonly InterventionInfo[]): string {
  return interventions.map((i) => `"${interventionName(i)}"`).join(', ');
}
