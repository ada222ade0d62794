import type { LightMyRequestResponse } from 'fastify';
import type { Job } from '../../shared/api/jobs.schema.js';
import type { Client } from './test-app.js';

/** Asks for the job's status until it is done or failed, as the web app does. */
export async function waitForJob(client: Client, id: string): Promise<Job> {
  for (;;) {
    const response = await client.get(`/api/v1/taken/${id}`);
    if (response.statusCode !== 200) {
      throw new Error(`job ${id}: ${response.statusCode} ${response.body}`);
    }
    const job = response.json<Job>();
    if (job.status === 'klaar' || job.status === 'mislukt') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface JobRun {
  /** The answer to the request that started the job (202, or a problem). */
  start: LightMyRequestResponse;
  job?: Job;
  /** The download of the job's file, when it made one. */
  file?: LightMyRequestResponse;
}

/** Starts a job with a POST, waits for it, and downloads its file: the user's whole flow. */
export async function runJob(client: Client, url: string, body?: unknown): Promise<JobRun> {
  const start = await client.post(url, body);
  if (start.statusCode !== 202) return { start };
  const job = await waitForJob(client, start.json<Job>().id);
  if (!job.resultaat) return { start, job };
  return { start, job, file: await client.get(job.resultaat.href) };
}
