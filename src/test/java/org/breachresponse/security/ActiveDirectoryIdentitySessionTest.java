package org.breachresponse.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Camunda's "like" criteria become LDAP substring filters whose pieces are escaped. */
class ActiveDirectoryIdentitySessionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jan%      | (givenName=Jan*)",
      "%an%      | (givenName=*an*)",
      "J%n%e     | (givenName=J*n*e)",
      "%         | (givenName=*)",
      "Jane      | (givenName=Jane)",
      "*)(cn=*   | (givenName=*\\29\\28cn=*)",
      "a\\,b%    | (givenName=a\\5c,b*)"})
  void likeBecomesAnEscapedSubstringFilter(String like, String filter) {
    assertThat(ActiveDirectoryIdentitySession.like("givenName", like).toString()).isEqualTo(filter);
  }

  @Test
  void aValueWithoutWildcardIsAnEscapedEquality() {
    assertThat(ActiveDirectoryIdentitySession.like("sn", "(x)").toString()).isEqualTo("(sn=\\28x\\29)");
  }
}
