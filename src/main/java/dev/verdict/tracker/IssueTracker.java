package dev.verdict.tracker;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One issue tracker's REST API, as far as filing a follow-up ticket goes: find the ticket already
 * filed for an item (by its marker), and create one. Adapters: {@link GitHubIssues},
 * {@link GitLabIssues}, {@link JiraIssues}, {@link GiteaIssues}.
 */
interface IssueTracker {

    /**
     * What to file.
     *
     * @param body        the text written at publication (links to the ADR and summary); the adapter adds
     *                    the owner, the due date where the tracker has no field for it, and the marker
     * @param owner       the owner's Verdict username, looked up in the tracker; null for none
     * @param ownerName   the owner's display name, named in the body
     * @param createdFrom when the outbox row was written: no ticket of this item can be older
     */
    record TicketRequest(UUID itemId, String title, String body, String owner, String ownerName, LocalDate dueDate,
                         Instant createdFrom) {

        /** The hidden marker a Markdown tracker keeps in the body: {@code <!-- verdict-item:<uuid> -->}. */
        String marker() {
            return "<!-- verdict-item:" + itemId + " -->";
        }

        /**
         * The ticket's body: the text, the owner (and why the ticket is unassigned when the
         * tracker does not know them), the due date when {@code dueInBody}, and the marker line.
         */
        String body(String tracker, boolean assigned, boolean dueInBody, String markerLine) {
            var text = new StringBuilder(body.strip()).append("\n\n");
            if (owner != null) {
                text.append("Owner: ").append(ownerName == null ? owner : ownerName + " (" + owner + ")");
                if (!assigned) {
                    text.append(" (not found in ").append(tracker).append(": left unassigned)");
                }
                text.append('\n');
            }
            if (dueInBody && dueDate != null) {
                text.append("Due: ").append(dueDate).append('\n');
            }
            return text.append('\n').append(markerLine).append('\n').toString();
        }
    }

    /**
     * A ticket in the tracker.
     *
     * @param key      {@code #12} or {@code ENG-7}
     * @param url      its web page
     * @param assigned whether it was created with the owner as assignee (false when found by its marker)
     */
    record FiledTicket(String key, String url, boolean assigned) {
    }

    /** The ticket already filed for this item, found by its marker; empty when there is none. */
    Optional<FiledTicket> find(TicketRequest request) throws TrackerFailure;

    /** Creates the ticket, assigned to the owner where the tracker knows them. */
    FiledTicket create(TicketRequest request) throws TrackerFailure;

    /** Exactly one ticket per item: the one a crashed attempt already filed, or a new one. */
    default FiledTicket file(TicketRequest request) throws TrackerFailure {
        Optional<FiledTicket> filed = find(request);
        return filed.isPresent() ? filed.get() : create(request);
    }
}
