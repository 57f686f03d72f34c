package dev.verdict.decision;

/**
 * An alternative the design doc names, to prefill the decision form.
 *
 * @param whyNot the doc's own reason it was not chosen (a table's Cons cell); empty when the doc gives none
 * @param hint   what the doc says of it otherwise, shown beside the "why not" field, never written into it
 */
public record AlternativeSuggestion(String name, String whyNot, String hint) {
}
