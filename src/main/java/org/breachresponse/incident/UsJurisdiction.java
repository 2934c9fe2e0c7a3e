package org.breachresponse.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where affected individuals live: the 50 states, the District of Columbia, Puerto Rico, Guam and the
 * US Virgin Islands, each with its own breach-notification law (docs/legal-sources.md, 'Where the state rules come
 * from').
 */
public enum UsJurisdiction {
  AL, AK, AZ, AR, CA, CO, CT, DE, FL, GA, HI, ID, IL, IN, IA, KS, KY, LA, ME, MD, MA, MI, MN, MS, MO,
  MT, NE, NV, NH, NJ, NM, NY, NC, ND, OH, OK, OR, PA, RI, SC, SD, TN, TX, UT, VT, VA, WA, WV, WI, WY,
  DC, PR, GU, VI;

  public static Optional<UsJurisdiction> fromCode(String code) {
    return Arrays.stream(values()).filter(j -> j.name().equals(code)).findFirst();
  }
}
