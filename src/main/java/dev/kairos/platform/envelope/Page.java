package dev.kairos.platform.envelope;

import dev.kairos.platform.pagination.Pagination;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every list: {@code {"status":"success","data":[...],"pagination":{...}}}. */
public record Page<T>(@Schema(enumeration = "success", required = true) String status, @Schema(required = true) List<T> data,
        @Schema(required = true) Pagination pagination) {

    /** Maps one page of entities to their response records. */
    public static <E, T> Page<T> of(List<E> items, Function<E, T> mapper, int offset, int limit, long total) {
        List<T> data = items.stream().map(mapper).toList();
        return new Page<>("success", data, Pagination.of(offset, limit, data.size(), total));
    }
}
