package dev.dossier.index;

/** Hears how an indexing run advances, e.g. to draw a progress bar; called from several threads. */
public interface IndexProgress {

  /** Hears nothing. */
  IndexProgress NONE =
      new IndexProgress() {
        @Override
        public void started(int files, long bytes) {}

        @Override
        public void fileDone(long bytes) {}

        @Override
        public void merging() {}

        @Override
        public void finished() {}
      };

  /** The run found {@code files} files of {@code bytes} bytes in all. */
  void started(int files, long bytes);

  /** One file was indexed, skipped or rejected. */
  void fileDone(long bytes);

  /** Every file is done; the run merges the index's segments before its last commit. */
  void merging();

  /** The run ended, well or not. */
  void finished();
}
