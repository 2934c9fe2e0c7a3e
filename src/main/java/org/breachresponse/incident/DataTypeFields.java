package org.breachresponse.incident;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachresponse.input.FormValues;

/**
 * The form checkboxes, one per {@link DataType}, in which the scope and the risk assessment tick the types of
 * information a breach involved (bpmn/forms/scope-breach.form, assess-risk.form).
 */
public final class DataTypeFields {

  private static final Map<DataType, String> FIELDS = Map.of(
      DataType.NAMES, "dataNames",
      DataType.ADDRESSES, "dataAddresses",
      DataType.DATES_OF_BIRTH, "dataDatesOfBirth",
      DataType.SOCIAL_SECURITY_NUMBERS, "dataSocialSecurityNumbers",
      DataType.INSURANCE_IDS, "dataInsuranceIds",
      DataType.DIAGNOSES_AND_TREATMENT, "dataDiagnosesAndTreatment",
      DataType.DENTAL_IMAGES, "dataDentalImages",
      DataType.PAYMENT_CARDS, "dataPaymentCards");

  private DataTypeFields() {
  }

  /** The types ticked on the submitted form. */
  public static Set<DataType> ticked(FormValues form) {
    Set<DataType> types = EnumSet.noneOf(DataType.class);
    FIELDS.forEach((type, field) -> {
      if (form.flag(field)) {
        types.add(type);
      }
    });
    return types;
  }

  /** The checkboxes' variable names, to discard once read. */
  public static List<String> names() {
    return List.copyOf(FIELDS.values());
  }
}
