package org.breachresponse.notification.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachresponse.input.FieldError;
import org.breachresponse.input.InvalidInputException;
import org.breachresponse.notification.notice.SendNoticeForm;
import org.junit.jupiter.api.Test;

/** What staff type into the notification forms and the API: every mistake named by its field, nothing half-read. */
class NotificationFormsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void thePreviewNamesEveryMissingOrWrongField() {
    Map<String, Integer> residents = new LinkedHashMap<>();
    residents.put("TX", 3);
    residents.put("ZZ", 1);
    residents.put("FL", -2);
    ObligationPreviewRequest request = new ObligationPreviewRequest(null, null, null, null, residents, null);
    assertThatThrownBy(() -> request.validated(TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("discoveryDate", "entityType", "phiSecured", "residents.ZZ", "residents.FL"));
  }

  @Test
  void thePreviewRefusesADeterminationBeforeDiscoveryAndAnEmptyBreach() {
    ObligationPreviewRequest request = new ObligationPreviewRequest(TODAY, TODAY.minusDays(1),
        EntityType.COVERED_ENTITY, false, Map.of("TX", 0), null);
    assertThatThrownBy(() -> request.validated(TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("determinationDate", "residents"));
  }

  @Test
  void aPlanReadsPartnersLawEnforcementAndReasonsAndTheLettersWording() {
    Map<String, String> form = wording();
    form.put(PlanNotificationsForm.BUSINESS_PARTNERS, "Acme Dental Billing; 2026-12-20; BAA section 7.2\n\n");
    form.put(PlanNotificationsForm.LAW_ENFORCEMENT, "IC3_AND_LOCAL_POLICE");
    form.put(PlanNotificationsForm.LAW_ENFORCEMENT_DUE, "2026-12-05");
    form.put(PlanNotificationsForm.NOT_SENT, "2; counsel confirmed the exemption applies");
    PlanNotificationsForm.Plan plan = PlanNotificationsForm.read(form, 3, TODAY);
    assertThat(plan.added()).extracting(n -> n.recipient() + " " + n.authority() + " " + n.dueDate()).containsExactly(
        "BUSINESS_PARTNER Acme Dental Billing 2026-12-20",
        "LAW_ENFORCEMENT FBI Internet Crime Complaint Center (IC3, ic3.gov) 2026-12-05",
        "LAW_ENFORCEMENT Local police 2026-12-05");
    assertThat(plan.added()).allSatisfy(n -> assertThat(n.requiredByLaw()).isFalse());
    assertThat(plan.notSent()).containsExactly(Map.entry(2, "counsel confirmed the exemption applies"));
  }

  @Test
  void aPlanNamesEveryBadLineAndAMissingWording() {
    Map<String, String> form = new HashMap<>();
    form.put(PlanNotificationsForm.BUSINESS_PARTNERS, "Acme; tomorrow; contract");
    form.put(PlanNotificationsForm.LAW_ENFORCEMENT, "IC3");
    form.put(PlanNotificationsForm.NOT_SENT, "7; a reason long enough\n1; short");
    form.put(PlanNotificationsForm.BREACH_DATE, "2026-12-03");
    assertThatThrownBy(() -> PlanNotificationsForm.read(form, 3, TODAY)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly(
            "letterWhatHappened", "letterWhatWeAreDoing", "breachDate", "businessPartners line 1",
            "lawEnforcementDueDate", "legalNoticesNotSent line 1", "legalNoticesNotSent line 2"));
  }

  @Test
  void aSentNoticeNeedsItsDateMethodProofAndForIndividualsTheUnreachableCount() {
    assertThatThrownBy(() -> SendNoticeForm.read("2026-12-03", " ", "", null, Recipient.INDIVIDUALS, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("sentOn", "method", "proof", "withoutUsableContact"));
    SentNotice sent = SendNoticeForm.read("2026-12-01", "HHS breach portal", "Transaction 1234-5678", 4L,
        Recipient.HHS, TODAY);
    assertThat(sent.withoutUsableContact()).as("only the individuals' notice counts the unreachable").isNull();
    assertThat(SendNoticeForm.read("2026-12-01", "First-class mail", "Batch 1", 12.0, Recipient.INDIVIDUALS, TODAY)
        .withoutUsableContact()).isEqualTo(12);
  }

  @Test
  void anOralDelayLastsAtMostThirtyDaysAndAWrittenOneNamesItsEnd() {
    LawEnforcementDelayRequest oral = new LawEnforcementDelayRequest(LawEnforcementDelay.Form.ORAL, "Det. Ortiz",
        "Austin PD", "Hold notices", TODAY, TODAY.plusDays(60));
    assertThat(oral.validated(TODAY).delayedUntil()).isEqualTo(TODAY.plusDays(30));
    assertThat(new LawEnforcementDelayRequest(LawEnforcementDelay.Form.ORAL, "Det. Ortiz", "Austin PD",
        "Hold notices", TODAY, null).delayedUntil()).isEqualTo(TODAY.plusDays(30));
    LawEnforcementDelayRequest written = new LawEnforcementDelayRequest(LawEnforcementDelay.Form.WRITTEN, "SA Cole",
        "FBI", "Impedes an investigation", TODAY, null);
    assertThatThrownBy(() -> written.validated(TODAY)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("until"));
  }

  private static Map<String, String> wording() {
    Map<String, String> form = new HashMap<>();
    form.put(PlanNotificationsForm.WHAT_HAPPENED, "Someone broke into the front desk computer.");
    form.put(PlanNotificationsForm.WHAT_WE_ARE_DOING, "We disconnected it and reset every password.");
    return form;
  }
}
