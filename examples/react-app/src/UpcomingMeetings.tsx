/**
 * The next meetings of one group, read through the SDK, in the reader's own time.
 *
 * @packageDocumentation
 */
import type { MeetingOccurrence } from '@peer-groups/sdk';
import { useEffect, useState } from 'react';
import { directory } from './directory';

/** Meetings listed at most. */
const SHOWN = 4;

const when = new Intl.DateTimeFormat('en', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** The next meetings of the group `groupId` in the coming 30 days. */
export function UpcomingMeetings({ groupId }: { groupId: string }) {
  const [meetings, setMeetings] = useState<MeetingOccurrence[]>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setMeetings(undefined);
    setFailed(false);
    directory.groups
      .meetings(groupId, {}, { signal: controller.signal })
      .then((list) => setMeetings(list.items.slice(0, SHOWN)))
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    // A newer selection cancels the request of the one before.
    return () => controller.abort();
  }, [groupId]);

  if (failed) return <p role="alert">The meetings could not be loaded.</p>;
  if (meetings === undefined) return <p aria-busy="true">Loading meetings…</p>;
  if (meetings.length === 0) return <p>No meeting in the next 30 days.</p>;
  return (
    <ul className="meetings">
      {meetings.map((meeting) => (
        <li key={meeting.start}>{when.format(new Date(meeting.start))}</li>
      ))}
    </ul>
  );
}
