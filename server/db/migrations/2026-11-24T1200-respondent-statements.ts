import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code.
//
// Answering online with one statement per page view and two per saved page (M1, ADR 0007).
// A respondent's request used to be four or five statements (begin, the code's tenant, the
// invitation with its draft, the draft saved, commit), each parsed and planned anew: on PGlite
// most of a request's cost. These functions do the same work behind the same two walls: the
// code's tenant is found with meetwerk_invitation_tenant and set for row-level security for this
// statement's transaction only, and every row is then read and written under that tenant's
// policies (security invoker, as the application role). PL/pgSQL keeps the plans of the
// statements inside for the whole session.
//
// Without a transaction held open between reading a page and saving it, a draft carries a
// revision: a save names the revision it was computed from and is refused when another save
// (a second tab, staff typing in the paper form) came in between; the service then reads again.

const statements = [
  `alter table response_drafts add column revision integer not null default 0`,
  // The same function as before, in PL/pgSQL: a SQL function that is security definer is
  // planned anew on every call, a PL/pgSQL one keeps its plan for the session.
  `
  create or replace function meetwerk_invitation_tenant(p_code_hash text) returns uuid
    language plpgsql stable security definer set search_path = public as $$
    begin
      return (select tenant_id from invitations where code_hash = p_code_hash limit 1);
    end $$
  `,
  // Sets the tenant of a code for the current transaction (empty when the code is unknown, which
  // row-level security reads as no tenant at all) and returns it.
  `
  create function meetwerk_enter_code_tenant(p_code_hash text) returns uuid
    language plpgsql volatile as $$
    declare
      v_tenant uuid := meetwerk_invitation_tenant(p_code_hash);
    begin
      perform set_config('meetwerk.tenant_id', coalesce(v_tenant::text, ''), true),
              set_config('meetwerk.account_id', '', true);
      return v_tenant;
    end $$
  `,
  // Everything a respondent's request needs that can change between two requests: the
  // invitation, its round's status and latest questionnaire version, and the draft. No row when
  // the code is unknown.
  `
  create function meetwerk_respondent(p_code_hash text)
    returns table (tenant_id uuid, id uuid, survey_id uuid, gemeente_id uuid, used boolean,
                   product_category text, survey_status text, version integer, draft jsonb,
                   revision integer)
    language plpgsql volatile as $$
    #variable_conflict use_column
    declare
      v_tenant uuid := meetwerk_enter_code_tenant(p_code_hash);
    begin
      if v_tenant is null then
        return;
      end if;
      return query
        select i.tenant_id, i.id, i.survey_id, i.gemeente_id, i.used, c.product_category,
               s.status,
               (select max(q.version) from questionnaire_versions q
                 where q.tenant_id = i.tenant_id and q.survey_id = i.survey_id),
               d.answers, d.revision
          from invitations i
          join surveys s on s.tenant_id = i.tenant_id and s.id = i.survey_id
          left join clients c on c.tenant_id = i.tenant_id and c.id = i.client_id
          left join response_drafts d on d.tenant_id = i.tenant_id and d.invitation_id = i.id
         where i.tenant_id = v_tenant and i.code_hash = p_code_hash;
    end $$
  `,
  // Locks the code's invitation for the rest of the statement and tells whether it may still
  // be answered, and whether its draft is still at the revision the caller read (null: no
  // draft). 'bruikbaar', 'onbekend', 'gebruikt' or 'gewijzigd'.
  `
  create function meetwerk_claim_invitation(p_code_hash text, p_invitation uuid,
                                            p_revision integer) returns text
    language plpgsql volatile as $$
    #variable_conflict use_column
    declare
      v_tenant uuid := meetwerk_enter_code_tenant(p_code_hash);
      v_used boolean;
      v_revision integer;
    begin
      select used into v_used from invitations
       where tenant_id = v_tenant and id = p_invitation and code_hash = p_code_hash
         for update;
      if not found then
        return 'onbekend';
      end if;
      if v_used then
        return 'gebruikt';
      end if;
      select revision into v_revision from response_drafts
       where tenant_id = v_tenant and invitation_id = p_invitation;
      if v_revision is distinct from p_revision then
        return 'gewijzigd';
      end if;
      return 'bruikbaar';
    end $$
  `,
  // Saves a respondent's draft, if the invitation is still unused and nobody saved since the
  // caller read it. Answers 'bewaard' or why not (as meetwerk_claim_invitation).
  `
  create function meetwerk_save_respondent_draft(p_code_hash text, p_invitation uuid,
                                                 p_revision integer, p_draft jsonb) returns text
    language plpgsql volatile as $$
    #variable_conflict use_column
    declare
      v_claim text := meetwerk_claim_invitation(p_code_hash, p_invitation, p_revision);
    begin
      if v_claim <> 'bruikbaar' then
        return v_claim;
      end if;
      insert into response_drafts (tenant_id, invitation_id, answers)
      values (meetwerk_tenant(), p_invitation, p_draft)
      on conflict (tenant_id, invitation_id)
      do update set answers = excluded.answers, revision = response_drafts.revision + 1,
                    updated_at = now();
      return 'bewaard';
    end $$
  `,
  // Stores a response for an invitation: inserted with no key to the invitation, the draft (the
  // only link) deleted, the invitation marked used with the channel. In the caller's
  // transaction, under its tenant's policies: all three or none (ADR 0008).
  `
  create function meetwerk_store_response(p_tenant uuid, p_invitation uuid, p_survey uuid,
                                          p_gemeente uuid,
                                          p_version integer, p_channel text, p_answers jsonb,
                                          p_submitted_on date, p_product_category text)
    returns void
    language plpgsql volatile as $$
    #variable_conflict use_column
    begin
      insert into responses (tenant_id, survey_id, gemeente_id, questionnaire_version, channel,
                             answers, submitted_on, product_category)
      values (p_tenant, p_survey, p_gemeente, p_version, p_channel, p_answers, p_submitted_on,
              p_product_category);
      delete from response_drafts where tenant_id = p_tenant and invitation_id = p_invitation;
      update invitations set used = true, used_channel = p_channel
       where tenant_id = p_tenant and id = p_invitation;
    end $$
  `,
  // A respondent's Versturen: the response stored, if the invitation is still unused and the
  // draft is the one the caller read. Answers 'verstuurd' or why not.
  `
  create function meetwerk_submit_respondent(p_code_hash text, p_invitation uuid,
                                             p_revision integer, p_survey uuid, p_gemeente uuid,
                                             p_version integer, p_answers jsonb,
                                             p_submitted_on date, p_product_category text)
    returns text
    language plpgsql volatile as $$
    declare
      v_claim text := meetwerk_claim_invitation(p_code_hash, p_invitation, p_revision);
    begin
      if v_claim <> 'bruikbaar' then
        return v_claim;
      end if;
      perform meetwerk_store_response(meetwerk_tenant(), p_invitation, p_survey, p_gemeente,
                                      p_version, 'online', p_answers, p_submitted_on,
                                      p_product_category);
      return 'verstuurd';
    end $$
  `,
];

const FUNCTIONS = [
  'meetwerk_enter_code_tenant(text)',
  'meetwerk_respondent(text)',
  'meetwerk_claim_invitation(text, uuid, integer)',
  'meetwerk_save_respondent_draft(text, uuid, integer, jsonb)',
  'meetwerk_store_response(uuid, uuid, uuid, uuid, integer, text, jsonb, date, text)',
  'meetwerk_submit_respondent(text, uuid, integer, uuid, uuid, integer, jsonb, date, text)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const fn of FUNCTIONS) {
    await sql.raw(`grant execute on function ${fn} to meetwerk_app`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const fn of [...FUNCTIONS].reverse()) {
    await sql.raw(`drop function if exists ${fn}`).execute(db);
  }
  await sql`alter table response_drafts drop column if exists revision`.execute(db);
  await sql`
    create or replace function meetwerk_invitation_tenant(p_code_hash text) returns uuid
      language sql stable security definer set search_path = public as
      $$ select tenant_id from invitations where code_hash = p_code_hash limit 1 $$`.execute(db);
}
