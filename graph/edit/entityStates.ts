/**
 * Stored properties (already turned into JSON by `toJson`) as the entity states of the audit trail
 * (graph/edit/changeTypes.ts), filling what the loader leaves absent: a missing `version` is 0,
 * a missing `until` or `note` is null, an empty list stays empty. Pure, so it is unit tested.
 */
import type { Json } from '@/graph/model/graphJson';
import { ActorState, DatasetState, SourceState, StanceState, TopicState } from '@/graph/edit/changeTypes';

type Props = Record<string, Json>;

const orNull = (value: Json | undefined): Json => (value === undefined ? null : value);
const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const version = (props: Props): number => (typeof props.version === 'number' ? props.version : 0);

export interface StanceEnds {
  kind: string;
  from: string;
  to: string;
  toIsTopic: boolean;
}

export function stanceState(ends: StanceEnds, props: Props): StanceState {
  return StanceState.parse({
    kind: ends.kind,
    from: ends.from,
    to: ends.to,
    toLabel: ends.toIsTopic ? 'Topic' : 'Actor',
    polarity: props.polarity,
    date: props.date,
    until: orNull(props.until),
    certainty: props.certainty,
    note: orNull(props.note),
    quotes: list(props.quotes),
    sourceIds: list(props.sourceIds),
    // The loader writes -1 where a quote has no place and '' where evidence is not an event.
    quoteStarts: list(props.quoteStarts),
    quoteEnds: list(props.quoteEnds),
    eventIds: list(props.eventIds),
    eventCount: orNull(props.eventCount),
    lastSeen: orNull(props.lastSeen),
    hash: orNull(props.hash),
    run: orNull(props.run),
    version: version(props),
  });
}

export function actorState(props: Props): ActorState {
  return ActorState.parse({
    name: props.name,
    kind: props.kind,
    aliases: list(props.aliases),
    description: orNull(props.description),
    datasets: list(props.datasets),
    version: version(props),
  });
}

export function topicState(props: Props): TopicState {
  return TopicState.parse({ name: props.name, description: orNull(props.description), datasets: list(props.datasets), version: version(props) });
}

export function sourceState(props: Props): SourceState {
  return SourceState.parse({
    title: props.title,
    publisher: props.publisher,
    date: props.date,
    author: orNull(props.author),
    section: orNull(props.section),
    file: orNull(props.file),
    url: orNull(props.url),
    text: orNull(props.text),
    datasets: list(props.datasets),
    version: version(props),
  });
}

export function datasetState(props: Props): DatasetState {
  return DatasetState.parse({ title: props.title, description: orNull(props.description), format: orNull(props.format) });
}
