package dev.kairos.platform.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kairos.platform.error.ApiException;
import org.junit.jupiter.api.Test;

/** The pagination object's arithmetic and the cursor's round trip, without HTTP. */
class PaginationTest {

    @Test
    void firstOfThreePages() {
        Pagination page = Pagination.of(0, 10, 10, 25);
        assertTrue(page.hasMore());
        assertEquals(15, page.remainingItems());
        assertEquals(1, page.currentPage());
        assertEquals(3, page.totalPages());
        assertFalse(page.hasPreviousPage());
        assertEquals(10, PageParams.of(10, page.cursor(), null).offset());
    }

    @Test
    void lastPage() {
        Pagination page = Pagination.of(20, 10, 5, 25);
        assertFalse(page.hasMore());
        assertFalse(page.hasNextPage());
        assertNull(page.cursor());
        assertEquals(0, page.remainingItems());
        assertEquals(3, page.currentPage());
        assertTrue(page.hasPreviousPage());
    }

    @Test
    void emptyList() {
        Pagination page = Pagination.of(0, 100, 0, 0);
        assertEquals(0, page.totalPages());
        assertFalse(page.hasMore());
    }

    @Test
    void limitsAndCursorsAreValidated() {
        assertEquals(100, PageParams.of(null, null, null).limit());
        assertThrows(ApiException.class, () -> PageParams.of(0, null, null).limit());
        assertThrows(ApiException.class, () -> PageParams.of(251, null, null).limit());
        assertThrows(ApiException.class, () -> PageParams.of(null, "garbage!", null).offset());
        assertThrows(ApiException.class, () -> PageParams.of(null, null, -1).offset());
        assertEquals(7, PageParams.of(null, null, 7).offset());
    }
}
