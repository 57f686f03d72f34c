package dev.verdict.review;

import java.util.List;

/**
 * What the new-review form says about the roles picked so far: {@code conflicts} would be refused
 * on Create ("Olga Observer is picked as observer and as decision maker: ..."), {@code hints} are
 * allowed combinations with a cost ("You moderate and decide: ...").
 */
public record RoleCheck(List<String> conflicts, List<String> hints) {
}
