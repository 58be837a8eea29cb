package dev.regulars.core.words;

/**
 * A refusal a person reads, with its English words as the message and, for programs that speak other languages,
 * a key naming the reason and the values the words name, to be worded again in the reader's language.
 */
public class KeyedRefusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /**
     * @param message the English words
     * @param key     names the reason ("phone.tooShort", ...); null when there is none
     * @param args    the values the words name, in the order of {0}, {1}, ...
     */
    public KeyedRefusal(String message, String key, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    /** The reason as a key; null when there is none. */
    public String key() {
        return key;
    }

    /** The values the words name, in the order of {0}, {1}, ... */
    public Object[] args() {
        return args.clone();
    }
}
