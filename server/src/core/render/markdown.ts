import MarkdownIt from 'markdown-it';
import { escapeHtml, isSafeHref } from './html';

/**
 * Registry rich text is CommonMark. Raw HTML stays text (`html: false`), bare URLs stay
 * text (`linkify: false`), images are off (the preview loads nothing remote), and only
 * http, https and mailto links survive: anything else renders as the literal source.
 * One configured instance is reused: it holds options, not per-record state.
 */
const markdown = createMarkdown();

function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable(['image']);
  md.validateLink = isSafeHref;
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    tokens[index]?.attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, index, options, env, self)
      : self.renderToken(tokens, index, options);
  };
  return md;
}

// Text with none of these characters renders as one escaped paragraph: most short
// registry texts (descriptions of 1,000 sites) skip the parser.
const MARKDOWN_SYNTAX = /[\\`*_[\]#<>&!|~=+\-\n\r]|^\s*\d+[.)]|^ {4}/;

const MAX_MARKDOWN_LENGTH = 100_000;

/** Renders registry rich text to sanitized HTML. */
export function renderMarkdown(text: string): string {
  // Past registry limits (32,000 characters at most), markup is not worth a frozen preview: show the text.
  if (text.length > MAX_MARKDOWN_LENGTH || !MARKDOWN_SYNTAX.test(text)) return `<p>${escapeHtml(text)}</p>`;
  return markdown.render(text);
}
