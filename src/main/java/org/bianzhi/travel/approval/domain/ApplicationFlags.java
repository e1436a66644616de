package org.bianzhi.travel.approval.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bianzhi.travel.crossing.domain.Trip;

/**
 * 审查提示 (seed 001: "审核审查…事项的事由、次数、在外停留期限"): what the approver should look at twice, with the figures —
 * never a refusal. An application is flagged when
 * <ul>
 *   <li>{@link Kind#LONG_STAY}: the stay, departure and return day included, exceeds {@code longStayDays};</li>
 *   <li>{@link Kind#FREQUENT_TRIPS}: with it, the person's approved private trips departing in the 12 months up to its
 *   departure exceed {@code tripsPerYear};</li>
 *   <li>{@link Kind#REPEATED_PURPOSE}: one of those trips had the same purpose (事由).</li>
 * </ul>
 */
public final class ApplicationFlags {

    public enum Kind {
        LONG_STAY("在外停留时间较长"),
        FREQUENT_TRIPS("因私出国（境）次数较多"),
        REPEATED_PURPOSE("事由重复");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The thresholds, from configuration. */
    public record Limits(int longStayDays, int tripsPerYear) {}

    /** Another approved trip of the person. */
    public record Trip(String number, TravelPurpose purpose, LocalDate departsOn, LocalDate returnsOn) {}

    /** A flag: its kind, a sentence for the approver, and the figures it rests on (dates as ISO text). */
    public record Flag(Kind kind, String message, Map<String, Object> figures) {}

    private ApplicationFlags() {
    }

    /** The first day of the 12 months up to {@code departsOn} in which other trips count. */
    public static LocalDate windowStart(LocalDate departsOn) {
        return departsOn.minusYears(1).plusDays(1);
    }

    /** Days abroad, the departure and the return day included. */
    public static long stayDays(LocalDate departsOn, LocalDate returnsOn) {
        return ChronoUnit.DAYS.between(departsOn, returnsOn) + 1;
    }

    /** The flags of an application for {@code purpose} from {@code departsOn} to {@code returnsOn}; {@code others} excludes it. */
    public static List<Flag> of(Limits limits, TravelPurpose purpose, LocalDate departsOn, LocalDate returnsOn, List<Trip> others) {
        List<Flag> flags = new ArrayList<>();
        long days = stayDays(departsOn, returnsOn);
        if (days > limits.longStayDays()) {
            flags.add(new Flag(Kind.LONG_STAY, "在外停留 " + days + " 天（" + departsOn + " 至 " + returnsOn + "），超过 "
                    + limits.longStayDays() + " 天", figures("days", days, "limit", limits.longStayDays())));
        }
        LocalDate since = windowStart(departsOn);
        List<Trip> recent = others.stream().filter(t -> !t.departsOn().isBefore(since) && !t.departsOn().isAfter(departsOn))
                .sorted(Comparator.comparing(Trip::departsOn).thenComparing(Trip::number)).toList();
        int trips = recent.size() + 1;
        if (trips > limits.tripsPerYear()) {
            flags.add(new Flag(Kind.FREQUENT_TRIPS, "含本次，" + since + " 至 " + departsOn + " 的 12 个月内第 " + trips
                    + " 次因私出国（境），超过 " + limits.tripsPerYear() + " 次；此前已批准：" + list(recent),
                    figures("trips", trips, "limit", limits.tripsPerYear(), "since", since.toString(),
                            "applications", numbers(recent))));
        }
        List<Trip> same = recent.stream().filter(t -> t.purpose() == purpose).toList();
        if (!same.isEmpty()) {
            flags.add(new Flag(Kind.REPEATED_PURPOSE, "事由“" + purpose.label() + "”在 12 个月内重复，含本次共 " + (same.size() + 1)
                    + " 次：" + list(same), figures("purpose", purpose.label(), "times", same.size() + 1, "since", since.toString(),
                    "applications", numbers(same))));
        }
        return flags;
    }

    private static String list(List<Trip> trips) {
        return trips.stream().map(t -> t.number() + "（" + t.departsOn() + " 出发，" + t.purpose().label() + "）")
                .collect(Collectors.joining("、"));
    }

    private static List<String> numbers(List<Trip> trips) {
        return trips.stream().map(Trip::number).toList();
    }

    private static Map<String, Object> figures(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }
}
