package org.breachresponse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.breachresponse.api.BreachApiApplication;

/**
 * A resource method of our API as the deployed application serves it ({@link BreachApiApplication}): HTTP method,
 * path template under {@code /api/breach}, what it consumes. Found by reflection, so a test that walks them covers
 * an endpoint the day it is added.
 */
public record ApiEndpoint(Class<?> resource, Method handler, String method, String template, String contentType) {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");

  /** Every resource method of our API. */
  public static List<ApiEndpoint> all() {
    return matching(method -> true);
  }

  /** The resource methods {@code kind} selects. */
  public static List<ApiEndpoint> matching(Predicate<Method> kind) {
    return new BreachApiApplication().getClasses().stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .flatMap(type -> Stream.of(type.getMethods()).filter(ApiEndpoint::isResourceMethod).filter(kind)
            .map(method -> of(type, method)))
        .toList();
  }

  private static boolean isResourceMethod(Method method) {
    return Stream.of(method.getAnnotations())
        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  static ApiEndpoint of(Class<?> resource, Method method) {
    String httpMethod = Stream.of(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElseThrow();
    String path = "/" + strip(resource.getAnnotation(Path.class).value())
        + Optional.ofNullable(method.getAnnotation(Path.class)).map(p -> "/" + strip(p.value())).orElse("");
    Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
        .orElse(resource.getAnnotation(Consumes.class));
    String type = consumes == null ? "application/json" : consumes.value()[0];
    return new ApiEndpoint(resource, method, httpMethod, path.replaceAll("/+$", ""), type);
  }

  private static String strip(String path) {
    return path.replaceAll("^/+|/+$", "");
  }

  /** The roles its {@code @RolesAllowed} names (the method's, else its resource's); empty when it names none. */
  public Set<String> rolesAllowed() {
    RolesAllowed roles = Optional.ofNullable(handler.getAnnotation(RolesAllowed.class))
        .orElse(resource.getAnnotation(RolesAllowed.class));
    return roles == null ? Set.of() : Set.of(roles.value());
  }

  /** What to ask for: what it produces (JSON unless it says otherwise), or a problem. */
  public String accept() {
    Produces produces = Optional.ofNullable(handler.getAnnotation(Produces.class))
        .orElse(resource.getAnnotation(Produces.class));
    return (produces == null ? "application/json" : produces.value()[0]) + ", application/problem+json";
  }

  /** The path with {@code {reference}} as the incident and any other parameter (an id) as 1. */
  public String filled(String reference) {
    Matcher matcher = TEMPLATE.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(path, "reference".equals(matcher.group(1)) ? reference : "1");
    }
    return matcher.appendTail(path).toString();
  }

  /** A body the endpoint accepts in form: a JSON object, or a one-line CSV; the role check comes first. */
  public String plausibleBody() {
    return contentType.contains("json") ? "{}" : "name,postalAddress,state,email,emailConsent\n";
  }

  @Override
  public String toString() {
    return method + " " + template;
  }
}
