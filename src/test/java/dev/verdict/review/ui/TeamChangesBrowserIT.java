package dev.verdict.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verdict.AsUser;
import dev.verdict.Browser;
import dev.verdict.BrowserTest;
import dev.verdict.TestDocs;
import dev.verdict.meeting.MeetingService;
import dev.verdict.review.NewReview;
import dev.verdict.review.ReviewService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Team changes as two people see them in two real browsers: the moderator's page, and the open
 * room of the person the change is about.
 */
class TeamChangesBrowserIT extends BrowserTest {

    @Autowired
    ReviewService reviews;
    @Autowired
    MeetingService meetings;

    WebDriver alice;
    UUID review;

    @BeforeEach
    void aRunningMeetingAliceHasOpen() {
        review = AsUser.call("mia", () -> reviews.open(new NewReview("Team in the browser " + UUID.randomUUID(),
                TestDocs.READY, Set.of("alice", "bob"), Set.of(), 30)));
        AsUser.run("mia", () -> meetings.start(review));
        alice = Browser.start();
        Browser.login(alice, base(), "alice");
        alice.get(base() + "/reviews/" + review);
        Browser.waitFor(alice, 60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".capture-slot input, .capture-slot textarea")));
        Browser.login(browser, base(), "mia");
    }

    @AfterEach
    void closeAlice() {
        if (alice != null) {
            alice.quit();
        }
    }

    @Test
    void a_member_removed_on_the_team_page_sees_their_open_room_say_so_at_once() {
        browser.get(base() + "/reviews/" + review + "/team");
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".team-member[data-username='alice']")));
        Browser.viewport(browser, 1440, 900);
        Browser.screenshot(browser, "team-1440.png");
        Browser.viewport(browser, 390, 844);
        Browser.screenshot(browser, "team-390.png");
        Browser.viewport(browser, 1440, 900);

        browser.findElement(By.cssSelector(".team-member[data-username='alice'] vaadin-button[aria-label='Remove Alice Attendee']")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".team-member[data-username='alice']")));
        var notice = Browser.waitFor(alice, 20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".no-longer-member")));
        assertThat(notice.getText()).contains("You are no longer in this review");
        assertThat(alice.findElements(By.cssSelector(".capture-slot, .countdown, .risks"))).isEmpty();
        Browser.screenshot(alice, "team-removed-member.png");

        // Nothing that happens in the room afterwards reaches the removed member's page.
        AsUser.run("bob", () -> meetings.captureRisk(review, "Said after Alice left"));
        AsUser.run("mia", () -> meetings.next(review));
        assertThat(alice.findElement(By.tagName("body")).getText()).doesNotContain("Said after Alice left");
    }

    @Test
    void the_moderator_hands_over_in_one_click_and_the_attendees_room_gets_the_clock() {
        browser.get(base() + "/reviews/" + review);
        var wait = Browser.waitFor(browser, 60);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space()='Hand over moderation']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[starts-with(normalize-space(), 'Hand to Alice Attendee')]"))).click();

        Browser.waitFor(alice, 20).until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//vaadin-button[normalize-space()='Next item']")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//vaadin-button[normalize-space()='Next item']")));
        assertThat(browser.findElements(By.xpath("//vaadin-button[normalize-space()='Hand over moderation']"))).isEmpty();

        alice.findElement(By.xpath("//vaadin-button[normalize-space()='Next item']")).click();
        try {
            Browser.waitFor(alice, 20).until(d -> d.findElement(By.cssSelector(".current-item")).getText().equals("Now: Proposal"));
            wait.until(d -> d.findElement(By.cssSelector(".current-item")).getText().equals("Now: Proposal"));
        } finally {
            Browser.screenshot(alice, "team-handed-over-alice.png");
            Browser.screenshot(browser, "team-handed-over-mia.png");
        }
    }
}
