package org.breachresponse.security;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import org.breachresponse.practice.PracticeStaffGroup;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TenantQueryProperty;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapClient;
import org.camunda.bpm.identity.impl.ldap.LdapSearchResults;
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
 *
 * <p>Tenants are the practices ({@link DirectoryTenants}): the plugin has none, which with the engine's tenant
 * check on would leave a directory user without a single incident.
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

  // Tenants (practices) ///////////////////////////////////////////////

  @Override
  public TenantQuery createTenantQuery() {
    return new PracticeTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new PracticeTenantQuery();
  }

  @Override
  public Tenant findTenantById(String id) {
    return createTenantQuery(Context.getCommandContext()).tenantId(id).singleResult();
  }

  /**
   * The practices {@code query} asks for, as tenants the caller may read; {@code paged}: only the query's page.
   * Practices are read on the engine's own connection, in the command that asks.
   */
  List<Tenant> findTenants(PracticeTenantQuery query, boolean paged) {
    DirectoryTenants tenants = new DirectoryTenants(practices(), roleGroups);
    Set<String> members = null;
    if (query.getUserId() != null) {
      members = tenantsOfUser(tenants, query.getUserId(), query.isIncludingGroups());
    }
    if (query.getGroupId() != null) {
      Set<String> ofGroup = tenants.practicesOfGroup(query.getGroupId());
      members = members == null ? ofGroup : intersection(members, ofGroup);
    }
    Set<String> only = members;
    Pattern nameLike = query.getNameLike() == null ? null : likePattern(query.getNameLike());
    List<Tenant> found = tenants.practices().stream()
        .filter(p -> query.getId() == null || query.getId().equals(p.practiceId()))
        .filter(p -> query.getIds() == null || Arrays.asList(query.getIds()).contains(p.practiceId()))
        .filter(p -> query.getName() == null || query.getName().equals(p.name()))
        .filter(p -> nameLike == null || nameLike.matcher(p.name()).matches())
        .filter(p -> only == null || only.contains(p.practiceId()))
        .filter(p -> isAuthorizedToRead(Resources.TENANT, p.practiceId()))
        .sorted(order(query))
        .map(ActiveDirectoryIdentitySession::tenant)
        .toList();
    if (!paged) {
      return found;
    }
    int first = Math.min(Math.max(query.getFirstResult(), 0), found.size());
    int max = query.getMaxResults() < 0 ? found.size() : query.getMaxResults();
    return found.subList(first, (int) Math.min((long) first + max, found.size()));
  }

  /** The practices whose staff group (or, for the first practice, whose role groups) has the user as member. */
  private Set<String> tenantsOfUser(DirectoryTenants tenants, String userId, boolean includingGroups) {
    Set<DN> asked = tenants.groupsToAsk(includingGroups);
    if (asked.isEmpty()) {
      return Set.of();
    }
    String userDn = getDnForUser(userId);
    if (userDn.isEmpty()) {
      return Set.of();
    }
    Set<DN> memberOf = new LinkedHashSet<>();
    Client client = (Client) ldapClient;
    client.open();
    client.setRequestControls(List.of());
    try (LdapSearchResults results = client.search(ldapConfiguration.getBaseDn(),
        DirectoryTenants.membershipFilter(asked, userDn).toString())) {
      while (results.hasMoreElements()) {
        try {
          memberOf.add(new DN(results.nextElement().getNameInNamespace()));
        } catch (LDAPException notADn) {
          throw new IdentityProviderException("The directory answered a group that is not a DN", notADn);
        }
      }
    }
    return tenants.practicesOfMember(memberOf, includingGroups);
  }

  private static List<PracticeStaffGroup> practices() {
    try {
      return PracticeStaffGroup.read(Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection());
    } catch (SQLException e) {
      throw new IdentityProviderException("Could not read the practices", e);
    }
  }

  private static Comparator<PracticeStaffGroup> order(PracticeTenantQuery query) {
    Comparator<PracticeStaffGroup> order = Comparator.comparing(PracticeStaffGroup::practiceId);
    for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
      if (TenantQueryProperty.NAME.equals(ordering.getQueryProperty())) {
        order = Comparator.comparing(PracticeStaffGroup::name).thenComparing(PracticeStaffGroup::practiceId);
      }
      if (Direction.DESCENDING.equals(ordering.getDirection())) {
        order = order.reversed();
      }
      break;
    }
    return order;
  }

  private static Tenant tenant(PracticeStaffGroup practice) {
    TenantEntity tenant = new TenantEntity(practice.practiceId());
    tenant.setName(practice.name());
    return tenant;
  }

  /** Camunda's "like": {@code %} any text; everything else literal. */
  static Pattern likePattern(String like) {
    StringBuilder regex = new StringBuilder();
    for (String piece : like.split("%", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(piece));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both;
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
