import { defineRule } from '../defineRule';
import { enumLabel } from '../../model/enums';
import { overallStatus } from '../util/read';
import { siteFinding } from '../util/sites';

// Unknown status is reported by status/unknown-status-open-site.
const SKIPPED = new Set(['RECRUITING', 'UNKNOWN', 'WITHHELD']);

export default defineRule({
  id: 'status/site-recruiting-overall-not-recruiting',
  description: 'If any site is recruiting, the overall status is Recruiting.',
  severity: 'error',
  catalogue: ['status-site-recruiting'],
  tier: 'official',
  messages: {
    recruitingSite:
      'Site "{facility}"{others} is Recruiting, but the overall status ' +
      'is {status}. Update the site statuses or the overall status.',
  },
  docs: {
    details:
      'The overall recruitment status summarises the sites: the registry ' +
      'requires it to be Recruiting when any site is recruiting.',
    wrong: `protocolSection:
  statusModule:
    overallStatus: COMPLETED
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
    const status = overallStatus(context.study);
    if (!status || SKIPPED.has(status)) return;
    const sites = siteFinding(context.study, (site) => site === 'RECRUITING');
    if (!sites) return;
    context.report({
      messageId: 'recruitingSite',
      pointer: sites.pointer,
      data: { ...sites.data, status: enumLabel('Status', status) },
    });
  },
});
