package dev.verdict.review;

import java.util.List;

/** What "Update to latest" did: the commits before and after, and the sections added and removed. */
public record DocUpdate(String fromCommit, String toCommit, List<String> sectionsAdded, List<String> sectionsRemoved) {

    public boolean changed() {
        return !fromCommit.equals(toCommit);
    }

    /** "Re-pinned from 1a2b3c4 to 5d6e7f8: added Rollback; removed Appendix." */
    public String describe() {
        if (!changed()) {
            return "Already at the latest commit (" + toCommit.substring(0, 7) + ")";
        }
        String what = (sectionsAdded.isEmpty() ? "" : "; sections added: " + String.join(", ", sectionsAdded))
                + (sectionsRemoved.isEmpty() ? "" : "; sections removed: " + String.join(", ", sectionsRemoved));
        return "Re-pinned from " + fromCommit.substring(0, 7) + " to " + toCommit.substring(0, 7)
                + (what.isEmpty() ? "; no section was added or removed" : what)
                + ". The agenda was planned again from the new version.";
    }
}
