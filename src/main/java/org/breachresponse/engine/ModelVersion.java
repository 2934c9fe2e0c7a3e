package org.breachresponse.engine;

import org.camunda.bpm.engine.repository.ProcessDefinition;

/** The model version of a deployed definition: its {@code camunda:versionTag}, or "1" for the untagged first model. */
final class ModelVersion {

  static final String FIRST = "1";

  private ModelVersion() {
  }

  static String of(ProcessDefinition definition) {
    String tag = definition.getVersionTag();
    return tag == null || tag.isBlank() ? FIRST : tag.strip();
  }
}
