/**
 * The pipeline components the text and the diagrams should both show, shared
 * by MLSD027 (which compares them) and the authoring help inside Mermaid fences
 * (which offers them as nodes).
 */
import { CONCEPTS, type ConceptId } from '../framework/concepts';
import { wordMatcher } from './pipeline';

/**
 * Pipeline components an interviewer expects to find in both the text and the
 * diagram. The words that name one are its concept's phrases (framework/concepts.ts),
 * read in the prose and on a node; `drawnAs` are other node words that show it well
 * enough (the online store drawn as "Redis features" is the feature store; a
 * "Ranker" box is the model server).
 */
export const COMPONENTS: readonly { id: ConceptId; name: string; drawnAs: readonly string[] }[] = [
  { id: 'component-feature-store', name: 'feature store', drawnAs: ['feature*'] },
  { id: 'component-event-stream', name: 'event stream (Kafka)', drawnAs: ['event*', 'stream*', 'queue*'] },
  { id: 'component-stream-processor', name: 'stream processor (Flink)', drawnAs: ['stream*', 'real time', 'realtime'] },
  { id: 'component-warehouse', name: 'data warehouse or lake', drawnAs: ['lake', 'parquet', 's 3', 'training data'] },
  { id: 'component-cache', name: 'cache', drawnAs: ['redis', 'cach*'] },
  { id: 'component-ann-index', name: 'ANN index', drawnAs: ['retriev*', 'vector*', 'embedding index*', 'knn'] },
  { id: 'component-model-registry', name: 'model registry', drawnAs: [] },
  { id: 'component-model-server', name: 'model server', drawnAs: ['rank*', 'inference', 'serv*', 'predict*', 'scor*', 'model'] },
];

/** Per component: do these words name it? */
export const NAMED = COMPONENTS.map((c) => wordMatcher(CONCEPTS[c.id].phrases));
/** Per component: do these node words show it (by name or as drawn, e.g. a "Ranker" box for the model server)? */
export const SHOWN = COMPONENTS.map((c) => wordMatcher([...CONCEPTS[c.id].phrases, ...c.drawnAs]));

