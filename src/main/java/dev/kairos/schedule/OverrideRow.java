package dev.kairos.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One window of a date override; {@code 00:00}-{@code 00:00} is the whole date off. Times travel
 * as text for the reason given on {@link AvailabilityRow}.
 */
@Entity
@Table(name = "schedule_overrides")
class OverrideRow {

    private static final String MIDNIGHT = "00:00";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false, updatable = false)
    Schedule schedule;

    @Column(nullable = false)
    LocalDate date;

    @Column(name = "start_time", nullable = false)
    @ColumnTransformer(read = "to_char(start_time, 'HH24:MI')", write = "CAST(? AS time)")
    String startTime;

    @Column(name = "end_time", nullable = false)
    @ColumnTransformer(read = "to_char(end_time, 'HH24:MI')", write = "CAST(? AS time)")
    String endTime;

    protected OverrideRow() {
    }

    OverrideRow(Schedule schedule, LocalDate date, TimeWindow window) {
        this(schedule, date, ClockTimes.stored(window.start()), ClockTimes.stored(window.end()));
    }

    private OverrideRow(Schedule schedule, LocalDate date, String startTime, String endTime) {
        this.schedule = schedule;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    static OverrideRow dayOff(Schedule schedule, LocalDate date) {
        return new OverrideRow(schedule, date, MIDNIGHT, MIDNIGHT);
    }

    /** The window, or empty for a day off. */
    Optional<TimeWindow> toWindow() {
        if (MIDNIGHT.equals(startTime) && MIDNIGHT.equals(endTime)) {
            return Optional.empty();
        }
        return Optional.of(new TimeWindow(ClockTimes.fromStored(startTime), ClockTimes.fromStored(endTime)));
    }
}
