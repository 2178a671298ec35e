/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The directory API the app searches; see src/directory.ts. */
  readonly VITE_PEER_GROUPS_API?: string;
}
