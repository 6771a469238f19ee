package dev.kairos.organization.immersio;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run did, added up as it goes (from several threads): records processed (courses listed
 * and students written), records failed (students without a usable email, pages and rosters that
 * could not be read), and the problems behind them. The status follows: {@code failed} when the
 * run was stopped (a 401, the claim lost) or read nothing at all, {@code partial} when anything
 * went wrong, else {@code success}.
 */
final class SyncReport {

    /** Enough to see what went wrong; the counts still say how much. */
    static final int MAX_PROBLEMS = 100;

    private int processed;
    private int failed;
    private int reads;
    private int failedReads;
    private String stoppedBecause;
    private final List<SyncLog.SyncProblem> problems = new ArrayList<>();

    synchronized void processed(int count) {
        processed += count;
    }

    /** A list (courses, or a course's roster) read in full or in part. */
    synchronized void read() {
        reads++;
    }

    /** A list that could not be read at all. */
    synchronized void readFailed(String scope, String message) {
        failedReads++;
        failed(scope, message);
    }

    synchronized void failed(String scope, String message) {
        failed++;
        problem(scope, message);
    }

    /** Something worth knowing that is not a failed record (a course the partner no longer lists). */
    synchronized void problem(String scope, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new SyncLog.SyncProblem(scope, message));
        }
    }

    /** Ends the run early: nothing further is read or written. */
    synchronized void stop(String scope, String why) {
        if (stoppedBecause == null) {
            stoppedBecause = why;
            problem(scope, why);
        }
    }

    synchronized boolean stopped() {
        return stoppedBecause != null;
    }

    synchronized int processed() {
        return processed;
    }

    synchronized int failed() {
        return failed;
    }

    synchronized List<SyncLog.SyncProblem> problems() {
        return List.copyOf(problems);
    }

    synchronized String status() {
        if (stoppedBecause != null || (reads == 0 && failedReads > 0)) {
            return SyncLog.FAILED;
        }
        return problems.isEmpty() ? SyncLog.SUCCESS : SyncLog.PARTIAL;
    }

    /** One line for the integration's syncErrorMessage; null after a clean run. */
    synchronized String summary() {
        if (problems.isEmpty()) {
            return null;
        }
        SyncLog.SyncProblem first = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems in the sync log)" : "";
        return stoppedBecause != null ? stoppedBecause : first.scope() + ": " + first.message() + more;
    }
}
