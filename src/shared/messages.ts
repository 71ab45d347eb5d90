// The one message protocol between the extension's contexts. Every message is a member of a
// discriminated union and is validated on receipt: anything else is ignored.
import type { Analysis } from '../core/types';

/** What the content script knows about its page. */
export type PageState =
  | { status: 'analysed'; analysis: Analysis; repeatsVisible: boolean; restored: boolean }
  | { status: 'skipped'; reason: 'no-article' | 'too-large'; title?: string; language: string }
  | { status: 'error'; message: string };

/** Popup → content script. */
export type ContentRequest =
  | { type: 'get-page-state' }
  | { type: 'set-repeats-visible'; visible: boolean }
  | { type: 'restore-page' }
  /** Scroll to a span of the analysis text (a mention, an evidence sentence) and flash it. */
  | { type: 'reveal'; start: number; end: number };

/** Content script → background, and popup → background. */
export type BackgroundRequest =
  | { type: 'report-error'; message: string }
  | { type: 'report-state'; repeats: number; people: number }
  | { type: 'get-tab-error'; tabId: number };

export type TabErrorReply = { message: string } | null;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function parseContentRequest(value: unknown): ContentRequest | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'get-page-state':
    case 'restore-page':
      return { type: value.type };
    case 'set-repeats-visible':
      return typeof value.visible === 'boolean' ? { type: value.type, visible: value.visible } : undefined;
    case 'reveal':
      return Number.isInteger(value.start) && Number.isInteger(value.end) ? { type: value.type, start: value.start as number, end: value.end as number } : undefined;
    default:
      return undefined;
  }
}

export function parseBackgroundRequest(value: unknown): BackgroundRequest | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'report-error':
      return typeof value.message === 'string' ? { type: value.type, message: value.message.slice(0, 500) } : undefined;
    case 'report-state':
      return Number.isInteger(value.repeats) && Number.isInteger(value.people)
        ? { type: value.type, repeats: value.repeats as number, people: value.people as number }
        : undefined;
    case 'get-tab-error':
      return Number.isInteger(value.tabId) ? { type: value.type, tabId: value.tabId as number } : undefined;
    default:
      return undefined;
  }
}
