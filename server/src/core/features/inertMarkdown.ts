/**
 * Record text inside hover markdown must stay text: an arm label such as
 * `[run](command:workbench.action.terminal.new)` or `![x](https://tracker.example/p.png)`
 * would otherwise become a command link or a remote image. The text always sits inside a
 * sentence, so only inline syntax matters: it is backslash-escaped, line breaks become
 * spaces (no new blocks), and `:` and `@` are escaped so that no autolink can form.
 */
export function inertMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]()<>!|~:&@]/g, (char) => `\\${char}`);
}
