package org.breachresponse.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.breachresponse.input.InvalidInputException;
import org.junit.jupiter.api.Test;

class PracticeParameterTest {

  private static final Practice LAKESIDE = practice("lakeside");
  private static final Practice HARBOR = practice("harbor");

  @Test
  void aCallerOfOnePracticeMayLeaveItOut() {
    assertThat(PracticeParameter.resolve(member(LAKESIDE), "practice", null, "dana")).isSameAs(LAKESIDE);
    assertThat(PracticeParameter.resolve(member(LAKESIDE), "practice", " ", "dana")).isSameAs(LAKESIDE);
  }

  @Test
  void aCallerOfSeveralMustNameOneAndGetsIt() {
    Practices both = member(LAKESIDE, HARBOR);

    assertThatThrownBy(() -> PracticeParameter.resolve(both, "practice", null, "sam"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.field()).isEqualTo("practice");
              assertThat(error.message()).contains("several", "lakeside", "harbor");
            }));
    assertThat(PracticeParameter.resolve(both, "practice", "harbor", "sam")).isSameAs(HARBOR);
  }

  @Test
  void aPracticeTheCallerDoesNotBelongToIsNotFoundNamingTheField() {
    assertThatThrownBy(() -> PracticeParameter.resolve(member(LAKESIDE), "practice", "harbor", "dana"))
        .isInstanceOfSatisfying(PracticeNotFoundException.class,
            e -> assertThat(e.error().field()).isEqualTo("practice"));
  }

  @Test
  void aCallerOfNoPracticeIsToldSo() {
    assertThatThrownBy(() -> PracticeParameter.resolve(member(), "practice", null, "dana"))
        .isInstanceOf(NotInAnyPracticeException.class).hasMessageContaining("dana");
  }

  private static Practice practice(String id) {
    return new Practice(new PracticeId(id), new PracticeProfile(id, null, null, null, null, null, "America/Chicago",
        null), "admin", Instant.parse("2026-12-01T00:00:00Z"));
  }

  /** The practices as a caller who belongs to exactly {@code theirs} sees them. */
  private static Practices member(Practice... theirs) {
    List<Practice> reachable = List.of(theirs);
    return new Practices() {
      @Override
      public List<Practice> reachable() {
        return reachable;
      }

      @Override
      public Practice reachable(String field, String id) {
        return reachable.stream().filter(p -> p.id().value().equals(id)).findFirst()
            .orElseThrow(() -> new PracticeNotFoundException(field, id));
      }

      @Override
      public PracticeMembership membership() {
        return new PracticeMembership(false, Set.copyOf(reachable.stream().map(p -> p.id().value()).toList()));
      }
    };
  }
}
