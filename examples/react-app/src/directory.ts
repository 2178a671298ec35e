/**
 * The app's one directory client, shared by its own calls and the finder, so both use the same
 * cache and settings.
 *
 * @packageDocumentation
 */
import { createClient } from '@peer-groups/sdk';

/** The directory `npm start` runs, used when the build sets no `VITE_PEER_GROUPS_API`. */
const DEMO_DIRECTORY = 'http://127.0.0.1:8731';

/** The directory's base URL, fixed at build time: `VITE_PEER_GROUPS_API=https://… vite build`. */
export const directoryUrl: string = import.meta.env.VITE_PEER_GROUPS_API || DEMO_DIRECTORY;

/** The SDK client for {@link directoryUrl}. */
export const directory = createClient({ baseUrl: directoryUrl });
