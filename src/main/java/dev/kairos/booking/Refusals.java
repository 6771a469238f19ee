package dev.kairos.booking;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import dev.kairos.slot.engine.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Turns the slot engine's refusals into API.md's errors: the event type's own rules 422, other people's time 409. */
final class Refusals {

    private Refusals() {
    }

    static ApiException of(Verdict verdict, String field) {
        return new ApiException(codeOf(verdict), "This start cannot be booked: " + verdict.message(),
                List.of(new ErrorDetail(field, verdict.reason().name())), Map.of());
    }

    /** A series refused as a whole: one detail per refused occurrence; 422 if any occurrence breaks a rule. */
    static ApiException ofSeries(Map<Instant, Verdict> refused) {
        boolean anyRule = refused.values().stream().anyMatch(v -> v.reason().httpStatus() == 422);
        List<ErrorDetail> details = refused.entrySet().stream()
                .map(e -> new ErrorDetail("start", e.getKey() + ": " + e.getValue().reason().name() + " (" + e.getValue().message() + ")"))
                .toList();
        String dates = String.join(", ", refused.keySet().stream().map(Instant::toString).toList());
        return new ApiException(anyRule ? ErrorCode.VALIDATION_ERROR : ErrorCode.CONFLICT,
                "The recurring series cannot be booked; nothing was booked. Refused occurrences: " + dates, details, Map.of());
    }

    private static ErrorCode codeOf(Verdict verdict) {
        return verdict.reason().httpStatus() == 409 ? ErrorCode.CONFLICT : ErrorCode.VALIDATION_ERROR;
    }
}
