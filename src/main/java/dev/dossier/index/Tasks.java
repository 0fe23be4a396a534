package dev.dossier.index;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for a task run on another thread and throws what it threw as the caller would have thrown
 * it, not wrapped in an {@link ExecutionException}: the indexer's workers and the index opened in
 * the background both need it, and a message of "java.util.concurrent.ExecutionException: ..."
 * would tell a user nothing.
 */
public final class Tasks {

  private Tasks() {}

  /** The task's value; what it threw is thrown: see {@link #get(Future, Class)}. */
  public static <T> T get(Future<T> task) throws IOException {
    return get(task, IOException.class);
  }

  /**
   * The task's value. What the task threw is thrown itself when it is an {@link IOException}, a
   * {@code checked} exception, an unchecked exception or an error; any other checked exception in
   * an {@link IOException}. An interrupt while waiting is an {@link IOException}, the thread's
   * interrupt flag set again.
   */
  public static <T, X extends Exception> T get(Future<T> task, Class<X> checked)
      throws IOException, X {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (checked.isInstance(cause)) {
        throw checked.cast(cause);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }
}
