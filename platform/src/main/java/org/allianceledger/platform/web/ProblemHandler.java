package org.allianceledger.platform.web;

import jakarta.validation.ConstraintViolationException;
import org.allianceledger.platform.domain.RefusalCode;
import org.allianceledger.platform.domain.Refused;
import org.allianceledger.platform.pages.Browsers;
import org.allianceledger.platform.pages.ErrorPages;
import org.allianceledger.platform.persistence.StoreOutage;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one place that turns refusals and framework errors into RFC 9457 problems with a stable code.
 * A client mistake is always a 4xx; only a fault of ours is a 5xx.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ErrorPages pages;

    ProblemHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Object> refused(Refusal refusal) {
        return answer(refusal.problem(), refusal.getMessage(), null);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refused(Refused refused) {
        return answer(problem(refused.code()), refused.getMessage(), null);
    }

    /** A domain refusal is answered as the problem of the same code, with that problem's status. */
    static Problem problem(RefusalCode code) {
        return Problem.valueOf(code.name());
    }

    /** Axon hands over handler exceptions as they are, or wrapped: look for the refusal inside. */
    @ExceptionHandler({CommandExecutionException.class, AxonException.class})
    ResponseEntity<Object> fromAxon(Exception exception) {
        if (StoreOutage.isOutage(exception)) {
            return storeUnavailable(exception);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return refused(refused);
            }
            if (cause instanceof Refusal refusal) {
                return refused(refusal);
            }
            if (cause instanceof AggregateNotFoundException) {
                return answer(Problem.ALLIANCE_NOT_FOUND, "No alliance with that id", null);
            }
            if (cause instanceof LockAcquisitionFailedException) {
                log.warn("A command did not get its turn: {}", cause.getMessage());
                return answer(Problem.SERVICE_BUSY, "Too many commands wait for this alliance; nothing was recorded, retry", null);
            }
            if (cause instanceof ConcurrencyException) {
                log.warn("Gave up on a command after repeated concurrent updates", cause);
                return answer(Problem.CONCURRENT_UPDATE, "The alliance changed concurrently; nothing was recorded, retry", null);
            }
        }
        return unexpected(exception);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException exception) {
        return answer(Problem.VALIDATION_FAILED, "Invalid value for " + exception.getName(),
                      List.of(new FieldProblem(exception.getName(), "has an invalid value")));
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<Object> invalidParameter(InvalidParameter invalid) {
        return answer(Problem.VALIDATION_FAILED, "Invalid value for " + invalid.name(),
                      List.of(new FieldProblem(invalid.name(), invalid.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException exception) {
        return answer(Problem.VALIDATION_FAILED, "The request has invalid values",
                      exception.getConstraintViolations().stream()
                              .map(v -> new FieldProblem(String.valueOf(v.getPropertyPath()), v.getMessage()))
                              .toList());
    }

    @ExceptionHandler(OutcomeUnknown.class)
    ResponseEntity<Object> outcomeUnknown(OutcomeUnknown unknown) {
        log.warn("A command's commit broke off, its outcome is unknown: {} (retry with {})",
                 rootMessage(unknown), unknown.retryWith());
        ProblemDetail body = problem(Problem.OUTCOME_UNKNOWN, unknown.getMessage(), null);
        if (!unknown.retryWith().isEmpty()) {
            body.setProperty("retryWith", new TreeMap<>(unknown.retryWith()));
        }
        return ResponseEntity.status(Problem.OUTCOME_UNKNOWN.status()).body(body);
    }

    /**
     * The database is down or restarting (a connection refused, broken or not to be had from the pool while it is
     * so). Logged in one line: the stack says nothing more, and Axon's wrapper would call it "already inserted".
     */
    private ResponseEntity<Object> storeUnavailable(Exception exception) {
        log.warn("The database is unavailable: {}", rootMessage(exception));
        return answer(Problem.STORE_UNAVAILABLE,
                      "The database is down or restarting; nothing was changed. Retry after a moment.", null);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int hops = 0; root.getCause() != null && root.getCause() != root && hops < 32; hops++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        if (StoreOutage.isOutage(exception)) {
            return storeUnavailable(exception);
        }
        log.error("Unexpected failure", exception);
        return answer(Problem.INTERNAL_ERROR, "An internal error occurred", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandler::fieldProblem)
                .toList();
        List<FieldProblem> globals = exception.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
                .toList();
        return answer(Problem.VALIDATION_FAILED, "The request has invalid fields",
                      Stream.concat(errors.stream(), globals.stream()).toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        // a body validated together with constrained path variables reports its fields as the body's own errors
        List<FieldProblem> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(ProblemHandler::fieldProblem)
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                                               error.getDefaultMessage())))
                .toList();
        return answer(Problem.VALIDATION_FAILED, "The request has invalid parameters", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestSizeLimitFilter.TooLarge tooLarge) {
                return answer(Problem.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null);
            }
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
                return answer(Problem.MALFORMED_REQUEST, "The body is not JSON of the expected shape",
                              List.of(new FieldProblem(field(mismatched.getPath()), expected(mismatched.getTargetType()))));
            }
            if (cause instanceof StreamReadException unreadable && unreadable.processor() != null) {
                String where = unreadable.processor().streamReadContext().pathAsPointer().toString();
                return answer(Problem.MALFORMED_REQUEST, "The body is not valid JSON: " + unreadable.getOriginalMessage(),
                              List.of(new FieldProblem(where.isEmpty() ? "body" : where.substring(1).replace('/', '.'),
                                                       unreadable.getOriginalMessage())));
            }
        }
        return answer(Problem.MALFORMED_REQUEST, "The body is not valid JSON of the expected shape", null);
    }

    /** {@code enterprise.name}, {@code foundingMembers[1].id}: where in the body Jackson gave up. */
    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (type == String.class) {
            return "must be a string";
        }
        return "has a value of the wrong type";
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        Problem problem = exception instanceof HttpMediaTypeNotSupportedException ? Problem.UNSUPPORTED_MEDIA_TYPE
                : exception instanceof HttpMediaTypeNotAcceptableException ? Problem.NOT_ACCEPTABLE
                : exception instanceof HttpRequestMethodNotSupportedException ? Problem.METHOD_NOT_ALLOWED
                : exception instanceof NoResourceFoundException ? Problem.NOT_FOUND
                : null;
        if (problem == null && status.is4xxClientError()) {
            ProblemDetail detail = body instanceof ProblemDetail given ? given : ProblemDetail.forStatus(status);
            detail.setProperty("code", status.value() == 404 ? "NOT_FOUND" : "BAD_REQUEST");
            return ResponseEntity.status(status).headers(headers).body(detail);
        }
        if (problem == null) {
            return unexpected(exception);
        }
        if (problem == Problem.NOT_FOUND && request instanceof ServletWebRequest web && Browsers.wantPage(web.getRequest())
                && web.getResponse() != null) {
            // a person who followed a link or typed an address reads a page, not JSON
            try {
                pages.write(web.getRequest(), web.getResponse(), 404);
            } catch (IOException gone) {
                // the browser has gone: nobody is left to tell
            }
            return null;
        }
        ProblemDetail detail = problem(problem, exception.getMessage(), null);
        return ResponseEntity.status(problem.status()).headers(headers).body(detail);
    }

    static ResponseEntity<Object> answer(Problem problem, String detail, List<FieldProblem> errors) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.status());
        if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Problem.RETRY_AFTER_SECONDS));
        }
        return answer.body(problem(problem, detail, errors));
    }

    public static ProblemDetail problem(Problem problem, String detail, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
        body.setType(URI.create("urn:problem-type:alliance-ledger:" + problem.name().toLowerCase().replace('_', '-')));
        // the title is the code's in the caller's language: ProblemTitles sets it on the way out
        body.setProperty("code", problem.name());
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", errors.stream()
                    .map(e -> Map.of("field", e.field(), "message", String.valueOf(e.message()), "code", e.code()))
                    .toList());
        }
        return body;
    }

    private static FieldProblem fieldProblem(FieldError error) {
        if (error.isBindingFailure()) {
            return new FieldProblem(error.getField(), "has an invalid value");
        }
        String message = error.getDefaultMessage();
        return new FieldProblem(error.getField(), message);
    }

    /** A field's problem; its code is the message's leading upper-case code where it has one. */
    public record FieldProblem(String field, String message) {
        String code() {
            int colon = message == null ? -1 : message.indexOf(':');
            String head = colon > 0 ? message.substring(0, colon) : "";
            return head.matches("[A-Z_]+") ? head : "INVALID_FIELD";
        }
    }
}
