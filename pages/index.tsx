/** Placeholder home page until the explorer lands: shows what the graph holds. */
import type { GetServerSideProps } from 'next';
import { health, type Health } from '@/graph/health';
import { describeNeo4jError } from '@/graph/errors';

type Props = { status: Health } | { error: string };

export const getServerSideProps: GetServerSideProps<Props> = async () => {
  try {
    return { props: { status: await health() } };
  } catch (error) {
    return { props: { error: describeNeo4jError(error).message } };
  }
};

export default function Home(props: Props) {
  return (
    <main style={{ padding: 24 }}>
      <h1>Stance Graph</h1>
      {'error' in props ? (
        <p role="alert">{props.error}</p>
      ) : (
        <p>
          {props.status.dataset?.title ?? 'No data set loaded'}: {props.status.actors} actors, {props.status.stances} stances.
        </p>
      )}
    </main>
  );
}
