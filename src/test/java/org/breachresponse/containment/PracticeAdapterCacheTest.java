package org.breachresponse.containment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.breachresponse.containment.ContainmentAdapters.Configured;
import org.breachresponse.practice.Practice;
import org.breachresponse.practice.PracticeId;
import org.breachresponse.practice.PracticeProfile;
import org.junit.jupiter.api.Test;

/** One set of adapters per practice and settings version; a new version closes the old directory connections. */
class PracticeAdapterCacheTest {

  private final Map<String, Practice> rows = new HashMap<>();
  private final List<InMemoryDirectory> built = new ArrayList<>();
  private final PracticeAdapterCache cache = new PracticeAdapterCache(id -> Optional.ofNullable(rows.get(id)),
      practice -> {
        InMemoryDirectory directory = new InMemoryDirectory();
        built.add(directory);
        return new PracticeAdapters(practice.version(),
            Optional.of(new Configured<>(Adapter.OPENLDAP, directory)), Optional.empty());
      });

  @Test
  void eachPracticeGetsItsOwnAdaptersBuiltOnce() {
    practice("bright-smiles", 0);
    practice("river-dental", 0);

    PracticeAdapters a = cache.get("bright-smiles");
    PracticeAdapters b = cache.get("river-dental");

    assertThat(cache.get("bright-smiles")).isSameAs(a);
    assertThat(a.directory().orElseThrow().adapter()).isNotSameAs(b.directory().orElseThrow().adapter());
    assertThat(built).hasSize(2);
  }

  @Test
  void changedSettingsBuildNewAdaptersAndCloseTheOldOnes() {
    practice("bright-smiles", 0);
    practice("river-dental", 0);
    PracticeAdapters before = cache.get("bright-smiles");
    PracticeAdapters other = cache.get("river-dental");

    practice("bright-smiles", 1);
    PracticeAdapters after = cache.get("bright-smiles");

    assertThat(after).isNotSameAs(before);
    assertThat(after.version()).isEqualTo(1);
    assertThat(directory(before).closed()).as("the old pool").isTrue();
    assertThat(directory(after).closed()).isFalse();
    assertThat(directory(other).closed()).as("another practice's pool").isFalse();
    assertThat(cache.get("bright-smiles")).isSameAs(after);
  }

  @Test
  void aReaderThatStillSeesTheOlderRowKeepsTheNewerAdapters() {
    practice("bright-smiles", 2);
    PracticeAdapters current = cache.get("bright-smiles");

    practice("bright-smiles", 1);

    assertThat(cache.get("bright-smiles")).isSameAs(current);
    assertThat(directory(current).closed()).isFalse();
  }

  @Test
  void anUnknownPracticeHasNoAdapters() {
    assertThat(cache.get("nowhere")).isSameAs(PracticeAdapters.NONE);
    assertThat(built).isEmpty();
  }

  @Test
  void closingTheCacheClosesEveryPracticesConnections() {
    practice("bright-smiles", 0);
    practice("river-dental", 3);
    PracticeAdapters a = cache.get("bright-smiles");
    PracticeAdapters b = cache.get("river-dental");

    cache.close();

    assertThat(directory(a).closed()).isTrue();
    assertThat(directory(b).closed()).isTrue();
  }

  private static InMemoryDirectory directory(PracticeAdapters adapters) {
    return (InMemoryDirectory) adapters.directory().orElseThrow().adapter();
  }

  /** A practice row as JPA would load it at {@code version} (the @Version column JPA increments on each change). */
  private void practice(String id, int version) {
    Practice practice = new Practice(new PracticeId(id), new PracticeProfile(id, null, null, null, null, null, "UTC",
        null), "test", Instant.EPOCH);
    try {
      Field field = Practice.class.getDeclaredField("version");
      field.setAccessible(true);
      field.setInt(practice, version);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    rows.put(id, practice);
  }
}
