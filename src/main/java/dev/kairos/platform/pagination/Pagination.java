package dev.kairos.platform.pagination;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code pagination} object of every list response: cursor fields and Cal.com's page fields. */
@Schema(name = "Pagination")
public record Pagination(
        @Schema(required = true) int limit,
        @Schema(required = true) boolean hasMore,
        @Schema(description = "Pass as ?cursor= for the next page; null on the last page", nullable = true) String cursor,
        @Schema(required = true) long totalItems,
        @Schema(required = true) long remainingItems,
        @Schema(required = true) int returnedItems,
        @Schema(required = true) int itemsPerPage,
        @Schema(required = true) int currentPage,
        @Schema(required = true) long totalPages,
        @Schema(required = true) boolean hasNextPage,
        @Schema(required = true) boolean hasPreviousPage) {

    /**
     * @param offset   items before this page
     * @param limit    page size asked for
     * @param returned items on this page
     * @param total    items matching the query
     */
    public static Pagination of(int offset, int limit, int returned, long total) {
        boolean hasMore = offset + returned < total;
        long remaining = Math.max(0, total - offset - returned);
        long totalPages = (total + limit - 1) / limit;
        return new Pagination(limit, hasMore, hasMore ? PageParams.encode(offset + returned) : null, total, remaining,
                returned, limit, offset / limit + 1, totalPages, hasMore, offset > 0);
    }
}
