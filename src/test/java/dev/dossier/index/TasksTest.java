package dev.dossier.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TasksTest {

  private static <T> CompletableFuture<T> failed(Throwable e) {
    return CompletableFuture.failedFuture(e);
  }

  @Test
  void aFinishedTaskGivesItsValue() throws Exception {
    assertEquals("done", Tasks.get(CompletableFuture.completedFuture("done")));
  }

  @Test
  void whatATaskThrewIsThrownItselfNotWrapped() {
    IOException io = new IOException("disk");
    assertSame(io, assertThrows(IOException.class, () -> Tasks.get(failed(io))));
    IllegalStateException runtime = new IllegalStateException("bug");
    assertSame(
        runtime, assertThrows(IllegalStateException.class, () -> Tasks.get(failed(runtime))));
    AssertionError error = new AssertionError("error");
    assertSame(error, assertThrows(AssertionError.class, () -> Tasks.get(failed(error))));
    NoIndexException none = new NoIndexException("no index at x");
    assertSame(
        none,
        assertThrows(
            NoIndexException.class, () -> Tasks.get(failed(none), NoIndexException.class)));
  }

  @Test
  void anotherCheckedExceptionComesInAnIoException() {
    TimeoutException other = new TimeoutException("late");
    IOException wrapped = assertThrows(IOException.class, () -> Tasks.get(failed(other)));
    assertSame(other, wrapped.getCause());
  }

  @Test
  void anInterruptWhileWaitingIsAnIoExceptionAndKeepsTheFlag() {
    Thread.currentThread().interrupt();
    try {
      assertThrows(IOException.class, () -> Tasks.get(new CompletableFuture<>()));
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
    }
  }
}
