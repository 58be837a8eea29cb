package dev.regulars.server.feedback;

/** How a call back about a low rating ended. */
public enum CallbackOutcome {
    /** reached the customer and put it right */
    RESOLVED("reached, resolved"),
    /** reached the customer, but it could not be put right */
    NOT_RESOLVED("reached, not resolved"),
    /** nobody answered: the task stays open to try again */
    NO_ANSWER("no answer, try again"),
    /** the number is wrong */
    WRONG_NUMBER("wrong number");

    private final String words;

    CallbackOutcome(String words) {
        this.words = words;
    }

    /** In words for the admin. */
    public String words() {
        return words;
    }

    /** Whether the call reached the customer. */
    public boolean reached() {
        return this == RESOLVED || this == NOT_RESOLVED;
    }

    /** Whether the task is done with this outcome; "no answer" leaves it open for another try. */
    public boolean closes() {
        return this != NO_ANSWER;
    }
}
