// The popup's summary sections: who, where, what was agreed, when. Every item that comes
// from the page is a button that scrolls the page to where it was read and flashes it.
// Page text is only ever rendered as text (Preact escapes it; no HTML from strings).
import { Fragment, type ComponentChildren, type JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Analysis, EntityType, Span } from '../core/types';
import { AGREEMENT_STATUS_KEYS, type PlaceSummary, type Summary } from '../core/summary';
import { plural, t } from './i18n';

export type Reveal = (span: Span) => void;

/** The first mention of each entity, by type and name, for the items that link back. */
export function firstMentions(analysis: Analysis): Map<string, Span> {
  const map = new Map<string, Span>();
  for (const entity of analysis.entities) if (entity.mentions[0]) map.set(`${entity.type}:${entity.name}`, entity.mentions[0]);
  return map;
}

function Section({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: ComponentChildren }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {empty ? <p class="none">{t('popupNothingFound')}</p> : children}
    </section>
  );
}

function Linked({ span, label, reveal, children }: { span?: Span; label: string; reveal: Reveal; children: ComponentChildren }) {
  if (!span) return <div class="item">{children}</div>;
  return (
    <button type="button" class="item link" title={t('popupShowInPage', label)} onClick={() => reveal(span)}>
      {children}
    </button>
  );
}

const mentions = (n: number) => plural('popupMentions1', 'popupMentionsN', n);

/**
 * A list in salience order whose minor entries (a one-word name met once in passing: core/summary.ts) wait behind a "more" button,
 * unless nothing else would show.
 */
function FoldedList<T extends { name: string; minor?: boolean }>(props: { items: T[]; class: string; testid: string; render: (item: T) => JSX.Element }) {
  const [open, setOpen] = useState(false);
  const major = props.items.filter((item) => !item.minor);
  const shown = open || major.length === 0 ? props.items : major;
  const hidden = props.items.length - shown.length;
  return (
    <ul class={props.class} data-testid={props.testid}>
      {shown.map((item) => (
        <li key={item.name}>{props.render(item)}</li>
      ))}
      {hidden > 0 && (
        <li class="more">
          <button type="button" class="more-button" onClick={() => setOpen(true)}>
            {t('popupMoreN', String(hidden))}
          </button>
        </li>
      )}
    </ul>
  );
}

export function WhoSection({ summary, mentionOf, reveal }: { summary: Summary; mentionOf: (type: EntityType, name: string) => Span | undefined; reveal: Reveal }) {
  const { people, organizations } = summary;
  return (
    <Section id="who" title={t('popupWho')} empty={people.length === 0 && organizations.length === 0}>
      {people.length > 0 && (
        <>
          <h3>{t('popupPeople')}</h3>
          <FoldedList
            items={people}
            class="list"
            testid="people"
            render={(person) => (
              <Linked span={person.firstMention} label={person.name} reveal={reveal}>
                <span class="name">{person.name}</span>
                {(person.role || person.affiliation) && <span class="detail">{[person.role, person.affiliation].filter(Boolean).join(' · ')}</span>}
                <span class="count">{mentions(person.mentions)}</span>
              </Linked>
            )}
          />
        </>
      )}
      {organizations.length > 0 && (
        <>
          <h3>{t('popupOrganizations')}</h3>
          <FoldedList
            items={organizations}
            class="list"
            testid="organizations"
            render={(org) => (
              <Linked span={mentionOf('organization', org.name)} label={org.name} reveal={reveal}>
                <span class="name">{org.name}</span>
                {org.aliases.length > 0 && <span class="detail">{t('popupAlso', org.aliases.join(', '))}</span>}
                <span class="count">{mentions(org.mentions)}</span>
              </Linked>
            )}
          />
        </>
      )}
    </Section>
  );
}

export function WhereSection({ summary, mentionOf, reveal }: { summary: Summary; mentionOf: (type: EntityType, name: string) => Span | undefined; reveal: Reveal }) {
  const groups: Array<[string, string, PlaceSummary[]]> = [
    ['countries', t('popupCountries'), summary.places.countriesAndRegions],
    ['cities', t('popupCities'), summary.places.cities],
    ['venues', t('popupVenues'), summary.places.venues],
  ];
  const nonEmpty = groups.filter(([, , places]) => places.length > 0);
  return (
    <Section id="where" title={t('popupWhere')} empty={nonEmpty.length === 0}>
      {nonEmpty.map(([key, label, places]) => (
        <div class="group" key={key}>
          <h3>{label}</h3>
          <FoldedList
            items={places}
            class="chips"
            testid={`places-${key}`}
            render={(place) => (
              <Linked span={mentionOf('place', place.name)} label={place.name} reveal={reveal}>
                {place.name}
              </Linked>
            )}
          />
        </div>
      ))}
    </Section>
  );
}

/**
 * Each agreement: its parties, each a button to where that entity is first named (its card on
 * the page), then what, status, date and place as one button to the sentence it was read from.
 * A party no entity stands for (a name read from the sentence's words) is plain text.
 */
export function AgreedSection({ summary, mentionOf, reveal }: { summary: Summary; mentionOf: (type: EntityType, name: string) => Span | undefined; reveal: Reveal }) {
  const partySpan = (name: string) => mentionOf('organization', name) ?? mentionOf('person', name) ?? mentionOf('place', name);
  return (
    <Section id="agreed" title={t('popupAgreed')} empty={summary.agreements.length === 0}>
      <ul class="list" data-testid="agreements">
        {summary.agreements.map((agreement, i) => (
          <li key={i}>
            <div class="item agreement">
              <span class="name">
                {agreement.parties.map((party, j) => {
                  const span = partySpan(party);
                  return (
                    <Fragment key={party}>
                      {j > 0 && ' → '}
                      {span ? (
                        <button type="button" class="party" title={t('popupShowInPage', party)} onClick={() => reveal(span)}>
                          {party}
                        </button>
                      ) : (
                        party
                      )}
                    </Fragment>
                  );
                })}
              </span>
              <button type="button" class="evidence" title={t('popupShowInPage', agreement.what)} onClick={() => reveal(agreement.evidence)}>
                <span class="detail">{agreement.what}</span>
                <span class="facts">
                  <span class={`badge ${agreement.status}`} data-status={agreement.status}>
                    {t(AGREEMENT_STATUS_KEYS[agreement.status])}
                  </span>
                  {[agreement.date, agreement.place].filter(Boolean).join(' · ')}
                </span>
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function WhenSection({ summary, reveal }: { summary: Summary; reveal: Reveal }) {
  return (
    <Section id="when" title={t('popupWhen')} empty={summary.timeline.length === 0}>
      <ol class="timeline" data-testid="timeline">
        {summary.timeline.map((event, i) => (
          <li key={i}>
            <Linked span={event.evidence} label={event.what} reveal={reveal}>
              <time datetime={event.date}>{event.date}</time>
              <span class="detail">{event.what}</span>
            </Linked>
          </li>
        ))}
      </ol>
    </Section>
  );
}
