/**
 * A topic menu filled from the directory's own taxonomy through the SDK.
 *
 * @packageDocumentation
 */
import type { Taxonomy } from '@peer-groups/sdk';
import { useEffect, useState } from 'react';
import { directory } from './directory';

/** Props of {@link TopicPicker}. */
export interface TopicPickerProps {
  /** The chosen topic id, or `''` for every topic. */
  value: string;
  onChange: (topic: string) => void;
}

/** A labelled select of the directory's topics; shows a message when they cannot be loaded. */
export function TopicPicker({ value, onChange }: TopicPickerProps) {
  const [taxonomy, setTaxonomy] = useState<Taxonomy>();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    directory.topics
      .list({ signal: controller.signal })
      .then(setTaxonomy)
      .catch(() => {
        if (!controller.signal.aborted) setFailed(true);
      });
    return () => controller.abort();
  }, []);

  if (failed) return <p role="alert">The topics could not be loaded; the finder still works.</p>;
  return (
    <label className="topic-picker">
      Topic for this referral
      <select
        value={value}
        disabled={taxonomy === undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Every topic</option>
        {taxonomy?.topics.map((term) => (
          <option key={term.id} value={term.id}>
            {term.labels.en}
          </option>
        ))}
      </select>
    </label>
  );
}
