package org.breachresponse.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP identity session for Active Directory, with groups that are roles: the engine's group
 * {@code it-responder} is the directory group {@link RoleGroups} maps to it, and only mapped groups exist.
 * Membership counts nested groups (AD's "in chain" matching rule), as AD's own access checks do. Users are
 * the plugin's (id {@code sAMAccountName}, password checked by binding as the user).
 *
 * <p>Every filter is built with the UnboundID SDK, which escapes each value: the plugin leaves e-mail,
 * name and group criteria unescaped, so its filter building is replaced here, not reused.
 */
public class ActiveDirectoryIdentitySession extends LdapIdentityProviderSession {

  /** LDAP_MATCHING_RULE_IN_CHAIN: membership through nested groups too. */
  static final String IN_CHAIN = "1.2.840.113556.1.4.1941";

  private final RoleGroups roleGroups;

  public ActiveDirectoryIdentitySession(LdapConfiguration configuration, RoleGroups roleGroups) {
    super(configuration);
    this.ldapClient = new Client(configuration);
    this.roleGroups = roleGroups;
  }

  // Users ///////////////////////////////////////////////////////////

  @Override
  protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
    if (roleGroups.groupOf(query.getGroupId()).isEmpty()) {
      return List.of();
    }
    return findUsersWithoutGroupId(query, userBaseDn(), false);
  }

  /**
   * Only the account whose id is exactly the one asked for: AD matches {@code sAMAccountName} ignoring case
   * and a trailing NUL, so {@code IT.JANE} or {@code it.jane\0} would otherwise sign in as a second Camunda user
   * for the same person, and a second pair of eyes (verifying a cleansed machine) could be the same person's.
   */
  @Override
  public List<User> findUsersWithoutGroupId(LdapUserQueryImpl query, String userBaseDn, boolean ignorePagination) {
    List<User> found = super.findUsersWithoutGroupId(query, userBaseDn, ignorePagination);
    if (query.getId() == null && (query.getIds() == null || query.getIds().length == 0)) {
      return found;
    }
    return found.stream()
        .filter(user -> query.getId() == null || query.getId().equals(user.getId()))
        .filter(user -> query.getIds() == null || query.getIds().length == 0
            || Arrays.asList(query.getIds()).contains(user.getId()))
        .toList();
  }

  @Override
  protected String getUserSearchFilter(LdapUserQueryImpl query) {
    List<Filter> parts = new ArrayList<>();
    parts.add(configured(ldapConfiguration.getUserSearchFilter()));
    if (query.getId() != null) {
      parts.add(Filter.createEqualityFilter(ldapConfiguration.getUserIdAttribute(), query.getId()));
    }
    if (query.getIds() != null && query.getIds().length > 0) {
      parts.add(Filter.createORFilter(Arrays.stream(query.getIds())
          .map(id -> Filter.createEqualityFilter(ldapConfiguration.getUserIdAttribute(), id)).toList()));
    }
    addMatch(parts, ldapConfiguration.getUserEmailAttribute(), query.getEmail(), query.getEmailLike());
    addMatch(parts, ldapConfiguration.getUserFirstnameAttribute(), query.getFirstName(), query.getFirstNameLike());
    addMatch(parts, ldapConfiguration.getUserLastnameAttribute(), query.getLastName(), query.getLastNameLike());
    roleGroups.groupOf(query.getGroupId()).ifPresent(group ->
        parts.add(Filter.createExtensibleMatchFilter("memberOf", IN_CHAIN, false, group.toString())));
    return Filter.createANDFilter(parts).toString();
  }

  // Groups //////////////////////////////////////////////////////////

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    List<DN> groups = roleGroups.all().entrySet().stream()
        .filter(role -> query.getId() == null || query.getId().equals(role.getKey()))
        .filter(role -> query.getIds() == null || query.getIds().length == 0
            || Arrays.asList(query.getIds()).contains(role.getKey()))
        .filter(role -> query.getType() == null || query.getType().equals(typeOf(role.getKey())))
        .map(Map.Entry::getValue)
        .toList();
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Filter> parts = new ArrayList<>();
    parts.add(configured(ldapConfiguration.getGroupSearchFilter()));
    parts.add(Filter.createORFilter(groups.stream()
        .map(dn -> Filter.createEqualityFilter("distinguishedName", dn.toString())).toList()));
    addMatch(parts, ldapConfiguration.getGroupNameAttribute(), query.getName(), query.getNameLike());
    if (query.getUserId() != null) {
      String userDn = getDnForUser(query.getUserId());
      if (userDn.isEmpty()) {
        return List.of();
      }
      parts.add(Filter.createExtensibleMatchFilter(ldapConfiguration.getGroupMemberAttribute(), IN_CHAIN, false, userDn));
    }
    ((Client) ldapClient).open();
    initializeControls(query);
    return retrieveResults(composeDn(ldapConfiguration.getGroupSearchBase(), ldapConfiguration.getBaseDn()),
        Filter.createANDFilter(parts).toString(), this::transformGroup, this::isAuthorizedToReadGroup,
        query.getMaxResults(), query.getFirstResult(), false);
  }

  /** A directory group as the engine sees it: its role as id, its directory name as name. */
  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    LdapGroupEntity group = new LdapGroupEntity();
    group.setDn(result.getNameInNamespace());
    // null for a group not mapped to a role: the plugin then leaves it out of every result
    group.setId(roleGroups.roleOf(group.getDn()).orElse(null));
    group.setName(value(result, ldapConfiguration.getGroupNameAttribute()));
    group.setType(group.getId() == null ? null : typeOf(group.getId()));
    return group;
  }

  /**
   * A directory user as the engine sees it. An account without given name and surname (a service or shared
   * account) is shown by its account name, not as "null null" in the Tasklist's header and task history.
   */
  @Override
  protected UserEntity transformUser(SearchResult result) {
    UserEntity user = super.transformUser(result);
    if (user.getFirstName() == null && user.getLastName() == null) {
      user.setFirstName(user.getId());
      user.setLastName("");
    }
    return user;
  }

  private static String typeOf(String role) {
    return Roles.ADMIN.equals(role) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
  }

  private String userBaseDn() {
    return composeDn(ldapConfiguration.getUserSearchBase(), ldapConfiguration.getBaseDn());
  }

  /**
   * Equality for an exact value; for a Camunda "like" ({@code %} or, once the plugin converted it, {@code *}
   * as wildcard) a substring filter whose pieces are escaped.
   */
  private static void addMatch(List<Filter> parts, String attribute, String exact, String like) {
    if (exact != null) {
      parts.add(Filter.createEqualityFilter(attribute, exact));
    }
    if (like != null) {
      parts.add(like(attribute, like));
    }
  }

  static Filter like(String attribute, String pattern) {
    String[] pieces = pattern.replace('%', '*').split("\\*", -1);
    if (pieces.length == 1) {
      return Filter.createEqualityFilter(attribute, pattern);
    }
    String initial = pieces[0].isEmpty() ? null : pieces[0];
    String last = pieces[pieces.length - 1];
    String[] any = Arrays.stream(pieces, 1, pieces.length - 1).filter(Predicate.not(String::isEmpty))
        .toArray(String[]::new);
    if (initial == null && any.length == 0 && last.isEmpty()) {
      return Filter.createPresenceFilter(attribute);
    }
    return Filter.createSubstringFilter(attribute, initial, any, last.isEmpty() ? null : last);
  }

  private static Filter configured(String filter) {
    try {
      return Filter.create(filter);
    } catch (LDAPException e) {
      throw new IdentityProviderException("The configured search filter is not a filter: " + filter, e);
    }
  }

  private static String value(SearchResult result, String attributeName) {
    Attribute attribute = result.getAttributes().get(attributeName);
    try {
      return attribute == null ? null : String.valueOf(attribute.get());
    } catch (NamingException e) {
      throw new IdentityProviderException("Could not read " + attributeName + " of a directory group", e);
    }
  }

  /** The plugin's client, opened on demand by our group search as the plugin's own searches open it. */
  private static final class Client extends LdapClient {

    Client(LdapConfiguration configuration) {
      super(configuration);
    }

    void open() {
      ensureContextInitialized();
    }
  }
}
