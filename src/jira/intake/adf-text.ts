/**
 * The plain text of a Jira rich-text value. REST v3 returns text areas as Atlassian Document
 * Format; v2 and some event payloads give a plain string. Anything else reads as no text.
 */
export const adfText = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value !== 'object' || value === null) return null;
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const { type, text, content } = node as { type?: unknown; text?: unknown; content?: unknown };
    if (typeof text === 'string') parts.push(text);
    // Shift+Enter in Jira's editor is a hard break inside a paragraph: a new line all the same.
    if (type === 'hardBreak') parts.push('\n');
    if (Array.isArray(content)) content.forEach(walk);
    // Blocks end a line, so "measures" typed as two paragraphs do not run together.
    if (type === 'paragraph' || type === 'heading' || type === 'listItem') parts.push('\n');
  };
  walk(value);
  const text = parts.join('').replace(/\n+$/, '');
  return text.trim() === '' ? null : text;
};
