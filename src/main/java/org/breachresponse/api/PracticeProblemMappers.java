package org.breachresponse.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.breachresponse.alerting.AlertChannelNotFoundException;
import java.util.List;
import org.breachresponse.input.Problem;
import org.breachresponse.practice.NotInAnyPracticeException;
import org.breachresponse.practice.PracticeAdminOnlyException;
import org.breachresponse.practice.PracticeConflictException;
import org.breachresponse.practice.PracticeInactiveException;
import org.breachresponse.practice.PracticeNotFoundException;

/** The practice-related refusals as problem documents, each naming {@code practice} (or the field at fault). */
final class PracticeProblemMappers {

  private PracticeProblemMappers() {
  }

  /** 404: no such practice, or not one the caller belongs to (the same answer). */
  @Provider
  public static class NotFound implements ExceptionMapper<PracticeNotFoundException> {
    @Override
    public Response toResponse(PracticeNotFoundException exception) {
      return Problem.notFound(exception.getMessage(), exception.error().field());
    }
  }

  /** 404: no such alert channel at a practice the caller belongs to. */
  @Provider
  public static class ChannelNotFound implements ExceptionMapper<AlertChannelNotFoundException> {
    @Override
    public Response toResponse(AlertChannelNotFoundException exception) {
      return Problem.notFound(exception.getMessage(), exception.error().field());
    }
  }

  /** 409: the practice is deactivated and takes no new incident. */
  @Provider
  public static class Inactive implements ExceptionMapper<PracticeInactiveException> {
    @Override
    public Response toResponse(PracticeInactiveException exception) {
      return Problem.of(409, "Conflict", List.of(exception.error()));
    }
  }

  /** 403: the caller belongs to no practice. */
  @Provider
  public static class NoPractice implements ExceptionMapper<NotInAnyPracticeException> {
    @Override
    public Response toResponse(NotInAnyPracticeException exception) {
      return Problem.of(403, "Forbidden", exception.getMessage());
    }
  }

  /** 409: the practice id is taken, or the practice changed since the version the change was made on. */
  @Provider
  public static class Conflict implements ExceptionMapper<PracticeConflictException> {
    @Override
    public Response toResponse(PracticeConflictException exception) {
      return Problem.of(409, "Conflict", List.of(exception.error()));
    }
  }

  /** 403 naming the field only an administrator may change. */
  @Provider
  public static class AdminOnly implements ExceptionMapper<PracticeAdminOnlyException> {
    @Override
    public Response toResponse(PracticeAdminOnlyException exception) {
      return Problem.of(403, "Forbidden", List.of(exception.error()));
    }
  }
}
