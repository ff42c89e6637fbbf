import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { overallStatus } from '../util/read';
import { siteFinding } from '../util/sites';

const OPEN = new Set(['RECRUITING', 'NOT_YET_RECRUITING', 'ENROLLING_BY_INVITATION']);

export default defineRule({
  id: 'status/unknown-status-open-site',
  description: 'A record in Unknown status no longer lists sites as recruiting.',
  severity: 'warning',
  catalogue: ['status-unknown-stale'],
  tier: 'house',
  messages: {
    openSite:
      'The overall status is Unknown status, but site "{facility}"{others} is still {siteStatus}. ' +
      'The record was not kept up to date: verify the site and overall statuses.',
  },
  docs: {
    details:
      'The registry sets Unknown status when a study that was recruiting or active passed its completion ' +
      'date without being verified for two years. Sites still listed as recruiting are stale.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: UNKNOWN
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        status: RECRUITING
`,
    right: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        status: COMPLETED
`,
  },
  check(context) {
    if (overallStatus(context.study) !== 'UNKNOWN') return;
    const sites = siteFinding(context.study, (site) => OPEN.has(site));
    if (!sites) return;
    context.report({
      messageId: 'openSite',
      pointer: sites.pointer,
      data: { ...sites.data, siteStatus: enumLabel('RecruitmentStatus', sites.status) },
    });
  },
});
