package dev.kairos.platform.pagination;

import dev.kairos.platform.error.ApiException;
import dev.kairos.platform.request.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list accepts (API.md section 4): {@code limit} (or Cal.com's
 * {@code take}), an opaque {@code cursor} from the previous page, or Cal.com's {@code skip}.
 */
public class PageParams {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 250;
    private static final String CURSOR_PREFIX = "o:";

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1-250 (default 100)", schema = @Schema(type = SchemaType.INTEGER))
    String limit;

    @QueryParam("take")
    @Parameter(description = "Cal.com's name for limit", schema = @Schema(type = SchemaType.INTEGER))
    String take;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from the previous page's pagination.cursor")
    String cursor;

    @QueryParam("skip")
    @Parameter(description = "Items to skip (Cal.com clients); ignored when a cursor is given",
            schema = @Schema(type = SchemaType.INTEGER))
    String skip;

    public PageParams() {
    }

    public static PageParams of(Integer limit, String cursor, Integer skip) {
        PageParams params = new PageParams();
        params.limit = limit == null ? null : limit.toString();
        params.cursor = cursor;
        params.skip = skip == null ? null : skip.toString();
        return params;
    }

    /** The page size asked for, validated. */
    public int limit() {
        String name = limit != null ? "limit" : "take";
        Integer asked = QueryParams.integer(name, limit != null ? limit : take);
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw ApiException.invalidRequest(name + " must be between 1 and " + MAX_LIMIT + ", got " + asked);
        }
        return asked;
    }

    /** How many items come before this page. */
    public int offset() {
        if (cursor != null && !cursor.isBlank()) {
            return decode(cursor);
        }
        Integer skipped = QueryParams.integer("skip", skip);
        if (skipped != null && skipped < 0) {
            throw ApiException.invalidRequest("skip must not be negative, got " + skipped);
        }
        return skipped == null ? 0 : skipped;
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal below
        }
        throw ApiException.invalidRequest("cursor is not one Kairos issued: pass pagination.cursor from the previous page unchanged");
    }
}
