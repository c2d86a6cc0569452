/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Folder (URL) holding index.json and the data files; defaults to /data/. */
  readonly VITE_DATA_URL?: string;
}
