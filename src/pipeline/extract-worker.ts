/**
 * The body of an extraction worker thread: receives articles, runs the pipeline, posts records.
 * Running in a thread lets the pool stop an article that passes its time budget even when a
 * component is stuck in a loop, which no in-process check can do.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../document/document.js';
import type { OutputLayerName } from '../document/layers.js';
import { describeError } from '../errors.js';
import { toOutputRecord } from '../output/record.js';
import { createPipeline } from './pipeline.js';
import type { Limits } from './run-pipeline.js';
import { runPipeline, selectComponents, warmUp } from './run-pipeline.js';

export interface WorkerSetup {
  readonly layers: readonly OutputLayerName[];
  readonly limits: Limits;
}

export interface WorkerRequest {
  readonly seq: number;
  readonly article: Article;
}

const setup = workerData as WorkerSetup;
const components = selectComponents(createPipeline(), setup.layers);
warmUp(components);

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const record = toOutputRecord(runPipeline(request.article, components, setup.limits), setup.layers);
    parentPort?.postMessage({ seq: request.seq, record });
  } catch (error) {
    parentPort?.postMessage({ seq: request.seq, record: { id: request.article.id, error: describeError(error) } });
  }
});
