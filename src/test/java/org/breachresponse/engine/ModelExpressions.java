package org.breachresponse.engine;

import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The expressions of a model file, read from every attribute and text of its XML: the beans its delegate
 * expressions name and the {@code bean.method(...)} calls anywhere else. For {@link ModelRulesTest}.
 */
final class ModelExpressions {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
  private static final Pattern CALL = Pattern.compile("(?<![\\w.'\"])([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\(");

  /** {@code bean.method(…)} with that many arguments, as written in {@code expression}. */
  record Call(String bean, String method, int arguments, String expression) {
  }

  private final Set<String> delegates = new LinkedHashSet<>();
  private final List<Call> calls = new ArrayList<>();

  private ModelExpressions() {
  }

  static ModelExpressions of(Path model) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    ModelExpressions expressions = new ModelExpressions();
    expressions.visit(factory.newDocumentBuilder().parse(model.toFile()).getDocumentElement());
    return expressions;
  }

  Set<String> delegates() {
    return delegates;
  }

  List<Call> calls() {
    return calls;
  }

  private void visit(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if ("delegateExpression".equals(attribute.getLocalName())) {
        Matcher delegate = DELEGATE.matcher(attribute.getValue());
        if (!delegate.matches()) {
          throw new IllegalArgumentException("a delegate expression names one bean: " + attribute.getValue());
        }
        delegates.add(delegate.group(1));
      } else {
        read(attribute.getValue());
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        visit(childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        read(child.getNodeValue());
      }
    }
  }

  private void read(String text) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String body = expression.group(1);
      Matcher call = CALL.matcher(body);
      while (call.find()) {
        calls.add(new Call(call.group(1), call.group(2), arguments(body, call.end()), expression.group()));
      }
    }
  }

  /** How many arguments the call whose '(' ends at {@code from} passes: commas at its own depth, outside quotes. */
  private static int arguments(String body, int from) {
    int depth = 0;
    int commas = 0;
    boolean any = false;
    char quote = 0;
    for (int i = from; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth-- == 0) {
          return any ? commas + 1 : 0;
        }
      } else if (c == ',' && depth == 0) {
        commas++;
      }
      any |= !Character.isWhitespace(c);
    }
    throw new IllegalArgumentException("unbalanced parentheses in ${" + body + "}");
  }

  /** Our CDI beans by name: every class under {@code classes} annotated {@code @Named}. */
  static Map<String, Class<?>> namedBeans(Path classes) throws IOException, ClassNotFoundException {
    Map<String, Class<?>> beans = new HashMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
            ModelExpressions.class.getClassLoader());
        Named named = type.getAnnotation(Named.class);
        if (named != null) {
          beans.put(named.value().isEmpty() ? defaultName(type) : named.value(), type);
        }
      }
    }
    return beans;
  }

  /** CDI's default bean name: the simple class name with its first character in lower case. */
  private static String defaultName(Class<?> type) {
    String simple = type.getSimpleName();
    return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
  }
}
