// The small card that tells who or what a marked mention is, shown on hover or when the
// caret or selection is inside a mention (keyboard users: caret browsing, or selecting text).
// Closed Shadow DOM, fixed position, text only: names from the page are never markup.
import { caretAt, liveRange, type EntityMarks, type MarkedEntity, type MarkedMention } from './highlights';
import type { UiStrings } from './ui-strings';

export const CARD_TAG = 'newslens-card';

const STYLE = `
:host { all: initial; position: fixed !important; z-index: 2147483647 !important; pointer-events: none; }
.card {
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "NanumGothic", sans-serif;
  color: #1b1f24; background: #ffffff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); padding: 8px 10px; max-width: 300px;
}
@media (prefers-color-scheme: dark) {
  .card { color: #e6e8eb; background: #1f2328; border-color: #3d444d; }
}
.type { font-size: 11px; text-transform: uppercase; letter-spacing: 0.05em; opacity: 0.7; }
.name { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.detail { overflow-wrap: anywhere; }
.muted { opacity: 0.7; font-size: 12px; }
`;

export interface EntityCard {
  remove(): void;
}

export function attachEntityCard(doc: Document, marks: EntityMarks, strings: UiStrings): EntityCard {
  const host = doc.createElement(CARD_TAG);
  host.setAttribute('style', 'display: none !important');
  host.setAttribute('role', 'tooltip');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const card = doc.createElement('div');
  card.className = 'card';
  root.append(style, card);
  doc.documentElement.append(host);

  let shown: MarkedMention | undefined;
  const show = (mention: MarkedMention, x: number, y: number) => {
    if (shown !== mention) fill(doc, card, mention.entity, strings);
    shown = mention;
    const left = Math.min(x + 12, doc.documentElement.clientWidth - 310);
    host.setAttribute('style', `display: block !important; left: ${Math.max(4, left)}px !important; top: ${y + 16}px !important`);
  };
  const hide = () => {
    shown = undefined;
    host.setAttribute('style', 'display: none !important');
  };

  let pending = false;
  let lastEvent: MouseEvent | undefined;
  const onMouseMove = (event: MouseEvent) => {
    lastEvent = event;
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const at = lastEvent && mentionUnderPointer(doc, marks, lastEvent.clientX, lastEvent.clientY);
      if (at && lastEvent) show(at, lastEvent.clientX, lastEvent.clientY);
      else hide();
    });
  };
  const onSelectionChange = () => {
    const selection = doc.getSelection();
    if (!selection || !selection.focusNode) {
      hide();
      return;
    }
    const mention = marks.mentionAt(selection.focusNode, selection.focusOffset);
    if (!mention) {
      hide();
      return;
    }
    const rect = liveRange(doc, mention.range)?.getBoundingClientRect();
    if (rect) show(mention, rect.left, rect.bottom - 8);
  };
  doc.addEventListener('mousemove', onMouseMove, { passive: true });
  doc.addEventListener('selectionchange', onSelectionChange);
  return {
    remove() {
      doc.removeEventListener('mousemove', onMouseMove);
      doc.removeEventListener('selectionchange', onSelectionChange);
      host.remove();
    },
  };
}

function mentionUnderPointer(doc: Document, marks: EntityMarks, x: number, y: number): MarkedMention | undefined {
  const point = caretAt(doc, x, y);
  if (!point) return undefined;
  const { node, offset } = point;
  const mention = marks.mentionAt(node, offset) ?? (offset > 0 ? marks.mentionAt(node, offset - 1) : undefined);
  // The caret lands on the nearest text even beside it: check the pointer is on the mention.
  if (!mention) return undefined;
  for (const rect of Array.from(liveRange(doc, mention.range)?.getClientRects() ?? [])) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return mention;
  }
  return undefined;
}

function fill(doc: Document, card: HTMLElement, { entity, mentions }: MarkedEntity, strings: UiStrings): void {
  const line = (className: string, text: string) => {
    const element = doc.createElement('div');
    element.className = className;
    element.textContent = text;
    return element;
  };
  const kind = entity.placeKind ? ` · ${strings.placeKind[entity.placeKind]}` : '';
  const lines = [line('type', strings.entityType[entity.type] + kind), line('name', entity.name)];
  const details = [entity.role, entity.affiliation, entity.value].filter(Boolean).join(' · ');
  if (details) lines.push(line('detail', details));
  if (entity.aliases.length > 0) lines.push(line('muted', strings.alsoWritten(entity.aliases.join(', '))));
  lines.push(line('muted', strings.mentions(mentions.starts.length)));
  card.replaceChildren(...lines);
}
