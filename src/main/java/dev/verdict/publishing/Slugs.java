package dev.verdict.publishing;

import java.text.Normalizer;
import java.util.Locale;

/** File-name slugs as adr-tools makes them: lower case, words joined by hyphens. */
final class Slugs {

    private static final int MAX = 60;

    private Slugs() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "decision" : slug;
    }
}
