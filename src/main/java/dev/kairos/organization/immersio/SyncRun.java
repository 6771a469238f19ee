package dev.kairos.organization.immersio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kairos.eventtype.SyncedWhitelist;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * One sync run, as immersio-api.md fixes it: every page of the course list, then every page of the
 * students of each mapped course with syncStudents (courses read side by side, the session keeping
 * at most two requests in flight), then each event type's roster written (see {@link RosterWriter}).
 */
final class SyncRun {

    static final int COURSE_PAGE_SIZE = 100;
    static final int STUDENT_PAGE_SIZE = 500;
    /** More courses than this are not read (nor held in memory): the course list is then incomplete. */
    static final int MAX_COURSES = 10_000;
    /** More students in one course than this are not read: the roster is then incomplete and nobody leaves it. */
    static final int MAX_STUDENTS_PER_COURSE = 50_000;
    private static final Logger LOG = Logger.getLogger(SyncRun.class);

    /** The students of one course; incomplete when a page could not be read or the course is gone. */
    private record Roster(List<SyncedWhitelist.Student> students, boolean complete) {
    }

    private final SyncClaims.Claim claim;
    private final RosterWriter writer;
    private final PartnerSession partner;
    private final SyncReport report;

    SyncRun(SyncClaims.Claim claim, RosterWriter writer, PartnerSession partner, SyncReport report) {
        this.claim = claim;
        this.writer = writer;
        this.partner = partner;
        this.report = report;
    }

    /** Runs to the end, or until the report is stopped; the report says what happened. */
    void run(ExecutorService requests) {
        List<RosterWriter.Mapping> mappings = writer.mappingsOf(claim.orgId());
        readCourses(mappings);
        List<RosterWriter.Mapping> syncing = mappings.stream().filter(RosterWriter.Mapping::syncStudents).toList();
        if (report.stopped() || syncing.isEmpty()) {
            return;
        }
        Map<String, Roster> rosters = readRosters(syncing, requests);
        if (!report.stopped()) {
            writeRosters(syncing, rosters);
        }
    }

    private void readCourses(List<RosterWriter.Mapping> mappings) {
        PartnerSession.Listing courses;
        try {
            courses = partner.all("/v1/courses", COURSE_PAGE_SIZE, MAX_COURSES, report::stopped);
        } catch (PartnerFailure failure) {
            if (failure.kind() == PartnerFailure.Kind.UNAUTHORIZED) {
                report.stop("courses", failure.getMessage());
            } else {
                report.readFailed("courses", "the course list could not be read: " + failure.getMessage());
            }
            return;
        }
        report.read();
        report.processed(courses.items().size());
        if (!courses.complete()) {
            report.failed("courses", "the course list was read only in part: " + courses.incompleteBecause());
        }
        Map<String, String> listed = new HashMap<>();
        for (JsonNode course : courses.items()) {
            if (course.path("id").isTextual() && course.path("name").isTextual()) {
                listed.put(course.path("id").asText(), course.path("name").asText());
            }
        }
        Map<String, String> names = new HashMap<>();
        for (RosterWriter.Mapping mapping : mappings) {
            String name = listed.get(mapping.courseId());
            if (name != null) {
                names.put(mapping.courseId(), name.length() > 255 ? name.substring(0, 255) : name);
            } else if (courses.complete() && !mapping.syncStudents()) {
                report.problem("course " + mapping.courseId(), "Immersio does not list this course; delete or change mapping " + mapping.id());
            }
        }
        if (!names.isEmpty() && !writer.nameCourses(claim, names)) {
            report.stop("run", "another run took this organization over after this run's lease ended");
        }
    }

    /** Reads the rosters with {@link PartnerSession#MAX_IN_FLIGHT} workers from the instance's shared request threads. */
    private Map<String, Roster> readRosters(List<RosterWriter.Mapping> syncing, ExecutorService requests) {
        Queue<String> courses = new ConcurrentLinkedQueue<>(syncing.stream().map(RosterWriter.Mapping::courseId).distinct().toList());
        Map<String, Roster> rosters = new ConcurrentHashMap<>();
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < PartnerSession.MAX_IN_FLIGHT; i++) {
            workers.add(requests.submit(() -> {
                for (String courseId = courses.poll(); courseId != null; courseId = courses.poll()) {
                    rosters.put(courseId, safeRoster(courseId));
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                LOG.warnf(e.getCause(), "Immersio sync of organization %d: a roster reader failed", claim.orgId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report.stop("run", "the run was interrupted (the instance is stopping)");
                break;
            }
        }
        return rosters;
    }

    private Roster safeRoster(String courseId) {
        try {
            return roster(courseId);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Immersio sync of organization %d: reading course %s failed", claim.orgId(), courseId);
            report.readFailed("course " + courseId, "its students could not be read (internal error)");
            return new Roster(List.of(), false);
        }
    }

    private Roster roster(String courseId) {
        String scope = "course " + courseId;
        if (report.stopped()) {
            return new Roster(List.of(), false);
        }
        PartnerSession.Listing students;
        try {
            students = partner.all("/v1/courses/" + URLEncoder.encode(courseId, StandardCharsets.UTF_8) + "/students", STUDENT_PAGE_SIZE,
                    MAX_STUDENTS_PER_COURSE, report::stopped);
        } catch (PartnerFailure failure) {
            switch (failure.kind()) {
                case UNAUTHORIZED -> report.stop(scope, failure.getMessage());
                case NOT_FOUND -> report.readFailed(scope, "the course no longer exists at Immersio (404); its synced students were "
                        + "left on the whitelist; delete the course mapping if the course is gone for good");
                default -> report.readFailed(scope, "its students could not be read: " + failure.getMessage());
            }
            return new Roster(List.of(), false);
        }
        report.read();
        if (!students.complete()) {
            report.failed(scope, "its students were read only in part, so nobody was removed from the whitelist: "
                    + students.incompleteBecause());
        }
        List<SyncedWhitelist.Student> read = new ArrayList<>();
        for (JsonNode student : students.items()) {
            read.add(new SyncedWhitelist.Student(text(student, "id"), text(student, "email"), text(student, "name")));
        }
        return new Roster(read, students.complete());
    }

    private void writeRosters(List<RosterWriter.Mapping> syncing, Map<String, Roster> rosters) {
        Map<Long, List<RosterWriter.Mapping>> byEventType = syncing.stream()
                .collect(Collectors.groupingBy(RosterWriter.Mapping::eventTypeId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<RosterWriter.Mapping>> entry : byEventType.entrySet()) {
            List<SyncedWhitelist.Student> students = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            boolean complete = true;
            for (RosterWriter.Mapping mapping : entry.getValue()) {
                Roster roster = rosters.getOrDefault(mapping.courseId(), new Roster(List.of(), false));
                students.addAll(roster.students());
                complete &= roster.complete();
                if (roster.complete()) {
                    read.add(mapping.id());
                }
            }
            if (!write(entry.getKey(), students, complete, read)) {
                return;
            }
        }
    }

    /** False when the run must stop. */
    private boolean write(long eventTypeId, List<SyncedWhitelist.Student> students, boolean complete, List<Long> read) {
        String scope = "event type " + eventTypeId;
        Optional<SyncedWhitelist.Applied> applied;
        try {
            applied = writer.write(claim, eventTypeId, students, complete, read);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Immersio sync of organization %d: the whitelist of event type %d could not be written", claim.orgId(), eventTypeId);
            report.failed(scope, "its whitelist could not be written (was the event type deleted?)");
            return true;
        }
        if (applied.isEmpty()) {
            report.stop("run", "another run took this organization over after this run's lease ended");
            return false;
        }
        report.processed(applied.get().written());
        for (SyncedWhitelist.Rejected rejected : applied.get().rejected()) {
            report.failed(scope, "student " + rejected.studentId() + " " + rejected.reason() + "; not whitelisted");
        }
        return true;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : null;
    }
}
