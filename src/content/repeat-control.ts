// The small "Repeated section hidden · Show" control that stands in for a collapsed copy.
// It lives in a closed Shadow DOM: the page's CSS cannot restyle it and the page's scripts
// cannot reach into it; its host carries inline !important styles for the same reason.
import type { UiStrings } from './ui-strings';

export const CONTROL_TAG = 'newslens-control';

export interface RepeatControl {
  host: HTMLElement;
  update(hidden: boolean): void;
}

const STYLE = `
:host { all: initial; display: block !important; margin: 0.6em 0 !important; }
button {
  all: initial;
  box-sizing: border-box;
  display: inline-flex; align-items: center; gap: 0.4em;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR", "NanumGothic", sans-serif;
  color: inherit;
  background: color-mix(in srgb, currentColor 8%, transparent);
  border: 1px dashed color-mix(in srgb, currentColor 45%, transparent);
  border-radius: 999px;
  padding: 0.25em 0.9em;
  cursor: pointer;
}
button:hover { background: color-mix(in srgb, currentColor 14%, transparent); }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.action { font-weight: 600; text-decoration: underline; text-underline-offset: 2px; }
`;

export function createRepeatControl(doc: Document, paragraphs: number, strings: UiStrings, onToggle: () => void): RepeatControl {
  const host = doc.createElement(CONTROL_TAG);
  host.setAttribute('style', 'display: block !important; visibility: visible !important; opacity: 1 !important');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  const label = doc.createElement('span');
  const separator = doc.createElement('span');
  separator.setAttribute('aria-hidden', 'true');
  separator.textContent = '·';
  const action = doc.createElement('span');
  action.className = 'action';
  button.append(label, separator, action);
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    onToggle();
  });
  root.append(style, button);

  const update = (hidden: boolean) => {
    label.textContent = hidden ? strings.repeatHidden(paragraphs) : strings.repeatShown(paragraphs);
    action.textContent = hidden ? strings.show : strings.hide;
    button.setAttribute('aria-expanded', String(!hidden));
  };
  update(true);
  return { host, update };
}
