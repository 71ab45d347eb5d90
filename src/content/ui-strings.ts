// Words the content script puts in the page, in the reader's UI language (English or Korean),
// from the same _locales/{en,ko}/messages.json as the extension pages. The messages are read by
// name (en.pageShow …), so the bundler keeps only these few in the content script, not the
// whole catalogues; browser.i18n is not used because the user may pick a language other than
// the browser's.
import * as en from '../_locales/en/messages.json';
import * as ko from '../_locales/ko/messages.json';
import type { EntityType, PlaceKind } from '../core/types';
import { formatMessage, type Message } from '../shared/format-message';

export interface UiStrings {
  repeatHidden(paragraphs: number): string;
  repeatShown(paragraphs: number): string;
  show: string;
  hide: string;
  entityType: Record<EntityType, string>;
  placeKind: Record<PlaceKind, string>;
  alsoWritten(aliases: string): string;
  mentions(n: number): string;
}

/** The messages the page's controls and cards use, in one language. */
interface PageMessages {
  repeatHidden: [Message, Message];
  repeatShown: [Message, Message];
  show: Message;
  hide: Message;
  entityType: Record<EntityType, Message>;
  placeKind: Record<PlaceKind, Message>;
  alsoWritten: Message;
  mentions: [Message, Message];
}

function stringsOf(messages: PageMessages): UiStrings {
  const text = (message: Message, ...substitutions: Array<string | number>) => formatMessage(message, substitutions);
  const counted = ([one, many]: [Message, Message], n: number) => (n === 1 ? text(one) : text(many, n));
  const each = <K extends string>(record: Record<K, Message>) =>
    Object.fromEntries(Object.entries<Message>(record).map(([key, message]) => [key, text(message)])) as Record<K, string>;
  return {
    repeatHidden: (n) => counted(messages.repeatHidden, n),
    repeatShown: (n) => counted(messages.repeatShown, n),
    show: text(messages.show),
    hide: text(messages.hide),
    entityType: each(messages.entityType),
    placeKind: each(messages.placeKind),
    alsoWritten: (aliases) => text(messages.alsoWritten, aliases),
    mentions: (n) => counted(messages.mentions, n),
  };
}

const english = stringsOf({
  repeatHidden: [en.pageRepeatHidden1, en.pageRepeatHiddenN],
  repeatShown: [en.pageRepeatShown1, en.pageRepeatShownN],
  show: en.popupShow,
  hide: en.popupHide,
  entityType: { person: en.optionsTypePerson, organization: en.optionsTypeOrganization, place: en.optionsTypePlace, date: en.optionsTypeDate },
  placeKind: { country: en.optionsPlaceCountry, region: en.optionsPlaceRegion, city: en.optionsPlaceCity, venue: en.optionsPlaceVenue },
  alsoWritten: en.pageAlsoWritten,
  mentions: [en.pageMentions1, en.pageMentionsN],
});

const korean = stringsOf({
  repeatHidden: [ko.pageRepeatHidden1, ko.pageRepeatHiddenN],
  repeatShown: [ko.pageRepeatShown1, ko.pageRepeatShownN],
  show: ko.popupShow,
  hide: ko.popupHide,
  entityType: { person: ko.optionsTypePerson, organization: ko.optionsTypeOrganization, place: ko.optionsTypePlace, date: ko.optionsTypeDate },
  placeKind: { country: ko.optionsPlaceCountry, region: ko.optionsPlaceRegion, city: ko.optionsPlaceCity, venue: ko.optionsPlaceVenue },
  alsoWritten: ko.pageAlsoWritten,
  mentions: [ko.pageMentions1, ko.pageMentionsN],
});

export function uiStringsFor(language: string): UiStrings {
  return language.toLowerCase().startsWith('ko') ? korean : english;
}
