package org.breachresponse.engine;

import java.net.URL;
import java.util.List;
import org.camunda.bpm.application.impl.metadata.ProcessesXmlParser;
import org.camunda.bpm.application.impl.metadata.spi.ProcessArchiveXml;

/**
 * The models, decisions and forms {@code META-INF/processes.xml} lists: the one list the server deploys, read
 * with the engine's own parser, so an engine test deploys what production deploys and nothing else.
 */
final class ProcessesXml {

  static final String LOCATION = "META-INF/processes.xml";

  private ProcessesXml() {
  }

  /** Every {@code <resource>} of the process archive, in the order listed. */
  static List<String> resources() {
    return archive().getProcessResourceNames();
  }

  /** The one BPMN model listed: the process the server runs. */
  static String model() {
    List<String> models = resources().stream().filter(ProcessesXml::isModel).toList();
    if (models.size() != 1) {
      throw new IllegalStateException(LOCATION + " must list exactly one BPMN model, not " + models);
    }
    return models.get(0);
  }

  /** The listed resources that are not BPMN models: what a test deploying a model of its own needs beside it. */
  static List<String> decisionsAndForms() {
    return resources().stream().filter(name -> !isModel(name)).toList();
  }

  /** The name the server gives the deployment: the process archive's. */
  static String archiveName() {
    return archive().getName();
  }

  private static boolean isModel(String resource) {
    return resource.endsWith(".bpmn");
  }

  private static ProcessArchiveXml archive() {
    URL location = ProcessesXml.class.getClassLoader().getResource(LOCATION);
    if (location == null) {
      throw new IllegalStateException(LOCATION + " is not on the test class path");
    }
    List<ProcessArchiveXml> archives = new ProcessesXmlParser().createParse().sourceUrl(location).execute()
        .getProcessesXml().getProcessArchives();
    if (archives.size() != 1) {
      throw new IllegalStateException(LOCATION + " must declare exactly one process archive, not " + archives.size());
    }
    return archives.get(0);
  }
}
