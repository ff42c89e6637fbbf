/**
 * Record text inside hover markdown must stay text: an arm label such as
 * `[run](command:workbench.action.terminal.new)` or `![x](https://tracker.example/p.png)`
 * would otherwise become a command link or a remote image. Every character with a meaning
 * in CommonMark is backslash-escaped, line breaks become spaces (no new blocks), and `:` is
 * escaped too so that no autolink (`command:…`, `https://…`) can form.
 */
export function inertMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_{}[\]()<>#+\-.!|~:&"'=$%@^/]/g, (char) => `\\${char}`);
}
