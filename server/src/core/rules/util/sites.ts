import type { Loose } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from './read';

export interface SiteStatus {
  readonly index: number;
  readonly status: string;
  readonly facility: string;
  readonly pointer: string;
}

export function readSiteStatuses(study: Loose): SiteStatus[] {
  const sites: SiteStatus[] = [];
  asArray(protocolModule(study, 'contactsLocationsModule').locations).forEach((raw, index) => {
    const site = asObject(raw);
    const status = asString(site?.status);
    if (!site || !status) return;
    sites.push({
      index,
      status,
      facility: asString(site.facility) ?? asString(site.city) ?? `#${index + 1}`,
      pointer: pointerOf('contactsLocationsModule', 'locations', index, 'status'),
    });
  });
  return sites;
}

/** Reports the first offending site and says how many more there are, so a 400-site record gives one finding. */
export function summarizeSites(sites: readonly SiteStatus[]): { first: SiteStatus; others: string } | undefined {
  if (sites.length === 0) return undefined;
  const rest = sites.length - 1;
  return { first: sites[0], others: rest === 0 ? '' : ` (and ${rest} other site${rest === 1 ? '' : 's'})` };
}

/**
 * The sites whose status passes `test`, as one finding reports them: on the first one's status, named with how many
 * more there are; undefined when there is none.
 */
export function siteFinding(
  study: Loose,
  test: (status: string) => boolean,
): { pointer: string; status: string; data: { facility: string; others: string } } | undefined {
  const summary = summarizeSites(readSiteStatuses(study).filter((site) => test(site.status)));
  if (!summary) return undefined;
  const { first, others } = summary;
  return { pointer: first.pointer, status: first.status, data: { facility: first.facility, others } };
}
