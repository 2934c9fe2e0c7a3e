package org.breachresponse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** How the tests stop a server they started as a process: as an operator does, then harder if it hangs. */
public final class ServerShutdown {

  private ServerShutdown() {
  }

  /**
   * SIGTERM to {@code standalone.sh} and WildFly's JVM (WildFly shuts down gracefully), waiting up to a minute for
   * each, killing what is still running then.
   */
  public static void graceful(Process process) {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(process.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : all) {
      try {
        handle.onExit().get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }
}
