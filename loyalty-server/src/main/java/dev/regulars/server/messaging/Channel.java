package dev.regulars.server.messaging;

/** How a message reaches a customer; the names match customer_consent.channel. */
public enum Channel { EMAIL, SMS, PUSH }
