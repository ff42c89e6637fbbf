import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { overallStatus } from '../util/read';
import { siteFinding } from '../util/sites';

const CLOSED = new Set(['COMPLETED', 'TERMINATED', 'WITHDRAWN', 'ACTIVE_NOT_RECRUITING', 'SUSPENDED']);

export default defineRule({
  id: 'status/site-open-after-close',
  description: 'A closed study lists no site as not yet recruiting.',
  severity: 'warning',
  catalogue: ['status-site-open-after-close', 'location-status-on-closed-record'],
  tier: 'prs-unverified',
  messages: {
    openSite:
      'The overall status is {status}, but site "{facility}"{others} ' +
      'is still Not yet recruiting. Update the site statuses.',
  },
  docs: {
    details:
      'When enrollment has ended, sites that never opened are closed too. (Recruiting ' +
      'sites are reported by status/site-recruiting-overall-not-recruiting.)',
    wrong: `protocolSection:
  statusModule:
    overallStatus: TERMINATED
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        status: NOT_YET_RECRUITING
`,
    right: `protocolSection:
  statusModule:
    overallStatus: TERMINATED
  contactsLocationsModule:
    locations:
      - facility: City Hospital
        status: WITHDRAWN
`,
  },
  check(context) {
    const status = overallStatus(context.study);
    if (!status || !CLOSED.has(status)) return;
    const sites = siteFinding(context.study, (site) => site === 'NOT_YET_RECRUITING');
    if (!sites) return;
    context.report({
      messageId: 'openSite',
      pointer: sites.pointer,
      data: { status: enumLabel('Status', status), ...sites.data },
    });
  },
});
