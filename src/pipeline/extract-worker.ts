/**
 * The body of an extraction worker thread: receives batches of articles, runs the pipeline over
 * each batch (runPipelineBatch), posts their records in the same order.
 * Running in a thread lets the pool stop an article that passes its time budget even when a
 * component is stuck in a loop, which no in-process check can do.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../document/document.js';
import type { OutputLayerName } from '../document/layers.js';
import { describeError } from '../errors.js';
import type { ErrorRecord, OutputRecord } from '../output/record.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from './pipeline.js';
import type { Limits } from './run-pipeline.js';
import { runPipelineBatch, selectComponents, warmUp } from './run-pipeline.js';

export interface WorkerSetup {
  readonly layers: readonly OutputLayerName[];
  readonly limits: Limits;
}

export interface WorkerRequest {
  readonly seq: number;
  readonly articles: readonly Article[];
}

export interface WorkerReply {
  readonly seq: number;
  readonly records: readonly (OutputRecord | ErrorRecord)[];
}

const setup = workerData as WorkerSetup;
const components = selectComponents(createPipeline(), setup.layers);
warmUp(components);

parentPort?.on('message', (request: WorkerRequest) => {
  const outcomes = runPipelineBatch(request.articles, components, setup.limits);
  const records = outcomes.map((outcome, i): OutputRecord | ErrorRecord => {
    try {
      if (outcome.ok) return toOutputRecord(outcome.doc, setup.layers);
      throw outcome.error;
    } catch (error) {
      return { id: request.articles[i]!.id, error: describeError(error) };
    }
  });
  const reply: WorkerReply = { seq: request.seq, records };
  parentPort?.postMessage(reply);
});
