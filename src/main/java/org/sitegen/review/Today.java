package org.sitegen.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The date overdue reviews are judged against: {@code SOURCE_DATE_EPOCH} (seconds since 1970-01-01 UTC, the
 * reproducible-builds convention) when set, else the current date, both in UTC. Only warnings use it; pages never do.
 */
public final class Today {
    /** The environment variable. */
    public static final String VARIABLE = "SOURCE_DATE_EPOCH";
    private static final Pattern SECONDS = Pattern.compile("\\d{1,12}");

    private Today() {
    }

    /** Today as this process's environment and clock say. */
    public static LocalDate fromEnvironment() {
        return of(System.getenv(), Clock.systemUTC());
    }

    /**
     * @throws IllegalArgumentException when {@code SOURCE_DATE_EPOCH} is set but not a whole number of seconds
     */
    public static LocalDate of(Map<String, String> environment, Clock clock) {
        String value = environment.get(VARIABLE);
        if (value == null || value.isEmpty()) {
            return LocalDate.now(clock.withZone(ZoneOffset.UTC));
        }
        if (!SECONDS.matcher(value).matches()) {
            throw new IllegalArgumentException(VARIABLE + " must be a whole number of seconds since 1970-01-01 UTC, not '" + value + "'");
        }
        return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC);
    }
}
