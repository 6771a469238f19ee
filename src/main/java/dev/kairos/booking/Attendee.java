package dev.kairos.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person attending a booking: the booker of a regular booking, or one seat holder of a seated one. */
@Entity
@Table(name = "attendees")
public class Attendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "booking_id", nullable = false)
    public Long bookingId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    public String language;

    @Column(name = "phone_number")
    public String phoneNumber;

    @Column(nullable = false)
    public boolean absent;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    protected Attendee() {
    }

    Attendee(long bookingId, AttendeeDetails details, Instant now) {
        this.bookingId = bookingId;
        this.name = details.name();
        this.email = details.email();
        this.timeZone = details.timeZone();
        this.language = details.language();
        this.phoneNumber = details.phoneNumber();
        this.createdAt = now;
    }

    /** A copy for the booking a reschedule creates. */
    Attendee copyTo(long otherBookingId, Instant now) {
        Attendee copy = new Attendee(otherBookingId, new AttendeeDetails(name, email, timeZone, language, phoneNumber), now);
        copy.absent = false;
        return copy;
    }
}
