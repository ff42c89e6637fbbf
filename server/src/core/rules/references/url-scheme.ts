import { defineRule } from '../defineRule';
import { asArray, asObject, asString } from '../../model/read';
import { pointerOf, protocolModule } from '../util/read';
import { quote } from '../util/text';

export default defineRule({
  id: 'references/url-scheme',
  description: 'Web addresses are complete, with http:// or https://.',
  severity: 'error',
  catalogue: ['link-url-scheme'],
  tier: 'official',
  messages: {
    noScheme: 'The {field} "{url}" does not start with http:// or https://. Give the complete address.',
  },
  docs: {
    details:
      'The registry asks for complete URLs, including the scheme; an address without it does not open as a link.',
    wrong: `protocolSection:
  referencesModule:
    seeAlsoLinks:
      - label: Study website
        url: www.example.org/study
`,
    right: `protocolSection:
  referencesModule:
    seeAlsoLinks:
      - label: Study website
        url: https://www.example.org/study
`,
  },
  check(context) {
    const references = protocolModule(context.study, 'referencesModule');
    const urls: [string, string, unknown][] = [
      [
        'IPD sharing URL',
        pointerOf('ipdSharingStatementModule', 'url'),
        protocolModule(context.study, 'ipdSharingStatementModule').url,
      ],
    ];
    asArray(references.seeAlsoLinks).forEach((link, i) =>
      urls.push(['link URL', pointerOf('referencesModule', 'seeAlsoLinks', i, 'url'), asObject(link)?.url]),
    );
    asArray(references.availIpds).forEach((ipd, i) =>
      urls.push(['available IPD URL', pointerOf('referencesModule', 'availIpds', i, 'url'), asObject(ipd)?.url]),
    );
    for (const [field, pointer, raw] of urls) {
      const url = asString(raw)?.trim();
      if (!url || /^https?:\/\//i.test(url)) continue;
      context.report({ messageId: 'noScheme', pointer, data: { field, url: quote(url, 60).slice(1, -1) } });
    }
  },
});
