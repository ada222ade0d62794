import type { Generated, Selectable } from 'kysely';
import type { TenantKind } from '../../shared/auth/roles.js';

export interface TenantTable {
  id: Generated<string>;
  kind: TenantKind;
  name: string;
  cbs_code: string | null;
  province: string | null;
  inhabitants: number | null;
  theme_colour: string | null;
  logo: Uint8Array | null;
  logo_mime: string | null;
  small_cell_threshold: Generated<number>;
  /** The gemeente shows its figures on the public benchmark portal (migration 2026-11-24T0900). */
  benchmark_public: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export type TenantRow = Selectable<TenantTable>;

export interface TenantLinkTable {
  parent_id: string;
  child_id: string;
  /** `werkt_voor`: a bureau works for a gemeente; `omvat`: a samenwerking includes a gemeente. */
  kind: 'werkt_voor' | 'omvat';
}
