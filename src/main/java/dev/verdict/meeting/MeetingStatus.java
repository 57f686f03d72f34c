package dev.verdict.meeting;

public enum MeetingStatus {
    NOT_STARTED, RUNNING, ENDED
}
