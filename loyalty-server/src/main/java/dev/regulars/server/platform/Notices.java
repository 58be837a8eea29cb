package dev.regulars.server.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The admin pages' notes at the top of the page (h:messages globalOnly): what happened, or what went wrong. */
public final class Notices {

    private Notices() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
