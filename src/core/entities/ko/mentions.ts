// What the rule files report: one mention of one entity, before mentions are merged into
// entities. `name` is the canonical form as far as the rule knows it; `key` groups forms that
// name the same thing (중진공 and 중소벤처기업진흥공단 share one).
import type { EntityType, PlaceKind } from '../../types';

export interface Mention {
  type: EntityType;
  start: number;
  end: number;
  /** The name this mention stands for (이상직 for the mention `이 이사장`). */
  name: string;
  /** Groups mentions of one entity; defaults to the name. */
  key?: string;
  /** The mention's written form when it is an alias of `name` (중진공, DAMU, 이 이사장). */
  alias?: string;
  role?: string;
  /** Written form of the person's organisation; resolved to the org's canonical name later. */
  affiliation?: string;
  placeKind?: PlaceKind;
  value?: string;
  /** A longer name found by a pattern may contain a place (the city in a hotel's name). */
  mayContainPlaces?: boolean;
  /** Where a venue's own name starts after the address written before it (서울 종로구 |포시즌스 호텔). */
  nameStart?: number;
}
