import { isRecord } from '../json-value';

/** An Atlassian Document Format document, as REST v3 takes and returns rich text. */
export interface AdfDocument {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly AdfNode[];
}

export interface AdfNode {
  readonly type: string;
  readonly text?: string;
  readonly content?: readonly AdfNode[];
  readonly [attribute: string]: unknown;
}

const isNode = (value: unknown): value is AdfNode =>
  isRecord(value) &&
  typeof value.type === 'string' &&
  (value.content === undefined || (Array.isArray(value.content) && value.content.every(isNode)));

/** The shallow check Jira makes before it accepts a value as ADF. */
export const isAdfDocument = (value: unknown): value is AdfDocument =>
  isRecord(value) && value.type === 'doc' && value.version === 1 && Array.isArray(value.content) && value.content.every(isNode);

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'codeBlock', 'rule']);

const nodeText = (node: AdfNode): string => {
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.text ?? '') + (node.content ?? []).map(nodeText).join('');
  return BLOCKS.has(node.type) ? `${inner}\n` : inner;
};

/** Plain text of a document: what changelog strings and e-mails show. */
export const adfToText = (doc: AdfDocument): string => doc.content.map(nodeText).join('').trimEnd();

/** One paragraph per line, as JSM turns a plain-text request description into a document. */
export const textToAdf = (text: string): AdfDocument => ({
  type: 'doc',
  version: 1,
  content: text
    .split('\n')
    .map((line) => ({ type: 'paragraph', content: line === '' ? [] : [{ type: 'text', text: line }] })),
});
