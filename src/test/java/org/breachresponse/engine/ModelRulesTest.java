package org.breachresponse.engine;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.breachresponse.process.BreachResponseProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.breachresponse.process.Phase;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House rules over every model and decision table in {@code bpmn/}: what a staff member, an auditor and
 * the next engineer rely on, checked before anything is deployed.
 */
class ModelRulesTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Duration SIX_YEARS = Duration.ofDays(6 * 365 + 1);

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).toList().stream();
    }
  }

  static Stream<Path> decisions() throws IOException {
    try (Stream<Path> files = Files.walk(MODELS)) {
      return files.filter(f -> f.toString().endsWith(".dmn")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyProcessKeepsItsHistorySixYears(Path model) {
    for (Process process : parse(model).getModelElementsByType(Process.class)) {
      String ttl = process.getCamundaHistoryTimeToLiveString();
      assertThat(ttl).as("historyTimeToLive of %s", process.getId()).isNotBlank();
      assertThat(days(ttl)).as("historyTimeToLive of %s in days (HIPAA: 6 years)", process.getId())
          .isGreaterThanOrEqualTo(SIX_YEARS.toDays());
    }
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void everyDecisionIsDeployedAndKeepsItsHistorySixYears(Path model) throws IOException {
    assertThat(deployedResources()).as("processes.xml lists %s", model).contains(resourceName(model));
    for (Decision decision : parseDecisions(model).getModelElementsByType(Decision.class)) {
      String ttl = decision.getCamundaHistoryTimeToLiveString();
      assertThat(ttl).as("historyTimeToLive of %s", decision.getId()).isNotBlank();
      assertThat(days(ttl)).as("historyTimeToLive of %s in days (HIPAA: 6 years)", decision.getId())
          .isGreaterThanOrEqualTo(SIX_YEARS.toDays());
    }
  }

  @ParameterizedTest
  @MethodSource("decisions")
  void everyDecisionRuleNamesItsSource(Path model) {
    for (Rule rule : parseDecisions(model).getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyUserTaskHasAFormAndARole(Path model) {
    for (UserTask task : parse(model).getModelElementsByType(UserTask.class)) {
      assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
      assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
      assertThat(task.getName()).as("name of %s", task.getId()).isNotBlank();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyServiceTaskCallsANamedDelegate(Path model) {
    for (ServiceTask task : parse(model).getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaDelegateExpression()).as("delegate of %s", task.getId())
          .matches("\\$\\{[a-z][A-Za-z]+Delegate}");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyBusinessRuleTaskCallsADeployedDecision(Path model) throws IOException {
    Set<String> deployed = new java.util.HashSet<>();
    for (Path decisions : decisions().toList()) {
      assertThat(deployedResources()).as("processes.xml lists %s", decisions).contains(resourceName(decisions));
      parseDecisions(decisions).getModelElementsByType(Decision.class).forEach(d -> deployed.add(d.getId()));
    }
    for (BusinessRuleTask task : parse(model).getModelElementsByType(BusinessRuleTask.class)) {
      assertThat(task.getCamundaDecisionRef()).as("decision of %s", task.getId()).isIn(deployed);
      assertThat(task.getCamundaDelegateExpression()).as("a delegate besides the decision on %s", task.getId()).isNull();
      assertThat(task.getCamundaClass()).as("a class besides the decision on %s", task.getId()).isNull();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void elementIdsReadAsTypeAndName(Path model) {
    for (FlowNode node : parse(model).getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches("(StartEvent|EndEvent|Task|Gateway|Timer|Event|SubProcess|Phase)_[A-Z][A-Za-z]+");
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFormReferenceResolvesToADeployedForm(Path model) throws IOException {
    Set<String> formIds = formIds();
    Set<String> deployed = deployedResources();
    assertThat(deployed).as("processes.xml lists %s", model).contains(resourceName(model));
    BpmnModelInstance instance = parse(model);
    Stream.concat(instance.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
            instance.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
        .filter(ref -> ref != null)
        .forEach(ref -> assertThat(formIds).as("a deployed form with id %s", ref).contains(ref));
  }

  @Test
  void idConstantsNameElementsOfTheModel() throws IllegalAccessException {
    BpmnModelInstance model = parse(MODELS.resolve("breach-response.bpmn"));
    for (Field field : BreachResponseProcess.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("KEY")) {
        String id = (String) field.get(null);
        assertThat((BaseElement) model.getModelElementById(id)).as("element %s (%s)", id, field.getName()).isNotNull();
      }
    }
    assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId)
        .containsExactly(BreachResponseProcess.KEY);
  }

  @Test
  void everyPhaseIsACollapsedSubprocessDrawnOnItsOwnPlaneWithALanePerRole() {
    BpmnModelInstance model = parse(MODELS.resolve("breach-response.bpmn"));
    Map<String, BpmnPlane> planes = model.getModelElementsByType(BpmnPlane.class).stream()
        .collect(Collectors.toMap(plane -> plane.getBpmnElement().getId(), plane -> plane));
    List<SubProcess> phases = model.getModelElementsByType(SubProcess.class).stream()
        .filter(sub -> sub.getId().startsWith("Phase_")).toList();
    assertThat(phases).extracting(SubProcess::getId).containsExactlyInAnyOrder(BreachResponseProcess.PHASE_IDENTIFY_AND_ANALYSE,
        BreachResponseProcess.PHASE_CONTAIN, BreachResponseProcess.PHASE_REMOVE_THREAT,
        BreachResponseProcess.PHASE_RECOVER_AND_FORTIFY, BreachResponseProcess.PHASE_NOTIFY,
        BreachResponseProcess.PHASE_REVIEW);
    for (SubProcess phase : phases) {
      assertThat(phase.getParentElement()).as("%s lies on the top level", phase.getId()).isInstanceOf(Process.class);
      assertThat(shapeIn(planes.get(BreachResponseProcess.KEY), phase.getId()).isExpanded())
          .as("%s drawn collapsed on the top level", phase.getId()).isFalse();
      assertThat(planes).as("a diagram to drill into %s", phase.getId()).containsKey(phase.getId());
      assertThat(Phase.ofActivity(phase.getId())).as("the incident phase %s runs", phase.getId()).isPresent();
      assertThat(phase.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
          .as("phaseListener on the start and the end of %s", phase.getId())
          .extracting(CamundaExecutionListener::getCamundaEvent, CamundaExecutionListener::getCamundaDelegateExpression)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("start", "${phaseListener}"),
              org.assertj.core.groups.Tuple.tuple("end", "${phaseListener}"));
      List<Lane> lanes = phase.getChildElementsByType(LaneSet.class).stream()
          .flatMap(set -> set.getLanes().stream()).toList();
      assertThat(lanes).as("lanes of %s", phase.getId()).isNotEmpty();
      for (FlowNode node : phase.getChildElementsByType(FlowNode.class)) {
        assertThat(lanes.stream().filter(lane -> lane.getFlowNodeRefs().contains(node)))
            .as("lanes holding %s", node.getId()).hasSize(1);
      }
      lanes.forEach(lane -> assertThat(shapeIn(planes.get(phase.getId()), lane.getId()))
          .as("lane %s drawn", lane.getId()).isNotNull());
    }
  }

  @Test
  void everyFlowElementIsDrawnOnThePlaneOfItsScope() {
    BpmnModelInstance model = parse(MODELS.resolve("breach-response.bpmn"));
    Map<String, BpmnPlane> planes = model.getModelElementsByType(BpmnPlane.class).stream()
        .collect(Collectors.toMap(plane -> plane.getBpmnElement().getId(), plane -> plane));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String scope = ((BaseElement) element.getParentElement()).getId();
      BpmnPlane plane = planes.get(scope);
      assertThat(plane).as("a plane for the scope %s of %s", scope, element.getId()).isNotNull();
      assertThat(plane.getDiagramElements().stream().anyMatch(di -> di.getAttributeValue("bpmnElement")
          .equals(element.getId()))).as("%s drawn on the plane of %s", element.getId(), scope).isTrue();
    }
  }

  private static BpmnShape shapeIn(BpmnPlane plane, String elementId) {
    return plane.getChildElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null && shape.getBpmnElement().getId().equals(elementId))
        .findFirst().orElse(null);
  }

  /**
   * Every bean an expression of a model names is a CDI bean of ours ({@code @Named}, by its given or default
   * name), and every {@code bean.method(...)} a public method of it taking that many arguments: a misspelling
   * fails here, not on the first incident that reaches the step. Delegate expressions name a bean; anywhere
   * else (conditions, timers, collections, names, due dates, input mappings, listener expressions) an
   * identifier is a bean where a method is called on it, and a process variable otherwise.
   */
  @ParameterizedTest
  @MethodSource("models")
  void everyBeanAnExpressionNamesExistsWithThatMethod(Path model) throws Exception {
    Map<String, Class<?>> beans = ModelExpressions.namedBeans(Path.of("target/classes"));
    assertThat(beans).as("@Named classes in target/classes").containsKey("phaseListener");
    ModelExpressions expressions = ModelExpressions.of(model);
    assertThat(expressions.delegates()).as("delegate expressions in %s", model).isNotEmpty();
    assertThat(expressions.calls()).as("method calls in %s", model).isNotEmpty();
    for (String bean : expressions.delegates()) {
      assertThat(beans).as("a @Named bean %s (delegate expression in %s)", bean, model).containsKey(bean);
    }
    for (ModelExpressions.Call call : expressions.calls()) {
      assertThat(beans).as("a @Named bean %s (in %s)", call.bean(), call.expression()).containsKey(call.bean());
      assertThat(Stream.of(beans.get(call.bean()).getMethods())
          .filter(m -> m.getName().equals(call.method()) && m.getParameterCount() == call.arguments()))
          .as("a public method %s with %d arguments on %s (in %s)", call.method(), call.arguments(),
              beans.get(call.bean()).getName(), call.expression())
          .isNotEmpty();
    }
  }

  /** Forms by their id, each of them listed in processes.xml. */
  private static Set<String> formIds() throws IOException {
    Set<String> deployed = deployedResources();
    try (Stream<Path> files = Files.walk(MODELS)) {
      List<Path> forms = files.filter(f -> f.toString().endsWith(".form")).toList();
      for (Path form : forms) {
        assertThat(deployed).as("processes.xml lists %s", form).contains(resourceName(form));
      }
      return forms.stream().map(ModelRulesTest::formId).collect(Collectors.toSet());
    }
  }

  /** The name a file under bpmn/ has on the classpath, as processes.xml lists it. */
  private static String resourceName(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static String formId(Path form) {
    try (Reader reader = Files.newBufferedReader(form)) {
      JsonObject json = Json.createReader(reader).readObject();
      return json.getString("id");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What the server deploys, read as the engine reads it. */
  private static Set<String> deployedResources() {
    return Set.copyOf(ProcessesXml.resources());
  }

  private static long days(String ttl) {
    return ttl.startsWith("P") ? Duration.parse(ttl).toDays() : Long.parseLong(ttl);
  }

  private static DmnModelInstance parseDecisions(Path model) {
    DmnModelInstance instance = Dmn.readModelFromFile(model.toFile());
    Dmn.validateModel(instance);
    return instance;
  }

  private static BpmnModelInstance parse(Path model) {
    BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
    Bpmn.validateModel(instance);
    return instance;
  }
}
