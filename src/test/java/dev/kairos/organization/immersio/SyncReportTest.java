package dev.kairos.organization.immersio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a run's outcome becomes its status, without a server. */
class SyncReportTest {

    @Test
    void aCleanRunSucceeds() {
        SyncReport report = new SyncReport();
        report.read();
        report.processed(12);
        assertEquals("success", report.status());
        assertNull(report.summary());
    }

    @Test
    void anyProblemMakesItPartial() {
        SyncReport report = new SyncReport();
        report.read();
        report.readFailed("course c1", "its students could not be read: Immersio answered 503 (3 attempts)");
        report.failed("event type 4", "student s9 has no well-formed email address; not whitelisted");
        assertEquals("partial", report.status());
        assertEquals(2, report.failed());
        assertTrue(report.summary().startsWith("course c1: its students"));
        assertTrue(report.summary().endsWith("(and 1 more problems in the sync log)"));
    }

    @Test
    void readingNothingAtAllOrBeingStoppedFails() {
        SyncReport nothingRead = new SyncReport();
        nothingRead.readFailed("courses", "the course list could not be read");
        assertEquals("failed", nothingRead.status());

        SyncReport stopped = new SyncReport();
        stopped.read();
        stopped.processed(3);
        stopped.stop("courses", "Immersio answered 401");
        stopped.stop("course c2", "a second reason is not recorded");
        assertEquals("failed", stopped.status());
        assertEquals("Immersio answered 401", stopped.summary());
        assertEquals(1, stopped.problems().size());
    }

    @Test
    void problemsAreCappedButCounted() {
        SyncReport report = new SyncReport();
        report.read();
        for (int i = 0; i < 250; i++) {
            report.failed("event type 1", "student " + i + " has no well-formed email address");
        }
        assertEquals(250, report.failed());
        assertEquals(SyncReport.MAX_PROBLEMS, report.problems().size());
    }
}
