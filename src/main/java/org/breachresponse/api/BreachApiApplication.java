package org.breachresponse.api;

import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.breachresponse.alerting.AlertChannelResource;
import org.breachresponse.alerting.ResponseTargetResource;
import org.breachresponse.compliance.AuditChainResource;
import org.breachresponse.compliance.ComplianceResource;
import org.breachresponse.compliance.TimelineResource;
import org.breachresponse.containment.EvidenceResource;
import org.breachresponse.containment.PracticeDirectoryResource;
import org.breachresponse.containment.PracticeEdrResource;
import org.breachresponse.incident.IncidentResource;
import org.breachresponse.notification.hhs.HhsAnnualLogResource;
import org.breachresponse.notification.hhs.HhsWorksheetResource;
import org.breachresponse.notification.notice.IndividualNoticesResource;
import org.breachresponse.notification.notice.LawEnforcementDelayResource;
import org.breachresponse.notification.obligation.ObligationResource;
import org.breachresponse.practice.PracticeResource;
import org.breachresponse.provider.ProviderOverviewResource;
import org.breachresponse.review.ReviewReportResource;

/**
 * The resources of {@code /camunda/api/breach}, listed explicitly: the same WAR holds Camunda's REST
 * resources, which must not be scanned into this application. Mapped in {@code web.xml}.
 */
public class BreachApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        IncidentResource.class,
        EvidenceResource.class,
        ObligationResource.class,
        LawEnforcementDelayResource.class,
        IndividualNoticesResource.class,
        HhsWorksheetResource.class,
        HhsAnnualLogResource.class,
        TimelineResource.class,
        ComplianceResource.class,
        AuditChainResource.class,
        ProviderOverviewResource.class,
        ReviewReportResource.class,
        PracticeResource.class,
        PracticeDirectoryResource.class,
        PracticeEdrResource.class,
        AlertChannelResource.class,
        ResponseTargetResource.class,
        JsonSettings.class,
        ParameterTextFilter.class,
        InvalidInputMapper.class,
        NotFoundMapper.class,
        UnreadableJsonMapper.class,
        ConflictMapper.class,
        PracticeDetailsMissingMapper.class,
        StepNotDoneMapper.class,
        HttpErrorMapper.class,
        UnexpectedFailureMapper.class,
        PracticeAccessFilter.class,
        PracticeProblemMappers.NotFound.class,
        PracticeProblemMappers.ChannelNotFound.class,
        PracticeProblemMappers.Inactive.class,
        PracticeProblemMappers.NoPractice.class,
        PracticeProblemMappers.Conflict.class,
        PracticeProblemMappers.AdminOnly.class);
  }
}
