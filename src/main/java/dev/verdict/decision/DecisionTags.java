package dev.verdict.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tags a decision may carry: lower-case words of the letters a–z, the digits 0–9 and single
 * hyphens between them ({@code api}, {@code data-retention}), at most {@value #MAX_TAGS} per
 * decision and {@value #MAX_LENGTH} characters each. A tag as typed is trimmed, lower-cased, and
 * its spaces and underscores become hyphens ("Data Retention" is {@code data-retention}); blank
 * entries and repeats are dropped, the first spelling's position kept. Such a tag means the same
 * in YAML, Markdown and a log4brains "Tags:" line, so the writers need no quoting rules of their own.
 */
public final class DecisionTags {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 40;
    private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private DecisionTags() {
    }

    /** The tags as they are stored: normalised, without blanks or repeats, in the order given; null is none. */
    public static List<String> normalise(Collection<String> typed) {
        if (typed == null) {
            return List.of();
        }
        var tags = new LinkedHashSet<String>();
        for (String tag : typed) {
            if (tag != null && !tag.isBlank()) {
                tags.add(tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-"));
            }
        }
        return List.copyOf(tags);
    }

    /**
     * Only the tags that may be recorded, for a preview of a draft that has not been checked yet:
     * normalised, the malformed and overlong ones left out, at most {@value #MAX_TAGS}.
     */
    public static List<String> valid(Collection<String> typed) {
        return normalise(typed).stream().filter(DecisionTags::isValid).limit(MAX_TAGS).toList();
    }

    private static boolean isValid(String tag) {
        return tag.length() <= MAX_LENGTH && TAG.matcher(tag).matches();
    }

    /** What is wrong with these tags, in the words the form shows; empty when they may be recorded. */
    public static List<String> problems(Collection<String> typed) {
        List<String> problems = new ArrayList<>();
        List<String> tags = normalise(typed);
        if (tags.size() > MAX_TAGS) {
            problems.add("Keep to " + MAX_TAGS + " tags (there are " + tags.size() + ")");
        }
        for (String tag : tags) {
            if (tag.length() > MAX_LENGTH) {
                problems.add("Keep the tag “" + tag.substring(0, 20) + "…” to " + MAX_LENGTH + " characters");
            } else if (!TAG.matcher(tag).matches()) {
                problems.add("The tag “" + tag + "” may hold only letters a–z, digits and single hyphens between them");
            }
        }
        return problems;
    }
}
