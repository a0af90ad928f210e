import type { Nodes, PhrasingContent } from 'mdast';
import type { Link } from '../curriculum-schema';

/** One item of a table cell: its text as the learner reads it, and the links it held. */
export interface CellItem {
  text: string;
  links: Link[];
}

/** Links a roadmap may keep: the app opens them in the OS browser, so only web addresses. */
const WEB_URL = /^https?:\/\/[^\s]+$/i;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
/** A leading list marker written inside a cell: `- `, `* `, `+ `, `• `, `1. `, `1) `. */
const ITEM_MARKER = /^(?:[-*+•]|\d{1,3}[.)])\s+/;

/** Raised for a link the app must not open; the caller adds the table and row. */
export class CellLinkError extends Error {}

/**
 * Splits a table cell into items at `<br>` tags and hard breaks, dropping each item's leading list
 * marker. Inline code keeps its backticks (the app shows it as code), bold and emphasis keep their
 * text, a link keeps its label in the text and its address in `links`. Other inline HTML tags are
 * dropped, their text kept. Throws CellLinkError for a link that is not a web (http/https) address.
 */
export function cellItems(children: readonly PhrasingContent[], checkLinks = true): CellItem[] {
  const items: CellItem[] = [];
  let text = '';
  let links: Link[] = [];
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim().replace(ITEM_MARKER, '').trim();
    if (clean) items.push({ text: clean, links });
    text = '';
    links = [];
  };
  const visit = (node: Nodes) => {
    switch (node.type) {
      case 'text':
        text += node.value;
        return;
      case 'inlineCode':
        text += '`' + node.value + '`';
        return;
      case 'break':
        flush();
        return;
      case 'html':
        if (LINE_BREAK_TAG.test(node.value.trim())) flush();
        return;
      case 'image':
        text += node.alt ?? '';
        return;
      case 'link': {
        const before = text.length;
        for (const child of node.children) visit(child);
        const label = text.slice(before).replace(/\s+/g, ' ').trim() || node.url;
        if (checkLinks && !WEB_URL.test(node.url)) throw new CellLinkError(`the link "${label}" goes to "${node.url}", and only web links (http or https) can be kept`);
        links.push({ label, url: node.url });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes);
    }
  };
  for (const child of children) visit(child);
  flush();
  return items;
}

/** The whole cell as one line of plain text (items joined with a space); links are not checked. */
export function cellText(children: readonly PhrasingContent[]): string {
  return cellItems(children, false)
    .map((i) => i.text)
    .join(' ')
    .trim();
}
