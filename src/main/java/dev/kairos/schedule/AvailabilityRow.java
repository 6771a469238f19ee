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
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One weekly rule of a schedule. Times travel as {@code HH:mm} text cast by PostgreSQL, so that
 * {@code 24:00} (end of day) survives the round trip, which binding a {@link java.time.LocalTime}
 * through JDBC would not guarantee.
 */
@Entity
@Table(name = "schedule_availability")
class AvailabilityRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id", nullable = false, updatable = false)
    Schedule schedule;

    /** ISO weekdays, 1 = Monday .. 7 = Sunday. */
    @Column(nullable = false)
    int[] days;

    @Column(name = "start_time", nullable = false)
    @ColumnTransformer(read = "to_char(start_time, 'HH24:MI')", write = "CAST(? AS time)")
    String startTime;

    @Column(name = "end_time", nullable = false)
    @ColumnTransformer(read = "to_char(end_time, 'HH24:MI')", write = "CAST(? AS time)")
    String endTime;

    protected AvailabilityRow() {
    }

    AvailabilityRow(Schedule schedule, WeeklyRule rule) {
        this.schedule = schedule;
        this.days = rule.days().stream().mapToInt(DayOfWeek::getValue).sorted().toArray();
        this.startTime = ClockTimes.stored(rule.start());
        this.endTime = ClockTimes.stored(rule.end());
    }

    WeeklyRule toRule() {
        Set<DayOfWeek> dayOfWeeks = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(days).forEach(day -> dayOfWeeks.add(DayOfWeek.of(day)));
        return new WeeklyRule(dayOfWeeks, ClockTimes.fromStored(startTime), ClockTimes.fromStored(endTime));
    }
}
