package dev.kairos.schedule;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.BatchSize;

/**
 * A user's working hours: weekly rules and date overrides in one IANA zone. The rows it holds are
 * always normalised (see {@link HoursMerger}); they are only ever replaced as a whole.
 */
@Entity
@Table(name = "schedules")
public class Schedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public Long userId;

    @Column(nullable = false)
    public String name;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    List<AvailabilityRow> availability = new ArrayList<>();

    @OneToMany(mappedBy = "schedule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchSize(size = 100)
    List<OverrideRow> overrides = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    protected Schedule() {
    }

    Schedule(long userId, String name, String timeZone, Instant now) {
        this.userId = userId;
        this.name = name;
        this.timeZone = timeZone;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Replaces the weekly rules with {@code rules}, merged first. */
    void replaceWeeklyRules(List<WeeklyRule> rules) {
        availability.clear();
        HoursMerger.mergeWeekly(rules).forEach(rule -> availability.add(new AvailabilityRow(this, rule)));
    }

    /** Replaces the date overrides; each override's windows are expected merged already. */
    void replaceOverrides(List<DateOverride> dated) {
        overrides.clear();
        dated.stream().sorted(Comparator.comparing(DateOverride::date)).forEach(override -> {
            if (override.dayOff()) {
                overrides.add(OverrideRow.dayOff(this, override.date()));
            } else {
                override.windows().forEach(window -> overrides.add(new OverrideRow(this, override.date(), window)));
            }
        });
    }

    public List<WeeklyRule> weeklyRules() {
        return availability.stream().map(AvailabilityRow::toRule).toList();
    }

    /** The overrides grouped by date, in date order. */
    public List<DateOverride> dateOverrides() {
        Map<LocalDate, List<TimeWindow>> byDate = new TreeMap<>();
        for (OverrideRow row : overrides) {
            List<TimeWindow> windows = byDate.computeIfAbsent(row.date, d -> new ArrayList<>());
            row.toWindow().ifPresent(windows::add);
        }
        return byDate.entrySet().stream().map(e -> new DateOverride(e.getKey(), HoursMerger.merge(e.getValue()))).toList();
    }

    /** This schedule as the slot engine reads it. */
    public ScheduleAvailability toAvailability() {
        return new ScheduleAvailability(id, userId, ZoneId.of(timeZone), weeklyRules(), dateOverrides());
    }
}
