import type { ColumnType, Generated, Selectable } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** Small facts about a finished job that the user sees (e.g. how many letters). */
export type JobSummary = Record<string, number | string>;

export interface JobTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  account_id: string | null;
  params: ColumnType<unknown, unknown, never>;
  singleton_key: string | null;
  status: Generated<JobStatus>;
  done: Generated<number>;
  total: number | null;
  step: string | null;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  worker: string | null;
  lease_until: Date | null;
  error: string | null;
  summary: ColumnType<JobSummary | null, never, JobSummary | null>;
  result_name: string | null;
  result_type: string | null;
  // bigint arrives as text from both drivers.
  result_size: ColumnType<string | null, number | null, number | null>;
  result_attempt: number | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
  expires_at: Date | null;
}

export interface JobResultChunkTable {
  tenant_id: string;
  job_id: string;
  attempt: number;
  seq: number;
  data: Uint8Array;
}

export type JobRow = Selectable<JobTable>;
