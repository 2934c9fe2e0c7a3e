package org.breachresponse.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.breachresponse.process.IncidentReference;

/** Reviews in memory, for the engine path tests. */
public class InMemoryReviewRecords extends ReviewRecords {

  private final List<SecurityReview> reviews = new ArrayList<>();

  @Override
  public void add(SecurityReview review) {
    reviews.add(review);
  }

  @Override
  public Optional<SecurityReview> review(IncidentReference reference) {
    return reviews.stream().filter(r -> r.incident().reference().equals(reference)).findFirst();
  }
}
