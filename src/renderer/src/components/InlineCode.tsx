import { memo } from 'react';

/**
 * Renders roadmap text with its `code` spans as <code>. The text is split, never parsed as HTML,
 * so nothing in it can become markup.
 */
export const InlineCode = memo(function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
});
