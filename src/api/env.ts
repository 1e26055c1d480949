/** Bindings and variables the Worker receives (all optional so the Node entry can run without them). */
export interface Bindings {
  CORS_ORIGINS?: string;
  /** Static assets (the offline API reference's scripts and styles). */
  ASSETS?: Fetcher;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { requestId: string };
}
