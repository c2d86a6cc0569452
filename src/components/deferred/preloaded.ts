/**
 * A part's loader whose download starts now, when the module declaring it is evaluated (with
 * its page's code, beside the data), not when the part first asks once the data is drawn. A
 * call while the download is under way shares it, failure included; a call after a failure starts
 * it again.
 */
export function preloaded<M>(load: () => Promise<M>): () => Promise<M> {
  let started: Promise<M> | null = null;
  const start = () => {
    const loading = load();
    started = loading;
    loading.catch(() => {
      if (started === loading) started = null;
    });
    return loading;
  };
  void start();
  return () => started ?? start();
}
