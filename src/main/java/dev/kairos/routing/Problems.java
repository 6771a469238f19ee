package dev.kairos.routing;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.error.ErrorCode;
import dev.kairos.platform.error.ErrorDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects what is wrong with a form or a response, so the client learns every problem in one 422. */
final class Problems {

    /** Enough to fix a form in a few rounds without an unbounded error body. */
    private static final int MAX_DETAILS = 50;

    private final List<ErrorDetail> details = new ArrayList<>();

    void add(String field, String message) {
        if (details.size() < MAX_DETAILS) {
            details.add(new ErrorDetail(field, message));
        }
    }

    boolean isEmpty() {
        return details.isEmpty();
    }

    List<ErrorDetail> details() {
        return List.copyOf(details);
    }

    /** @throws ApiException 422 listing every problem, when there is any */
    void throwIfAny(String what) {
        if (!details.isEmpty()) {
            String summary = details.stream().map(d -> d.field() + " " + d.message()).collect(Collectors.joining("; "));
            throw new ApiException(ErrorCode.VALIDATION_ERROR, what + ": " + summary, details, Map.of());
        }
    }
}
