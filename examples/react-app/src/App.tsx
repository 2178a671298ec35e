/**
 * A clinic's referral desk: choose a topic, find groups with the finder, and keep the group a
 * patient picked beside it with its next meetings.
 *
 * @packageDocumentation
 */
import type { Listing } from '@peer-groups/elements';
import { useState } from 'react';
import { PeerGroupCard, PeerGroupsFinder } from './components';
import { directory, directoryUrl } from './directory';
import { TopicPicker } from './TopicPicker';
import { UpcomingMeetings } from './UpcomingMeetings';

/** The whole app. */
export function App() {
  const [topic, setTopic] = useState('');
  const [found, setFound] = useState<number>();
  const [picked, setPicked] = useState<Listing>();
  const [problem, setProblem] = useState<string>();

  return (
    <>
      <header className="app-header">
        <h1>Referral desk</h1>
        <p>Find a peer support group with your patient, then keep it in view.</p>
      </header>
      <main className="app-main">
        <section className="finder" aria-label="Finder">
          <TopicPicker value={topic} onChange={setTopic} />
          <p className="status" aria-live="polite">
            {found === undefined ? '' : `${found} groups match.`}
            {problem === undefined ? '' : ` ${problem}`}
          </p>
          <PeerGroupsFinder
            api={directoryUrl}
            client={directory}
            near="02139"
            radiusKm={15}
            topics={topic || undefined}
            shortlist
            onSearch={(event) => {
              setFound(event.detail.total);
              setProblem(undefined);
            }}
            onSelect={(event) => setPicked(event.detail.group)}
            onError={(event) => setProblem(`The last search failed (${event.detail.kind}).`)}
          />
        </section>
        <aside className="picked" aria-labelledby="picked-title">
          <h2 id="picked-title">Picked for this patient</h2>
          {picked === undefined ? (
            <p>Open a group in the finder to keep it here.</p>
          ) : (
            <>
              <PeerGroupCard group={picked} />
              <h3>Next meetings</h3>
              <UpcomingMeetings groupId={picked.id} />
            </>
          )}
        </aside>
      </main>
    </>
  );
}
