package dev.regulars.server.platform.web;

import dev.regulars.core.words.KeyedRefusal;
import dev.regulars.server.platform.Problem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Objects;

/**
 * The admin's words in the language of the page being drawn (the view's locale, chosen by AdminLocales): texts
 * by key for view models, and refusals thrown by the domain ({@link Problem}) in that language. Pages use the
 * same texts as {@code #{t['key']}} (faces-config.xml).
 */
public final class AdminTexts {

    private AdminTexts() {
    }

    /** The locale of the page being drawn; English outside a Faces request (and outside a Faces runtime). */
    public static Locale locale() {
        FacesContext faces;
        try {
            faces = FacesContext.getCurrentInstance();
        } catch (LinkageError noRuntime) { // the Faces API without its implementation: a unit test
            return Locale.ENGLISH;
        }
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /** The text {@code key} with its arguments filled in ({@link java.text.MessageFormat}). */
    public static String get(String key, Object... args) {
        return Problem.text(locale(), key, args);
    }

    /**
     * What to tell the reader about a refusal: a Problem, or another refusal with a key (a phone number that is not
     * one), in their language
     * (also when wrapped in an exception that only passes its words on); anything else as it was written.
     */
    public static String of(RuntimeException refusal) {
        return of(refusal, locale());
    }

    /** A refusal in the language of {@code locale}, for a page that is not a Faces page (as {@link #of}). */
    public static String of(RuntimeException refusal, Locale locale) {
        for (Throwable t = refusal; t != null && Objects.equals(t.getMessage(), refusal.getMessage());
                t = t.getCause()) {
            if (t instanceof KeyedRefusal keyed && keyed.key() != null) {
                return Problem.text(locale, keyed.key(), keyed.args());
            }
        }
        return refusal.getMessage();
    }

    /** Adds the text {@code key} as a page-wide message. */
    public static void say(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, get(key, args), null));
    }

    /**
     * Adds a refusal as a page-wide error and, when it is about a field of the form, next to that field.
     *
     * @param fields the field each refusal's key is about
     * @param errors the form's problems by field name
     */
    public static void refuse(Problem refusal, java.util.Map<String, String> fields, java.util.Map<String, String> errors) {
        String field = fields.get(refusal.key());
        if (field != null) {
            errors.put(field, of(refusal));
        }
        refuse(refusal);
    }

    /** Adds a refusal as a page-wide error, in the reader's language. */
    public static void refuse(RuntimeException refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, of(refusal), null));
    }
}
